/**
 * What the calculator page says about the configuration: problems marked at their fields, the status
 * line (fix these fields / valid / invalid), and the notice listing link settings that were ignored.
 */
import type { Evaluation } from '../../core/sizing/evaluate.ts';
import { h } from '../shared/dom.ts';
import type { FieldError, UrlProblem } from './form-state.ts';
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import { ruleText, severityLabel } from './render.ts';
import { tr } from './ui-text.ts';

/** Removes every error and finding shown at a field. */
export function clearMarks(form: HTMLFormElement): void {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll<HTMLElement>('.calc-field__error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('.calc-field__finding')) el.remove();
}

/**
 * Shows an input problem at its field (`aria-invalid` and the field's error holder `e-<field>`), in
 * the page's language (`lang` set).
 */
export function markError(e: FieldError): void {
  const c = document.getElementById(`f-${e.field}`);
  const holder = document.getElementById(`e-${e.field}`);
  c?.setAttribute('aria-invalid', 'true');
  if (holder) {
    holder.hidden = false;
    holder.append(holder.textContent ? h('br') : '', ruleText('span', e.message));
  }
}

/** A finding of severity error or warning, shown under the field it is about, linking to the finding. */
export function markFinding(field: string, ruleId: string, severity: 'error' | 'warning', message: Bilingual, anchor: string): void {
  const box =
    document.querySelector(`[data-field="${CSS.escape(field)}"]`) ??
    document.getElementById(`f-${field}`)?.closest('.calc-field, fieldset, div');
  if (!box) return;
  box.append(
    h(
      'p',
      { class: `calc-field__finding calc-field__finding--${severity}` },
      h('a', { href: `#${anchor}` }, `${severityLabel(severity)} ${ruleId}`),
      ' ',
      ruleText('span', message),
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

/** The status line while input is wrong: how many fields to fix, each a link (in the page's language) that focuses the field. */
export function showInputProblems(statusHost: HTMLElement, errors: readonly FieldError[]): void {
  statusHost.className = 'calc-status calc-status--input';
  statusHost.replaceChildren(
    h('p', { class: 'calc-status__title' }, tr('calc.status.fixInput', { count: errors.length })),
    h(
      'ul',
      { class: 'calc-status__list' },
      ...errors.map((e) =>
        h('li', {}, h('a', { href: `#f-${e.field}`, onclick: (event) => focusField(event, e.field) }, ruleText('span', e.message))),
      ),
    ),
  );
}

/** The status line of an evaluated configuration: valid, or invalid naming the rules that say so. */
export function showVerdict(statusHost: HTMLElement, evaluation: Evaluation): void {
  const invalid = [...new Set(evaluation.invalidatedBy.map((f) => f.ruleId))];
  statusHost.className = `calc-status ${evaluation.valid ? 'calc-status--valid' : 'calc-status--invalid'}`;
  statusHost.replaceChildren(
    h(
      'p',
      { class: 'calc-status__title' },
      evaluation.valid ? tr('calc.status.valid') : tr('calc.status.invalid', { rules: invalid.join(', ') }),
    ),
    h('p', { class: 'calc-status__detail' }, tr(evaluation.valid ? 'calc.status.validDetail' : 'calc.status.invalidDetail')),
  );
}

/** The notice listing the link's settings that could not be used, and why (in the page's language). */
export function ignoredSettingsNotice(problems: readonly UrlProblem[]): HTMLElement {
  return h(
    'div',
    { class: 'calc-notice calc-notice--warn' },
    h('p', {}, tr('calc.link.ignored')),
    h('ul', {}, ...problems.map((p) => h('li', {}, h('code', {}, `${p.key}=${p.value}`), ': ', ruleText('span', p.message)))),
  );
}

/** The label of the copy-link button. */
export function copyLinkLabel(): string {
  return tr('calc.link.copy');
}

/** The timing line under the results (`rules evaluated in 0.42 ms`). */
export function timingText(ms: number): string {
  return tr('calc.timing', { ms: ms.toFixed(2) });
}
