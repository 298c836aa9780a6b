/**
 * What a student can do on the static site, checked in a real browser for both projects
 * (`bundled`: the bundled content; `seeds`: the owner's seed notes, see playwright.config.ts):
 * browse home → tag → note, reveal an answer, follow a related note, see a tag prefix gather its
 * child tags' notes, land on a helpful 404, and get a note page without any JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';

/** `/notes/<slug>/` links on the current page (the notes index `/notes/` excluded), de-duplicated. */
async function noteLinks(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page.locator(`${scope} a[href^="/notes/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.split('#')[0]!).filter((h) => /^\/notes\/[^/]+\/$/.test(h)))];
}

/** The first question on a note page, by its section. */
function firstQuestion(page: Page) {
  return page.locator('section.question').first();
}

test.describe('browsing and answering', () => {
  test('home → tag → note: reveal an answer, then follow a related note', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/emr-prep/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{19,}/);
    // The home page says what the site holds.
    const stats = page.locator('dl.stats');
    await expect(stats).toContainText('Notes');
    await expect(stats).toContainText('Questions');

    // Pick a topic that has questions (its card reads "문제 N" with N > 0).
    const cards = page.locator('.cards .card');
    const n = await cards.count();
    expect(n, 'the home page lists the tag namespaces').toBeGreaterThan(0);
    let picked = -1;
    for (let i = 0; i < n; i++) {
      const counts = (await cards.nth(i).locator('.card__counts').textContent()) ?? '';
      const m = /문제\s+(\d+)/.exec(counts);
      if (m && Number(m[1]) > 0) {
        picked = i;
        break;
      }
    }
    expect(picked, 'some namespace has questions').toBeGreaterThanOrEqual(0);
    await cards.nth(picked).locator('a.card__title').click();
    await expect(page).toHaveURL(/\/tags\/[^/]+\/$/);
    await expect(page.locator('nav.breadcrumbs')).toContainText('Tags');

    // From the tag page, open a note that holds one of the tag's questions (a tag of more than 10
    // questions folds them under one line).
    const folded = page.locator('details.question-groups > summary');
    if ((await folded.count()) > 0) await folded.click();
    await page.locator('.question-group__note a').first().click();
    await expect(page).toHaveURL(/\/notes\/[^/]+\/$/);
    await expect(page.locator('h1')).toHaveCount(1);

    // Before revealing: the key and the reasons are not visible.
    const q = firstQuestion(page);
    const options = q.locator('.options input');
    const optionCount = await options.count();
    expect(optionCount).toBeGreaterThanOrEqual(2);
    const explanations = q.locator('.explanation');
    await expect(explanations).toHaveCount(optionCount);
    await expect(q.locator('.answer__key')).toBeHidden();
    for (let i = 0; i < optionCount; i++) await expect(explanations.nth(i)).toBeHidden();

    // Answer, then reveal: the key and every option's reason become visible.
    await options.first().check();
    await q.getByText('Show answer').click();
    await expect(q.locator('.answer__key')).toBeVisible();
    for (let i = 0; i < optionCount; i++) {
      await expect(explanations.nth(i)).toBeVisible();
      await expect(explanations.nth(i).locator('.explanation__reason')).not.toBeEmpty();
    }
    // As many ✓ marks as letters in the key, and the keyed options are marked in the form too.
    const keyedCount = await q.locator('.answer__key-item').count();
    expect(keyedCount).toBeGreaterThanOrEqual(1);
    await expect(q.locator('.explanation--keyed')).toHaveCount(keyedCount);
    await expect(q.locator('.explanation--distractor')).toHaveCount(optionCount - keyedCount);
    await expect(q.locator('.question__source'), 'authoring details stay off the built site').toHaveCount(0);

    // Follow a related note.
    const from = page.url();
    const related = page.locator('section.related a[href^="/notes/"]');
    expect(await related.count(), 'the note has related notes').toBeGreaterThan(0);
    // "Shared tags: A / B": tags of this note or their ancestors, each by its label as /tags/ shows it.
    const shared = (await page.locator('section.related .note-list__extra').first().innerText()).replace(/^[^:]*:\s*/, '');
    const noteUrl = page.url();
    await page.goto('/tags/');
    const tagLabels = await page
      .locator('main a.tag .tag__label')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    for (const label of shared.split(' / ')) expect(tagLabels, `"${label}" is a tag's label`).toContain(label);
    await page.goto(noteUrl);
    const target = await related.first().getAttribute('href');
    await related.first().click();
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(page.url()).not.toBe(from);
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('a tag prefix page lists the notes of its child tags', async ({ page }) => {
    await page.goto('/tags/');
    // A namespace with child tags: its own page must list every note of every child tag.
    const namespaces = page.locator('section.namespace');
    const count = await namespaces.count();
    let checked = 0;
    for (let i = 0; i < count && checked < 3; i++) {
      const ns = namespaces.nth(i);
      const childLinks = await ns.locator('.tag-tree a.tag').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      if (childLinks.length === 0) continue;
      const prefixHref = (await ns.locator('.namespace__title a.tag').getAttribute('href'))!;
      const childNotes = new Set<string>();
      for (const href of childLinks) {
        expect(href.startsWith(prefixHref), `${href} is below ${prefixHref}`).toBe(true);
        await page.goto(href);
        for (const link of await noteLinks(page, 'main section:has(#notes-title)')) childNotes.add(link);
      }
      await page.goto(prefixHref);
      const prefixNotes = new Set(await noteLinks(page, 'main section:has(#notes-title)'));
      expect(childNotes.size, `the child tags of ${prefixHref} have notes`).toBeGreaterThan(0);
      for (const link of childNotes) expect(prefixNotes.has(link), `${prefixHref} lists ${link}`).toBe(true);
      // Breadcrumbs: Tags › namespace (current).
      await expect(page.locator('nav.breadcrumbs li')).toHaveCount(2);
      checked += 1;
      await page.goto('/tags/');
    }
    expect(checked, 'some namespace has child tags').toBeGreaterThan(0);
  });

  test("a tag's questions are listed under its notes, folded under one line when there are more than 10", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'counts of the bundled content');
    await page.setViewportSize({ width: 375, height: 740 });
    // /tags/node/: 47 questions on the bundled content.
    await page.goto('/tags/node/');
    const total = Number((await page.locator('a.quiz-all').textContent())?.match(/\d+/)?.[0]);
    const groups = page.locator('#questions-title ~ details .question-group');
    const notes = await groups.count();
    expect(notes).toBeGreaterThan(1);
    const summary = page.locator('details.question-groups > summary');
    await expect(summary).toHaveText(`Show all ${total} questions (${notes} notes)`, { useInnerText: true });
    await expect(page.locator('.question-list a').first()).toBeHidden();
    // Folded, the page ends a few screens after the notes (17 screens of stems on /tags/service/).
    const folded = await page.evaluate(() => document.body.scrollHeight);
    await summary.click();
    await expect(page.locator('.question-list > li')).toHaveCount(total);
    await expect(page.locator('.question-list a').first()).toBeVisible();
    expect(await page.evaluate(() => document.body.scrollHeight)).toBeGreaterThan(folded + 740);

    // A tag of at most 10 questions lists them at once.
    await page.goto('/tags/');
    const small = await page.evaluate(async () => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/tags/"]')) {
        const html = await (await fetch(a.href)).text();
        if (html.includes('class="question-list"') && !html.includes('class="question-groups"')) return a.pathname;
      }
      return null;
    });
    expect(small, 'a tag with a few questions').not.toBeNull();
    await page.goto(small!);
    await expect(page.locator('details.question-groups')).toHaveCount(0);
    await expect(page.locator('.question-list a').first()).toBeVisible();
  });

  test('a tag page lists the notes that carry the tag first, then those of its narrower tags by child tag, each group by title', async ({
    page,
  }, testInfo) => {
    // The title order of /notes/ (Korean collation), the reference for every list below.
    await page.goto('/notes/');
    const titleOrder = await noteLinks(page);
    expect(titleOrder.length).toBeGreaterThan(1);
    await page.goto('/tags/');
    const tagHrefs = await page.locator('main a.tag').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
    const pages = await page.evaluate(async (hrefs) => {
      const out: Array<{
        href: string;
        children: string[];
        notes: Array<{ href: string; via: string[]; viaText: string }>;
        labels: Record<string, string>;
        groups: string[];
      }> = [];
      for (const href of hrefs) {
        const doc = new DOMParser().parseFromString(await (await fetch(href)).text(), 'text/html');
        const list = doc.querySelector('section:has(#notes-title)');
        // The child tags' chips, in the page's order.
        const children = [...doc.querySelectorAll('main a.tag')]
          .map((a) => a.getAttribute('href')!)
          .filter((h) => h.startsWith(href) && h !== href && !h.slice(href.length, -1).includes('/'))
          .map((h) => h.slice('/tags/'.length, -1));
        const labels = Object.fromEntries(
          [...doc.querySelectorAll('main a.tag')].map((a) => [
            a.getAttribute('href')!.slice('/tags/'.length, -1),
            a.querySelector('.tag__label [lang="ko"]')?.textContent ?? '',
          ]),
        );
        out.push({
          href,
          children,
          labels,
          notes: [...(list?.querySelectorAll('li:has(> a.note-list__title)') ?? [])].map((li) => ({
            href: li.querySelector('a.note-list__title')!.getAttribute('href')!,
            // "하위 태그: 6. HDFS vs S3 / 7. 확장": the narrower tags it is listed for.
            via: (li.querySelector('.note-list__extra')?.getAttribute('data-tags') ?? '').split(' ').filter(Boolean),
            viaText: li.querySelector('.note-list__extra [lang="ko"]')?.textContent ?? '',
          })),
          groups: [...doc.querySelectorAll('.question-group__note a')].map((a) => a.getAttribute('href')!),
        });
      }
      return out;
    }, tagHrefs);
    const byTitle = (hrefs: string[]) => [...hrefs].sort((a, b) => titleOrder.indexOf(a) - titleOrder.indexOf(b));
    let longest = 0;
    let grouped = 0;
    for (const p of pages) {
      const direct = p.notes.filter((n) => n.via.length === 0).map((n) => n.href);
      const via = p.notes.filter((n) => n.via.length > 0);
      expect(
        p.notes.map((n) => n.href),
        `${p.href}: its own tag's notes first`,
      ).toEqual([...direct, ...via.map((n) => n.href)]);
      expect(direct, `${p.href}: by title`).toEqual(byTitle(direct));
      // Each narrower note is under the first child tag (in the chips' order) it is listed for.
      const rank = (n: { via: string[] }) =>
        Math.min(
          ...n.via.map((t) => {
            const i = p.children.findIndex((c) => t === c || t.startsWith(`${c}/`));
            return i < 0 ? p.children.length : i;
          }),
        );
      // The line names them by the chips' labels, not by path.
      for (const n of via) {
        for (const t of n.via.filter((x) => p.labels[x])) {
          expect(n.viaText, `${p.href}: ${n.href} names ${t} by its label`).toContain(p.labels[t]);
          expect(n.viaText.split(': ').slice(1).join(': ').split(' / '), 'one label between slashes').toContain(p.labels[t]);
          if (p.labels[t] !== t) expect(n.viaText).not.toContain(t);
        }
      }
      const ranks = via.map(rank);
      expect(ranks, `${p.href}: grouped by child tag, in the chips' order`).toEqual([...ranks].sort((a, b) => a - b));
      for (const r of new Set(ranks)) {
        const group = via.filter((_, i) => ranks[i] === r).map((n) => n.href);
        expect(group, `${p.href}: a child tag's notes by title`).toEqual(byTitle(group));
      }
      if (new Set(ranks).size > 1) grouped += 1;
      // The question groups follow the note list (a group of a note the list lacks comes last).
      const listed = p.groups.filter((g) => p.notes.some((n) => n.href === g));
      expect(listed, `${p.href}: question groups in the note list's order`).toEqual(
        p.notes.map((n) => n.href).filter((h) => p.groups.includes(h)),
      );
      expect(p.groups.slice(0, listed.length), `${p.href}: listed notes' groups first`).toEqual(listed);
      longest = Math.max(longest, p.notes.length);
    }
    // Checked on long lists: the bundled content's /tags/topic/ lists every note (in file order, as
    // before, its first titles were not the first by title) under its numbered child tags.
    if (testInfo.project.name === 'bundled') {
      expect(longest).toBeGreaterThanOrEqual(10);
      expect(grouped, 'some tag lists the notes of two child tags').toBeGreaterThan(0);
    }
  });

  test('a tag of many notes lists its first 20 and folds the rest under one line', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'counts of the bundled content');
    await page.setViewportSize({ width: 375, height: 740 });
    // /tags/topic/: every note of the bundled content (28).
    await page.goto('/tags/topic/');
    const total = Number((await page.locator('.tag-header .muted').innerText()).match(/(\d+) notes/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(25);
    const section = page.locator('main section:has(#notes-title)');
    await expect(section.locator('.note-list__title:visible')).toHaveCount(20);
    const more = section.locator('details.note-list-more > summary');
    await expect(more).toHaveText(`${total - 20} more notes`, { useInnerText: true });
    await more.click();
    await expect(section.locator('.note-list__title:visible')).toHaveCount(total);
    // A tag of fewer notes lists them all: /tags/node/ (7).
    await page.goto('/tags/node/');
    await expect(page.locator('details.note-list-more')).toHaveCount(0);
  });

  test('on a phone, a date pushed below a long title starts at the edge; beside a title it keeps its gap', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'titles of the bundled content');
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/notes/');
    const dates = await page.locator('.note-list > li').evaluateAll((items) =>
      items.flatMap((li) => {
        const date = li.querySelector('.note-list__date');
        const title = li.querySelector('.note-list__title');
        if (!date || !title) return [];
        const lines = title.getClientRects();
        const last = lines[lines.length - 1]!;
        const box = date.getBoundingClientRect();
        const ownLine = box.top >= last.bottom - 2;
        return [{ ownLine, indent: box.left - li.getBoundingClientRect().left, gap: box.left - last.right }];
      }),
    );
    const below = dates.filter((d) => d.ownLine);
    const beside = dates.filter((d) => !d.ownLine);
    // The bundled notes have titles long enough for both at 375 px.
    expect(below.length).toBeGreaterThan(0);
    expect(beside.length).toBeGreaterThan(0);
    for (const d of below) expect(Math.abs(d.indent)).toBeLessThanOrEqual(1);
    for (const d of beside) expect(d.gap).toBeGreaterThanOrEqual(8);
  });

  test('an unknown URL gets the helpful 404 page with status 404', async ({ page }) => {
    const response = await page.goto('/no-such-page-here/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toContainText('Page not found');
    await expect(page.locator('main a[href="/"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/tags/"]')).toHaveCount(1);
    expect((await noteLinks(page)).length, 'the 404 page lists notes').toBeGreaterThan(0);
  });

  test('a note page loads no JavaScript until search opens but the small service-worker registration', async ({ page }) => {
    await page.goto('/');
    const first = (await noteLinks(page))[0];
    expect(first).toBeDefined();
    const scripts: Array<{ url: string; bytes: number }> = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() !== 'script' || r.status() !== 200) return;
      scripts.push({ url: r.url(), bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.goto(first!);
    await page.waitForLoadState('networkidle');
    // Only the registration of the offline service worker (UpdatePrompt + workbox-window), no search
    // or quiz code; answers are revealed without JS.
    for (const { url } of scripts)
      expect(url, 'a script a note page loads').toMatch(/\/_astro\/(UpdatePrompt|workbox-window|QuizStatus|links)[^/]*\.js$/);
    const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(bytes, 'bytes of JavaScript files a note page loads').toBeLessThan(12_000);
    // Inline: the search launcher (Ctrl/Cmd+K) and the language boot script (src/i18n/boot.ts: <html
    // lang> before the body renders, the ko/en switch, attributes in the page's language).
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inline.length).toBeLessThanOrEqual(2);
    // (4,400: the launcher also asks for the search manifest and first-key answers with the code.)
    expect(inline.join('').length, 'bytes of inline script on a note page').toBeLessThan(4400);
  });

  test('a page paints from its HTML alone: its styles are inline, no stylesheet request blocks the first paint', async ({ page }) => {
    // On a slow phone (Lighthouse's mobile profile, 562.5 ms per request) a render-blocking
    // stylesheet was a second round trip before anything showed: first paint 1.6 s, ~1.05 s inline.
    for (const url of ['/', '/tags/', '/quiz/', '/calculator/']) {
      await page.goto(url);
      const blocking = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
          .map((e) => e.name),
      );
      expect(blocking, `render-blocking requests of ${url}`).toEqual([]);
      await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
      // Styled, not a bare document: the header's navigation is laid out as a row.
      expect(await page.locator('.site-header nav ul').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    }
  });

  test('pages fit a 375px phone screen without sideways scrolling', async ({ page }) => {
    // A walk over many pages: 10–15 s on an idle machine, past Playwright's 30 s on a busy one.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    const notes = await noteLinks(page);
    await page.goto('/tags/');
    const firstTag = await page.locator('main a.tag').first().getAttribute('href');
    for (const url of ['/', '/tags/', firstTag!, ...notes, '/no-such-page-here/']) {
      await page.goto(url);
      for (const summary of await page.locator('details.answer > summary').all()) await summary.click();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width of ${url} at 375px`).toBeLessThanOrEqual(375);
    }
  });

  test('every page links with trailing slashes and has a title and description', async ({ page }) => {
    for (const url of ['/', '/tags/', '/notes/']) {
      await page.goto(url);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{19,}/);
      const internal = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of internal) expect(href.split('#')[0]!.split('?')[0]!, `link on ${url}`).toMatch(/\/$/);
    }
  });
});
