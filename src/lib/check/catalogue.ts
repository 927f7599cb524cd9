/**
 * Every rule the content check can emit, as data: its check (the group a reader sees), a one-line
 * description for maintainers (CONTRIBUTING's table, `npm run rules`) and a sentence for readers
 * (the methodology page). The methodology page and a record's "checks this record passes" list the
 * checks; a unit test fails when the check emits a rule that is not here.
 */

export interface CheckInfo {
  /** What a reader is told a published record passes. */
  summary: string;
  /** Claim-only checks are not listed on finding pages. */
  claimsOnly?: true;
}

/** The checks, in the order the methodology page and record pages list them. */
export const CHECKS = {
  schema: { summary: 'Every field is present, well-formed and spelt as the schema says' },
  placeholder: { summary: 'Nothing is left as a "[fill in: …]" placeholder from npm run new' },
  references: { summary: 'Every finding, source, figure, model and topic it names exists' },
  figures: { summary: 'Figure arithmetic holds, quotes contain their numbers, stated figures match the findings' },
  dates: { summary: 'Dates are real, not in the future, and in order' },
  urls: { summary: 'Links are https only and sources have an archived copy or say why not' },
  verdicts: { summary: 'An accurate or missing-context verdict rests on a primary source', claimsOnly: true },
  mdx: { summary: 'The analysis contains no code, scripts, embeds or unknown components', claimsOnly: true },
} as const satisfies Record<string, CheckInfo>;

export type CheckId = keyof typeof CHECKS;

export interface RuleInfo {
  check: CheckId;
  /** For maintainers: what a report line with this rule usually means. */
  description: string;
  /** For readers: what a record that passes this rule is. */
  reader: string;
}

export const RULE_CATALOGUE = {
  'yaml-syntax': { check: 'schema', description: 'The YAML cannot be read; usually a missing quote around text that contains ": "', reader: 'The record is well-formed YAML.' },
  'yaml-aliases': { check: 'schema', description: 'More YAML aliases (*name) of lists or groups of fields than a record needs, or aliases that expand too far', reader: 'It repeats no list or group of fields by YAML reference beyond a small limit.' },
  'yaml-depth': { check: 'schema', description: 'Values nested deeper than any record needs', reader: 'Its values are nested no deeper than a record needs.' },
  'file-size': { check: 'schema', description: 'The file is over 1 MB', reader: 'The file is of a size a person can review.' },
  'file-encoding': { check: 'schema', description: 'The file is not UTF-8 text', reader: 'The file is UTF-8 text.' },
  'file-layout': { check: 'schema', description: 'A file in a sub-folder or with the wrong extension', reader: 'The file sits in the folder of its kind, with its extension.' },
  'id-format': { check: 'schema', description: 'The file name is not a kebab-case id', reader: 'Its file name is a permanent, kebab-case id.' },
  'missing-file': { check: 'schema', description: 'content/models.yaml or content/topics.yaml is missing', reader: 'The lists of models and topics it draws on exist.' },
  frontmatter: { check: 'schema', description: 'A claim file does not start with its fields between two lines of "---"', reader: 'The claim\'s fields come first, between two lines of "---".' },
  'duplicate-id': { check: 'schema', description: 'Two records, or two figures of one finding, share an id', reader: 'No other record, and no other figure in it, has its id.' },
  schema: { check: 'schema', description: 'A value of the wrong type, or outside the allowed values', reader: 'Every value has the type and form its field allows.' },
  'unknown-field': { check: 'schema', description: 'A misspelt field name; the message suggests the right one', reader: 'It has no field the schema does not know.' },
  'missing-field': { check: 'schema', description: 'A required field is absent', reader: 'Every required field is present.' },
  'invalid-date': { check: 'schema', description: 'A date that is not a real day written YYYY-MM-DD', reader: 'Every date is a real calendar day.' },
  'invalid-url': { check: 'schema', description: 'A link that is not a complete address', reader: 'Every link is a complete address.' },
  internal: { check: 'schema', description: 'The check itself failed on this file; run `npm run check -- --debug` and report it', reader: 'The check read and judged the whole record.' },
  placeholder: { check: 'placeholder', description: 'A "[fill in: …]" left by npm run new', reader: 'Nothing is left as a placeholder.' },
  'unresolved-reference': { check: 'references', description: 'An id that no file has: check the spelling against the folder', reader: 'Every finding, source, figure, model and topic it names exists.' },
  'model-alias': { check: 'references', description: 'A model alias shared by two models, or equal to another model\'s name or id', reader: 'Every model name it can be found by names one model only.' },
  'locator-page': { check: 'figures', description: 'A page number that its locator does not name, or a PDF locator naming a page with no page field', reader: 'Every page number it gives for a figure is the page its locator names.' },
  'condition-label': { check: 'figures', description: 'A figure\'s short condition label is too long, or two conditions of one finding share a label', reader: 'Each short condition label is brief and names one condition of its finding.' },
  'figure-arithmetic': { check: 'figures', description: 'A count over its total, or a percent that its count, n or interval contradicts', reader: 'Its figure arithmetic holds: a count never exceeds its total, 79/100 is 79%.' },
  'figure-model': { check: 'figures', description: 'A figure that names its model and also says the source names none (modelNotNamed)', reader: 'Each figure says which model it is about, or that the source does not name it.' },
  'quote-missing': { check: 'figures', description: 'A figure with neither a quote nor noQuoteReason (or both)', reader: 'Every figure carries a verbatim quote, or says why there is none.' },
  'quote-number': { check: 'figures', description: 'The quote does not contain the figure\'s number', reader: 'Every quote contains the number it supports.' },
  'stated-figure': { check: 'figures', description: 'The claim\'s number and its fidelity disagree with the finding\'s figure', reader: 'Every figure the claim states agrees with the finding, as faithfully as its fidelity says.' },
  'future-date': { check: 'dates', description: 'A date after today', reader: 'No date is in the future.' },
  'date-order': { check: 'dates', description: 'Dates out of order, e.g. reviewed before added', reader: 'Its dates are in order.' },
  'source-date': { check: 'dates', description: 'A source with neither published nor noDateReason (or both)', reader: 'Every source has a date or says why it is unknown.' },
  'https-only': { check: 'urls', description: 'A link that is not https:', reader: 'Every link is https.' },
  'unsafe-url': { check: 'urls', description: 'A link with a user name or password, a port, or an IP address for a host', reader: 'Every link names a public host, with no password or port.' },
  'source-url': { check: 'urls', description: 'A source with neither url nor noUrlReason (or both)', reader: 'Every source links its document or says why it cannot.' },
  archive: { check: 'urls', description: 'A source with no archived copy and no noArchiveReason, or an archive link without archiveKind', reader: 'Every source has an archived copy or says why not.' },
  'verdict-needs-primary': { check: 'verdicts', description: 'An accurate or missing-context verdict with no finding from a primary source', reader: 'An accurate or missing-context verdict rests on a primary source.' },
  'mdx-syntax': { check: 'mdx', description: 'The analysis is not valid MDX, or opens with a line of "---"', reader: 'The analysis is valid MDX.' },
  'mdx-unsafe': { check: 'mdx', description: 'Script, embed, raw HTML, event handler, import or {expression} in the analysis', reader: 'The analysis runs no code and embeds nothing.' },
  'mdx-component': { check: 'mdx', description: 'An element or attribute that is not on the allowed list', reader: 'The analysis uses only the allowed components.' },
  'offsite-image': { check: 'mdx', description: 'An image from another site in the analysis', reader: 'The analysis loads no image from another site.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULE_CATALOGUE;

export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function isRuleId(rule: string): rule is RuleId {
  return Object.hasOwn(RULE_CATALOGUE, rule);
}

export type CheckedKind = 'claim' | 'finding';

export interface CheckView {
  id: CheckId;
  summary: string;
  rules: { id: RuleId; reader: string }[];
}

/**
 * The checks a published record of this kind passes, in order, each with its rules. The build
 * refuses to publish while any check fails (src/integrations/content-gate.ts), so a record on the
 * site passes every check that applies to its kind.
 */
export function checksFor(kind: CheckedKind): CheckView[] {
  return (Object.entries(CHECKS) as [CheckId, CheckInfo][])
    .filter(([, check]) => kind === 'claim' || !check.claimsOnly)
    .map(([id, { summary }]) => ({
      id,
      summary,
      rules: RULE_IDS.filter((rule) => RULE_CATALOGUE[rule].check === id).map((rule) => ({ id: rule, reader: RULE_CATALOGUE[rule].reader })),
    }));
}

/** CONTRIBUTING's table of rules, as Markdown (written by `npm run rules`). */
export function ruleTable(): string {
  const rows = RULE_IDS.map((rule) => `| \`${rule}\` | ${RULE_CATALOGUE[rule].check} | ${RULE_CATALOGUE[rule].description} |`);
  return ['| rule | check | usually means |', '| --- | --- | --- |', ...rows].join('\n');
}

const TABLE_START = '<!-- rules:start (npm run rules writes this table from src/lib/check/catalogue.ts) -->';
const TABLE_END = '<!-- rules:end -->';

/** The document with the rule table between its markers replaced by the current one; undefined without markers. */
export function withRuleTable(document: string): string | undefined {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return `${document.slice(0, start + TABLE_START.length)}\n${ruleTable()}\n${document.slice(end)}`;
}
