/**
 * A tiny element builder for the calculator islands (no UI framework): `h('p', { class: 'x' }, 'text')`.
 * Children that are strings become text nodes — nothing is ever parsed as HTML, so messages,
 * cluster names and URL values cannot inject markup.
 */

/** A child of {@link h}: a node, text, or nothing (null/undefined/false are skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Attributes: strings/numbers as attributes, `true` as an empty attribute, `false`/null/undefined left out; `on*` functions as listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Korean text followed by its English in `lang="en"`: `판정 · <span lang="en">Findings</span>`. */
export function bi(ko: string, en: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(`${ko} · `, h('span', { lang: 'en' }, en));
  return frag;
}

/** The element with `id`; throws naming the id when the page lacks it (a template bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/** Copies text to the clipboard; resolves false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A "copy" button for a text: says "copied" for two seconds, or selects the text's element so the
 * user can copy it by hand when the clipboard is not available.
 */
export function copyButton(label: DocumentFragment | string, text: () => string, fallbackSelect?: () => HTMLElement | null): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'calc-button calc-button--small calc-copy' }, label);
  const original = Array.from(button.childNodes).map((n) => n.cloneNode(true));
  button.addEventListener('click', () => {
    void copyText(text()).then((ok) => {
      button.replaceChildren(ok ? bi('복사됨', 'Copied') : bi('직접 복사하세요', 'Select and copy'));
      if (!ok) {
        const el = fallbackSelect?.();
        if (el) {
          const range = document.createRange();
          range.selectNodeContents(el);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
        }
      }
      window.setTimeout(() => button.replaceChildren(...original.map((n) => n.cloneNode(true))), 2000);
    });
  });
  return button;
}
