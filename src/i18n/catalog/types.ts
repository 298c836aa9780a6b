import type { Lang } from '../lang.ts';

/** Parameters interpolated into a message (`{count}` in a string, or the argument of a function). */
export type MessageParams = Record<string, string | number>;

/** One message's text: a plain string with `{name}` placeholders, or a function of its parameters (plurals). */
export type MessageText = string | ((params: MessageParams) => string);

/** One UI message in every language. */
export type Message = Record<Lang, MessageText>;

/** One area's messages (one file per area under src/i18n/catalog/), keyed `area.what`. */
export type Catalog = Record<string, Message>;
