/**
 * Numbers as the calculator, the sizing rules' messages and `emr-prep size` write them: US digits
 * with thousands separators (`1,536`, `12.5`), whatever the page's language, so a figure reads the
 * same as in AWS's documentation.
 *
 * One `Intl.NumberFormat` per number of decimals, made once: `Number.prototype.toLocaleString`
 * with options builds a new formatter on every call, and the calculator's first result (a few dozen
 * figures) spent ~190 ms of a phone's CPU (Chromium at 4× slowdown) in it.
 */

const formats = new Map<number, Intl.NumberFormat>();

/**
 * `n` with thousands separators and at most `maxFractionDigits` decimals, rounded half away from
 * zero (`Intl.NumberFormat('en-US')`): `formatNumber(1536)` → `1,536`, `formatNumber(12.46, 1)` → `12.5`.
 * @throws {RangeError} when `maxFractionDigits` is not a whole number from 0 to 20
 */
export function formatNumber(n: number, maxFractionDigits = 0): string {
  let format = formats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits });
    formats.set(maxFractionDigits, format);
  }
  return format.format(n);
}

/** `4`, or `4–8` for a range of values (an instance fleet's sizes), each as {@link formatNumber}. */
export function formatNumberRange(low: number, high: number, maxFractionDigits = 0): string {
  return low === high
    ? formatNumber(low, maxFractionDigits)
    : `${formatNumber(low, maxFractionDigits)}–${formatNumber(high, maxFractionDigits)}`;
}
