/**
 * The `emr-prep` command line: check, export, repair. Each command is a thin wrapper over the core;
 * `main` returns the exit code instead of exiting, so tests can call it in-process.
 */
import { cac } from 'cac';
import { checkCommand } from './check.ts';
import { exportCommand } from './export.ts';
import { repairCommand } from './repair.ts';

/** Where a command writes; tests pass buffers. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/**
 * Runs the CLI with the given arguments (without `node` and the script).
 * @returns the exit code: 0 ok, 1 content errors (or a failed command), 2 usage errors
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const cli = cac('emr-prep');
  let result: Promise<number> | number = 0;
  let matched = false;

  cli
    .command('check', 'Check every note and question of a content folder; exit 1 on any error')
    .option('--content <dir>', 'Content folder (default: $EMR_PREP_CONTENT or the bundled content/)')
    .option('--json', 'Print the diagnostics as JSON')
    .example('emr-prep check --content ../my-notes')
    .action((options: { content?: string; json?: boolean }) => {
      matched = true;
      result = checkCommand(options, io);
    });

  cli
    .command('export', 'Print the whole knowledge base as JSON on stdout')
    .option('--content <dir>', 'Content folder (default: $EMR_PREP_CONTENT or the bundled content/)')
    .action((options: { content?: string }) => {
      matched = true;
      result = exportCommand(options, io);
    });

  cli
    .command('repair <file>', 'Repair a mojibake note: repaired text on stdout, or in place with --write (keeps FILE.bak)')
    .option('--write', 'Write the repaired text back to the file, keeping a .bak copy')
    .action((file: string, options: { write?: boolean }) => {
      matched = true;
      result = repairCommand(file, options, io);
    });

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
    await cli.runMatchedCommand();
    return matched ? await result : 0;
  } catch (error) {
    io.err(`emr-prep: ${(error as Error).message}\n`);
    return 2;
  }
}
