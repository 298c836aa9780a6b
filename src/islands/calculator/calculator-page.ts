/**
 * The /calculator/ island: reads the form on every input, keeps the URL in step (history.replaceState,
 * so the address bar always holds a shareable link), evaluates the configuration with the sizing
 * rules and renders the findings, figures and exports. Bad input never reaches the rules: it is
 * shown at its field and in the status line, and the results wait until it is fixed.
 *
 * Imports the core modules one by one (not `core/sizing/index.ts`), so the `emr-scenario` YAML
 * parser stays out of the page's JavaScript.
 */
import { evaluate } from '../../core/sizing/evaluate.ts';
import { exportsOf } from '../../core/sizing/exports.ts';
import { WORKLOAD_PRESETS } from '../../core/sizing/presets.ts';
import { bi, byId, h } from '../shared/dom.ts';
import { copyButton } from './clipboard.ts';
import {
  fieldOfPath,
  parseState,
  PRESET_IDS,
  presetState,
  stateFromParams,
  stateToParams,
  type CalcState,
  type FieldError,
  type GroupState,
  type WorkerState,
} from './form-state.ts';
import { renderExports, renderFigures, renderFindings, SEVERITY_LABEL, type TagLinks } from './render.ts';

/** `a%3Ab` → `a:b`: characters that are safe in a query stay readable in the shared link. */
export function prettyQuery(params: URLSearchParams): string {
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/**
 * Starts the calculator on /calculator/: reads the state from the URL (ignored parameters are
 * listed in a notice), fills the form, evaluates, and re-evaluates on every input. Sets
 * `data-calculator="ready"` on <html> once running (the e2e tests wait for it). Throws only when
 * the page lacks an element the island needs (a template bug).
 */
export function startCalculatorPage(): void {
  const form = byId<HTMLFormElement>('calc-form');
  const tasksHost = byId<HTMLOListElement>('calc-tasks');
  const template = byId<HTMLTemplateElement>('calc-task-template');
  const statusHost = byId('calc-status');
  const findingsHost = byId('calc-findings');
  const figuresHost = byId('calc-figures');
  const exportsHost = byId('calc-exports');
  const noticesHost = byId('calc-notices');
  const timing = byId('calc-timing');
  const presetDescription = byId('calc-preset-description');
  let tagLinks: TagLinks = {};
  try {
    tagLinks = JSON.parse(byId('calc-tag-links').textContent ?? '{}') as TagLinks;
  } catch {
    tagLinks = {};
  }

  // ── form ↔ state ────────────────────────────────────────────────────────────────────────────

  const control = (field: string): HTMLInputElement | HTMLSelectElement | null =>
    document.getElementById(`f-${field}`) as HTMLInputElement | HTMLSelectElement | null;
  const get = (field: string): string => control(field)?.value ?? '';
  const set = (field: string, value: string): void => {
    const c = control(field);
    if (!c) return;
    if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === value)) {
      // A value the menu cannot show (from an old link) is kept visible as an extra option and judged by the model.
      c.append(h('option', { value }, value));
    }
    c.value = value;
  };
  const getCheck = (field: string): boolean => (control(field) as HTMLInputElement | null)?.checked ?? false;
  const setCheck = (field: string, v: boolean): void => {
    const c = control(field) as HTMLInputElement | null;
    if (c) c.checked = v;
  };
  const checkedValues = (name: string): string[] =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  const setChecked = (name: string, values: readonly string[]): void => {
    for (const i of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) i.checked = values.includes(i.value);
  };

  const readGroup = (prefix: string): GroupState => ({
    type: get(`${prefix}.type`),
    count: get(`${prefix}.count`),
    market: get(`${prefix}.market`) === 'spot' ? 'spot' : 'on-demand',
    ebs: get(`${prefix}.ebs`),
  });
  const writeGroup = (prefix: string, g: GroupState): void => {
    set(`${prefix}.type`, g.type);
    set(`${prefix}.count`, g.count);
    set(`${prefix}.market`, g.market);
    set(`${prefix}.ebs`, g.ebs);
  };
  const readWorker = (prefix: string): WorkerState => ({
    vcpu: get(`${prefix}.vcpu`),
    memory: get(`${prefix}.memory`),
    disk: get(`${prefix}.disk`),
  });
  const writeWorker = (prefix: string, w: WorkerState): void => {
    set(`${prefix}.vcpu`, w.vcpu);
    set(`${prefix}.memory`, w.memory);
    set(`${prefix}.disk`, w.disk);
  };
  const readFleet = (prefix: string): CalcState['coreFleet'] => ({
    types: get(`${prefix}.types`),
    onDemand: get(`${prefix}.od`),
    spot: get(`${prefix}.spot`),
    weighting: get(`${prefix}.weighting`) === 'instance' ? 'instance' : 'vcpu',
    spotStrategy: get(`${prefix}.spot-strategy`),
    onDemandStrategy: get(`${prefix}.od-strategy`),
  });
  const writeFleet = (prefix: string, f: CalcState['coreFleet']): void => {
    set(`${prefix}.types`, f.types);
    set(`${prefix}.od`, f.onDemand);
    set(`${prefix}.spot`, f.spot);
    set(`${prefix}.weighting`, f.weighting);
    set(`${prefix}.spot-strategy`, f.spotStrategy);
    set(`${prefix}.od-strategy`, f.onDemandStrategy);
  };

  let taskCount = 0;
  function renderTaskRows(tasks: readonly GroupState[]): void {
    tasksHost.replaceChildren();
    tasks.forEach((t, i) => {
      const frag = template.content.cloneNode(true) as DocumentFragment;
      for (const el of frag.querySelectorAll<HTMLElement>('*')) {
        for (const attr of ['id', 'name', 'for', 'aria-describedby', 'data-field', 'data-task']) {
          const v = el.getAttribute(attr);
          if (v?.includes('__i__')) el.setAttribute(attr, v.replaceAll('__i__', String(i)));
        }
      }
      const number = frag.querySelector('[data-role="number"]');
      if (number) number.textContent = String(i + 1);
      const remove = frag.querySelector<HTMLButtonElement>('[data-role="remove"]');
      remove?.setAttribute('aria-label', `태스크 그룹 ${i + 1} 삭제 · Remove task group ${i + 1}`);
      remove?.addEventListener('click', () => {
        const s = readForm();
        s.tasks.splice(i, 1);
        writeForm(s);
        update();
        (document.getElementById(`f-task.${Math.min(i, s.tasks.length - 1)}.type`) ?? byId('calc-add-task')).focus();
      });
      tasksHost.append(frag);
      writeGroup(`task.${i}`, t);
    });
    taskCount = tasks.length;
  }

  function readForm(): CalcState {
    const tasks: GroupState[] = [];
    for (let i = 0; i < taskCount; i++) tasks.push(readGroup(`task.${i}`));
    const layout =
      form.querySelector<HTMLInputElement>('input[name="layout"]:checked')?.value === 'instance-fleets'
        ? 'instance-fleets'
        : 'instance-groups';
    return {
      preset: get('preset') as CalcState['preset'],
      profile: get('profile') as CalcState['profile'],
      traits: checkedValues('traits'),
      concurrent: get('concurrent'),
      hdfsGb: get('hdfs-gb'),
      platform: get('platform') as CalcState['platform'],
      release: get('release'),
      name: get('name'),
      layout,
      primary: readGroup('primary'),
      core: readGroup('core'),
      tasks,
      coreFleet: readFleet('core-fleet'),
      taskFleet: readFleet('task-fleet'),
      apps: checkedValues('apps'),
      am: get('am'),
      deployMode: get('deploy-mode'),
      submitter: get('submitter'),
      mra: getCheck('mra'),
      dynamicAllocation: get('dynamic-allocation'),
      executorCores: get('executor-cores'),
      executorMemory: get('executor-memory'),
      driverMemory: get('driver-memory'),
      overheadFactor: get('overhead-factor'),
      replication: get('replication'),
      scalingUnit: get('scaling-unit'),
      scalingMin: get('scaling-min'),
      scalingMax: get('scaling-max'),
      scalingMaxOnDemand: get('scaling-max-od'),
      scalingMaxCore: get('scaling-max-core'),
      afterLastStep: getCheck('after-last-step'),
      idleTimeout: get('idle-timeout'),
      externalMetastore: getCheck('metastore'),
      reserved: getCheck('reserved'),
      consistentView: getCheck('consistent-view'),
      persistentData: get('data') === 'hdfs' ? 'hdfs' : 's3',
      driver: readWorker('driver'),
      executor: readWorker('executor'),
      initDrivers: get('init-drivers'),
      initExecutors: get('init-executors'),
      autoStop: get('auto-stop'),
      maxVcpu: get('max-vcpu'),
      maxMemory: get('max-memory'),
    };
  }

  function writeForm(s: CalcState): void {
    set('preset', s.preset);
    set('profile', s.profile);
    setChecked('traits', s.traits);
    set('concurrent', s.concurrent);
    set('hdfs-gb', s.hdfsGb);
    set('platform', s.platform);
    set('release', s.release);
    set('name', s.name);
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="layout"]')) r.checked = r.value === s.layout;
    writeGroup('primary', s.primary);
    writeGroup('core', s.core);
    renderTaskRows(s.tasks);
    writeFleet('core-fleet', s.coreFleet);
    writeFleet('task-fleet', s.taskFleet);
    setChecked('apps', s.apps);
    set('am', s.am);
    set('deploy-mode', s.deployMode);
    set('submitter', s.submitter);
    setCheck('mra', s.mra);
    set('dynamic-allocation', s.dynamicAllocation);
    set('executor-cores', s.executorCores);
    set('executor-memory', s.executorMemory);
    set('driver-memory', s.driverMemory);
    set('overhead-factor', s.overheadFactor);
    set('replication', s.replication);
    set('scaling-unit', s.scalingUnit);
    set('scaling-min', s.scalingMin);
    set('scaling-max', s.scalingMax);
    set('scaling-max-od', s.scalingMaxOnDemand);
    set('scaling-max-core', s.scalingMaxCore);
    setCheck('after-last-step', s.afterLastStep);
    set('idle-timeout', s.idleTimeout);
    setCheck('metastore', s.externalMetastore);
    setCheck('reserved', s.reserved);
    setCheck('consistent-view', s.consistentView);
    set('data', s.persistentData);
    writeWorker('driver', s.driver);
    writeWorker('executor', s.executor);
    set('init-drivers', s.initDrivers);
    set('init-executors', s.initExecutors);
    set('auto-stop', s.autoStop);
    set('max-vcpu', s.maxVcpu);
    set('max-memory', s.maxMemory);
  }

  // ── showing problems at their fields ──────────────────────────────────────────────────────────

  function clearMarks(): void {
    for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll<HTMLElement>('.calc-field__error')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const el of form.querySelectorAll('.calc-field__finding')) el.remove();
  }

  function markError(e: FieldError): void {
    const c = document.getElementById(`f-${e.field}`);
    const holder = document.getElementById(`e-${e.field}`);
    c?.setAttribute('aria-invalid', 'true');
    if (holder) {
      holder.hidden = false;
      holder.append(holder.textContent ? h('br') : '', e.message);
    }
  }

  /** A finding of severity error or warning, shown under the field it is about. */
  function markFinding(field: string, ruleId: string, severity: 'error' | 'warning', message: string, anchor: string): void {
    const box =
      document.querySelector(`[data-field="${CSS.escape(field)}"]`) ??
      document.getElementById(`f-${field}`)?.closest('.calc-field, fieldset, div');
    if (!box) return;
    box.append(
      h(
        'p',
        { class: `calc-field__finding calc-field__finding--${severity}` },
        h('a', { href: `#${anchor}` }, `${SEVERITY_LABEL[severity].ko} · ${severity} ${ruleId}`),
        ' ',
        h('span', { lang: 'en' }, message),
      ),
    );
  }

  /** Moves the focus to a field (a group of checkboxes: its first box) instead of only scrolling to it. */
  function focusField(event: Event, field: string): void {
    const el = document.getElementById(`f-${field}`);
    if (!el) return;
    event.preventDefault();
    const target = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : el.querySelector<HTMLElement>('input, select');
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  // ── update ────────────────────────────────────────────────────────────────────────────────────

  function showSections(s: CalcState): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-platform]')) el.hidden = el.dataset['platform'] !== s.platform;
    for (const el of document.querySelectorAll<HTMLElement>('[data-layout]')) el.hidden = el.dataset['layout'] !== s.layout;
    const preset = WORKLOAD_PRESETS.find((p) => p.id === s.preset);
    presetDescription.textContent = preset ? preset.description : '';
  }

  let lastQuery: string | null = null;
  /** Re-reads the form; does nothing when the state is unchanged (a `change` after `input`, a blur). */
  function update(): void {
    const s = readForm();
    const query = prettyQuery(stateToParams(s));
    if (query === lastQuery) return;
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    lastQuery = query;
    showSections(s);
    clearMarks();
    const parsed = parseState(s);
    if (!parsed.ok) {
      for (const e of parsed.errors) markError(e);
      statusHost.className = 'calc-status calc-status--input';
      statusHost.replaceChildren(
        h(
          'p',
          { class: 'calc-status__title' },
          bi(
            `입력을 고쳐 주세요 (${parsed.errors.length})`,
            `Fix ${parsed.errors.length === 1 ? 'this field' : `these ${parsed.errors.length} fields`} to see the findings`,
          ),
        ),
        h(
          'ul',
          { class: 'calc-status__list' },
          ...parsed.errors.map((e) =>
            h('li', {}, h('a', { href: `#f-${e.field}`, onclick: (event) => focusField(event, e.field) }, e.message)),
          ),
        ),
      );
      findingsHost.replaceChildren();
      figuresHost.replaceChildren();
      exportsHost.replaceChildren();
      timing.textContent = '';
      return;
    }
    const t0 = performance.now();
    const evaluation = evaluate(parsed.workload, parsed.cluster);
    const t1 = performance.now();
    const exports = exportsOf(parsed.cluster);
    const invalid = [...new Set(evaluation.invalidatedBy.map((f) => f.ruleId))];
    statusHost.className = `calc-status ${evaluation.valid ? 'calc-status--valid' : 'calc-status--invalid'}`;
    statusHost.replaceChildren(
      h(
        'p',
        { class: 'calc-status__title' },
        evaluation.valid
          ? bi('유효한 설정', 'Valid configuration')
          : bi('유효하지 않은 설정', `Invalid configuration: ${invalid.join(', ')}`),
      ),
      h(
        'p',
        { class: 'calc-status__detail' },
        evaluation.valid
          ? 'AWS documentation and derived arithmetic find no error.'
          : 'A documented rule (AWS or Spark documentation, derived arithmetic) says this configuration cannot work as described.',
      ),
    );
    findingsHost.replaceChildren(renderFindings(evaluation.findings, tagLinks));
    evaluation.findings.forEach((f, i) => {
      if (f.severity !== 'error' && f.severity !== 'warning') return;
      const field = fieldOfPath(f.subject, s.layout);
      if (field) markFinding(field, f.ruleId, f.severity, f.message, `finding-${i}`);
    });
    figuresHost.replaceChildren(renderFigures(evaluation.figures));
    exportsHost.replaceChildren(renderExports(exports));
    timing.textContent = `rules evaluated in ${(t1 - t0).toFixed(2)} ms`;
    timing.dataset['ms'] = String(t1 - t0);
  }

  // ── events ────────────────────────────────────────────────────────────────────────────────────

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'f-preset') return;
    update();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'f-preset') {
      writeForm(presetState((target as HTMLSelectElement).value as CalcState['preset']));
    }
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('calc-add-task').addEventListener('click', () => {
    const s = readForm();
    const last = s.tasks[s.tasks.length - 1];
    s.tasks.push(last ? { ...last } : { type: s.core.type, count: '2', market: 'spot', ebs: '' });
    writeForm(s);
    update();
    document.getElementById(`f-task.${s.tasks.length - 1}.type`)?.focus();
  });
  const copyLink = byId<HTMLButtonElement>('calc-copy-link');
  copyLink.replaceWith(copyButton(bi('링크 복사', 'Copy link'), () => location.href));

  // ── start ─────────────────────────────────────────────────────────────────────────────────────

  const { state, problems } = stateFromParams(new URLSearchParams(location.search));
  if (problems.length > 0) {
    noticesHost.append(
      h(
        'div',
        { class: 'calc-notice calc-notice--warn' },
        h('p', {}, bi('링크의 일부 설정을 쓸 수 없어 무시했습니다', 'Some settings in the link could not be used and were ignored:')),
        h('ul', {}, ...problems.map((p) => h('li', {}, h('code', {}, `${p.key}=${p.value}`), `: ${p.message}`))),
      ),
    );
  }
  if (!PRESET_IDS.includes(state.preset)) state.preset = PRESET_IDS[0] as CalcState['preset'];
  writeForm(state);
  update();
  document.documentElement.dataset['calculator'] = 'ready';
}
