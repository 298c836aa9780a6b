/**
 * The content folder's settings file, emr-prep.yml (issue 12, item 5: the allowed age of sources is
 * configurable per folder): parsed through a zod schema with file:line errors, and its precedence
 * — `--max-source-age-days` > `EMR_PREP_MAX_SOURCE_AGE_DAYS` > emr-prep.yml > 365.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseFolderSettings, resolveSourcePolicy, withFolderSettings } from '../../../src/core/kb/folder-settings.ts';
import { kbFromFiles } from '../../helpers/kb.ts';
import { contentFolder, run } from '../authoring/helpers.ts';

const REGISTRY = 'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: EMR\n  en: Amazon EMR\n';
/** A note whose one source was checked `days` days before `today`. */
function noteCheckedOn(date: string): string {
  return `---\ntitle: A\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n    checked: ${date}\n---\n\n# A\n`;
}
const TODAY = '2026-12-03';
/** 200 days before TODAY. */
const CHECKED = '2026-05-17';

function messages(text: string): string[] {
  return parseFolderSettings(text, 'emr-prep.yml').diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe('emr-prep.yml', () => {
  it('reads sources.maxAgeDays; an empty file or a comment-only file sets nothing', () => {
    expect(parseFolderSettings('sources:\n  maxAgeDays: 180\n', 'emr-prep.yml')).toEqual({
      settings: { sources: { maxAgeDays: 180 } },
      diagnostics: [],
    });
    expect(parseFolderSettings('', 'emr-prep.yml')).toEqual({ settings: {}, diagnostics: [] });
    expect(parseFolderSettings('# nothing yet\n', 'emr-prep.yml')).toEqual({ settings: {}, diagnostics: [] });
  });

  it('reports a wrong value, an unknown key and bad YAML at their line', () => {
    expect(messages('sources:\n  maxAgeDays: a year\n')).toMatchInlineSnapshot(`
      [
        "emr-prep.yml:2:15 settings/invalid emr-prep.yml sources.maxAgeDays must be a number, not a string",
      ]
    `);
    expect(messages('sources:\n  maxAgeDays: -1\n')).toMatchInlineSnapshot(`
      [
        "emr-prep.yml:2:15 settings/invalid emr-prep.yml sources.maxAgeDays must be at least 0, not -1",
      ]
    `);
    expect(messages('sources:\n  maxAgeDays: 180\n  maxAge: 90\n')).toMatchInlineSnapshot(`
      [
        "emr-prep.yml:3:3 settings/invalid emr-prep.yml sources has unknown key "maxAge"",
      ]
    `);
    expect(messages('source:\n  maxAgeDays: 180\n')).toMatchInlineSnapshot(`
      [
        "emr-prep.yml:1:1 settings/invalid emr-prep.yml unknown key "source"",
      ]
    `);
    expect(messages('sources: [unclosed\n')).toHaveLength(1);
    expect(messages('sources: [unclosed\n')[0]).toMatch(/^emr-prep\.yml:\d+:\d+ settings\/invalid emr-prep\.yml does not parse: /);
  });

  it('ranks the flag over the environment over the folder over 365', () => {
    const folder = { sources: { maxAgeDays: 180 } };
    expect(withFolderSettings(resolveSourcePolicy(TODAY, {}), {})).toMatchObject({ maxAgeDays: 365, maxAgeFrom: 'default' });
    expect(withFolderSettings(resolveSourcePolicy(TODAY, {}), folder)).toMatchObject({ maxAgeDays: 180, maxAgeFrom: 'folder' });
    expect(withFolderSettings(resolveSourcePolicy(TODAY, { env: '90' }), folder)).toMatchObject({ maxAgeDays: 90, maxAgeFrom: 'env' });
    expect(withFolderSettings(resolveSourcePolicy(TODAY, { env: 'soon' }), folder)).toMatchObject({
      maxAgeDays: 180,
      maxAgeFrom: 'folder',
    });
    expect(withFolderSettings(resolveSourcePolicy(TODAY, { option: 30, env: '90' }), folder)).toMatchObject({
      maxAgeDays: 30,
      maxAgeFrom: 'option',
    });
  });

  it('makes a 200-day-old source stale in a folder that allows 180 days, and says where 180 comes from', () => {
    const policy = { today: TODAY, maxAgeDays: 365 };
    const without = kbFromFiles({ 'a.md': noteCheckedOn(CHECKED) }, REGISTRY, policy);
    expect(without.diagnostics.filter((d) => d.code === 'source/stale')).toEqual([]);
    const kb = kbFromFiles({ 'a.md': noteCheckedOn(CHECKED), 'emr-prep.yml': 'sources:\n  maxAgeDays: 180\n' }, REGISTRY, policy);
    expect(kb.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([
      'a.md:5 source/stale source https://docs.aws.amazon.com/emr/ was last checked 2026-05-17, 200 days ago (more than 180, sources.maxAgeDays of emr-prep.yml)',
    ]);
    expect(kb.notes.map((n) => n.file)).toEqual(['a.md']);
  });

  it('a wrong settings file is an error and the default applies', () => {
    const kb = kbFromFiles({ 'a.md': noteCheckedOn(CHECKED), 'emr-prep.yml': 'sources:\n  maxAgeDays: 180 days\n' }, REGISTRY, {
      today: TODAY,
      maxAgeDays: 365,
    });
    expect(kb.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`)).toEqual(['emr-prep.yml:2 error settings/invalid']);
  });
});

describe('emr-prep check with emr-prep.yml', () => {
  const saved = process.env.EMR_PREP_MAX_SOURCE_AGE_DAYS;
  afterEach(() => {
    if (saved === undefined) delete process.env.EMR_PREP_MAX_SOURCE_AGE_DAYS;
    else process.env.EMR_PREP_MAX_SOURCE_AGE_DAYS = saved;
  });

  it('reads the folder setting, and the environment and the flag override it', async () => {
    delete process.env.EMR_PREP_MAX_SOURCE_AGE_DAYS;
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const dir = contentFolder({ 'notes/a.md': noteCheckedOn(tenDaysAgo), 'emr-prep.yml': 'sources:\n  maxAgeDays: 5\n' });
    const folder = await run('check', '--content', dir, '--strict');
    expect(folder.out).toMatch(
      /notes\/a\.md:5:1 warning source\/stale .*10 days ago \(more than 5, sources\.maxAgeDays of emr-prep\.yml\)/,
    );
    expect(folder.code).toBe(1);
    process.env.EMR_PREP_MAX_SOURCE_AGE_DAYS = '30';
    const env = await run('check', '--content', dir, '--strict');
    expect(env.out).not.toMatch(/source\/stale/);
    expect(env.code).toBe(0);
    const flag = await run('check', '--content', dir, '--strict', '--max-source-age-days', '7');
    expect(flag.out).toMatch(/10 days ago \(more than 7, --max-source-age-days\)/);
  });
});
