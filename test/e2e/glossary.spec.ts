/**
 * The glossary page (/glossary/): the ㄱ–ㅎ and A–Z indexes jump to their groups, a term shows its
 * definition in the page's language only, links to the notes that teach it, reads at 375 px without
 * sideways scrolling, and passes axe-core (WCAG 2.1 A/AA). Bundled content only (the seeds get the
 * same bundled glossary, with links to notes they do not have left out).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('glossary page', () => {
  test('the indexes jump to their groups; a term links to the notes that teach it', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the terms link to bundled notes');
    await page.goto('/glossary/');
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('.glossary-index a', { hasText: /^ㅂ$/ }).click();
    await expect(page).toHaveURL(/#ko-ㅂ|#ko-%E3%85%82/);
    await expect(page.locator('#ko-ㅂ ~ ul a', { hasText: '복제 계수' })).toBeVisible();
    await page.locator('#ko-ㅂ ~ ul a', { hasText: '복제 계수' }).click();
    const term = page.locator('#replication-factor');
    await expect(term).toBeVisible();
    await expect(term).toContainText('Replication factor');
    await term.locator('a[href^="/notes/"]').first().click();
    await expect(page).toHaveURL(/\/notes\/hdfs-vs-emrfs-s3\/$/);
  });

  test('one definition language at a time, following the page language', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the terms link to bundled notes');
    await page.goto('/glossary/#replication-factor');
    const term = page.locator('#replication-factor .glossary-term__definition');
    const lang = await page.evaluate(() => document.documentElement.lang);
    const shown = term.locator(`.i18n[lang="${lang}"]`);
    const hidden = term.locator(`.i18n:not([lang="${lang}"])`);
    await expect(shown).toBeVisible();
    await expect(hidden).toBeHidden();
  });

  test('reads at 375 px without sideways scrolling, and passes axe', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the terms link to bundled notes');
    test.setTimeout(120_000); // axe over 200+ terms takes a while on a busy machine
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/glossary/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
