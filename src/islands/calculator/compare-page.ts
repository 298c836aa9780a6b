/**
 * The /calculator/compare/ island: fetches /calculator/scenarios.json, ranks the options of the
 * question named by `?q=` with the core's `checkAnswerKey` (the same call the build's answer-key
 * check makes, so the page and `emr-prep check` agree), and shows one column per option: its rank,
 * validity, why it is behind the option before it, its configuration and its findings, with a link
 * that opens the configuration in the calculator. Without `?q=` it lists the questions.
 */
import { checkAnswerKey } from '../../core/sizing/answer-key.ts';
import type { Cluster, Workload } from '../../core/sizing/model.ts';
import type { RankDecision, RankedCluster } from '../../core/sizing/rank.ts';
import { TRAIT_LABELS } from '../../core/sizing/presets.ts';
import { profileName } from '../../core/sizing/rules/helpers.ts';
import { formatNumber } from '../../core/text/numbers.ts';
import { currentLang, onLangChange } from '../../i18n/client.ts';
import { contentLang } from '../../i18n/lang.ts';
import { byId, h } from '../shared/dom.ts';
import { calculatorHref, isRepresentable, stateFromModel } from './form-state.ts';
import { provenanceLabel, renderFinding, severityCounts, type TagLinks } from './render.ts';
import { tr } from './ui-text.ts';
import { parseScenariosPayload, type ScenarioQuestion } from './scenario-payload.ts';
import { questionHref, rebaseHtml, withBase } from '../../components/links.ts';

/** The question on its note page, below the base path (src/components/links.ts). */
function questionOnNote(q: ScenarioQuestion): string {
  return questionHref(q.note, q.id);
}

/**
 * A line or two describing a configuration (node groups, platform) in the page's language.
 * Instance types, counts, release labels, Spot/On-Demand and configuration values read as AWS
 * writes them in both languages; service names stay as they are.
 */
export function describeCluster(c: Cluster): string[] {
  const market = (m: string): string => (m === 'spot' ? 'Spot' : 'On-Demand');
  const nodes = (g: { instanceType: string; count: number; market: string }): string => `${g.instanceType} ×${g.count} ${market(g.market)}`;
  switch (c.platform) {
    case 'emr-ec2': {
      const inst = c.instances;
      const out = [`EMR on EC2 ${c.releaseLabel}`, tr('calc.compare.cfg.primary', { nodes: nodes(inst.primary) })];
      if (inst.mode === 'instance-groups') {
        for (const g of inst.core) out.push(tr('calc.compare.cfg.core', { nodes: nodes(g) }));
        for (const g of inst.task) out.push(tr('calc.compare.cfg.task', { nodes: nodes(g) }));
      } else {
        const f = (key: 'calc.compare.cfg.coreFleet' | 'calc.compare.cfg.taskFleet', x: typeof inst.core): string =>
          tr(key, {
            types: x.instanceTypes.map((t) => t.instanceType).join(', '),
            onDemand: x.targetOnDemandCapacity,
            spot: x.targetSpotCapacity,
            strategy: x.spotAllocationStrategy ? tr('calc.compare.cfg.strategy', { strategy: x.spotAllocationStrategy }) : '',
          });
        out.push(f('calc.compare.cfg.coreFleet', inst.core));
        if (inst.task) out.push(f('calc.compare.cfg.taskFleet', inst.task));
      }
      if (c.applicationMasterNodes) out.push(tr('calc.compare.cfg.am', { nodes: c.applicationMasterNodes }));
      if (c.spark.deployMode) out.push(tr('calc.compare.cfg.deployMode', { mode: c.spark.deployMode, submitter: c.spark.submitter }));
      return out;
    }
    case 'emr-serverless':
      return [
        `EMR Serverless ${c.releaseLabel}`,
        tr('calc.compare.cfg.serverless', {
          driverVcpu: c.driver.vcpu,
          driverMemory: c.driver.memoryGiB,
          executorVcpu: c.executor.vcpu,
          executorMemory: c.executor.memoryGiB,
        }),
      ];
    case 'emr-eks':
      return [`EMR on EKS ${c.releaseLabel}`];
    case 'lambda':
      return [tr('calc.compare.cfg.lambda', { memory: formatNumber(c.memoryMiB), timeout: formatNumber(c.timeoutSeconds) })];
    case 'aws-batch':
      return [tr('calc.compare.cfg.batch', { environment: c.computeEnvironment })];
    case 'firehose':
      return ['Amazon Data Firehose'];
    case 'managed-flink':
      return ['Managed Service for Apache Flink'];
    case 'kinesis-analytics-sql':
      return ['Kinesis Data Analytics for SQL'];
  }
}

function openInCalculator(workload: Workload, cluster: Cluster): HTMLElement | null {
  const state = stateFromModel(workload.profile, workload, cluster);
  if (!state) return h('p', { class: 'calc-hint' }, tr('calc.compare.emrOnly'));
  if (!isRepresentable(state, cluster)) {
    return h('p', { class: 'calc-hint' }, h('a', { href: calculatorHref(state) }, tr('calc.compare.openPartly')));
  }
  return h('p', {}, h('a', { class: 'calc-button calc-button--small', href: calculatorHref(state) }, tr('calc.compare.open')));
}

/** Why a column is behind the one ranked just before it (`ahead`), in the page's language. */
function decisionText(d: RankDecision, ahead: RankedCluster): string {
  const lang = currentLang();
  if (d.kind === 'tie') return tr('calc.compare.tied', { ahead: ahead.label });
  const provenances = d.provenances.length ? ` [${d.provenances.map((p) => provenanceLabel(p)).join(', ')}]` : '';
  return tr('calc.compare.behind', { ahead: ahead.label, place: ahead.place, why: `${d.summary[lang]}${provenances}` });
}

/** The question's workload in the page's language: profile, traits, concurrent applications. */
function describeWorkload(w: Workload): string {
  const lang = currentLang();
  // English keeps the ids it has always shown (`long-running (memory-bound)`); Korean the form's labels.
  const traits = w.traits.map((t) => (lang === 'en' ? t : TRAIT_LABELS[t].ko));
  return `${profileName(w.profile)[lang]}${traits.length ? ` (${traits.join(', ')})` : ''}${w.concurrentApplications > 1 ? `, ${tr('calc.compare.concurrent', { n: w.concurrentApplications })}` : ''}`;
}

function column(
  q: ScenarioQuestion,
  letter: string,
  ranked: RankedCluster | undefined,
  ahead: RankedCluster | undefined,
  total: number,
  notACluster: string | null,
  tagLinks: TagLinks,
  workload: Workload,
): HTMLElement {
  const option = q.options.find((o) => o.letter === letter);
  const keyed = q.answer.includes(letter);
  const state = ranked ? (ranked.valid ? 'valid' : 'invalid') : 'unranked';
  // The author's words in the author's language (as the note page's question block marks them).
  const optionText = h('div', { class: 'cmp-option-text', 'data-content': '', lang: questionLang(q) });
  // option.html was sanitized by the core pipeline (rehype-sanitize) at build time.
  optionText.innerHTML = rebaseHtml(option?.html ?? '');
  const e = ranked?.evaluation;
  const invalidRules = e ? [...new Set(e.invalidatedBy.map((f) => f.ruleId))] : [];
  return h(
    'section',
    {
      class: `cmp-column cmp-column--${state}${keyed ? ' cmp-column--keyed' : ''}`,
      'aria-labelledby': `cmp-${letter}-title`,
      'data-letter': letter,
      'data-place': ranked ? ranked.place : '',
      'data-valid': ranked ? String(ranked.valid) : '',
      'data-keyed': String(keyed),
    },
    h(
      'h2',
      { class: 'cmp-column__head', id: `cmp-${letter}-title` },
      h('span', { class: 'cmp-column__letter' }, letter),
      ranked
        ? h('span', { class: 'cmp-rank' }, tr('calc.compare.place', { place: ranked.place, total }))
        : h('span', { class: 'cmp-rank' }, tr('calc.compare.unranked')),
      keyed ? h('span', { class: 'cmp-keyed' }, '✓ ', tr('calc.compare.keyed')) : null,
    ),
    optionText,
    ranked
      ? h(
          'p',
          { class: `cmp-verdict cmp-verdict--${state}` },
          ranked.valid ? tr('calc.compare.valid') : tr('calc.compare.invalid', { rules: invalidRules.join(', ') }),
          ` — ${severityCounts(e?.findings ?? [])}`,
        )
      : h('p', { class: 'cmp-verdict' }, tr('calc.compare.notACluster'), `: ${notACluster ?? ''}`),
    ranked?.behindPrevious && ahead
      ? h('p', { class: 'cmp-decision', lang: currentLang() }, decisionText(ranked.behindPrevious, ahead))
      : ranked
        ? h('p', { class: 'cmp-decision' }, tr('calc.compare.first'))
        : null,
    e
      ? h(
          'ul',
          { class: 'cmp-config', lang: currentLang(), 'data-platform': e.cluster.platform },
          ...describeCluster(e.cluster).map((line) => h('li', {}, line)),
        )
      : null,
    e ? openInCalculator(workload, e.cluster) : null,
    e && e.findings.length > 0
      ? h('ol', { class: 'calc-findings' }, ...e.findings.map((f, i) => renderFinding(f, tagLinks, `cmp-${letter}-${i}`)))
      : null,
  );
}

/**
 * The language a question's author wrote it in, from its stem and options together, as the note
 * page's question block decides it (src/components/QuestionBlock.astro).
 */
function questionLang(q: ScenarioQuestion): string {
  return contentLang(`${q.stemHtml} ${q.options.map((o) => o.html).join(' ')}`);
}

function renderQuestion(root: HTMLElement, q: ScenarioQuestion, tagLinks: TagLinks): void {
  const scenario = { workload: q.scenario.workload, options: q.scenario.options, line: q.scenario.line };
  const check = checkAnswerKey(scenario, q.answer);
  const byLetter = new Map(check.ranking.map((r) => [r.label, r]));
  const stem = h('div', { class: 'prose', 'data-content': '', lang: questionLang(q) });
  // stemHtml was sanitized by the core pipeline at build time.
  stem.innerHTML = rebaseHtml(q.stemHtml);
  const w = q.scenario.workload;
  document.title = tr('calc.compare.docTitle', { title: q.noteTitle });
  root.replaceChildren(
    h(
      'div',
      { class: 'cmp-question' },
      h(
        'p',
        { class: 'calc-hint' },
        tr('calc.compare.question'),
        ' — ',
        h('a', { href: questionOnNote(q), 'data-content': '', lang: contentLang(q.noteTitle) }, q.noteTitle),
      ),
      stem,
      h(
        'p',
        { class: 'calc-hint', id: 'cmp-workload' },
        tr('calc.compare.workload', { workload: describeWorkload(w), answer: q.answer.join(', ') }),
      ),
    ),
    h(
      'p',
      { class: `cmp-summary calc-notice ${check.ok ? '' : 'calc-notice--warn'}`, id: 'cmp-summary', lang: currentLang() },
      tr(check.ok ? 'calc.compare.agree' : 'calc.compare.disagree', { message: check.message[currentLang()] }),
    ),
    h(
      'div',
      { class: 'cmp-columns', id: 'cmp-columns' },
      ...q.scenario.options.map((o) => {
        const ranked = byLetter.get(o.letter);
        const ahead = ranked ? check.ranking[check.ranking.indexOf(ranked) - 1] : undefined;
        return column(q, o.letter, ranked, ahead, check.ranking.length, o.notACluster, tagLinks, q.scenario.workload);
      }),
    ),
  );
}

function renderIndex(root: HTMLElement, questions: readonly ScenarioQuestion[], unknown: string | null): void {
  const items = questions.map((q) => {
    const text = h('span', { lang: questionLang(q) });
    text.textContent = (
      q.stemHtml
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || q.id
    ).slice(0, 160);
    return h(
      'li',
      { 'data-content': '' },
      h('a', { href: `?q=${encodeURIComponent(q.id)}`, lang: contentLang(q.noteTitle) }, q.noteTitle),
      ' — ',
      text,
    );
  });
  root.replaceChildren(
    unknown !== null ? h('p', { class: 'calc-notice calc-notice--warn', role: 'alert' }, tr('calc.compare.unknown', { id: unknown })) : '',
    h('h2', {}, tr('calc.compare.indexTitle')),
    questions.length === 0
      ? h('p', { class: 'muted', id: 'cmp-none' }, tr('calc.compare.noneYet'))
      : h('ol', { class: 'cmp-index', id: 'cmp-index' }, ...items),
  );
}

/**
 * Starts the compare view on /calculator/compare/: fetches and validates /calculator/scenarios.json,
 * then renders the question named by `?q=` (or the list of questions). Sets `data-compare` on
 * <html> to `ready` or `error` when done. A failed fetch is shown as a notice, never thrown.
 */
export function startComparePage(): void {
  const root = byId('cmp-root');
  let tagLinks: TagLinks = {};
  try {
    tagLinks = JSON.parse(byId('calc-tag-links').textContent ?? '{}') as TagLinks;
  } catch {
    tagLinks = {};
  }
  const id = new URLSearchParams(location.search).get('q');
  // What is on screen, rebuilt in the new language when the student switches.
  let render = (): void => {};
  onLangChange(() => render());
  fetch(withBase('/calculator/scenarios.json'))
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((data) => {
      const parsed = parseScenariosPayload(data);
      if (!parsed.ok) throw new Error(parsed.message);
      const questions = parsed.payload.questions;
      const q = id === null ? undefined : questions.find((x) => x.id === id);
      render = () => (q ? renderQuestion(root, q, tagLinks) : renderIndex(root, questions, id));
      render();
      document.documentElement.dataset['compare'] = 'ready';
    })
    .catch((error: unknown) => {
      render = () => showLoadError(root, error);
      render();
      document.documentElement.dataset['compare'] = 'error';
    });
}

/** The notice shown when scenarios.json cannot be loaded or read. */
function showLoadError(root: HTMLElement, error: unknown): void {
  root.replaceChildren(
    h('p', { class: 'calc-notice calc-notice--warn', role: 'alert' }, tr('calc.compare.loadFailed', { error: (error as Error).message })),
  );
}
