/** The embed snippet: valid HTML, nothing that runs, styles or loads, and record strings kept as text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { embedSnippet } from '../../src/lib/outputs/embed-snippet.ts';
import { claimCard, shorten } from '../../src/lib/views/claim-card.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';

const LOCATION = { site: 'https://example.org', base: '/claimtrail/' };
const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)" style="color:red">';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

function hostileKnowledgeBase() {
  return fixtureKnowledgeBase((records) => {
    const claim = records.claims.get('model-a-sabotage')!;
    records.claims.set('model-a-sabotage', { ...claim, claim: `In 79/100 tries ${HOSTILE}`, title: `Title ${HOSTILE}`, bottomLine: `Bottom "line" & 'more' ${HOSTILE}` });
  });
}

test('the snippet carries the claim, the verdict, both figures with the condition, and a link back', () => {
  const card = claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION);
  const snippet = embedSnippet(card);
  assert.match(snippet, /^<blockquote class="claimtrail-embed" cite="https:\/\/example.org\/claimtrail\/claims\/model-a-sabotage\/">/);
  assert.match(snippet, /Verdict: Missing context\./);
  assert.match(snippet, /As circulated: 79\/100 tries\. As measured: 79\/100 \(79%\), Model A\. Condition: No instruction to allow shutdown\./);
  assert.match(snippet, /<a href="https:\/\/example.org\/claimtrail\/claims\/model-a-sabotage\/">Checked by Claimtrail: /);
});

test('a figure not read in the primary source says how it was read, so the snippet does not pass it off as measured', () => {
  const kb = fixtureKnowledgeBase((records) => {
    const finding = records.findings.get('shutdown-study')!;
    records.findings.set('shutdown-study', { ...finding, figures: finding.figures.map((figure) => ({ ...figure, confidence: 'secondary' as const })) });
  });
  const snippet = embedSnippet(claimCard(kb, 'model-a-sabotage', LOCATION));
  assert.match(snippet, /As measured: 79\/100 \(79%\), Model A \(read only in a quotation of the source\)\. Condition: No instruction/);
  assert.doesNotMatch(embedSnippet(claimCard(fixtureKnowledgeBase(), 'model-a-sabotage', LOCATION)), /read only/);
});

test('the snippet is valid HTML with no script, no style attribute and no request', async () => {
  for (const kb of [fixtureKnowledgeBase(), hostileKnowledgeBase()]) {
    const snippet = embedSnippet(claimCard(kb, 'model-a-sabotage', LOCATION));
    const report = await validator.validateString(snippet);
    assert.deepEqual(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
    // Record text is escaped, so every "<" left opens one of the snippet's own few tags.
    const tags = [...snippet.matchAll(/<\/?([a-z]+)([^>]*)>/gi)];
    assert.deepEqual([...new Set(tags.map((tag) => tag[1]))].sort(), ['a', 'blockquote', 'p', 'strong']);
    assert.deepEqual([...new Set(tags.flatMap((tag) => [...tag[2]!.matchAll(/\s([\w-]+)=/g)].map((a) => a[1])))].sort(), ['cite', 'class', 'href']);
    // The only URLs are the links back to the claim page.
    assert.deepEqual([...snippet.matchAll(/(?:href|cite|src)="([^"]*)"/g)].map((m) => m[1]), [
      'https://example.org/claimtrail/claims/model-a-sabotage/',
      'https://example.org/claimtrail/claims/model-a-sabotage/',
    ]);
  }
});

test('hostile record strings stay text in the snippet', () => {
  const snippet = embedSnippet(claimCard(hostileKnowledgeBase(), 'model-a-sabotage', LOCATION));
  assert.ok(snippet.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;'));
  assert.ok(snippet.includes('Bottom &quot;line&quot; &amp; &#39;more&#39;'));
});

test('long conditions are shortened at a word, with an ellipsis', () => {
  assert.equal(shorten('short enough', 20), 'short enough');
  assert.equal(shorten('The model was warned that its next request would run the script', 30), 'The model was warned that its…');
  assert.ok(shorten('x'.repeat(300), 50).length <= 50);
});
