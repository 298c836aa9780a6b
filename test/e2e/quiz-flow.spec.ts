/**
 * The quiz flow a student on a phone or a laptop notices (issue 11, issue 10 item 6): the practice
 * verdict in view after "Check answer", shortcuts with the Korean IME on, quick-start presets, a
 * mock exam from a blueprint with per-domain results, the progress view, and no horizontal
 * overflow at 375 px.
 */
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'bundled', 'the quiz tests run against the bundled content only');
});

interface BankQuestion {
  id: string;
  answer: string[];
  options: Array<{ letter: string }>;
}

async function answerKeys(page: Page): Promise<Map<string, BankQuestion>> {
  const response = await page.request.get('/quiz/bank.json');
  const bank = (await response.json()) as { questions: BankQuestion[] };
  return new Map(bank.questions.map((q) => [q.id, q]));
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
