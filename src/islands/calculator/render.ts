/**
 * Rendering of an evaluation for the calculator page and the compare view: findings (severity,
 * provenance, message, rationale, sources, links to the tag pages of the notes that teach the rule),
 * derived figures and exports. Everything is built with text nodes (see dom.ts).
 */
import type { ClusterExports } from '../../core/sizing/exports.ts';
import type { Figures, NodeSetFigures } from '../../core/sizing/figures.ts';
import type { Finding, Provenance, Severity } from '../../core/sizing/rule.ts';
import { isSizingUnavailable } from '../../core/sizing/spark-sizing.ts';
import type { Range } from '../../core/sizing/topology.ts';
import { bi, h } from '../shared/dom.ts';
import { copyButton } from './clipboard.ts';

/** Tag path → labels and page URL (null when the build has no page), from the page's JSON. */
export type TagLinks = Record<string, { ko: string; en: string; href: string | null }>;

/** Korean and English names of the severities. */
export const SEVERITY_LABEL: Record<Severity, { ko: string; en: string }> = {
  error: { ko: '오류', en: 'error' },
  warning: { ko: '경고', en: 'warning' },
  advice: { ko: '조언', en: 'advice' },
  info: { ko: '정보', en: 'info' },
};

/** Readable names of the provenances (where a rule comes from; see rule.ts). */
export const PROVENANCE_LABEL: Record<Provenance, string> = {
  'aws-doc': 'AWS documentation',
  'aws-best-practice': 'AWS best practice (advisory)',
  'spark-doc': 'Spark documentation',
  derived: 'derived arithmetic',
  folklore: 'exam folklore (advisory)',
};

/** `4`, `4–8` (fleets), with thousands separators; `unknown` for null. */
export function formatRange(r: Range | null, digits = 0): string {
  if (r === null) return 'unknown';
  const f = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: digits });
  return r.low === r.high ? f(r.low) : `${f(r.low)}–${f(r.high)}`;
}

/** A severity badge. */
export function severityBadge(s: Severity): HTMLElement {
  return h('span', { class: `calc-sev calc-sev--${s}` }, bi(SEVERITY_LABEL[s].ko, SEVERITY_LABEL[s].en));
}

/** One finding as a list item; `id` lets fields link to it. */
export function renderFinding(f: Finding, tagLinks: TagLinks, id?: string): HTMLLIElement {
  const notes = f.tags.map((path) => {
    const t = tagLinks[path];
    const label = t ? `${t.ko}${t.en && t.en !== t.ko ? ` · ${t.en}` : ''}` : path;
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
      h('strong', {}, f.title),
      ' ',
      h('span', { class: 'calc-finding__prov' }, PROVENANCE_LABEL[f.provenance]),
    ),
    h('p', { class: 'calc-finding__message', lang: 'en' }, f.message),
    h('p', { class: 'calc-finding__why', lang: 'en' }, h('span', { class: 'calc-finding__label' }, bi('왜: ', 'Why: ')), f.rationale),
    h(
      'p',
      { class: 'calc-finding__links' },
      h('span', { class: 'calc-finding__label' }, bi('출처: ', 'Sources: ')),
      ...f.sources.flatMap((s, i) => [i > 0 ? '; ' : '', h('a', { href: s.url, rel: 'noopener', lang: 'en' }, s.title)]),
    ),
    notes.length > 0
      ? h(
          'div',
          { class: 'calc-finding__notes' },
          h('span', { class: 'calc-finding__label' }, bi('배우는 노트: ', 'Notes that teach it: ')),
          ...notes,
        )
      : null,
  );
}

/** Counts per severity: `1 error, 2 warnings`. */
export function severityCounts(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'advice', 'info'] as const) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n > 0) parts.push(`${n} ${s}${n > 1 && (s === 'error' || s === 'warning') ? 's' : ''}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}

/** The findings section. `idPrefix` makes the item ids unique on the page. */
export function renderFindings(findings: readonly Finding[], tagLinks: TagLinks, idPrefix = 'finding'): HTMLElement {
  return h(
    'section',
    { class: 'calc-block', 'aria-labelledby': `${idPrefix}-title` },
    h('h2', { id: `${idPrefix}-title` }, bi('판정', 'Findings'), ' ', h('span', { class: 'calc-count' }, `(${severityCounts(findings)})`)),
    findings.length === 0
      ? h('p', { class: 'muted' }, bi('규칙에 걸린 것이 없습니다', 'No rule has anything to say about this configuration.'))
      : h('ol', { class: 'calc-findings' }, ...findings.map((f, i) => renderFinding(f, tagLinks, `${idPrefix}-${i}`))),
  );
}

function nodeSetRow(s: NodeSetFigures): HTMLTableRowElement {
  const market = s.market === 'mixed' ? 'On-Demand + Spot' : s.market === 'spot' ? 'Spot' : 'On-Demand';
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, s.label),
    h('td', {}, s.instanceTypes.join(', ')),
    h('td', {}, market),
    h('td', { class: 'num' }, formatRange(s.instances)),
    h('td', { class: 'num' }, formatRange(s.vcpu)),
    h('td', { class: 'num' }, formatRange(s.memoryGiB, 1)),
    h('td', { class: 'num' }, formatRange(s.yarnMemoryMiB)),
  );
}

function dl(rows: Array<[string, Node | string]>): HTMLDListElement {
  return h('dl', { class: 'calc-dl' }, ...rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

/** The derived figures section (EMR on EC2 or EMR Serverless). */
export function renderFigures(figures: Figures | null): HTMLElement {
  const section = h(
    'section',
    { class: 'calc-block', 'aria-labelledby': 'calc-figures-title' },
    h('h2', { id: 'calc-figures-title' }, bi('계산된 수치', 'Derived figures')),
  );
  if (figures === null) {
    section.append(
      h(
        'p',
        { class: 'muted' },
        bi('이 플랫폼에는 계산할 수치가 없습니다', 'EMR on EKS runs on your Kubernetes nodes: no node figures to derive here.'),
      ),
    );
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
      h('td', { class: 'num' }, String(x.memoryGiB)),
      h('td', { class: 'num' }, String(x.diskGiB)),
      h('td', { class: 'num' }, `${x.maxHeapMiB} + ${x.overheadMiB}`),
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
          h('th', { scope: 'col' }, 'worker'),
          h('th', { scope: 'col' }, 'vCPU'),
          h('th', { scope: 'col' }, 'memory GiB'),
          h('th', { scope: 'col' }, 'disk GiB'),
          h('th', { scope: 'col' }, 'Spark heap + overhead MiB'),
        ),
      ),
      h('tbody', {}, w('driver', figures.driver), w('executor', figures.executor)),
    ),
    dl([
      [
        'Pre-initialized capacity',
        figures.initialCapacity
          ? `${figures.initialCapacity.vcpu} vCPU, ${figures.initialCapacity.memoryGiB} GiB (billed while idle)`
          : 'none',
      ],
      ['Executors within maximum capacity', figures.maxExecutors === null ? 'no maximum set' : String(figures.maxExecutors)],
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
            ...['node set', 'types', 'purchasing', 'instances', 'vCPU', 'memory GiB', 'YARN memory MiB'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h('tbody', {}, ...figures.nodeSets.map(nodeSetRow), total('core + task', figures.workers), total('whole cluster', figures.cluster)),
      ),
    ),
  );
}

/** EMR on EC2: HDFS capacity and replication, and where application masters run. */
function hdfsFigures(section: HTMLElement, figures: Ec2FiguresOf): void {
  const hd = figures.hdfs;
  section.append(
    h('h3', {}, 'HDFS'),
    dl([
      ['Core nodes', formatRange(hd.coreNodes)],
      [
        'dfs.replication',
        `${hd.replication} (${hd.replicationSource === 'default' ? 'EMR default for this many core nodes' : `set; EMR default would be ${hd.defaultReplication}`})`,
      ],
      ['Raw storage on core nodes', hd.rawStorageGB ? `${formatRange(hd.rawStorageGB, 0)} GB` : 'unknown'],
      ['HDFS capacity (raw ÷ replication)', hd.capacityGB ? `${formatRange(hd.capacityGB, 0)} GB` : `unknown — ${hd.unknownReason ?? ''}`],
      [
        'Application masters run on',
        `${figures.applicationMasters.nodes} nodes (${figures.applicationMasters.source === 'explicit' ? 'node labels' : 'release default'})${figures.applicationMasters.note ? ` — ${figures.applicationMasters.note}` : ''}`,
      ],
    ]),
  );
}

/** EMR on EC2: the Spark executor sizing and its placement per node type. */
function sparkFigures(section: HTMLElement, s: Ec2FiguresOf['spark']): void {
  section.append(h('h3', {}, bi('Spark 익스큐터', 'Spark executors')));
  if (isSizingUnavailable(s)) {
    section.append(h('p', { class: 'muted' }, s.reason));
    return;
  }
  section.append(
    dl([
      [
        'Method',
        `${s.method}${s.method === 'derived' ? ` (sized for ${s.sizedFor}, the worker type with the smallest per-executor budget)` : ` (${s.sizedFor})`}`,
      ],
      ['Cores per executor', String(s.executorCores)],
      ['Executor memory (heap)', `${s.executorMemoryMiB} MiB`],
      ['Memory overhead', `${s.executorMemoryOverheadMiB} MiB (factor ${s.overheadFactor}, at least 384 MiB)`],
      ['YARN container per executor', `${s.executorContainerMiB} MiB`],
      ['Executors in total', `${formatRange(s.totalExecutors)}${s.incomplete ? ' (types without YARN data left out)' : ''}`],
      ['Executor cores in total', formatRange(s.totalExecutorCores)],
      [
        'Driver',
        `${s.driver.memoryMiB === null ? 'memory set by EMR at launch' : `${s.driver.memoryMiB} MiB + ${s.driver.memoryOverheadMiB ?? 0} MiB overhead`}, ${s.driver.cores} core(s), on ${s.driver.runsOn === 'primary-node' ? 'the primary node (client mode)' : `a YARN container (cluster mode; displaces ${s.driver.displacedExecutors} executor(s))`}`,
      ],
      ['spark.default.parallelism', formatRange(s.defaultParallelism)],
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
            ...['node', 'vCPU', 'YARN MiB', 'max allocation MiB', 'executors per node', 'YARN MiB left'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...s.placements.map((p) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${p.role} ${p.instanceType}`),
              h('td', { class: 'num' }, String(p.vcpu)),
              h('td', { class: 'num' }, p.yarnMemoryMiB === null ? 'unknown' : String(p.yarnMemoryMiB)),
              h('td', { class: 'num' }, p.maxAllocationMiB === null ? 'unknown' : String(p.maxAllocationMiB)),
              h('td', { class: 'num' }, p.executorsPerNode === null ? 'unknown' : `${p.executorsPerNode} of ${p.plannedExecutorsPerNode}`),
              h('td', { class: 'num' }, p.freeMiB === null ? 'unknown' : String(p.freeMiB)),
            ),
          ),
        ),
      ),
    ),
  );
  if (s.problems.length > 0) section.append(h('ul', { class: 'calc-problems' }, ...s.problems.map((p) => h('li', {}, p.message))));
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
      h('h3', {}, title),
      copyButton(
        bi('복사', 'Copy'),
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
    h('h2', { id: 'calc-exports-title' }, bi('내보내기', 'Exports')),
  );
  if (x === null) {
    section.append(h('p', { class: 'muted' }, bi('내보내기는 EMR on EC2 설정에만 있습니다', 'Exports are for EMR on EC2 configurations.')));
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
