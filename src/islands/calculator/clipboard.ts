/** Copy-to-clipboard for the calculator's exports (elements built with ../shared/dom.ts). */
import { h } from '../shared/dom.ts';
import { tr } from './ui-text.ts';

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
export function copyButton(
  label: DocumentFragment | string,
  text: () => string,
  fallbackSelect?: () => HTMLElement | null,
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'calc-button calc-button--small calc-copy' }, label);
  const original = Array.from(button.childNodes).map((n) => n.cloneNode(true));
  button.addEventListener('click', () => {
    void copyText(text()).then((ok) => {
      button.replaceChildren(tr(ok ? 'calc.copy.done' : 'calc.copy.manual'));
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
