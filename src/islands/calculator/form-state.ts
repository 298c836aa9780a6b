/**
 * The calculator's state, shared by the calculator page and the compare view (which builds "open in
 * the calculator" links from a scenario's configurations). Three shapes:
 * - {@link CalcState}: the form's values as text (what the user typed, even when it is wrong), so
 *   bad input survives a reload and is reported, never dropped or turned into NaN (state.ts);
 * - the URL: `?preset=<profile>` plus only the values that differ from that preset, in the same
 *   compact notation as `emr-prep size` (`primary=m5.xlarge:1:spot`, `task=m5.2xlarge:10:spot`) (url-state.ts);
 * - the model input (`WorkloadInput`, `ClusterInput` of `src/core/sizing/model.ts`), built by
 *   {@link toModelInput}, which reports text that is not a number per form field; everything else
 *   (ranges, unknown instance types, fleet sizes, the Serverless grid) is judged by the model's zod
 *   schemas, whose problems {@link fieldOfPath} maps back to the form field (model-input.ts, fields.ts).
 */
export * from './state.ts';
export * from './url-state.ts';
export * from './fields.ts';
export * from './model-input.ts';
