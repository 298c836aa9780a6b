/**
 * Accessibility of the quiz pages with axe-core (WCAG 2.1 A/AA rules, colour contrast included),
 * in light and dark colour schemes, in every state a student meets: the builder, a practice item
 * with its feedback revealed, an exam item with a flag and the question map, the results with
 * their charts and review, and the history page with data. The bar: no serious or
 * critical violation (minor and moderate ones are printed, not failed).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'bundled', 'the quiz tests run against the bundled content only');
});

/** Serious and critical violations on the page (others are logged). */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const describe = (v: (typeof result.violations)[number]) =>
    `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`;
  const minor = result.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.warn(`[axe] ${where}: ${minor.map(describe).join('; ')}`);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`quiz accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test('builder, practice feedback, exam with flag and map, results, history', async ({ page }) => {
      test.setTimeout(150_000); // six axe runs on a shared 2-core machine
      await page.goto('/quiz/?tags=node&count=3&seed=axe');
      await expect(page.locator('#quiz-start')).toBeEnabled();
      expect(await seriousViolations(page, 'builder'), 'builder').toEqual([]);

      // Practice: answer and reveal the feedback.
      await page.locator('#quiz-start').click();
      await page.locator('#quiz-session input[name="quiz-option"] + label').first().click();
      await page.locator('[data-action="confirm"]').click();
      await expect(page.locator('.quiz-feedback')).toBeVisible();
      await page.locator('.quiz-keys summary').click();
      expect(await seriousViolations(page, 'practice feedback'), 'practice feedback').toEqual([]);

      // Finish (with the confirmation panel open), then the results.
      await page.locator('[data-action="submit"]').click();
      await expect(page.locator('.quiz-confirm')).toBeVisible();
      expect(await seriousViolations(page, 'finish confirmation'), 'finish confirmation').toEqual([]);
      await page.locator('[data-action="submit-now"]').click();
      await expect(page.locator('#quiz-results-title')).toBeVisible();
      // The per-tag charts are on demand since issue 11 (results summarise by topic/domain first).
      await page.locator('.quiz-tag-details > summary').click();
      for (const summary of await page.locator('.quiz-chart-table summary').all()) await summary.click();
      expect(await seriousViolations(page, 'results'), 'results').toEqual([]);

      // Exam: countdown, a flagged item, the question map.
      await page.goto('/quiz/?tags=cluster&count=4&mode=exam&seed=axe-exam');
      await page.locator('#quiz-start').click();
      await page.locator('#quiz-session input[name="quiz-option"] + label').first().click();
      await page.locator('[data-action="flag"]').click();
      await page.locator('[data-action="next"]').click();
      await expect(page.getByRole('timer')).toBeVisible();
      expect(await seriousViolations(page, 'exam'), 'exam').toEqual([]);

      await page.goto('/quiz/history/');
      await expect(page.locator('#history-attempts tbody tr')).toHaveCount(2);
      expect(await seriousViolations(page, 'history'), 'history').toEqual([]);
    });
  });
}
