/**
 * The `emr-prep` command line: check (--watch), sources, stats, export (JSON, GIFT), repair, size, new, import. Each command is a thin wrapper over the core;
 * `main` returns the exit code instead of exiting, so tests can call it in-process.
 */
import { cac, type CAC } from 'cac';
import type { NewOptions } from './new.ts';
import type { ImportOptions } from './import.ts';
import type { SizeOptions } from './size.ts';
import type { Io } from './io.ts';

// Each command's module is imported when that command runs, not at start-up: `emr-prep build
// --incremental` (issue 16 item 2) and `--help` no longer load every command's dependencies
// (the sizing rules, the GIFT exporter, …; ~0.6 s).

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Records the result of the command cac matched. */
type Run = (result: Promise<number> | number) => void;

/**
 * The content folder of `check [dir]`, `stats [dir]`, … : the positional folder or `--content`, not both.
 * @throws Error when both name a folder and they differ (a usage error, exit 2)
 */
function withFolder<T extends { content?: string }>(dir: string | undefined, options: T): T {
  if (dir === undefined) return options;
  if (options.content !== undefined && options.content !== dir) {
    throw new Error(`two content folders given ("${dir}" and --content "${options.content}"): give one`);
  }
  return { ...options, content: dir };
}

/** The commands on a content folder or a file: check, export, new, import, repair. */
function registerContentCommands(cli: CAC, io: Io, run: Run): void {
  cli
    .command('check [dir]', 'Check every note and question of a content folder; exit 1 on any error')
    .option('--content <dir>', 'Content folder, also given as the first argument (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--json', 'Print the diagnostics as JSON')
    .option('--watch', 'Re-check on every save and print only what changed (new and fixed diagnostics)')
    .option('--strict', 'Exit 1 on warnings too (item-writing checks, template text, stale sources …)')
    .option(
      '--max-source-age-days <days>',
      "A source checked longer ago than this is stale (default: $EMR_PREP_MAX_SOURCE_AGE_DAYS, else sources.maxAgeDays of the folder's emr-prep.yml, else 365)",
    )
    .example('emr-prep check ../my-notes')
    .example('emr-prep check --strict')
    .example('emr-prep check --watch')
    .action(
      (
        dir: string | undefined,
        flags: { content?: string; json?: boolean; watch?: boolean; strict?: boolean; maxSourceAgeDays?: string },
      ) => {
        const options = withFolder(dir, flags);
        // `--watch`: check, then re-check on every save and print only what changed (watch.ts, loaded only when asked for).
        run(
          options.watch
            ? import('./watch.ts').then(({ watchCheck }) => watchCheck({ content: options.content, json: options.json }, io))
            : import('./check.ts').then(({ checkCommand }) => checkCommand(options, io)),
        );
      },
    );

  cli
    .command('sources [dir]', 'List every source URL with the notes and questions that rest on it (and when it was last checked)')
    .option('--content <dir>', 'Content folder, also given as the first argument (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--json', 'Print the list as JSON')
    .example('emr-prep sources --json')
    .action((dir: string | undefined, options: { content?: string; json?: boolean }) => {
      const folder = withFolder(dir, options);
      run(import('./sources.ts').then(({ sourcesCommand }) => sourcesCommand(folder, io)));
    });

  cli
    .command('stats [dir]', 'Figures of the question bank: per topic and tag, key letters, longest-key share, options, items per note')
    .option('--content <dir>', 'Content folder, also given as the first argument (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--json', 'Print the figures as JSON (a stable shape, see docs/AUTHORING.md)')
    .option('--strict', 'Exit 1 when a threshold warns (as `check --strict` does on warnings)')
    .example('emr-prep stats ../my-notes')
    .example('emr-prep stats --json')
    .action((dir: string | undefined, options: { content?: string; json?: boolean; strict?: boolean }) => {
      const folder = withFolder(dir, options);
      run(import('./stats.ts').then(({ statsCommand }) => statsCommand(folder, io)));
    });

  cli
    .command('export [dir]', 'Print the whole knowledge base as JSON on stdout (or the question bank as Moodle GIFT)')
    .option('--content <dir>', 'Content folder, also given as the first argument (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--format <format>', 'json (default) or gift')
    .example('emr-prep export --format gift > bank.gift')
    .action((dir: string | undefined, options: { content?: string; format?: string }) => {
      const folder = withFolder(dir, options);
      run(import('./export.ts').then(({ exportCommand }) => exportCommand(folder, io)));
    });

  cli
    .command('new <kind>', 'Start a note (`new note`) or a question (`new question`) from a template; never overwrites')
    .option('--title <title>', 'Title of the new note')
    .option('--tag <tag>', 'A tag of the new note, e.g. service/emr (repeat for several)')
    .option('--slug <slug>', 'File name / URL of the new note (default: from the title)')
    .option('--note <slug>', '`new question`: append the question to this existing note')
    .option('--content <dir>', 'Content folder, also given as the first argument (default: $EMR_PREP_CONTENT or the bundled content/)')
    .example('emr-prep new note --title "Spot interruptions on task nodes" --tag node/task --tag instance/spot-instances')
    .example('emr-prep new question --note spark-deploy-modes')
    .action((kind: string, options: NewOptions) => {
      run(import('./new.ts').then(({ newCommand }) => newCommand(kind, options, io)));
    });

  cli
    .command('import <file>', 'Convert a Moodle GIFT or Aiken file (multiple choice) into notes; never overwrites')
    .option('--format <format>', 'gift or aiken (default: from the extension .gift / .aiken)')
    .option('--out <dir>', 'Folder to write the notes to (created when missing)')
    .option('--tag <tag>', 'A tag for every imported note (repeat for several)')
    .example('emr-prep import week1.gift --out content/notes/week1 --tag service/emr')
    .action((file: string, options: ImportOptions) => {
      run(import('./import.ts').then(({ importCommand }) => importCommand(file, options, io)));
    });

  cli
    .command('repair <file>', 'Repair a mojibake note: repaired text on stdout, or in place with --write (keeps FILE.bak)')
    .option('--write', 'Write the repaired text back to the file, keeping a .bak copy')
    .action((file: string, options: { write?: boolean }) => {
      run(import('./repair.ts').then(({ repairCommand }) => repairCommand(file, options, io)));
    });
}

/** `build`: the site (astro build), or an incremental rebuild after editing notes. */
function registerBuildCommand(cli: CAC, io: Io, run: Run): void {
  cli
    .command('build', 'Build the site; --incremental updates the last build in place after a note edit, or builds in full and says why')
    .option('--incremental', 'Re-render only what an edit of notes changed (body, question text); anything else builds in full')
    .option('--content <dir>', 'Content folder (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--out-dir <dir>', 'Output folder (default: dist)')
    .option('--base <path>', "Astro's base path, e.g. /emr-prep/ (an incremental rebuild keeps the last build's)")
    .option('--site <url>', "Astro's site URL")
    .example('emr-prep build --incremental')
    .example('emr-prep build --incremental --content ../my-notes --out-dir dist')
    .action((options: { incremental?: boolean; content?: string; outDir?: string; base?: string; site?: string }) => {
      run(import('./build.ts').then(({ buildCommand }) => buildCommand(options, io)));
    });
}

/** `size`: a cluster configuration from flags or a file, evaluated with the sizing rules. */
function registerSizeCommand(cli: CAC, io: Io, run: Run): void {
  cli
    .command('size', 'Evaluate a cluster configuration with the sizing rules: findings, figures, exports; exit 1 when invalid')
    .option(
      '--workload <profile>',
      'Workload profile: interactive, streaming-24x7, long-running, data-critical, transient-batch, cost-driven, test',
    )
    .option('--traits <list>', 'Comma-separated workload traits, e.g. memory-bound,hdfs-critical')
    .option('--concurrent <n>', 'Applications running at the same time')
    .option('--hdfs-data-gb <gb>', 'Data the workload keeps in HDFS, GB')
    .option('--file <cluster.json>', 'Configuration as JSON (ClusterSchema, or { workload, cluster }) instead of the cluster flags')
    .option('--platform <platform>', 'emr-ec2 (default), emr-serverless, emr-eks')
    .option('--release <label>', 'Release label, e.g. emr-7.12.0')
    .option('--name <name>', 'Cluster name')
    .option('--primary <group>', 'Primary group TYPE[:COUNT][:MARKET], e.g. m5.xlarge or m5.xlarge:3')
    .option('--core <group>', 'Core group TYPE:COUNT[:MARKET][:ebs=GIB] (the count is required), e.g. m5.2xlarge:4')
    .option('--task <group>', 'Task group TYPE:COUNT[:MARKET] (the count is required); repeat for several groups, e.g. m5.2xlarge:10:spot')
    .option('--apps <list>', 'Comma-separated applications (default Hadoop,Spark)')
    .option('--deploy-mode <mode>', 'Spark deploy mode: client (default) or cluster')
    .option('--submitter <kind>', 'step (default), spark-submit, shell, spark-sql-shell, thrift-server, livy, notebook-kernel')
    .option('--am <nodes>', 'Where YARN application masters run: core, on-demand, any (default: release default)')
    .option('--replication <n>', 'dfs.replication (default: EMR default for the core-node count)')
    .option('--executor-cores <n>', 'spark.executor.cores')
    .option('--executor-memory <size>', 'spark.executor.memory, e.g. 10g or 10240m')
    .option('--driver-memory <size>', 'spark.driver.memory, e.g. 4g')
    .option('--maximize-resource-allocation', 'Let EMR size executors (spark classification)')
    .option('--auto-terminate', 'Terminate after the last step')
    .option('--idle-timeout <minutes>', 'Idle auto-termination, minutes')
    .option('--driver <worker>', 'EMR Serverless driver VCPU:MEMORY_GIB[:DISK_GIB], e.g. 4:16')
    .option('--executor <worker>', 'EMR Serverless executor VCPU:MEMORY_GIB[:DISK_GIB], e.g. 4:16:50')
    .option('--json', 'Print the evaluation, figures and exports as JSON')
    .example('emr-prep size --workload streaming-24x7 --primary m5.xlarge --core m5.2xlarge:4 --task m5.2xlarge:10:spot')
    .example('emr-prep size --workload long-running --file cluster.json --json')
    .action((options: SizeOptions) => {
      run(import('./size.ts').then(({ sizeCommand }) => sizeCommand(options, io)));
    });
}

/**
 * Runs the CLI with the given arguments (without `node` and the script).
 * @returns the exit code: 0 ok, 1 content errors (or a failed command), 2 usage errors
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const cli = cac('emr-prep');
  let result: Promise<number> | number = 0;
  let matched = false;
  const run: Run = (r) => {
    matched = true;
    result = r;
  };
  registerContentCommands(cli, io, run);
  registerSizeCommand(cli, io, run);
  registerBuildCommand(cli, io, run);

  cli.help();
  cli.version('0.1.0');
  try {
    cli.parse(['node', 'emr-prep', ...argv], { run: false });
    if (cli.options.help || cli.options.version) {
      await cli.runMatchedCommand();
      return 0;
    }
    if (!cli.matchedCommand) {
      io.err(argv.length ? `emr-prep: unknown command "${argv[0]}"\n` : '');
      cli.outputHelp();
      return 2;
    }
    const declared = cli.matchedCommand.args.length;
    const extra = cli.args.slice(declared);
    if (extra.length > 0) {
      io.err(`emr-prep ${cli.matchedCommand.name}: unexpected argument "${extra[0]}" (see emr-prep ${cli.matchedCommand.name} --help)\n`);
      return 2;
    }
    await cli.runMatchedCommand();
    return matched ? await result : 0;
  } catch (error) {
    io.err(`emr-prep: ${(error as Error).message}\n`);
    return 2;
  }
}
