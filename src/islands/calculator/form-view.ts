/**
 * The calculator form in the page ↔ {@link CalcState}: reads every control into a state and writes
 * a state into the controls (task-group rows are rendered from the page's `<template>`). Control ids
 * are `f-<field>` with the field ids of fields.ts.
 */
import { tr } from './ui-text.ts';
import { h } from '../shared/dom.ts';
import type { CalcState, FleetState, GroupState, WorkerState } from './form-state.ts';

/** Reading and writing the form. */
export interface FormView {
  readForm(): CalcState;
  writeForm(s: CalcState): void;
}

/** Reads and writes the value of one control by field id; a missing control reads as `''` and is not written. */
function controls(form: HTMLFormElement) {
  const control = (field: string): HTMLInputElement | HTMLSelectElement | null =>
    document.getElementById(`f-${field}`) as HTMLInputElement | HTMLSelectElement | null;
  return {
    get: (field: string): string => control(field)?.value ?? '',
    set: (field: string, value: string): void => {
      const c = control(field);
      if (!c) return;
      if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === value)) {
        // A value the menu cannot show (from an old link) is kept visible as an extra option and judged by the model.
        c.append(h('option', { value }, value));
      }
      c.value = value;
    },
    getCheck: (field: string): boolean => (control(field) as HTMLInputElement | null)?.checked ?? false,
    setCheck: (field: string, v: boolean): void => {
      const c = control(field) as HTMLInputElement | null;
      if (c) c.checked = v;
    },
    checkedValues: (name: string): string[] =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value),
    setChecked: (name: string, values: readonly string[]): void => {
      for (const i of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) i.checked = values.includes(i.value);
    },
  };
}
type Controls = ReturnType<typeof controls>;

/** Instance groups, fleets and Serverless workers: several controls under one prefix. */
function compositeFields(c: Controls) {
  return {
    readGroup: (prefix: string): GroupState => ({
      type: c.get(`${prefix}.type`),
      count: c.get(`${prefix}.count`),
      market: c.get(`${prefix}.market`) === 'spot' ? 'spot' : 'on-demand',
      ebs: c.get(`${prefix}.ebs`),
    }),
    writeGroup: (prefix: string, g: GroupState): void => {
      c.set(`${prefix}.type`, g.type);
      c.set(`${prefix}.count`, g.count);
      c.set(`${prefix}.market`, g.market);
      c.set(`${prefix}.ebs`, g.ebs);
    },
    readWorker: (prefix: string): WorkerState => ({
      vcpu: c.get(`${prefix}.vcpu`),
      memory: c.get(`${prefix}.memory`),
      disk: c.get(`${prefix}.disk`),
    }),
    writeWorker: (prefix: string, w: WorkerState): void => {
      c.set(`${prefix}.vcpu`, w.vcpu);
      c.set(`${prefix}.memory`, w.memory);
      c.set(`${prefix}.disk`, w.disk);
    },
    readFleet: (prefix: string): FleetState => ({
      types: c.get(`${prefix}.types`),
      onDemand: c.get(`${prefix}.od`),
      spot: c.get(`${prefix}.spot`),
      weighting: c.get(`${prefix}.weighting`) === 'instance' ? 'instance' : 'vcpu',
      spotStrategy: c.get(`${prefix}.spot-strategy`),
      onDemandStrategy: c.get(`${prefix}.od-strategy`),
    }),
    writeFleet: (prefix: string, f: FleetState): void => {
      c.set(`${prefix}.types`, f.types);
      c.set(`${prefix}.od`, f.onDemand);
      c.set(`${prefix}.spot`, f.spot);
      c.set(`${prefix}.weighting`, f.weighting);
      c.set(`${prefix}.spot-strategy`, f.spotStrategy);
      c.set(`${prefix}.od-strategy`, f.onDemandStrategy);
    },
  };
}
type Composite = ReturnType<typeof compositeFields>;

/** The page elements the form view needs. */
export interface FormElements {
  form: HTMLFormElement;
  tasksHost: HTMLOListElement;
  template: HTMLTemplateElement;
}

/**
 * The form view of the calculator page.
 * @param onRemoveTask called when the remove button of task row `index` is pressed
 */
export function createFormView(els: FormElements, onRemoveTask: (index: number) => void): FormView {
  const c = controls(els.form);
  const g = compositeFields(c);
  let taskCount = 0;

  function renderTaskRows(tasks: readonly GroupState[]): void {
    els.tasksHost.replaceChildren();
    tasks.forEach((task, i) => {
      els.tasksHost.append(taskRow(els.template, i, () => onRemoveTask(i)));
      g.writeGroup(`task.${i}`, task);
    });
    taskCount = tasks.length;
  }

  return {
    readForm: () => readState(els.form, c, g, taskCount),
    writeForm: (s) => writeState(els.form, c, g, s, renderTaskRows),
  };
}

/** One task-group row from the template, its ids numbered `i`. */
function taskRow(template: HTMLTemplateElement, i: number, onRemove: () => void): DocumentFragment {
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
  remove?.setAttribute('aria-label', tr('calc.task.remove', { n: i + 1 }));
  remove?.addEventListener('click', onRemove);
  return frag;
}

function readState(form: HTMLFormElement, c: Controls, g: Composite, taskCount: number): CalcState {
  const tasks: GroupState[] = [];
  for (let i = 0; i < taskCount; i++) tasks.push(g.readGroup(`task.${i}`));
  const layout =
    form.querySelector<HTMLInputElement>('input[name="layout"]:checked')?.value === 'instance-fleets'
      ? 'instance-fleets'
      : 'instance-groups';
  return {
    preset: c.get('preset') as CalcState['preset'],
    profile: c.get('profile') as CalcState['profile'],
    traits: c.checkedValues('traits'),
    concurrent: c.get('concurrent'),
    hdfsGb: c.get('hdfs-gb'),
    platform: c.get('platform') as CalcState['platform'],
    release: c.get('release'),
    name: c.get('name'),
    layout,
    primary: g.readGroup('primary'),
    core: g.readGroup('core'),
    tasks,
    coreFleet: g.readFleet('core-fleet'),
    taskFleet: g.readFleet('task-fleet'),
    apps: c.checkedValues('apps'),
    am: c.get('am'),
    deployMode: c.get('deploy-mode'),
    submitter: c.get('submitter'),
    mra: c.getCheck('mra'),
    dynamicAllocation: c.get('dynamic-allocation'),
    executorCores: c.get('executor-cores'),
    executorMemory: c.get('executor-memory'),
    driverMemory: c.get('driver-memory'),
    overheadFactor: c.get('overhead-factor'),
    replication: c.get('replication'),
    scalingUnit: c.get('scaling-unit'),
    scalingMin: c.get('scaling-min'),
    scalingMax: c.get('scaling-max'),
    scalingMaxOnDemand: c.get('scaling-max-od'),
    scalingMaxCore: c.get('scaling-max-core'),
    afterLastStep: c.getCheck('after-last-step'),
    idleTimeout: c.get('idle-timeout'),
    externalMetastore: c.getCheck('metastore'),
    reserved: c.getCheck('reserved'),
    consistentView: c.getCheck('consistent-view'),
    persistentData: c.get('data') === 'hdfs' ? 'hdfs' : 's3',
    driver: g.readWorker('driver'),
    executor: g.readWorker('executor'),
    initDrivers: c.get('init-drivers'),
    initExecutors: c.get('init-executors'),
    autoStop: c.get('auto-stop'),
    maxVcpu: c.get('max-vcpu'),
    maxMemory: c.get('max-memory'),
  };
}

function writeState(
  form: HTMLFormElement,
  c: Controls,
  g: Composite,
  s: CalcState,
  renderTaskRows: (t: readonly GroupState[]) => void,
): void {
  c.set('preset', s.preset);
  c.set('profile', s.profile);
  c.setChecked('traits', s.traits);
  c.set('concurrent', s.concurrent);
  c.set('hdfs-gb', s.hdfsGb);
  c.set('platform', s.platform);
  c.set('release', s.release);
  c.set('name', s.name);
  for (const r of form.querySelectorAll<HTMLInputElement>('input[name="layout"]')) r.checked = r.value === s.layout;
  g.writeGroup('primary', s.primary);
  g.writeGroup('core', s.core);
  renderTaskRows(s.tasks);
  g.writeFleet('core-fleet', s.coreFleet);
  g.writeFleet('task-fleet', s.taskFleet);
  c.setChecked('apps', s.apps);
  c.set('am', s.am);
  c.set('deploy-mode', s.deployMode);
  c.set('submitter', s.submitter);
  c.setCheck('mra', s.mra);
  c.set('dynamic-allocation', s.dynamicAllocation);
  c.set('executor-cores', s.executorCores);
  c.set('executor-memory', s.executorMemory);
  c.set('driver-memory', s.driverMemory);
  c.set('overhead-factor', s.overheadFactor);
  c.set('replication', s.replication);
  c.set('scaling-unit', s.scalingUnit);
  c.set('scaling-min', s.scalingMin);
  c.set('scaling-max', s.scalingMax);
  c.set('scaling-max-od', s.scalingMaxOnDemand);
  c.set('scaling-max-core', s.scalingMaxCore);
  c.setCheck('after-last-step', s.afterLastStep);
  c.set('idle-timeout', s.idleTimeout);
  c.setCheck('metastore', s.externalMetastore);
  c.setCheck('reserved', s.reserved);
  c.setCheck('consistent-view', s.consistentView);
  c.set('data', s.persistentData);
  g.writeWorker('driver', s.driver);
  g.writeWorker('executor', s.executor);
  c.set('init-drivers', s.initDrivers);
  c.set('init-executors', s.initExecutors);
  c.set('auto-stop', s.autoStop);
  c.set('max-vcpu', s.maxVcpu);
  c.set('max-memory', s.maxMemory);
}
