/** Running a command the way a maintainer runs it, under GNU time (/usr/bin/time): wall time, CPU time and peak memory. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export interface Timing {
  wall: number;
  /** User + system CPU seconds: steadier than wall time on a machine other jobs share. */
  cpu: number;
  /** Peak resident memory in MB. */
  rss: number;
  /** The 1-minute load average when the command started: other jobs stretch wall time far more than CPU time. */
  load: number;
  /** What the command printed, for figures it reports itself. */
  output: string;
}

/** Runs `node <args>` from the project root; it must exit 0. GNU time writes its report into `scratch`. */
export function timed(args: string[], env: Record<string, string>, scratch: string): Timing {
  const report = join(scratch, 'time.txt');
  const load = loadavg()[0]!;
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args], {
    cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const [wall, user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall: wall!, cpu: user! + system!, rss: kilobytes! / 1024, load, output: run.stdout + run.stderr };
}

/** `astro build` of a content folder into `outDir`; --force, so a content layer cached by an earlier corpus cannot leak in. */
const astroBuild = (outDir: string) => ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir];

/** A Markdown table, columns padded to their widest cell. */
export function markdownTable(header: string[], rows: string[][]): string {
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/**
 * The three builds of one content folder that say what share cards cost: a first build that draws every
 * card (into an emptied cache of its own), a rebuild that finds them all in that cache, as a deploy that
 * keeps its cache does (.github/workflows/deploy.yml), and a build without cards.
 */
export function buildsWithAndWithoutCards(content: string, work: string, onBuild: (what: string, timing: Timing) => void): void {
  const [dist, cards] = [join(work, 'dist'), join(work, 'cards')];
  const runs: [string, Record<string, string>][] = [
    ['build, first: every share card drawn', {}],
    ['build, share cards from the cache', {}],
    ['build without share cards', { CLAIMTRAIL_SHARE_CARDS: 'off' }],
  ];
  rmSync(cards, { recursive: true, force: true });
  for (const [what, env] of runs) {
    rmSync(dist, { recursive: true, force: true });
    onBuild(what, timed(astroBuild(dist), { CLAIMTRAIL_CONTENT: content, CLAIMTRAIL_CARD_CACHE: cards, ...env }, work));
  }
  rmSync(dist, { recursive: true, force: true });
}
