/**
 * One language at a time (issue 10): the header's ko/en switch, the language picked from the
 * browser before the first paint, no UI label of the other language visible, the choice kept across
 * pages and reloads, axe clean in both languages; a long note's "On this page" and heading anchors;
 * authoring details kept off the built site.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { messages } from '../../src/i18n/index.ts';

/** Pages a student reads in one language (the quiz pages join when their conversion lands). */
const PAGES = [
  '/',
  '/notes/spark-deploy-modes/',
  '/tags/service/',
  '/calculator/',
  '/calculator/compare/',
  '/search/?q=spot',
  '/quiz/',
  '/quiz/history/',
];

/**
 * English UI texts of the catalog that read differently in Korean (what must not show on a Korean
 * page). A technical name the Korean text keeps as it is (`dfs.replication` in
 * `HDFS 복제 계수 (dfs.replication)`) reads the same in both languages, so it is not one.
 */
const ENGLISH_LABELS = Object.values(messages)
  .map((m) => (typeof m.en === 'string' && typeof m.ko === 'string' && m.en !== m.ko && !m.ko.includes(m.en) ? m.en : null))
  .filter((en): en is string => en !== null && !en.includes('{') && /[a-z]{3}/.test(en) && en.length >= 4);

async function pageIn(browser: Browser, lang: 'ko' | 'en', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'ko' ? 'ko-KR' : 'en-US', viewport });
  return context.newPage();
}

/**
 * Regions other areas still write in both languages (none since the calculator island moved to
 * the catalog); kept as a hook for the next island that is converted.
 */
const PENDING_ISLAND_REGIONS = '[data-i18n-pending]';

/** Visible text of the UI: text nodes outside content (`[data-content]`), code and the switch. */
async function visibleUiText(page: Page): Promise<string[]> {
  return page.evaluate((pending) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el) continue;
      if (
        el.closest(
          '[data-content], code, kbd, pre, script, style, template, noscript, .lang-switch, .card__description, .namespace__description, .tag-header__description',
        )
      )
        continue;
      if (el.closest(pending)) continue;
      // Shown, or read by a screen reader (visually hidden text counts too).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    // Attributes a person reads or hears.
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (el.closest('[data-content]') || el.closest(pending)) continue;
      for (const name of ['placeholder', 'aria-label']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  }, PENDING_ISLAND_REGIONS);
}

async function expectOneLanguage(page: Page, lang: 'ko' | 'en'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const texts = await visibleUiText(page);
  if (lang === 'en') {
    const korean = texts.filter((t) => /[\uac00-\ud7af]/.test(t));
    expect(korean, `Korean UI text on an English page ${page.url()}`).toEqual([]);
  } else {
    const joined = texts.join('\n');
    const english = ENGLISH_LABELS.filter((label) => joined.includes(label));
    expect(english, `English UI labels on a Korean page ${page.url()}`).toEqual([]);
  }
}

test.describe('one language at a time', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'bundled content only');
  });

  for (const lang of ['ko', 'en'] as const) {
    for (const url of PAGES) {
      test(`${url} in ${lang}: only ${lang} labels, and axe finds nothing`, async ({ browser }) => {
        test.setTimeout(90_000); // axe is slow on a loaded machine
        const page = await pageIn(browser, lang);
        await page.goto(url);
        if (url.startsWith('/search/')) await expect(page.locator('#search-page-results li').first()).toBeVisible();
        if (url === '/calculator/') await expect(page.locator('html')).toHaveAttribute('data-calculator', 'ready');
        if (url === '/calculator/compare/') await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
        // the quiz islands draw the quick start and the progress view from the bank
        if (url === '/quiz/') await expect(page.locator('#quiz-side [data-preset]').first()).toBeVisible();
        if (url === '/quiz/history/') await page.waitForLoadState('networkidle');
        await expectOneLanguage(page, lang);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      });
    }
  }

  test('tag descriptions follow the reader’s language on the home, tag list and tag pages', async ({ browser }) => {
    for (const lang of ['ko', 'en'] as const) {
      const page = await pageIn(browser, lang, { width: 375, height: 740 });
      for (const [url, selector] of [
        ['/', '.card__description'],
        ['/tags/', '.namespace__description'],
        ['/tags/node/core/', '.tag-header__description'],
      ] as const) {
        await page.goto(url);
        const shown = await page
          .locator(selector)
          .evaluateAll((els) =>
            els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => (el as HTMLElement).innerText.trim()),
          );
        expect(shown.length, `${url} shows descriptions`).toBeGreaterThan(0);
        const hangul = shown.filter((text) => /[\uac00-\ud7af]/.test(text));
        expect(hangul.length, `${url} in ${lang}: ${shown.join(' | ')}`).toBe(lang === 'ko' ? shown.length : 0);
      }
      await page.context().close();
    }
  });

  test('the search dialog speaks the page language', async ({ browser }) => {
    for (const lang of ['ko', 'en'] as const) {
      const page = await pageIn(browser, lang);
      await page.goto('/');
      await page.keyboard.press('Control+k');
      await expect(page.locator('#search-dialog')).toBeVisible();
      await page.locator('#search-dialog-input').fill('spot');
      await expect(page.locator('#search-dialog-results li').first()).toBeVisible();
      await expectOneLanguage(page, lang);
      await page.context().close();
    }
  });

  test('the switch changes the language, and the choice holds across pages and reloads', async ({ browser }) => {
    const page = await pageIn(browser, 'ko', { width: 375, height: 740 });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const toggle = page.locator('[data-lang-switch]');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAccessibleName(/English/);
    // The header fits a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam prep for Amazon EMR architecture', { useInnerText: true });
    await expect(page.locator('#search-dialog-input')).toHaveAttribute('placeholder', /Search notes/);
    await expectOneLanguage(page, 'en');
    await page.getByRole('link', { name: 'Calculator' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#f-am option[value=""]')).toHaveText('Release default');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectOneLanguage(page, 'en');
    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('#f-am option[value=""]')).toHaveText('릴리스 기본값');
    // What the island wrote is rebuilt in the new language.
    await expect(page.locator('#calc-figures h2')).toHaveText('계산된 수치');
    await expectOneLanguage(page, 'ko');
    await page.goto('/tags/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expectOneLanguage(page, 'ko');
    await page.context().close();
  });

  test('a stored choice is in place at the first frame (no flash of the other language)', async ({ browser }) => {
    const page = await pageIn(browser, 'ko');
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('emr-prep:lang', 'en'));
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrame: { lang: string; title: string; skip: string } };
        const skip = document.querySelector('.skip-link .i18n[lang="ko"]');
        w.firstFrame = {
          lang: document.documentElement.lang,
          title: document.title,
          skip: skip ? getComputedStyle(skip).display : 'absent',
        };
      });
    });
    await page.goto('/notes/');
    const first = await page.evaluate(
      () => (window as unknown as { firstFrame: { lang: string; title: string; skip: string } }).firstFrame,
    );
    expect(first.lang).toBe('en');
    expect(first.title).toBe('All notes · emr-prep');
    expect(['none', 'absent']).toContain(first.skip);
    await page.context().close();
  });

  test('content keeps the language its author wrote it in', async ({ browser }) => {
    const page = await pageIn(browser, 'en');
    await page.goto('/notes/spark-deploy-modes/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.note__body')).toHaveAttribute('lang', 'ko');
    await page.context().close();
  });
});

test.describe('a long note', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'bundled content only');
  });

  test('on a wide screen "On this page" stands beside the text and its links land on the headings', async ({ browser }) => {
    const page = await pageIn(browser, 'ko');
    await page.goto('/notes/spark-deploy-modes/');
    const toc = page.locator('nav.toc--wide');
    await expect(toc).toBeVisible();
    await expect(page.locator('details.toc--phone')).toBeHidden();
    const tocBox = (await toc.boundingBox())!;
    const bodyBox = (await page.locator('.note__body').boundingBox())!;
    expect(tocBox.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    const entries = toc.locator('a');
    expect(await entries.count()).toBeGreaterThanOrEqual(4);
    // Every entry points at an element of the page.
    const targets = await entries.evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), `#${id}`).toBe(1);
    // A body heading: the link lands on it.
    const heading = page.locator('.note__body h2[id]').nth(1);
    const id = (await heading.getAttribute('id'))!;
    await toc.locator(`a[href="#${encodeURIComponent(id)}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(id).replace(/[%-]/g, (c) => `\\${c}`)}$`));
    await expect(heading).toBeInViewport();
    // The sticky list stays in view while reading.
    await page.mouse.wheel(0, 3000);
    await expect(toc).toBeInViewport();
    await page.context().close();
  });

  test('on a phone it is a collapsed list under the title', async ({ browser }) => {
    const page = await pageIn(browser, 'ko', { width: 375, height: 740 });
    await page.goto('/notes/spark-deploy-modes/');
    const details = page.locator('details.toc--phone');
    await expect(details).toBeVisible();
    await expect(page.locator('nav.toc--wide')).toBeHidden();
    await expect(details.locator('ol')).toBeHidden();
    await details.locator('summary').click();
    const link = details.locator('a').nth(2);
    await expect(link).toBeVisible();
    const hash = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`)).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  test('a heading id is stable and Korean is kept in it (GitHub style)', async ({ page }) => {
    await page.goto('/notes/spark-deploy-modes/');
    const ids = await page.locator('.note__body :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}_-]+$/u);
    expect(ids.some((id) => /[\uac00-\ud7af]/.test(id))).toBe(true);
    const first = ids.find((id) => /[\uac00-\ud7af]/.test(id))!;
    await page.goto(`/notes/spark-deploy-modes/#${encodeURIComponent(first)}`);
    await expect(page.locator(`[id="${first}"]`)).toBeInViewport();
  });

  test('the built site shows no file names or source lines', async ({ page }) => {
    await page.goto('/notes/spark-deploy-modes/');
    await expect(page.locator('.note__footer')).toHaveCount(0);
    await expect(page.locator('.question__source')).toHaveCount(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('spark-deploy-modes.md');
    expect(text).not.toMatch(/source: |\.md:\d+/);
  });
});
