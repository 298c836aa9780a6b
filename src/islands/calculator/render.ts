/**
 * Rendering of an evaluation for the calculator page and the compare view: findings (severity,
 * provenance, message, rationale, sources, links to the tag pages of the notes that teach the rule),
 * derived figures and exports. Everything is built with text nodes (see dom.ts).
 */
import type { ClusterExports } from '../../core/sizing/exports.ts';
import type { Figures, NodeSetFigures } from '../../core/sizing/figures.ts';
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import type { Finding, Provenance, Severity } from '../../core/sizing/rule.ts';
import { isSizingUnavailable } from '../../core/sizing/spark-sizing.ts';
import type { Range } from '../../core/sizing/topology.ts';
import { formatNumber, formatNumberRange } from '../../core/text/numbers.ts';
import { h } from '../shared/dom.ts';
import { currentLang } from '../../i18n/client.ts';
import { tr } from './ui-text.ts';
import { copyButton } from './clipboard.ts';

/** Tag path → labels and page URL (null when the build has no page), from the page's JSON. */
export type TagLinks = Record<string, { ko: string; en: string; href: string | null }>;

/** The name of a severity in the page's language. */
export function severityLabel(s: Severity): string {
  return tr(`calc.severity.${s}`);
}

/** The readable name of a provenance (where a rule comes from; see rule.ts) in the page's language. */
export function provenanceLabel(p: Provenance): string {
  return tr(`calc.provenance.${p}`);
}

/** `4`, `4–8` (fleets), with thousands separators; `unknown` for null. */
export function formatRange(r: Range | null, digits = 0): string {
  if (r === null) return tr('calc.figures.unknown');
  return formatNumberRange(r.low, r.high, digits);
}

/**
 * An element holding a text of the sizing rules (a finding's title, message or rationale, a preset's
 * description) in the page's language, with `lang` set for screen readers.
 */
export function ruleText<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: Bilingual,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const lang = currentLang();
  return h(tag, { ...attrs, lang }, text[lang]);
}

/** A severity badge. */
export function severityBadge(s: Severity): HTMLElement {
  return h('span', { class: `calc-sev calc-sev--${s}` }, severityLabel(s));
}

/** One finding as a list item; `id` lets fields link to it. */
export function renderFinding(f: Finding, tagLinks: TagLinks, id?: string): HTMLLIElement {
  const notes = f.tags.map((path) => {
    const t = tagLinks[path];
    const label = t ? t[currentLang()] || t.ko : path;
    return t?.href ? h('a', { class: 'tag', href: t.href }, label) : h('span', { class: 'tag tag--unregistered' }, label);
  });
  return h(
    'li',
    { class: `calc-finding calc-finding--${f.severity}`, id, 'data-rule': f.ruleId, 'data-severity': f.severity },
    h(
      'p',
      { class: 'calc-finding__head' },
      severityBadge(f.severity),
      ' ',
      h('code', { class: 'calc-finding__rule' }, f.ruleId),
      ' ',
      ruleText('strong', f.title),
      ' ',
      h('span', { class: 'calc-finding__prov' }, provenanceLabel(f.provenance)),
    ),
    ruleText('p', f.message, { class: 'calc-finding__message' }),
    h(
      'p',
      { class: 'calc-finding__why' },
      h('span', { class: 'calc-finding__label' }, tr('calc.finding.why')),
      ruleText('span', f.rationale),
    ),
    h(
      'p',
      { class: 'calc-finding__links' },
      h('span', { class: 'calc-finding__label' }, tr('calc.finding.sources')),
      ...f.sources.flatMap((s, i) => [
        i > 0 ? '; ' : '',
        h('a', { href: s.url, rel: 'noopener', lang: 'en', 'data-content': '' }, s.title),
      ]),
    ),
    notes.length > 0
      ? h('div', { class: 'calc-finding__notes' }, h('span', { class: 'calc-finding__label' }, tr('calc.finding.notes')), ...notes)
      : null,
  );
}

/** Counts per severity: `1 error, 2 warnings`. */
export function severityCounts(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'advice', 'info'] as const) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n > 0) parts.push(tr(`calc.findings.count.${s}`, { n }));
  }
  return parts.length > 0 ? parts.join(', ') : tr('calc.findings.count.none');
}

/** The findings section. `idPrefix` makes the item ids unique on the page. */
export function renderFindings(findings: readonly Finding[], tagLinks: TagLinks, idPrefix = 'finding'): HTMLElement {
  return h(
    'section',
    { class: 'calc-block', 'aria-labelledby': `${idPrefix}-title` },
    h(
      'h2',
      { id: `${idPrefix}-title` },
      tr('calc.findings.title'),
      ' ',
      h('span', { class: 'calc-count' }, `(${severityCounts(findings)})`),
    ),
    findings.length === 0
      ? h('p', { class: 'muted' }, tr('calc.findings.none'))
      : h('ol', { class: 'calc-findings' }, ...findings.map((f, i) => renderFinding(f, tagLinks, `${idPrefix}-${i}`))),
  );
}

function nodeSetRow(s: NodeSetFigures): HTMLTableRowElement {
  const market = s.market === 'mixed' ? 'On-Demand + Spot' : s.market === 'spot' ? 'Spot' : 'On-Demand';
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, currentLang() === 'ko' ? s.labelKo : s.label),
    h('td', {}, s.instanceTypes.join(', ')),
    h('td', {}, market),
    h('td', { class: 'num' }, formatRange(s.instances)),
    h('td', { class: 'num' }, formatRange(s.vcpu)),
    h('td', { class: 'num' }, formatRange(s.memoryGiB, 1)),
    h('td', { class: 'num' }, formatRange(s.yarnMemoryMiB)),
  );
}

function dl(rows: Array<[Node | string, Node | string]>): HTMLDListElement {
  return h('dl', { class: 'calc-dl' }, ...rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

/** The derived figures section (EMR on EC2 or EMR Serverless). */
export function renderFigures(figures: Figures | null): HTMLElement {
  const section = h(
    'section',
    { class: 'calc-block', 'aria-labelledby': 'calc-figures-title' },
    h('h2', { id: 'calc-figures-title' }, tr('calc.figures.title')),
  );
  if (figures === null) {
    section.append(h('p', { class: 'muted' }, tr('calc.figures.eks')));
    return section;
  }
  if (figures.platform === 'emr-serverless') {
    serverlessFigures(section, figures);
    return section;
  }
  nodeFigures(section, figures);
  hdfsFigures(section, figures);
  sparkFigures(section, figures.spark);
  return section;
}

type Ec2FiguresOf = Extract<Figures, { platform: 'emr-ec2' }>;
type ServerlessFiguresOf = Extract<Figures, { platform: 'emr-serverless' }>;

/** EMR Serverless: the driver and executor workers, pre-initialized and maximum capacity. */
function serverlessFigures(section: HTMLElement, figures: ServerlessFiguresOf): void {
  const w = (name: string, x: typeof figures.driver): HTMLTableRowElement =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, name),
      h('td', { class: 'num' }, String(x.vcpu)),
      h('td', { class: 'num' }, formatNumber(x.memoryGiB, 1)),
      h('td', { class: 'num' }, formatNumber(x.diskGiB)),
      h('td', { class: 'num' }, `${formatNumber(x.maxHeapMiB)} + ${formatNumber(x.overheadMiB)}`),
    );
  section.append(
    h(
      'table',
      { class: 'calc-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tr('calc.figures.worker')),
          h('th', { scope: 'col' }, tr('calc.figures.vcpu')),
          h('th', { scope: 'col' }, tr('calc.figures.memoryGiB')),
          h('th', { scope: 'col' }, tr('calc.figures.diskGiB')),
          h('th', { scope: 'col' }, tr('calc.figures.heapOverhead')),
        ),
      ),
      h('tbody', {}, w(tr('calc.figures.driver'), figures.driver), w(tr('calc.figures.executor'), figures.executor)),
    ),
    dl([
      [
        tr('calc.figures.initialCapacity'),
        figures.initialCapacity
          ? tr('calc.figures.initialCapacityValue', {
              vcpu: formatNumber(figures.initialCapacity.vcpu),
              memory: formatNumber(figures.initialCapacity.memoryGiB, 1),
            })
          : tr('calc.figures.none'),
      ],
      [tr('calc.figures.maxExecutors'), figures.maxExecutors === null ? tr('calc.figures.noMaximum') : formatNumber(figures.maxExecutors)],
    ]),
  );
}

/** EMR on EC2: one row per node set, then the core + task and whole-cluster totals. */
function nodeFigures(section: HTMLElement, figures: Ec2FiguresOf): void {
  const total = (label: string, c: typeof figures.workers): HTMLTableRowElement =>
    h(
      'tr',
      { class: 'calc-table__total' },
      h('th', { scope: 'row' }, label),
      h('td', {}, ''),
      h('td', {}, ''),
      h('td', { class: 'num' }, formatRange(c.instances)),
      h('td', { class: 'num' }, formatRange(c.vcpu)),
      h('td', { class: 'num' }, formatRange(c.memoryGiB, 1)),
      h('td', { class: 'num' }, formatRange(c.yarnMemoryMiB)),
    );
  section.append(
    h(
      'div',
      { class: 'calc-table-wrap' },
      h(
        'table',
        { class: 'calc-table', id: 'calc-nodes-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              tr('calc.figures.nodeSet'),
              tr('calc.figures.types'),
              tr('calc.figures.purchasing'),
              tr('calc.figures.instances'),
              'vCPU',
              tr('calc.figures.memoryGiB'),
              tr('calc.figures.yarnMemory'),
            ].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          ...figures.nodeSets.map(nodeSetRow),
          total(tr('calc.figures.coreTask'), figures.workers),
          total(tr('calc.figures.wholeCluster'), figures.cluster),
        ),
      ),
    ),
  );
}

/** EMR on EC2: HDFS capacity and replication, and where application masters run. */
function hdfsFigures(section: HTMLElement, figures: Ec2FiguresOf): void {
  const hd = figures.hdfs;
  section.append(
    h('h3', {}, tr('calc.figures.hdfs')),
    dl([
      [tr('calc.figures.coreNodes'), formatRange(hd.coreNodes)],
      [
        h('code', {}, 'dfs.replication'),
        `${hd.replication} (${hd.replicationSource === 'default' ? tr('calc.figures.replicationDefault') : tr('calc.figures.replicationSet', { n: hd.defaultReplication })})`,
      ],
      [tr('calc.figures.rawStorage'), hd.rawStorageGB ? `${formatRange(hd.rawStorageGB, 0)} GB` : tr('calc.figures.unknown')],
      [
        tr('calc.figures.hdfsCapacity'),
        hd.capacityGB
          ? `${formatRange(hd.capacityGB, 0)} GB`
          : `${tr('calc.figures.unknown')} — ${hd.unknownReason?.[currentLang()] ?? ''}`,
      ],
      [
        tr('calc.figures.amNodes'),
        `${tr('calc.figures.amValue', {
          n: figures.applicationMasters.nodes,
          source: tr(figures.applicationMasters.source === 'explicit' ? 'calc.figures.amLabels' : 'calc.figures.amDefault'),
        })}${figures.applicationMasters.note ? ` — ${figures.applicationMasters.note[currentLang()]}` : ''}`,
      ],
    ]),
  );
}

/** EMR on EC2: the Spark executor sizing and its placement per node type. */
function sparkFigures(section: HTMLElement, s: Ec2FiguresOf['spark']): void {
  section.append(h('h3', {}, tr('calc.figures.sparkTitle')));
  if (isSizingUnavailable(s)) {
    section.append(ruleText('p', s.reason, { class: 'muted' }));
    return;
  }
  section.append(
    dl([
      [
        tr('calc.figures.method'),
        `${s.method} (${s.method === 'derived' ? tr('calc.figures.sizedForDerived', { type: s.sizedFor }) : s.sizedFor})`,
      ],
      [tr('calc.figures.cores'), formatNumber(s.executorCores)],
      [tr('calc.figures.heap'), `${formatNumber(s.executorMemoryMiB)} MiB`],
      [
        tr('calc.figures.overhead'),
        tr('calc.figures.overheadValue', { mib: formatNumber(s.executorMemoryOverheadMiB), factor: s.overheadFactor }),
      ],
      [tr('calc.figures.container'), `${formatNumber(s.executorContainerMiB)} MiB`],
      [tr('calc.figures.totalExecutors'), `${formatRange(s.totalExecutors)}${s.incomplete ? tr('calc.figures.incomplete') : ''}`],
      [tr('calc.figures.totalCores'), formatRange(s.totalExecutorCores)],
      [tr('calc.figures.driverRow'), driverText(s.driver)],
      [h('code', {}, 'spark.default.parallelism'), formatRange(s.defaultParallelism)],
    ]),
    h(
      'div',
      { class: 'calc-table-wrap' },
      h(
        'table',
        { class: 'calc-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[
              tr('calc.figures.node'),
              'vCPU',
              tr('calc.figures.yarnMiB'),
              tr('calc.figures.maxAllocation'),
              tr('calc.figures.perNode'),
              tr('calc.figures.yarnLeft'),
            ].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          ...s.placements.map((p) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, tr('calc.figures.placementNode', { role: p.role, type: p.instanceType })),
              h('td', { class: 'num' }, String(p.vcpu)),
              h('td', { class: 'num' }, p.yarnMemoryMiB === null ? tr('calc.figures.unknown') : formatNumber(p.yarnMemoryMiB)),
              h('td', { class: 'num' }, p.maxAllocationMiB === null ? tr('calc.figures.unknown') : formatNumber(p.maxAllocationMiB)),
              h(
                'td',
                { class: 'num' },
                p.executorsPerNode === null
                  ? tr('calc.figures.unknown')
                  : tr('calc.figures.perNodeValue', { placed: p.executorsPerNode, planned: p.plannedExecutorsPerNode }),
              ),
              h('td', { class: 'num' }, p.freeMiB === null ? tr('calc.figures.unknown') : formatNumber(p.freeMiB)),
            ),
          ),
        ),
      ),
    ),
  );
  if (s.problems.length > 0) section.append(h('ul', { class: 'calc-problems' }, ...s.problems.map((p) => ruleText('li', p.message))));
}

/** The driver row: its memory, cores and where it runs. */
function driverText(d: Extract<Ec2FiguresOf['spark'], { driver: unknown }>['driver']): string {
  const memory =
    d.memoryMiB === null
      ? tr('calc.figures.driverMemoryByEmr')
      : tr('calc.figures.driverMemory', { mib: formatNumber(d.memoryMiB), overhead: formatNumber(d.memoryOverheadMiB ?? 0) });
  return d.runsOn === 'primary-node'
    ? tr('calc.figures.driverClient', { memory, cores: d.cores })
    : tr('calc.figures.driverCluster', { memory, cores: d.cores, displaced: d.displacedExecutors });
}

function exportBlock(id: string, title: string, text: string): HTMLElement {
  const code = h('code', {}, text);
  const pre = h('pre', { id, tabindex: 0 }, code);
  return h(
    'div',
    { class: 'calc-export' },
    h(
      'div',
      { class: 'calc-export__head' },
      h('h3', {}, h('code', {}, title)),
      copyButton(
        tr('calc.copy'),
        () => text,
        () => code,
      ),
    ),
    pre,
  );
}

/** The exports section: create-cluster command, instance groups/fleets JSON, configurations JSON. */
export function renderExports(x: ClusterExports | null): HTMLElement {
  const section = h(
    'section',
    { class: 'calc-block', 'aria-labelledby': 'calc-exports-title' },
    h('h2', { id: 'calc-exports-title' }, tr('calc.exports.title')),
  );
  if (x === null) {
    section.append(h('p', { class: 'muted' }, tr('calc.exports.ec2Only')));
    return section;
  }
  section.append(exportBlock('calc-export-command', 'aws emr create-cluster', x.createCluster.command));
  if (x.instanceGroups)
    section.append(exportBlock('calc-export-groups', '--instance-groups (JSON)', JSON.stringify(x.instanceGroups, null, 2)));
  if (x.instanceFleets)
    section.append(exportBlock('calc-export-fleets', '--instance-fleets (JSON)', JSON.stringify(x.instanceFleets, null, 2)));
  section.append(
    exportBlock('calc-export-configurations', '--configurations: spark-defaults … (JSON)', JSON.stringify(x.configurations, null, 2)),
  );
  return section;
}
