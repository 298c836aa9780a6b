/**
 * Runs a command as a child process and measures it: wall seconds, CPU seconds (user + system of the
 * process and its children, from GNU time) and peak RSS (GNU time's maximum resident set size, or
 * sampled from /proc every 50 ms when GNU time is absent). Shared by our build and the peers' builds,
 * so both are measured the same way in one run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** GNU time (Debian package `time`); without it peak RSS is sampled and CPU time is unknown. */
export const GNU_TIME = '/usr/bin/time';

/** What one timed run gives. */
export interface TimedRun {
  wallS: number;
  /** User + system CPU seconds of the process and its children (null without GNU time). */
  cpuS: number | null;
  peakRssMiB: number | null;
  exitCode: number;
  /** stdout + stderr, ANSI colours removed. */
  output: string;
  /** Load average (1 min) when the run started: how busy the shared machine was. */
  load1: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs `node <args>` in `cwd` with `env` added to the environment, under GNU time when available. */
export async function runTimedNode(args: readonly string[], cwd: string, env: Record<string, string>): Promise<TimedRun> {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const argv = [...(useTime ? ['-v', process.execPath] : []), ...args];
  const load1 = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command, argv, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  let sampledPeak = 0;
  const sampler = useTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) sampledPeak = Math.max(sampledPeak, Number(m[1]) / 1024);
        } catch {
          // the process has ended
        }
      }, 50);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  if (sampler) clearInterval(sampler);
  const wallS = (performance.now() - started) / 1000;
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(clean);
  const user = /User time \(seconds\): ([\d.]+)/.exec(clean);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(clean);
  return {
    wallS: round(wallS, 2),
    cpuS: user && sys ? round(Number(user[1]) + Number(sys[1]), 2) : null,
    peakRssMiB: rss ? round(Number(rss[1]) / 1024, 0) : sampledPeak ? round(sampledPeak, 0) : null,
    exitCode,
    output: clean,
    load1: round(load1, 2),
  };
}
