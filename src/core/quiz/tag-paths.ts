/**
 * Tag-path arithmetic the quiz needs: a tag `namespace/value/…` implies its ancestors
 * (DESIGN.md, "Content format"), so `service` selects and aggregates everything under
 * `service/emr`. The grammar and the functions live in src/core/tags/tag-path.ts.
 */
export { normaliseTagSelector, tagAncestors, tagMatches, tagNamespace } from '../tags/tag-path.ts';
