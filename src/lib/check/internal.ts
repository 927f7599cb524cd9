/**
 * The check never crashes on input: an exception while reading or checking a file becomes an
 * `internal` problem for that file, and the run goes on. The exceptions are kept for `--debug`.
 */
import type { Problem } from './problem.ts';

export interface Crash {
  file: string;
  error: unknown;
}

export interface CrashLog {
  problems: Problem[];
  crashes: Crash[];
}

export function internalProblem(file: string, error: unknown, during: string): Problem {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file, line: null, column: null, field: '', rule: 'internal',
    message: `The check failed while ${during} (${message.split('\n')[0]}); the other files were checked. Run with --debug for the details.`,
  };
}

/** Runs the work for one file; returns what it returned, or false after logging the exception. */
export function guarded(log: CrashLog, file: string, during: string, work: () => boolean | void): boolean {
  try {
    return work() ?? true;
  } catch (error) {
    log.crashes.push({ file, error });
    log.problems.push(internalProblem(file, error, during));
    return false;
  }
}

/** The `keep` of a run over every file, so a rule can use its input as it is instead of filtering a copy. */
export const EVERY_FILE = (_file: string): boolean => true;

/**
 * Runs a check over many files. When it throws, each file is tried alone to find the ones that
 * make it throw; those get an `internal` problem and the check runs again without them, so every
 * other file is still judged. `fallback` names the file to blame when no single file is at fault.
 */
export function guardedAcross<T>(log: CrashLog, files: readonly string[], fallback: string, during: string, run: (keep: (file: string) => boolean) => T[]): T[] {
  try {
    return run(EVERY_FILE);
  } catch (whole) {
    const failing = new Set<string>();
    for (const file of new Set(files)) {
      try {
        run((other) => other === file);
      } catch (error) {
        failing.add(file);
        log.crashes.push({ file, error });
        log.problems.push(internalProblem(file, error, during));
      }
    }
    try {
      return run((file) => !failing.has(file));
    } catch (error) {
      log.crashes.push({ file: fallback, error: failing.size ? error : whole });
      log.problems.push(internalProblem(fallback, error, during));
      return [];
    }
  }
}
