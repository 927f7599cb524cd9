import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serializeJsonLd } from '../../src/lib/outputs/json-ld.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028\u2029';

test('a hostile string cannot close the script element or open a comment', () => {
  const json = serializeJsonLd({ claimReviewed: HOSTILE });
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.doesNotMatch(json.toLowerCase(), /<\/script/);
});

test('the escaped text parses back to exactly the same data', () => {
  const data = { claimReviewed: HOSTILE, nested: [{ headline: 'A & B <c>' }], rating: 4 };
  assert.deepEqual(JSON.parse(serializeJsonLd(data)), data);
});
