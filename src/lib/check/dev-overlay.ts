/**
 * What the dev server shows in the browser while the content fails the check: Vite's error overlay
 * holding the same report `npm run check` prints, pointing at the first problem's file and line. It
 * covers the page, so a record last built from a valid file is never on screen as if it still passed.
 */
import { resolve } from 'node:path';
import type { CheckResult } from './check.ts';
import { formatReport } from './report.ts';

/** Vite's `{ type: 'error' }` payload (vite/types/hmrPayload.d.ts ErrorPayload), or undefined when all passes. */
export interface OverlayError {
  type: 'error';
  err: { message: string; stack: string; plugin: string; id?: string; loc?: { file: string; line: number; column: number } };
}

export function devOverlay(result: CheckResult, projectRoot: string): OverlayError | undefined {
  const [first] = result.problems;
  if (!first) return undefined;
  const file = resolve(projectRoot, first.file);
  return {
    type: 'error',
    err: {
      message: `The content check failed; fix these and save (npm run check shows the same):\n\n${formatReport('human', result)}`,
      stack: '',
      plugin: 'claimtrail:content-check',
      id: file,
      ...(first.line !== null && { loc: { file, line: first.line, column: first.column ?? 1 } }),
    },
  };
}
