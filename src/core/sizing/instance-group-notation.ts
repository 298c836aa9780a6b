/**
 * The compact notation of an EMR instance group (one instance type, a count, a purchasing option),
 * read and written in one place. The `emr-prep size` flags, the `emr-scenario` blocks of questions
 * and the calculator URL all use it:
 *
 * ```
 * group  := TYPE (SEP part)*            SEP := ':' or blanks
 * part   := count | market | ebs | max-price
 * count  := ['x' | '×' | '*'] NUMBER    (4, x4)
 * market := spot | on-demand | ondemand | od      (any case)
 * ebs    := ebs ('=' | ':') NUMBER [gib]          (EBS GiB per instance)
 * max-price := max-price ('=' | ':') NUMBER       (maximum Spot price, USD per hour)
 * ```
 * So `m5.2xlarge:10:spot:ebs=64` (the CLI and URL form) and `m5.2xlarge x10 spot ebs:64` (the
 * scenario form) are the same group. Count defaults to 1 and the market to On-Demand; what a count,
 * a size or a price may be (whole, at least 1 …) is the model's schema's business
 * (src/core/sizing/model.ts), not the notation's. Instance fleets list their instance types as
 * `TYPE[:weight=N][:ebs=GIB][:max-price=PERCENT]` entries ({@link parseFleetTypeEntries}).
 * Purchasing options: Amazon EMR Management Guide, "Instance purchasing options".
 */

import type { Market } from './model.ts';

/** One part after the instance type, with its character offset in the text (for diagnostics). */
export type GroupPart =
  | { kind: 'count'; text: string; value: number; offset: number }
  | { kind: 'market'; text: string; market: Market; offset: number }
  /** `value` is null when the text after `ebs=` is not a number. */
  | { kind: 'ebs'; text: string; value: number | null; offset: number }
  /** `value` is null when the text after `max-price=` is not a number. */
  | { kind: 'max-price'; text: string; value: number | null; offset: number }
  | { kind: 'unknown'; text: string; offset: number };

/** An instance group as written: its type (may be `''`) and its parts in order. */
export interface GroupNotation {
  type: string;
  typeOffset: number;
  parts: GroupPart[];
}

/** The words of each purchasing option (lowercase). */
export const MARKET_WORDS: Readonly<Record<string, Market>> = {
  spot: 'spot',
  'on-demand': 'on-demand',
  ondemand: 'on-demand',
  od: 'on-demand',
};

/** A purchasing-option word (`spot`, `on-demand`, `ondemand`, `od`, any case) → the market, or null. */
export function parseMarket(word: string): Market | null {
  return MARKET_WORDS[word.trim().toLowerCase()] ?? null;
}

const TOKEN = /(?:ebs|max-price)[:=][^\s:]*|[^\s:]+/gi;
const COUNT = /^[x×*]?([+-]?\d+(?:\.\d+)?)$/i;
const KEYED = /^(ebs|max-price)[:=](.*)$/i;

/** Reads one part (the text between separators). */
export function parseGroupPart(text: string, offset = 0): GroupPart {
  const market = parseMarket(text);
  if (market) return { kind: 'market', text, market, offset };
  const count = COUNT.exec(text);
  if (count) return { kind: 'count', text, value: Number(count[1]), offset };
  const keyed = KEYED.exec(text);
  if (keyed) {
    const raw = (keyed[2] ?? '').replace(/gib$/i, '');
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    const value = Number.isFinite(n) ? n : null;
    return (keyed[1] ?? '').toLowerCase() === 'ebs' ? { kind: 'ebs', text, value, offset } : { kind: 'max-price', text, value, offset };
  }
  return { kind: 'unknown', text, offset };
}

/**
 * Reads an instance group in either form (`m5.2xlarge:10:spot`, `m5.2xlarge x10 spot`). Never
 * throws: what is not understood comes back as an `unknown` part for the caller to report.
 */
export function parseGroupNotation(text: string): GroupNotation {
  const tokens = [...text.matchAll(TOKEN)];
  const first = tokens[0];
  // A group that starts with a separator (`:4`) has no type; its first token is a part.
  if (!first || text.trimStart().startsWith(':')) {
    return { type: '', typeOffset: 0, parts: tokens.map((m) => parseGroupPart(m[0], m.index ?? 0)) };
  }
  return { type: first[0], typeOffset: first.index ?? 0, parts: tokens.slice(1).map((m) => parseGroupPart(m[0], m.index ?? 0)) };
}

/** What {@link formatGroupNotation} writes. Count and EBS are text so a form can write what the user typed. */
export interface GroupFields {
  type: string;
  count: string | number;
  market: Market;
  /** EBS GiB per instance; `''` or undefined = none. */
  ebs?: string | number | undefined;
}

/**
 * Writes a group: the compact form `TYPE:COUNT:MARKET[:ebs=GIB]` (`m5.2xlarge:10:spot:ebs=64`, the
 * CLI and URL form) or, with `style: 'scenario'`, `TYPE xCOUNT MARKET [ebs:GIB]` (`m5.2xlarge x10
 * spot ebs:64`, the form of `emr-scenario` blocks). Empty fields are left out.
 */
export function formatGroupNotation(g: GroupFields, style: 'compact' | 'scenario' = 'compact'): string {
  const hasEbs = g.ebs !== undefined && g.ebs !== '';
  const count = String(g.count);
  if (style === 'scenario') {
    return [g.type, count === '' ? '' : `x${count}`, g.market, hasEbs ? `ebs:${g.ebs}` : ''].filter((p) => p !== '').join(' ');
  }
  return [g.type, count, g.market, hasEbs ? `ebs=${g.ebs}` : ''].filter((p) => p !== '').join(':');
}

/** One instance type of a fleet as written: `r5.2xlarge:weight=8:ebs=256:max-price=60`. */
export interface FleetTypeEntry {
  instanceType: string;
  /** Weighted capacity (text as written). */
  weight?: string;
  /** EBS GiB per instance (text as written). */
  ebs?: string;
  /** Maximum Spot price, % of the On-Demand price (text as written). */
  maxPrice?: string;
  /** Parts that are none of the above (to be reported). */
  unknown: string[];
}

/** Splits a fleet's instance-type list (commas or blanks between entries) into entries. Never throws. */
export function parseFleetTypeEntries(text: string): FleetTypeEntry[] {
  return text
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map((token) => {
      const [instanceType = '', ...rest] = token.split(':');
      const e: FleetTypeEntry = { instanceType, unknown: [] };
      for (const part of rest) {
        const [k = '', v = ''] = part.split('=');
        if (k === 'weight' || k === 'w') e.weight = v;
        else if (k === 'ebs') e.ebs = v;
        else if (k === 'max-price') e.maxPrice = v;
        else e.unknown.push(part);
      }
      return e;
    });
}

/** Writes one fleet entry (`r5.2xlarge:weight=8:ebs=256:max-price=60`); absent settings are left out. */
export function formatFleetTypeEntry(e: {
  instanceType: string;
  weight?: string | number | undefined;
  ebs?: string | number | undefined;
  maxPrice?: string | number | undefined;
}): string {
  return [
    e.instanceType,
    e.weight !== undefined ? `weight=${e.weight}` : '',
    e.ebs !== undefined ? `ebs=${e.ebs}` : '',
    e.maxPrice !== undefined ? `max-price=${e.maxPrice}` : '',
  ]
    .filter((p) => p !== '')
    .join(':');
}
