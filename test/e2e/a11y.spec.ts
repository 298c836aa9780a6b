/**
 * Accessibility of the main page types, checked with axe-core (WCAG 2.1 A/AA rules, including
 * colour contrast) in light and dark colour schemes, with the answers of a note page revealed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test('home, tag index, a tag page, a note page with answers revealed, and the 404 page', async ({ page }) => {
      test.setTimeout(90_000); // five axe runs; slow on a loaded machine
      await page.goto('/');
      expect(await violations(page), 'home').toEqual([]);
      const note = await page.locator('main a[href^="/notes/"]').first().getAttribute('href');

      await page.goto('/tags/');
      expect(await violations(page), 'tag index').toEqual([]);
      const tag = await page.locator('main a.tag').first().getAttribute('href');

      await page.goto(tag!);
      expect(await violations(page), `tag page ${tag}`).toEqual([]);

      await page.goto(note!);
      for (const summary of await page.locator('details.answer > summary').all()) await summary.click();
      const option = page.locator('.options input').first();
      if ((await option.count()) > 0) await option.check();
      expect(await violations(page), `note page ${note}`).toEqual([]);

      await page.goto('/no-such-page-here/');
      expect(await violations(page), '404 page').toEqual([]);
    });
  });
}
