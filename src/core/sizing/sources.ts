/**
 * The sources the sizing rules cite: the source keys of the fact sheet
 * (`shared/reference/emr-facts.md`, section 13) with a title and a URL a student can open.
 * Every rule, default and formula of `src/core/sizing` names its source by one of these keys.
 */

/** A source key of the fact sheet, e.g. `S8` or `S15-perf`. */
export type SourceKey = keyof typeof SOURCES;

/** A citable source: its key, a short title and the URL. */
export interface Source {
  key: SourceKey;
  title: string;
  url: string;
}

const BP = 'https://aws.github.io/aws-emr-best-practices/';

/** Source key → title and URL (fact sheet section 13). */
export const SOURCES = {
  S1: {
    title: 'EMR Management Guide – Understand node types: primary, core, and task nodes',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html',
  },
  S2: {
    title: 'EMR Management Guide – Best practices for cluster configuration',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html',
  },
  S3: {
    title: 'EMR Management Guide – Instance purchasing options',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-purchasing-options.html',
  },
  S4: {
    title: 'EMR Management Guide – Configure uniform instance groups',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-uniform-instance-group.html',
  },
  S5: {
    title: 'EMR Management Guide – Configure instance fleets',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html',
  },
  S6: {
    title: 'EMR API Reference – SpotProvisioningSpecification (allocation strategies, bid price)',
    url: 'https://docs.aws.amazon.com/emr/latest/APIReference/API_SpotProvisioningSpecification.html',
  },
  S7: {
    title: 'EMR Management Guide – Using EMR managed scaling',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-scaling.html',
  },
  S8: {
    title: 'EMR Management Guide – Plan and configure primary nodes (multiple primary nodes)',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-ha.html',
  },
  S9: {
    title: 'EMR Release Guide – HDFS configuration',
    url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hdfs-config.html',
  },
  S10: {
    title: 'EMR Management Guide – Work with storage and file systems',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-file-systems.html',
  },
  S11: {
    title: 'EMR Release Guide – Configure Spark',
    url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-configure.html',
  },
  S12: {
    title: 'EMR Release Guide – Add a Spark step',
    url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-submit-step.html',
  },
  S13: {
    title: 'Apache Spark – Running on YARN',
    url: 'https://spark.apache.org/docs/latest/running-on-yarn.html',
  },
  S14: {
    title: 'EMR Management Guide – EMR Studio considerations',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-considerations.html',
  },
  'S15-cost': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Cost optimizations', url: BP },
  'S15-size': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Instance sizing strategy', url: BP },
  'S15-rel': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Reliability', url: BP },
  'S15-spot': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Spot usage', url: BP },
  'S15-spark': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Spark: choose the right deploy mode', url: BP },
  'S15-perf': { title: 'Amazon EMR Best Practices Guide (AWS, advisory) – Spark performance', url: BP },
  S16: {
    title: 'AWS Big Data Blog – Best practices for managing memory for Apache Spark applications on Amazon EMR',
    url: 'https://aws.amazon.com/blogs/big-data/best-practices-for-successfully-managing-memory-for-apache-spark-applications-on-amazon-emr/',
  },
  S17: {
    title: 'EMR Serverless User Guide – Understanding application behavior',
    url: 'https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/app-behavior.html',
  },
  S18: {
    title: 'EMR Release Guide – Task configuration (YARN defaults per instance type)',
    url: 'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hadoop-task-config.html',
  },
  S19: {
    title: 'EMR Management Guide – Supported instance types',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-supported-instance-types.html',
  },
  S20: {
    title: 'AWS Lambda Developer Guide – Lambda quotas',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  S21: {
    title: 'Kinesis Data Streams Developer Guide – Quotas and limits',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
  },
  S22: {
    title: 'Amazon Data Firehose API Reference – BufferingHints',
    url: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
  },
  S23: {
    title: 'Kinesis Data Analytics for SQL – discontinuation; Amazon Managed Service for Apache Flink',
    url: 'https://docs.aws.amazon.com/managed-flink/',
  },
  S24: {
    title: 'Amazon EC2 User Guide – Spot Instance interruption notices',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html',
  },
  S25: {
    title: 'AWS Batch User Guide – Instance type allocation strategies',
    url: 'https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html',
  },
  S28: {
    title: 'EMR Management Guide – Using an auto-termination policy',
    url: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-auto-termination-policy.html',
  },
  S31: {
    title: 'AWS re:Post Knowledge Center – Configure YARN node labeling in Amazon EMR',
    url: 'https://repost.aws/knowledge-center/emr-configure-node-labeling-yarn',
  },
  S32: {
    title: 'EC2 DescribeInstanceTypes / EMR ListSupportedInstanceTypes dumps (getmoto/moto)',
    url: 'https://github.com/getmoto/moto',
  },
  S33: {
    title: 'Apache Spark – Configuration (spark.executor.memoryOverhead)',
    url: 'https://spark.apache.org/docs/latest/configuration.html',
  },
  S34: {
    title: 'aws-samples/emr-serverless-samples – Best practices',
    url: 'https://github.com/aws-samples/emr-serverless-samples',
  },
  S35: {
    title: 'EMR on EKS Development Guide',
    url: 'https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/',
  },
} as const satisfies Record<string, { title: string; url: string }>;

/** The {@link Source} of a key (title and URL). */
export function source(key: SourceKey): Source {
  return { key, ...SOURCES[key] };
}
