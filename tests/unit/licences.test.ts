/** Code under MIT, content under CC BY 4.0, stated the same way in every place that states it. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

test('the code licence is MIT in package.json and LICENSE', () => {
  assert.equal((JSON.parse(read('package.json')) as { license: string }).license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License\n\nCopyright \(c\) \d{4} The Claimtrail contributors\n/);
});

test('the content licence is CC BY 4.0 in LICENSE-CONTENT and CITATION.cff', () => {
  const text = read('LICENSE-CONTENT');
  assert.match(text, /^The content of Claimtrail is licensed under the Creative Commons Attribution 4.0 International/);
  assert.match(text, /SPDX identifier CC-BY-4\.0/);
  assert.match(text, /Section 1 – Definitions\./);
  const citation = parse(read('CITATION.cff')) as Record<string, unknown>;
  assert.equal(citation['cff-version'], '1.2.0');
  assert.equal(citation['license'], 'CC-BY-4.0');
  for (const field of ['message', 'title', 'authors', 'type']) assert.ok(citation[field], `CITATION.cff needs ${field}`);
});

test('the README and CONTRIBUTING name both licences and link their files', () => {
  for (const file of ['README.md', 'CONTRIBUTING.md']) {
    const text = read(file);
    assert.match(text, /MIT licence/, file);
    assert.match(text, /CC BY 4\.0/, file);
    assert.match(text, /LICENSE-CONTENT/, file);
  }
});

test('the issue templates and the pull-request template are in place and parse', () => {
  const forms = readdirSync(join(ROOT, '.github', 'ISSUE_TEMPLATE')).filter((name) => name !== 'config.yml');
  assert.deepEqual(forms.sort(), ['correction.yml', 'new-claim.yml']);
  for (const form of forms) {
    const parsed = parse(read(`.github/ISSUE_TEMPLATE/${form}`)) as { name: string; body: { type: string }[] };
    assert.ok(parsed.name && parsed.body.length >= 3, form);
  }
  assert.match(read('.github/pull_request_template.md'), /- \[ \] `npm run check` prints `✔ No problems`/);
});

test("the pull-request template carries CONTRIBUTING's reviewer checklist, item for item", () => {
  const items = (text: string) => [...text.matchAll(/^- \[ \] (.+)$/gm)].map((match) => match[1]);
  const reviewers = items(read('CONTRIBUTING.md').split('## What reviewers check')[1]?.split('\n## ')[0] ?? '');
  const template = items(read('.github/pull_request_template.md')).slice(1);
  assert.ok(reviewers.length >= 6);
  assert.deepEqual(template, reviewers);
});
