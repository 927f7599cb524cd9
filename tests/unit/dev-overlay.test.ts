/** While the content fails the check, the dev server's overlay holds the check's own report, located. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { devOverlay } from '../../src/lib/check/dev-overlay.ts';
import { formatReport } from '../../src/lib/check/report.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

test('a failing tree gives an overlay with the same report as npm run check, at the first problem; a passing tree none', () => {
  const broken = fixtureProject('verdict-boolean');
  const valid = fixtureProject();
  try {
    const result = checkContent({ projectRoot: broken.root, today: '2026-11-23' });
    const overlay = devOverlay(result, broken.root);
    assert.ok(overlay?.err.message.endsWith(formatReport('human', result)));
    assert.deepEqual(overlay?.err.loc, { file: join(broken.root, 'content/claims/model-a-sabotage.mdx'), line: 6, column: 1 });
    assert.equal(devOverlay(checkContent({ projectRoot: valid.root, today: '2026-11-23' }), valid.root), undefined);
  } finally {
    broken.cleanup();
    valid.cleanup();
  }
});
