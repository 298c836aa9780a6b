/**
 * The cluster calculator and the compare view as a student uses them, in Chromium against the
 * bundled content (project `bundled`):
 * - a Spot primary for a 24×7 streaming workload shows the documented error at the field and in
 *   the findings; the link keeps it; fixing it clears it;
 * - bad input (unknown instance type, count 0 or negative, a fleet with 40 types, a Serverless
 *   worker off the grid) gets a clear error naming the field, never NaN, and no findings;
 * - every preset loads valid, with a short shareable URL; the create-cluster command copies;
 * - the compare view of a bundled cluster-config question ranks the keyed option first, and the
 *   note page links to it (the question is the first in /calculator/scenarios.json; the test skips
 *   with a notice when the content has no scenario yet).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'bundled', 'the calculator tests run against the bundled content only');
});

/** Opens the calculator and waits for the island. */
async function openCalculator(page: Page, query = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`/calculator/${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-calculator', 'ready');
  expect(errors, 'no script error').toEqual([]);
}

const status = (page: Page) => page.locator('#calc-status');
const field = (page: Page, id: string) => page.locator(`[id="f-${id}"]`);
const fieldError = (page: Page, id: string) => page.locator(`[id="e-${id}"]`);

test.describe('calculator', () => {
  test('a Spot primary for a 24×7 streaming workload is an error; On-Demand clears it', async ({ page }) => {
    await openCalculator(page);
    await field(page, 'preset').selectOption('streaming-24x7');
    await expect(page).toHaveURL(/\?preset=streaming-24x7$/);
    await expect(status(page)).toContainText('Valid configuration');
    await expect(page.locator('[data-rule="R-PUR-01"]')).toHaveCount(0);

    await field(page, 'primary.market').selectOption('spot');
    await expect(status(page)).toContainText('Invalid configuration: R-PUR-01');
    const finding = page.locator('.calc-finding[data-rule="R-PUR-01"]');
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding).toContainText('AWS documentation');
    await expect(finding).toContainText('Why');
    await expect(finding.locator('a[href^="https://docs.aws.amazon.com/"]')).not.toHaveCount(0);
    await expect(finding.locator('a.tag[href^="/tags/"]')).not.toHaveCount(0);
    // The error also sits under the field it is about.
    await expect(page.locator('[data-field="primary.market"] .calc-field__finding--error')).toContainText('R-PUR-01');
    // The link holds the change and reproduces it.
    await expect(page).toHaveURL(/primary=m5\.xlarge:1:spot/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-calculator', 'ready');
    await expect(field(page, 'primary.market')).toHaveValue('spot');
    await expect(status(page)).toContainText('R-PUR-01');

    await field(page, 'primary.market').selectOption('on-demand');
    await expect(status(page)).toContainText('Valid configuration');
    await expect(page.locator('[data-rule="R-PUR-01"]')).toHaveCount(0);
    await expect(page.locator('.calc-field__finding--error')).toHaveCount(0);
    await expect(page).toHaveURL(/\?preset=streaming-24x7$/);
  });

  test('a Korean student reads the findings and the preset in Korean; the switch shows them in English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await openCalculator(page, '?preset=streaming-24x7');
    await field(page, 'primary.market').selectOption('spot');
    const finding = page.locator('.calc-finding[data-rule="R-PUR-01"]');
    const hangul = /[\uac00-\ud7af]/;
    // The title, the message and the reason, each marked as Korean for screen readers.
    for (const part of [
      finding.locator('.calc-finding__head strong'),
      finding.locator('.calc-finding__message'),
      finding.locator('.calc-finding__why span[lang]'),
    ]) {
      await expect(part).toHaveAttribute('lang', 'ko');
      await expect(part).toHaveText(hangul);
    }
    await expect(finding.locator('.calc-finding__message')).toContainText('프라이머리 노드');
    // Under the field too, and in the preset's description.
    await expect(page.locator('[data-field="primary.market"] .calc-field__finding--error span[lang="ko"]')).toHaveText(hangul);
    await expect(page.locator('#calc-preset-description')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('#calc-preset-description')).toHaveText(hangul);
    // Every finding on the page reads in Korean, not only this one.
    const messages = await page.locator('.calc-finding__message').allInnerTexts();
    expect(messages.length).toBeGreaterThan(1);
    expect(
      messages.filter((m) => !hangul.test(m)),
      'findings without Korean',
    ).toEqual([]);

    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(finding.locator('.calc-finding__message')).toHaveAttribute('lang', 'en');
    await expect(finding.locator('.calc-finding__message')).toContainText('the primary node is Spot');
    await expect(finding.locator('.calc-finding__message')).not.toHaveText(hangul);
    await expect(page.locator('#calc-preset-description')).toContainText('Structured Streaming');
    await context.close();
  });

  test('findings update as you type; the tag links lead to tag pages', async ({ page }) => {
    await openCalculator(page, '?preset=streaming-24x7');
    await field(page, 'primary.type').fill('m5.large');
    await expect(page.locator('.calc-finding[data-rule="R-VAL-01"]')).toContainText('m5.xlarge');
    await field(page, 'primary.type').fill('m5.xlarge');
    await expect(page.locator('.calc-finding[data-rule="R-VAL-01"]')).toHaveCount(0);
    const tagLink = page.locator('.calc-finding a.tag').first();
    const href = await tagLink.getAttribute('href');
    expect(href).toMatch(/^\/tags\/.+\/$/);
    const response = await page.request.get(href!);
    expect(response.status(), `${href} exists`).toBe(200);
  });

  test('bad input names the field and never shows NaN: unknown type, count 0 and negative', async ({ page }) => {
    await openCalculator(page, '?preset=streaming-24x7');
    await field(page, 'core.count').fill('0');
    await expect(fieldError(page, 'core.count')).toHaveText('Core group · count: at least 1 instance');
    await expect(field(page, 'core.count')).toHaveAttribute('aria-invalid', 'true');
    await expect(status(page)).toContainText('Fix this field');
    await expect(page.locator('#calc-findings')).toBeEmpty();

    await field(page, 'core.count').fill('-3');
    await expect(fieldError(page, 'core.count')).toHaveText('Core group · count: at least 1 instance');
    await field(page, 'core.count').fill('four');
    await expect(fieldError(page, 'core.count')).toHaveText('Core group · count: "four" is not a number');
    await field(page, 'core.count').fill('4');
    await field(page, 'task.0.type').fill('m5.2xlarg');
    await expect(fieldError(page, 'task.0.type')).toContainText('Task group 1 · instance type: unknown instance type "m5.2xlarg"');
    await expect(fieldError(page, 'core.count')).toBeHidden();
    await expect(page.locator('main')).not.toContainText('NaN');
    // The status lists the problem with a link to the field.
    await page.locator('#calc-status a[href="#f-task.0.type"]').click();
    await expect(field(page, 'task.0.type')).toBeFocused();
  });

  test('a Korean student reads input errors and ignored link settings in Korean', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    const hangul = /[\uac00-\ud7af]/;
    const english = /unknown instance type|at least/;
    await openCalculator(page, '?preset=streaming-24x7');
    await field(page, 'primary.type').fill('m9.huge');
    await field(page, 'core.count').fill('0');
    // Under each field: the field's Korean name and what is wrong, marked as Korean, quoting the value.
    for (const id of ['primary.type', 'core.count']) {
      const error = fieldError(page, id);
      await expect(error).toBeVisible();
      await expect(error).toHaveText(hangul);
      await expect(error.locator('span[lang="ko"]')).toHaveCount(1);
      await expect(error).not.toHaveText(english);
    }
    await expect(fieldError(page, 'primary.type')).toContainText('프라이머리 노드 · 인스턴스 유형');
    await expect(fieldError(page, 'primary.type')).toContainText('m9.huge');
    await expect(fieldError(page, 'core.count')).toContainText('코어 그룹 · 개수');
    await expect(fieldError(page, 'core.count')).toContainText('(입력: 0)');
    // The summary box lists both, in Korean.
    await expect(status(page)).toContainText('입력을 고쳐 주세요 (2)');
    const items = status(page).locator('.calc-status__list li');
    await expect(items).toHaveCount(2);
    const listed = await items.allInnerTexts();
    expect(
      listed.filter((t) => !hangul.test(t) || english.test(t)),
      'status items in English',
    ).toEqual([]);
    await expect(status(page)).not.toHaveText(english);

    // A shared link with a setting the calculator does not know: the notice says why, in Korean.
    await openCalculator(page, '?preset=streaming-24x7&bogus=1');
    const notice = page.locator('#calc-notices .calc-notice');
    await expect(notice).toContainText('bogus=1');
    await expect(notice.locator('li span[lang="ko"]')).toHaveText('계산기 설정이 아닙니다');
    await expect(notice).not.toContainText('not a calculator setting');
    await context.close();
  });

  test('a fleet with 40 instance types is an error naming the fleet field', async ({ page }) => {
    await openCalculator(page, '?preset=long-running');
    await expect(page.locator('input[name="layout"][value="instance-fleets"]')).toBeChecked();
    const types = await page.locator('#calc-instance-types option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(types.length).toBeGreaterThanOrEqual(40);
    await field(page, 'task-fleet.types').fill(types.slice(0, 40).join(', '));
    await expect(fieldError(page, 'task-fleet.types')).toContainText(
      'Task fleet · instance types: a fleet lists at most 30 instance types',
    );
    await expect(page.locator('main')).not.toContainText('NaN');
    await field(page, 'task-fleet.types').fill(
      types
        .filter((t) => /^(m5|r5)\.\d*x?large$/.test(t) && !t.endsWith('.large'))
        .slice(0, 6)
        .join(', '),
    );
    await expect(fieldError(page, 'task-fleet.types')).toBeHidden();
    await expect(status(page)).not.toContainText('Fix');
  });

  test('a Serverless worker off the grid is an error naming the field; on the grid it is evaluated', async ({ page }) => {
    await openCalculator(page, '?preset=transient-batch');
    await field(page, 'platform').selectOption('emr-serverless');
    await expect(field(page, 'executor.memory')).toBeVisible();
    await expect(field(page, 'core.count')).toBeHidden();
    await field(page, 'executor.memory').fill('50');
    await expect(fieldError(page, 'executor.memory')).toContainText(
      'Serverless executor · memory GiB: a 4-vCPU EMR Serverless worker has 8–30 GiB',
    );
    await field(page, 'executor.memory').fill('30');
    await expect(fieldError(page, 'executor.memory')).toBeHidden();
    await expect(status(page)).toContainText('Valid configuration');
    await expect(page.locator('#calc-figures')).toContainText('executor');
    await expect(page.locator('#calc-exports')).toContainText('EMR on EC2');
    await expect(page).toHaveURL(/platform=emr-serverless/);
  });

  test('every preset loads valid with a short link; task groups can be added and removed', async ({ page }) => {
    await openCalculator(page);
    const presets = await field(page, 'preset')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(presets.length).toBeGreaterThanOrEqual(7);
    for (const preset of presets) {
      await field(page, 'preset').selectOption(preset);
      await expect(page, preset).toHaveURL(new RegExp(`\\?preset=${preset}$`));
      await expect(status(page), preset).toContainText('Valid configuration');
      await expect(page.locator('#calc-figures'), preset).toContainText('Derived figures');
      // Every figure of four digits or more has its thousands separator, the Spark heap as the YARN memory.
      const figures = (await page.locator('#calc-figures').innerText()).replace(/\b(?:m\d|r\d|c\d|i\d)\S*/g, '');
      expect(figures, preset).toMatch(/\d,\d{3}/);
      expect(figures.match(/(?<![\d.,])\d{4,}(?![\d,])/g), preset).toBeNull();
    }
    await field(page, 'preset').selectOption('transient-batch');
    const before = await page.locator('.calc-task').count();
    await page.locator('#calc-add-task').click();
    await expect(page.locator('.calc-task')).toHaveCount(before + 1);
    await expect(page).toHaveURL(/task=/);
    await expect(page.locator('#calc-nodes-table')).toContainText(`task group ${before + 1}`);
    await page.locator('.calc-task').last().locator('[data-role="remove"]').click();
    await expect(page.locator('.calc-task')).toHaveCount(before);
    await expect(page).toHaveURL(/\?preset=transient-batch$/);
  });

  test('the create-cluster command is shown and copied; an odd cluster name stays quoted', async ({ page, context }) => {
    await openCalculator(page, '?preset=streaming-24x7');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await field(page, 'name').fill(`it's $(rm -rf ~)`);
    const command = page.locator('#calc-export-command');
    await expect(command).toContainText(`--name='it'\\''s $(rm -rf ~)'`);
    await expect(page.locator('#calc-export-groups')).toContainText('"InstanceGroupType": "MASTER"');
    await expect(page.locator('#calc-export-configurations')).toContainText('spark-defaults');
    const copy = page.locator('.calc-export').first().locator('button.calc-copy');
    await expect(copy).toHaveText(/Copy$/);
    await copy.click();
    await expect(copy).toContainText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await command.textContent());
    expect(copied.startsWith('aws emr create-cluster')).toBe(true);
  });
});

interface ScenarioQuestionJson {
  id: string;
  note: string;
  answer: string[];
  scenario: { options: Array<{ letter: string; cluster: unknown }> };
}

test.describe('compare view', () => {
  test('the compare view of a bundled question ranks the keyed option first; the note page links to it', async ({ page }) => {
    const response = await page.request.get('/calculator/scenarios.json');
    expect(response.ok()).toBe(true);
    const data = (await response.json()) as { questions: ScenarioQuestionJson[] };
    const q = data.questions.find((x) => x.answer.length === 1);
    if (!q) {
      console.warn('[calculator.spec] NOTICE: no bundled question carries an emr-scenario block yet — compare-view test skipped.');
      test.skip(true, 'no bundled question with a scenario');
      return;
    }
    const key = q.answer[0]!;
    // One page load per bundled single-key question below (~0.5 s each alone, 2–3× that beside
    // another worker in CI): the default 30 s was no longer enough once the bank grew.
    const others = data.questions.filter((x) => x.answer.length === 1 && x.id !== q.id);
    test.setTimeout(30_000 + 2_000 * others.length);

    // From the note page: a plain link, next to the question.
    await page.goto(`/notes/${encodeURIComponent(q.note)}/`);
    const link = page.locator(`a[href="/calculator/compare/?q=${q.id}"]`);
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/calculator/compare/\\?q=${q.id}$`));
    await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');

    const columns = page.locator('.cmp-column');
    await expect(columns).toHaveCount(q.scenario.options.length);
    const keyed = page.locator(`.cmp-column[data-letter="${key}"]`);
    await expect(keyed).toHaveAttribute('data-keyed', 'true');
    await expect(keyed).toHaveAttribute('data-place', '1');
    await expect(keyed).toHaveAttribute('data-valid', 'true');
    await expect(keyed).toContainText('answer key');
    await expect(page.locator('#cmp-summary')).toContainText('The rules agree with the answer key');
    // Another option sharing first place is a tie, and the summary must say so.
    const places = await columns.evaluateAll((cs) =>
      cs.map((c) => ({ letter: c.getAttribute('data-letter'), place: c.getAttribute('data-place') })),
    );
    const sharing = places.filter((p) => p.letter !== key && p.place === '1');
    if (sharing.length > 0) await expect(page.locator('#cmp-summary')).toContainText('tied');

    // Every other bundled single-key question: its keyed option is placed first too.
    for (const other of others) {
      await page.goto(`/calculator/compare/?q=${other.id}`);
      await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
      await expect(page.locator(`.cmp-column[data-letter="${other.answer[0]}"]`), other.id).toHaveAttribute('data-place', '1');
    }
    await page.goto(`/calculator/compare/?q=${q.id}`);

    // A column opens its configuration in the calculator with the same verdict.
    const open = keyed.getByRole('link', { name: /Open in the calculator/ });
    if ((await open.count()) > 0) {
      await open.first().click();
      await expect(page.locator('html')).toHaveAttribute('data-calculator', 'ready');
      await expect(status(page)).toContainText('Valid configuration');
    }
  });

  test('the quiz review links a cluster-config question to the compare view after answering', async ({ page }) => {
    const response = await page.request.get('/calculator/scenarios.json');
    const q = ((await response.json()) as { questions: ScenarioQuestionJson[] }).questions[0];
    test.skip(!q, 'no bundled question with a scenario');
    await page.goto(`/quiz/?notes=${encodeURIComponent(q!.note)}`);
    await expect(page.locator('#quiz-start')).toBeEnabled();
    await page.locator('#quiz-start').click();
    await expect(page).toHaveURL(/\/quiz\/\?attempt=/);
    await page.locator('[data-action="submit"]').click();
    await page.locator('[data-action="submit-now"]').click();
    const item = page.locator(`.quiz-review > li[data-question-id="${q!.id}"]`);
    await expect(item).toHaveCount(1);
    await expect(item.locator(`a[href="/calculator/compare/?q=${q!.id}"]`)).toHaveText(/Compare in the calculator/);
  });

  test('a Korean student reads the answer-key summary, the decisions and the configurations in Korean; the switch shows English', async ({
    browser,
    request,
  }) => {
    const response = await request.get('/calculator/scenario-ids.json');
    expect(response.ok()).toBe(true);
    const id = ((await response.json()) as { ids: string[] }).ids[0];
    test.skip(!id, 'no bundled question with a scenario');
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`/calculator/compare/?q=${encodeURIComponent(id!)}`);
    await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const hangul = /[\uac00-\ud7af]/;

    // The answer-key summary: the rules' verdict and why the next option is behind, in Korean.
    const summary = page.locator('#cmp-summary');
    await expect(summary).toHaveAttribute('lang', 'ko');
    await expect(summary).toHaveText(hangul);
    await expect(summary).not.toContainText('The rules agree');
    await expect(summary).not.toContainText('The rules disagree');
    await expect(summary).not.toContainText('ranks first');

    // Every column's decision line ("가장 높은 순위", "C(1위)보다 낮은 순위 — …").
    const decisions = await page.locator('.cmp-decision').allInnerTexts();
    expect(decisions.length, 'decision lines').toBeGreaterThan(1);
    expect(
      decisions.filter((t) => !hangul.test(t) || /Behind|Tied with|decided by|invalid under|Ranked first/.test(t)),
      'decision lines not in Korean',
    ).toEqual([]);

    // Every configuration list follows the page language; the EMR ones name their nodes or workers in Korean.
    const configs = page.locator('.cmp-config');
    expect(await configs.count(), 'configuration lists').toBeGreaterThan(0);
    for (const list of await configs.all()) {
      await expect(list).toHaveAttribute('lang', 'ko');
      await expect(list).not.toContainText('primary:');
      await expect(list).not.toContainText('application masters:');
    }
    const emrLists = await page
      .locator('.cmp-config[data-platform="emr-ec2"], .cmp-config[data-platform="emr-serverless"]')
      .allInnerTexts();
    expect(emrLists.length, 'EMR configuration lists').toBeGreaterThan(0);
    expect(
      emrLists.filter((t) => !hangul.test(t)),
      'EMR configuration lists without Korean',
    ).toEqual([]);
    // The workload under the stem: Korean names, not the profile ids.
    await expect(page.locator('#cmp-workload')).not.toHaveText(
      /\b(?:interactive|streaming-24x7|long-running|data-critical|transient-batch|cost-driven)\b|concurrent applications/,
    );
    // The author's stem and options keep the language they were written in, whatever the page's
    // (a screen reader reads an English stem in an English voice), one language for the question.
    const stem = page.locator('.cmp-question .prose[data-content]');
    const written = hangul.test((await stem.innerText()) + (await page.locator('.cmp-option-text').allInnerTexts()).join(' '))
      ? 'ko'
      : 'en';
    await expect(stem).toHaveAttribute('lang', written);
    for (const option of await page.locator('.cmp-option-text').all()) await expect(option).toHaveAttribute('lang', written);

    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(summary).toHaveAttribute('lang', 'en');
    await expect(summary).toContainText(/The rules (?:agree|disagree) with the answer key: /);
    await expect(summary).not.toHaveText(hangul);
    await expect(page.locator('.cmp-config').first()).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('without a question it lists the questions; an unknown id says so', async ({ page }) => {
    await page.goto('/calculator/compare/?q=no-such-question');
    await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
    await expect(page.getByRole('alert')).toContainText('no-such-question');
    await expect(page.locator('#cmp-index, #cmp-none')).toHaveCount(1);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`calculator (findings and field errors) and compare view pass axe (${scheme})`, async ({ page }) => {
      // Three axe runs over long pages: 24-29 s in CI beside another worker, 32 s on a busy machine.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      const check = async (label: string): Promise<void> => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(
          result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`),
          label,
        ).toEqual([]);
      };
      await openCalculator(page, '?preset=streaming-24x7&primary=m5.xlarge:1:spot');
      await check('calculator with an error finding');
      await field(page, 'core.count').fill('0');
      await expect(fieldError(page, 'core.count')).toBeVisible();
      await check('calculator with a field error');
      const response = await page.request.get('/calculator/scenarios.json');
      const first = ((await response.json()) as { questions: Array<{ id: string }> }).questions[0];
      await page.goto(first ? `/calculator/compare/?q=${first.id}` : '/calculator/compare/');
      await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
      await check('compare view');
    });
  }
});
