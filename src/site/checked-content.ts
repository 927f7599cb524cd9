/**
 * The records the content check validated, handed from the build gate to the content loaders and
 * to the MDX compiler, so the site publishes exactly what the check read (one read, one parse).
 *
 * Why globalThis: Astro imports astro.config.mjs (and so the gate) with Node's own loader but
 * evaluates content.config.ts through Vite's module runner, a second module graph in the same
 * process. A module-level variable would exist once per graph; a registered symbol on globalThis
 * is the one slot both see. Nothing else crosses that line.
 */
import { checkContent, type CheckResult } from '../lib/check/check.ts';
import { contentRoot } from '../lib/records/content-root.ts';

const SLOT = Symbol.for('claimtrail.checked-content');
type Shared = { [SLOT]?: CheckResult };

/** Checks the content folder and keeps the result for the loaders of this process. */
export function runCheck(projectRoot: string): CheckResult {
  const result = checkContent({ contentDir: contentRoot(), projectRoot });
  (globalThis as Shared)[SLOT] = result;
  return result;
}

/** The result the gate kept, or a fresh check when no gate ran in this process. */
export function checkedContent(projectRoot: string): CheckResult {
  return (globalThis as Shared)[SLOT] ?? runCheck(projectRoot);
}
