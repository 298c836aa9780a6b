/**
 * The quiz flow a student on a phone or a laptop notices (issue 11, issue 10 item 6): the practice
 * verdict in view after "Check answer", shortcuts with the Korean IME on, quick-start presets, a
 * mock exam from a blueprint with per-domain results, the progress view, and no horizontal
 * overflow at 375 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { servedQuestions } from '../helpers/quiz-bank.ts';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'bundled', 'the quiz tests run against the bundled content only');
});

interface BankQuestion {
  id: string;
  answer: string[];
  options: Array<{ letter: string }>;
}

async function answerKeys(page: Page): Promise<Map<string, BankQuestion>> {
  return servedQuestions(page.request);
}

const item = (page: Page) => page.locator('#quiz-session section.quiz-item');

async function startPractice(page: Page, query: string): Promise<void> {
  await page.goto(`/quiz/?${query}`);
  await expect(page.locator('#quiz-start')).toBeEnabled();
  await page.locator('#quiz-start').click();
  await expect(page.locator('#quiz-q-title')).toBeFocused();
}

/** Asserts that `locator`'s box is inside the viewport and below the sticky quiz bar. */
async function expectInView(page: Page, selector: string, what: string): Promise<void> {
  const box = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const bar = document.querySelector('.quiz-bar');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, barBottom: bar ? bar.getBoundingClientRect().bottom : 0, height: window.innerHeight };
  }, selector);
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(box!.top, `${what} is below the sticky bar`).toBeGreaterThanOrEqual(box!.barBottom - 0.5);
  expect(box!.bottom, `${what} ends inside the viewport`).toBeLessThanOrEqual(box!.height + 0.5);
}

for (const size of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`verdict, key and the chosen option's reason in view after Check answer at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const keys = await answerKeys(page);
    await startPractice(page, 'count=4&seed=e2e-verdict');
    for (let n = 0; n < 4; n++) {
      const id = (await item(page).getAttribute('data-question-id')) ?? '';
      const q = keys.get(id)!;
      // Answer wrong on even questions, right on odd ones: both verdicts must be in view.
      const letters = n % 2 === 0 ? [q.options.map((o) => o.letter).find((l) => !q.answer.includes(l))!] : q.answer;
      for (const letter of letters) await item(page).locator(`input[name="quiz-option"][value="${letter}"] + label`).click();
      await page.locator('[data-action="confirm"]').click();
      await expect(page.locator('#quiz-verdict')).toBeFocused();
      await expectInView(page, '#quiz-verdict .quiz-feedback__verdict', 'the verdict');
      await expectInView(page, '#quiz-verdict .answer__key', 'the answer key');
      await expectInView(page, '#quiz-verdict .quiz-verdict-card__reason', "the chosen option's reason");
      await expect(page.locator('#quiz-verdict')).toContainText(n % 2 === 0 ? 'Incorrect' : 'Correct');
      if (n < 3) {
        await page.keyboard.press('ArrowRight');
        await expect(page.locator('#quiz-q-title')).toContainText(`Question ${n + 2} of 4`);
      }
    }
  });
}

test('shortcuts work with the Korean IME on (KeyboardEvent.code, not the typed Hangul)', async ({ page }) => {
  await startPractice(page, 'count=2&seed=e2e-ime');
  const press = (key: string, code: string) =>
    page.evaluate(
      ([k, c]) => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true })),
      [key, code],
    );
  // 2-set Hangul: A types ㅁ, B types ㅠ, F types ㄹ.
  await press('ㅁ', 'KeyA');
  await expect(item(page).locator('input[data-position="0"]')).toBeChecked();
  await press('ㄹ', 'KeyF');
  await expect(page.locator('[data-action="flag"]')).toHaveAttribute('aria-pressed', 'true');
  // A composing Enter is still ignored.
  await page.evaluate(() =>
    document.activeElement?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }),
    ),
  );
  await expect(page.locator('[data-action="confirm"]')).toBeVisible();
});

interface BankExam {
  id: string;
  /** Title, description and domain names in both languages (content/exams/*.yml). */
  title: { ko: string; en: string };
  description: { ko: string; en: string };
  questions: number;
  minutes: number;
  scaled: boolean;
  domains: Array<{ name: { ko: string; en: string }; tags: string[] }>;
}

const HANGUL = /[\u3130-\u318f\uac00-\ud7af]/;

async function bankExams(page: Page): Promise<BankExam[]> {
  const response = await page.request.get('/quiz/bank.json');
  return ((await response.json()) as { exams: BankExam[] }).exams;
}

for (const size of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`quick start is the first screen of /quiz/ at ${size.width}×${size.height}, without horizontal overflow`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/quiz/');
    const random = page.locator('[data-preset="random"]');
    await expect(random).toBeEnabled();
    for (const preset of ['due', 'random', 'weakest']) {
      const box = await page.locator(`[data-preset="${preset}"]`).boundingBox();
      expect(box, preset).not.toBeNull();
      expect(box!.y + box!.height, `${preset} is on the first screen`).toBeLessThanOrEqual(size.height);
    }
    const firstExam = await page.locator('[data-preset="exam"]').first().boundingBox();
    expect(firstExam!.y + firstExam!.height, 'the first mock exam is on the first screen').toBeLessThanOrEqual(size.height);
    // The builder is still there, collapsed.
    await expect(page.locator('#quiz-builder-details')).not.toHaveAttribute('open', '');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no horizontal overflow').toBeLessThanOrEqual(0);
  });
}

test('quick-start presets: 10 random, continue, weakest topics, reviews due — each starts the right quiz; the header shows them', async ({
  page,
}) => {
  // Four quizzes walked end to end (6 s alone on an idle machine); CI timed it out at 32.5 s under a
  // load average of 10–12 on 2 cores.
  test.setTimeout(90_000);
  const keys = await answerKeys(page);
  await page.goto('/quiz/');
  await expect(page.locator('[data-preset="due"]')).toBeDisabled();
  await expect(page.locator('[data-preset="weakest"]')).toBeDisabled();
  await page.locator('[data-preset="random"]').click();
  await expect(page).toHaveURL(/\?attempt=/);
  await expect(page.locator('#quiz-q-title')).toContainText('of 10');
  await expect(page.locator('.quiz-bar__mode')).toContainText('Practice');
  const attemptUrl = page.url();

  // Answer two wrong and check them, then leave: "continue" on /quiz/ and in the header.
  for (let n = 0; n < 2; n++) {
    const q = keys.get((await item(page).getAttribute('data-question-id')) ?? '')!;
    const wrong = q.options.map((o) => o.letter).find((l) => !q.answer.includes(l))!;
    await item(page).locator(`input[value="${wrong}"] + label`).click();
    await page.locator('[data-action="confirm"]').click();
    await page.keyboard.press('ArrowRight');
  }
  await page.goto('/quiz/');
  await expect(page.locator('[data-preset="continue"]')).toContainText('2/10');
  await expect(page.locator('.site-header [data-status="resume"]')).toBeVisible();
  await expect(page.locator('.site-header [data-status="resume"]')).toContainText('2/10');
  await page.locator('[data-preset="continue"]').click();
  await expect(page).toHaveURL(attemptUrl);

  // Finish: the two wrong ones make weakest topics; after the learning step they are due.
  await page.locator('[data-action="submit"]').click();
  await page.locator('[data-action="submit-now"]').click();
  await expect(page.locator('#quiz-results-title')).toBeVisible();
  await page.goto('/quiz/');
  const weakest = page.locator('[data-preset="weakest"]');
  await expect(weakest).toBeEnabled();
  await weakest.click();
  await expect(page.locator('#quiz-q-title')).toBeVisible();
  const source = (await page.locator('.quiz-bar__mode').textContent()) ?? '';
  expect(source.length).toBeGreaterThan(0);

  await page.clock.install({ time: Date.now() + 10 * 60_000 });
  await page.goto('/quiz/');
  const due = page.locator('[data-preset="due"]');
  await expect(due).toBeEnabled();
  await expect(due).toContainText('due now');
  await expect(page.locator('.site-header [data-status="due"]')).toContainText('due');
  await due.click();
  await expect(page.locator('.quiz-bar__mode')).toContainText('Due for review');

  // Every page's header says so, whether the layout runs the site script or the page's island does.
  for (const path of ['/calculator/', '/quiz/history/', '/tags/']) {
    await page.goto(path);
    await expect(page.locator('.site-header [data-status="due"]'), path).toContainText('due');
  }
});

test('a mock exam from a blueprint, end to end: drawn, timed, submitted, scored per domain in the blueprint order', async ({ page }) => {
  test.setTimeout(90_000);
  const keys = await answerKeys(page);
  const exams = await bankExams(page);
  const exam = exams.find((e) => e.id === 'emr-quick-check') ?? exams[0]!;
  await page.goto('/quiz/');
  // The page is English (the browser's language): the tile shows the exam's English title.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const tile = page.locator(`[data-preset="exam"][data-exam="${exam.id}"]`);
  await expect(tile.locator('.quiz-quick__title')).toHaveText(exam.title.en);
  expect(exam.title.en).not.toMatch(HANGUL);
  await tile.click();
  await expect(page.locator('#quiz-q-title')).toContainText(`of ${exam.questions}`);
  await expect(page.getByRole('timer')).toBeVisible();
  expect(
    await (async () => {
      const t = ((await page.getByRole('timer').textContent()) ?? '').trim().split(':').map(Number);
      return t.reduce((a, b) => a * 60 + b, 0);
    })(),
  ).toBeGreaterThan((exam.minutes - 1) * 60);
  // Answer the first three right.
  for (let n = 0; n < 3; n++) {
    const q = keys.get((await item(page).getAttribute('data-question-id')) ?? '')!;
    for (const letter of q.answer) await item(page).locator(`input[value="${letter}"] + label`).click();
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-action="submit"]').click();
  await page.locator('[data-action="submit-now"]').click();
  await expect(page.locator('#quiz-results-title')).toBeVisible();
  await expect(page.locator('[data-testid="quiz-score"]')).toHaveText(`3 / ${exam.questions}`);
  const rows = page.locator('.quiz-bars').first().locator('.quiz-bars__row');
  await expect(rows).toHaveCount(exam.domains.length);
  const names = rows.locator('.quiz-bars__head > :first-child');
  // The domains in the blueprint's order, in the page's language; the switch re-renders them in Korean.
  await expect(names).toHaveText(exam.domains.map((d) => d.name.en));
  expect(exam.domains.some((d) => d.name.ko !== d.name.en)).toBe(true);
  await page.locator('[data-lang-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(names).toHaveText(exam.domains.map((d) => d.name.ko));
  await expect(page.locator('#quiz-results')).toContainText(exam.title.ko);
  await page.locator('[data-lang-switch]').click();
  await expect(names).toHaveText(exam.domains.map((d) => d.name.en));
  const graded = (await rows.locator('.quiz-bars__value').allTextContents()).map((t) => Number(/\/(\d+)/.exec(t)?.[1] ?? 0));
  expect(graded.reduce((a, b) => a + b, 0)).toBe(exam.questions);
  await expect(rows.first().locator('.quiz-bars__links a').last()).toHaveAttribute('href', /\/quiz\/\?tags=/);
  if (exam.scaled) await expect(page.locator('[data-testid="quiz-scaled"]')).toBeVisible();
  // The per-tag charts are there on demand.
  await expect(page.locator('.quiz-tag-details')).not.toHaveAttribute('open', '');
});

test.describe('mock exams in the student’s language', () => {
  test.use({ locale: 'ko-KR' });

  test('quick start, the linked exam and the progress view show Korean titles on a Korean page and English ones after the switch', async ({
    page,
  }) => {
    const exams = await bankExams(page);
    expect(exams.length).toBeGreaterThan(0);
    await page.goto('/quiz/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const titles = page.locator('[data-preset="exam"] .quiz-quick__title');
    await expect(titles).toHaveText(exams.map((e) => e.title.ko));
    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(titles).toHaveText(exams.map((e) => e.title.en));
    for (const e of exams) expect(e.title.en, e.id).not.toMatch(HANGUL);

    // A link to one exam names it and says what it is, in the page's language.
    const exam = exams[0]!;
    await page.goto(`/quiz/?exam=${exam.id}`);
    await expect(page.locator('#quiz-source-note strong').first()).toHaveText(exam.title.en);
    await expect(page.locator('[data-testid="quiz-exam-description"]')).toHaveText(exam.description.en);
    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('#quiz-source-note strong').first()).toHaveText(exam.title.ko);
    await expect(page.locator('[data-testid="quiz-exam-description"]')).toHaveText(exam.description.ko);

    await page.goto('/quiz/history/#progress');
    const links = page.locator('.quiz-progress__exams li > a');
    await expect(links).toHaveText(exams.map((e) => e.title.ko));
    await page.locator('[data-lang-switch]').click();
    await expect(links).toHaveText(exams.map((e) => e.title.en));
  });
});

test('progress view: the 17 exam topics in syllabus order with figures, study-next links and predicted mock-exam scores', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // One quiz first, so there is something to show.
  await startPractice(page, 'tags=topic/storage&count=2&seed=e2e-progress');
  for (let n = 0; n < 2; n++) {
    await item(page).locator('input[name="quiz-option"] + label').first().click();
    await page.locator('[data-action="confirm"]').click();
    if (n === 0) await page.keyboard.press('ArrowRight');
  }
  await page.locator('[data-action="submit"]').click();
  await expect(page.locator('#quiz-results-title')).toBeVisible();
  await page.goto('/quiz/history/#progress');
  const topics = page.locator('.quiz-progress__topic');
  await expect(topics).toHaveCount(17);
  // Syllabus order = the order of content/tags.yml, not the slug order.
  const order = await topics.evaluateAll((els) => els.map((e) => e.getAttribute('data-topic')));
  const registry = readFileSync('content/tags.yml', 'utf8')
    .split('\n')
    .map((l) => /^(topic\/[a-z0-9-]+):/.exec(l)?.[1])
    .filter(Boolean);
  expect(order).toEqual(registry);
  const storage = page.locator('.quiz-progress__topic[data-topic="topic/storage"]');
  await expect(storage).toContainText('2/');
  await expect(storage.locator('a[href^="/quiz/?tags=topic%2Fstorage"]')).toBeVisible();
  await expect(page.locator('.quiz-progress__topic.is-next')).toHaveCount(3);
  await expect(page.locator('.quiz-progress__exams li')).not.toHaveCount(0);
  await expect(page.locator('.quiz-progress__exams li').first()).toContainText('95%');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal overflow at 375 px').toBeLessThanOrEqual(0);
  // No text below 12 CSS px in the progress view and the results' bars.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('#progress *')]
      .filter((e) => e.childNodes.length > 0 && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
      .filter((e) => Number.parseFloat(getComputedStyle(e).fontSize) < 12)
      .map((e) => e.textContent),
  );
  expect(small).toEqual([]);
  // The score-trend chart (SVG): its text as rendered on the phone, CSS font size × the SVG's scale.
  await expect(page.locator('#history-trend svg.quiz-chart:visible')).toHaveCount(1);
  const trendText = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('#history-trend svg.quiz-chart')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) =>
        [...svg.querySelectorAll('text')].map(
          (t) => (Number.parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width,
        ),
      ),
  );
  expect(Math.min(...trendText), 'smallest trend-chart text in CSS px at 375 px').toBeGreaterThanOrEqual(12);
});

test('results at 375 px: topic summary first with no text below 12 CSS px, charts on demand, no page overflow', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await startPractice(page, 'count=3&seed=e2e-phone');
  await page.locator('[data-action="submit"]').click();
  await page.locator('[data-action="submit-now"]').click();
  await expect(page.locator('#quiz-results-title')).toBeFocused();
  await expect(page.locator('#quiz-results .quiz-bars').first()).toBeVisible();
  await page.locator('.quiz-tag-details > summary').click();
  await expect(page.locator('#quiz-results svg.quiz-chart:visible').first()).toBeVisible();
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    for (const el of document.querySelectorAll<HTMLElement>('#quiz-results .quiz-bars *, .quiz-actions *')) {
      if ([...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
        min = Math.min(min, Number.parseFloat(getComputedStyle(el).fontSize));
    }
    // The on-demand SVG charts: rendered size = CSS font size × the SVG's scale on screen.
    for (const svg of document.querySelectorAll<SVGSVGElement>('#quiz-results svg.quiz-chart')) {
      const shown = svg.getBoundingClientRect().width;
      if (shown === 0) continue; // the other variant (wide screens), not displayed
      const scale = shown / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) min = Math.min(min, Number.parseFloat(getComputedStyle(text).fontSize) * scale);
    }
    return min;
  });
  expect(smallest, 'smallest rendered text in CSS px').toBeGreaterThanOrEqual(12);
  // Buttons never split their label into columns: each button's label is one block.
  const split = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('#quiz-results .quiz-button')].filter((b) => getComputedStyle(b).display.includes('flex'))
        .length,
  );
  expect(split).toBe(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no horizontal overflow').toBeLessThanOrEqual(0);
});

test('the builder lists the notes when their group is opened; picking one starts a quiz on its questions, and a link naming a note checks it', async ({
  page,
}) => {
  await page.goto('/quiz/');
  await expect(page.locator('[data-preset="random"]')).toBeEnabled();
  // The page's HTML does not carry the list (issue 11): it is drawn when the group opens.
  await expect(page.locator('#quiz-note-list input[name="notes"]')).toHaveCount(0);
  await page.locator('#quiz-builder-title').click();
  await page.locator('#quiz-notes > summary').click();
  const boxes = page.locator('#quiz-note-list input[name="notes"]');
  await expect(boxes.first()).toBeVisible();
  const noteCount = Number(await page.locator('#quiz-notes > summary .quiz-count').textContent());
  await expect(boxes).toHaveCount(noteCount);
  const first = boxes.first();
  const slug = await first.getAttribute('value');
  const questions = Number(await page.locator(`label[for="quiz-note-${slug}"] .quiz-count`).textContent());
  await first.check();
  await expect(page).toHaveURL(new RegExp(`[?&]notes=${encodeURIComponent(slug!)}`));
  await expect(page.locator('#quiz-summary')).toContainText(`${questions}`);
  await page.locator('#quiz-start').click();
  await expect(page.locator('#quiz-q-title')).toContainText(`of ${questions}`);

  // A link naming the note opens the group with the note checked.
  await page.goto(`/quiz/?notes=${encodeURIComponent(slug!)}`);
  await expect(page.locator(`#quiz-note-${slug}`)).toBeChecked();
  await expect(page.locator('#quiz-notes')).toHaveAttribute('open', '');
});
