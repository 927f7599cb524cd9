/**
 * npm run rules: writes the table of the check's rules into CONTRIBUTING.md from the rule
 * catalogue (src/lib/check/catalogue.ts), between its two marker lines. A unit test fails while
 * the table is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTable } from '../lib/check/catalogue.ts';

const FILE = 'CONTRIBUTING.md';
const text = readFileSync(FILE, 'utf8');
const updated = withRuleTable(text);
if (updated === undefined) {
  process.stderr.write(`${FILE} has no rule table markers (<!-- rules:start --> and <!-- rules:end -->).\n`);
  process.exitCode = 1;
} else {
  writeFileSync(FILE, updated);
  process.stdout.write(`Wrote the rule table to ${FILE}.\n`);
}
