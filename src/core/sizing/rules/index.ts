/**
 * The registry of sizing rules, in the order of the fact sheet's "Sizing rules" section:
 * validity, purchasing/Spot, high availability/HDFS/storage, instance family/size, Spark
 * configuration, deploy mode, platform choice, cost/lifecycle.
 */
import type { Rule } from '../rule.ts';
import { AVAILABILITY_STORAGE_RULES } from './availability-storage.ts';
import { COST_RULES } from './cost.ts';
import { DEPLOY_MODE_RULES } from './deploy-mode.ts';
import { INSTANCE_SIZE_RULES } from './instance-size.ts';
import { PLATFORM_RULES } from './platform.ts';
import { PURCHASING_RULES } from './purchasing.ts';
import { SPARK_RULES } from './spark.ts';
import { VALIDITY_RULES } from './validity.ts';

/** Every sizing rule, in fact-sheet order. */
export const RULES: readonly Rule[] = [
  ...VALIDITY_RULES,
  ...PURCHASING_RULES,
  ...AVAILABILITY_STORAGE_RULES,
  ...INSTANCE_SIZE_RULES,
  ...SPARK_RULES,
  ...DEPLOY_MODE_RULES,
  ...PLATFORM_RULES,
  ...COST_RULES,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id (`R-PUR-01`), or undefined. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
