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
import type { Cluster, Workload } from '../../core/sizing/model.ts';
import { currentLang, onLangChange } from '../../i18n/client.ts';
import { byId } from '../shared/dom.ts';
import { copyButton } from './clipboard.ts';
import { fieldOfPath, parseState, PRESET_IDS, presetState, stateFromParams, stateToParams, type CalcState } from './form-state.ts';
import { createFormView, type FormView } from './form-view.ts';
import { renderExports, renderFigures, renderFindings, type TagLinks } from './render.ts';
import {
  clearMarks,
  copyLinkLabel,
  ignoredSettingsNotice,
  markError,
  markFinding,
  showInputProblems,
  showVerdict,
  timingText,
} from './status-view.ts';

/** `a%3Ab` → `a:b`: characters that are safe in a query stay readable in the shared link. */
export function prettyQuery(params: URLSearchParams): string {
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

/** The page elements the island needs (a missing one throws, naming its id: a template bug). */
function pageElements() {
  return {
    form: byId<HTMLFormElement>('calc-form'),
    tasksHost: byId<HTMLOListElement>('calc-tasks'),
    template: byId<HTMLTemplateElement>('calc-task-template'),
    statusHost: byId('calc-status'),
    findingsHost: byId('calc-findings'),
    figuresHost: byId('calc-figures'),
    exportsHost: byId('calc-exports'),
    noticesHost: byId('calc-notices'),
    timing: byId('calc-timing'),
    presetDescription: byId('calc-preset-description'),
  };
}
type PageElements = ReturnType<typeof pageElements>;

/** The tag pages the findings link to (JSON in the page); none when it cannot be read. */
function readTagLinks(): TagLinks {
  try {
    return JSON.parse(byId('calc-tag-links').textContent ?? '{}') as TagLinks;
  } catch {
    return {};
  }
}

/** Shows the sections of the chosen platform and layout, and the preset's description. */
function showSections(els: PageElements, s: CalcState): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-platform]')) el.hidden = el.dataset['platform'] !== s.platform;
  for (const el of document.querySelectorAll<HTMLElement>('[data-layout]')) el.hidden = el.dataset['layout'] !== s.layout;
  const preset = WORKLOAD_PRESETS.find((p) => p.id === s.preset);
  els.presetDescription.textContent = preset ? preset.description[currentLang()] : '';
  els.presetDescription.lang = currentLang();
}

/** Evaluates a parsed configuration and renders the verdict, findings (also at their fields), figures and exports. */
function showResults(els: PageElements, s: CalcState, workload: Workload, cluster: Cluster, tagLinks: TagLinks): void {
  const t0 = performance.now();
  const evaluation = evaluate(workload, cluster);
  const t1 = performance.now();
  const exports = exportsOf(cluster);
  showVerdict(els.statusHost, evaluation);
  els.findingsHost.replaceChildren(renderFindings(evaluation.findings, tagLinks));
  evaluation.findings.forEach((f, i) => {
    if (f.severity !== 'error' && f.severity !== 'warning') return;
    const field = fieldOfPath(f.subject, s.layout);
    if (field) markFinding(field, f.ruleId, f.severity, f.message, `finding-${i}`);
  });
  els.figuresHost.replaceChildren(renderFigures(evaluation.figures));
  els.exportsHost.replaceChildren(renderExports(exports));
  els.timing.textContent = timingText(t1 - t0);
  els.timing.dataset['ms'] = String(t1 - t0);
}

/**
 * Starts the calculator on /calculator/: reads the state from the URL (ignored parameters are
 * listed in a notice), fills the form, evaluates, and re-evaluates on every input. Sets
 * `data-calculator="ready"` on <html> once running (the e2e tests wait for it). Throws only when
 * the page lacks an element the island needs (a template bug).
 */
export function startCalculatorPage(): void {
  const els = pageElements();
  const tagLinks = readTagLinks();
  const view = createFormView(els, (i) => {
    const s = view.readForm();
    s.tasks.splice(i, 1);
    view.writeForm(s);
    update();
    (document.getElementById(`f-task.${Math.min(i, s.tasks.length - 1)}.type`) ?? byId('calc-add-task')).focus();
  });

  let lastQuery: string | null = null;
  /** Re-reads the form; does nothing when the state is unchanged (a `change` after `input`, a blur). */
  function update(): void {
    const s = view.readForm();
    const query = prettyQuery(stateToParams(s));
    if (query === lastQuery) return;
    history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    lastQuery = query;
    showSections(els, s);
    clearMarks(els.form);
    const parsed = parseState(s);
    if (parsed.ok) {
      showResults(els, s, parsed.workload, parsed.cluster, tagLinks);
      return;
    }
    for (const e of parsed.errors) markError(e);
    showInputProblems(els.statusHost, parsed.errors);
    els.findingsHost.replaceChildren();
    els.figuresHost.replaceChildren();
    els.exportsHost.replaceChildren();
    els.timing.textContent = '';
  }

  listen(els.form, view, update);

  const { state, problems } = stateFromParams(new URLSearchParams(location.search));
  const showNotices = (): void => els.noticesHost.replaceChildren(...(problems.length > 0 ? [ignoredSettingsNotice(problems)] : []));
  showNotices();
  if (!PRESET_IDS.includes(state.preset)) state.preset = PRESET_IDS[0] as CalcState['preset'];
  view.writeForm(state);
  update();
  // Everything the island wrote is rebuilt in the new language (the form's values stay).
  onLangChange(() => {
    showNotices();
    view.writeForm(view.readForm());
    lastQuery = null;
    update();
    byId('calc-copy-link').replaceWith(copyLinkButton());
  });
  document.documentElement.dataset['calculator'] = 'ready';
}

/** Re-evaluates on every input; a new preset refills the form; "add task group" copies the last row. */
function listen(form: HTMLFormElement, view: FormView, update: () => void): void {
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'f-preset') return;
    update();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'f-preset') {
      view.writeForm(presetState((target as HTMLSelectElement).value as CalcState['preset']));
    }
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('calc-add-task').addEventListener('click', () => {
    const s = view.readForm();
    const last = s.tasks[s.tasks.length - 1];
    s.tasks.push(last ? { ...last } : { type: s.core.type, count: '2', market: 'spot', ebs: '' });
    view.writeForm(s);
    update();
    document.getElementById(`f-task.${s.tasks.length - 1}.type`)?.focus();
  });
  byId<HTMLButtonElement>('calc-copy-link').replaceWith(copyLinkButton());
}

/** The "copy link" button in the page's language (keeps the id the page and tests use). */
function copyLinkButton(): HTMLButtonElement {
  const button = copyButton(copyLinkLabel(), () => location.href);
  button.id = 'calc-copy-link';
  return button;
}
