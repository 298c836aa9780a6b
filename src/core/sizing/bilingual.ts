/**
 * Texts of the sizing rules in both of the site's languages. The calculator shows the one the page
 * shows (Korean for most of our students); the CLI, the build's answer-key diagnostics and the
 * exports are English. Technical names (instance types, configuration keys such as
 * `spark.executor.memory`, release labels, units) stay as AWS writes them in both. Kept free of
 * imports: the model's own messages (serverless-grid.ts) use it.
 */

/** One text, in English and in Korean. */
export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}
