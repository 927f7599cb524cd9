/** Builds a content tree for a test: the valid fixture, with a broken case's files laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A temporary project root holding content/; remove it with the returned cleanup. */
export function fixtureProject(brokenCase?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'claimtrail-fixture-'));
  cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
  if (brokenCase) cpSync(join(FIXTURES, 'broken', brokenCase, 'content'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
