/**
 * The site publishes the records exactly as the check read them: a fixture whose values YAML 1.2
 * reads as text or numbers and YAML 1.1 readers as dates, booleans or text (`yes`, `on`, an unquoted
 * date, `0o124`) is built, and the data file carries the check's values, not another parser's.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import type { ClaimsDocument } from '../../src/lib/outputs/export-json.ts';
import { buildSite, readSiteFile } from '../helpers/dist.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixtures.ts';

let project: ReturnType<typeof fixtureProject>;
let dist: string;

before(() => {
  project = fixtureProject();
  cpSync(join(FIXTURES, 'yaml-1-1', 'content'), join(project.root, 'content'), { recursive: true });
  dist = mkdtempSync(join(tmpdir(), 'claimtrail-yaml-'));
  buildSite(dist, { CLAIMTRAIL_CONTENT: join(project.root, 'content') });
});
after(() => {
  project.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

test('values other YAML readers would change publish exactly as the check read them', () => {
  const checked = checkContent({ projectRoot: project.root, today: '2026-11-23' });
  assert.deepEqual(checked.problems, []);
  const claim = checked.content.claims.get('model-b-yaml-values')!.data;
  const source = checked.content.sources.get('yaml-date-story')!.data;
  // What YAML 1.2 says, spelled out so a change of the check's parser also fails here.
  assert.deepEqual([claim.appearances[0]?.wording, claim.appearances[0]?.locator, claim.statedFigures[0]?.percent, claim.statedFigures[0]?.note], ['yes', 'on', 84, '2025-05-24']);
  assert.deepEqual([source.title, source.publisher, source.published, source.noArchiveReason], ['2025-05-24', 'yes', '2025-05-24', 'off']);

  const doc: ClaimsDocument = JSON.parse(readSiteFile(dist, '/data/claims.json'));
  const published = doc.claims.find((c) => c.id === 'model-b-yaml-values')!;
  const [appearance] = published.appearances;
  assert.equal(appearance?.wording, claim.appearances[0]?.wording);
  assert.equal(appearance?.locator, claim.appearances[0]?.locator);
  assert.equal(published.statedFigures[0]?.percent, claim.statedFigures[0]?.percent);
  assert.equal(published.statedFigures[0]?.note, claim.statedFigures[0]?.note);
  assert.equal(appearance?.source.title, source.title);
  assert.equal(appearance?.source.publisher, source.publisher);
  assert.equal(appearance?.source.published, source.published);

  const page = readSiteFile(dist, '/sources/yaml-date-story/index.html');
  assert.match(page, /<h1>2025-05-24<\/h1>/);
  assert.match(page, /<dt>Publisher<\/dt><dd>yes<\/dd>/);
  assert.match(page, /<dt>Archived copy<\/dt><dd>off<\/dd>/);
});
