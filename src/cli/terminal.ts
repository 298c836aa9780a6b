/**
 * Text for a terminal: control characters from content (file names, tags, messages quoting note
 * text) are shown escaped, so a note cannot clear the screen, recolour output or fake a
 * "0 errors" line with terminal escape sequences, and bidirectional overrides cannot reorder what
 * is shown. C0 controls (except tab), DEL, C1 controls and the Unicode bidi controls become
 * `\xNN` / `\u{NNNN}`.
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as a visible escape. */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
