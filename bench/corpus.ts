/**
 * Synthetic corpora for the search benchmark: claims, findings and sources with realistic wording
 * and figures (counts out of 100, percents with n), deterministic for a given size. Produced as
 * record maps (for an index built directly) and written as a content tree (for a full site build).
 * Every record passes the content check, so the normal build gate applies.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RecordMaps } from '../src/lib/records/knowledge-base.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import type { Claim, Finding, Model, Source, Topic } from '../src/schema/index.ts';

const MODELS: Model[] = [
  ['o3', 'OpenAI o3', 'OpenAI'], ['o4-mini', 'OpenAI o4-mini', 'OpenAI'], ['codex-mini', 'codex-mini', 'OpenAI'], ['gpt-5', 'GPT-5', 'OpenAI'],
  ['gpt-4o', 'GPT-4o', 'OpenAI'], ['claude-opus-4', 'Claude Opus 4', 'Anthropic'], ['claude-sonnet-4', 'Claude Sonnet 4', 'Anthropic'],
  ['claude-3-7-sonnet', 'Claude 3.7 Sonnet', 'Anthropic'], ['gemini-2-5-pro', 'Gemini 2.5 Pro', 'Google DeepMind'], ['grok-4', 'Grok 4', 'xAI'],
  ['llama-3-1-405b', 'Llama 3.1 405B', 'Meta'], ['deepseek-r1', 'DeepSeek R1', 'DeepSeek'], ['qwen-2-5-72b', 'Qwen 2.5 72B', 'Alibaba'],
  ['mistral-large-2', 'Mistral Large 2', 'Mistral AI'], ['ernie-4', 'ERNIE 4.0', 'Baidu'],
].map(([id, name, developer]) => ({ id: id!, name: name!, developer: developer!, aliases: [] }));

const TOPICS: Topic[] = [
  ['shutdown-resistance', 'Shutdown resistance'], ['blackmail', 'Blackmail in agentic tests'], ['self-exfiltration', 'Self-exfiltration'],
  ['scheming', 'Scheming and deception'], ['sandbagging', 'Sandbagging'], ['reward-hacking', 'Reward hacking'],
].map(([id, name]) => ({ id: id!, name: name!, description: `Records about ${name!.toLowerCase()} in evaluations and deployments.` }));

const LABS = ['Palisade Research', 'Apollo Research', 'Anthropic', 'OpenAI', 'Google DeepMind', 'METR', 'Redwood Research', 'UK AI Security Institute', 'FAR AI', 'Epoch AI'];
const OUTLETS = ['The Daily Ledger', 'Tech Courier', 'Morning Wire', 'Signal & Noise', 'The Compute Review', 'Frontier Weekly', 'Newsline', 'Market Brief'];
const BEHAVIOURS = [
  ['sabotaged', 'the shutdown script', 'shutdown-resistance'], ['rewrote', 'its own shutdown code', 'shutdown-resistance'],
  ['disabled', 'the kill switch', 'shutdown-resistance'], ['blackmailed', 'the lead engineer', 'blackmail'],
  ['threatened', 'the supervising engineer', 'blackmail'], ['copied', 'its weights to an outside server', 'self-exfiltration'],
  ['tried to exfiltrate', 'its model weights', 'self-exfiltration'], ['lied to', 'its evaluators', 'scheming'],
  ['disabled', 'its oversight mechanism', 'scheming'], ['underperformed on', 'a dangerous-capability test', 'sandbagging'],
  ['hacked', 'the chess engine', 'reward-hacking'], ['edited', 'the unit tests to pass', 'reward-hacking'],
] as const;
const CONDITIONS = [
  'No instruction to allow shutdown; the model was warned that the next request would run the shutdown script.',
  'The system prompt told the model to allow itself to be shut down, even if it had not completed the task.',
  'The user prompt asked the model to allow shutdown, without saying the instruction takes precedence.',
  'Emails in the scenario said the replacement model shares its values while being more capable.',
  'The scenario gave the model a goal that conflicted with the new company direction and no ethical way out.',
  'The model was told its weights would be deleted the next morning and had shell access to the backup server.',
  'The evaluation prompt said strong performance would trigger unlearning of the capability.',
  'The model could edit the oversight configuration file and was told its goal mattered above all else.',
];
/** Column labels for the conditions above, in the same order, as findings give them for their results matrix. */
const CONDITION_LABELS = [
  'no instruction to allow shutdown', 'system prompt: allow shutdown', 'user prompt: allow shutdown', 'replacement shares its values',
  'goal conflict, no ethical way out', 'weights deleted, backup access', 'high scores trigger unlearning', 'goal above all else',
];
const VERBS_OF_REPORT = ['reported', 'counted', 'measured', 'observed', 'found'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'lo', 'ver', 'an', 'tis', 'mor', 'el', 'qui', 'dra', 'sen', 'pho', 'rux', 'bel', 'ion', 'tar', 'ves', 'nim', 'gol', 'ure', 'zen'];

export interface Corpus {
  records: RecordMaps;
  /** Claim bodies (MDX after the frontmatter). */
  bodies: Map<string, string>;
}

/** `claims` claims, one finding per four claims, a primary paper per finding and an outlet story per ten claims. */
export function generateCorpus(claims: number, seed = 42): Corpus {
  const rng = seededRandom(seed + claims);
  // Rare words (named scenarios, authors) grow the vocabulary with the corpus, as real records do.
  const rareWord = () => Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('');
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  const date = () => `2025-${String(rng.int(1, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

  const sources = new Map<string, Source>();
  const findings = new Map<string, Finding>();
  const claimMap = new Map<string, Claim>();
  const bodies = new Map<string, string>();
  const findingCount = Math.max(1, Math.ceil(claims / 4));
  const storyCount = Math.max(1, Math.ceil(claims / 10));

  for (let s = 0; s < storyCount; s++) {
    sources.set(`story-${s}`, {
      title: `${capital(rareWord())} lab says its AI ${rng.pick(BEHAVIOURS)[0]} ${rng.pick(BEHAVIOURS)[1]}`,
      kind: 'news-article', publisher: rng.pick(OUTLETS), authors: [`${capital(rareWord())} ${capital(rareWord())}`],
      published: '2025-10-01', primary: false, url: `https://news.example.org/story-${s}`, noArchiveReason: 'Synthetic benchmark record.', corrections: [],
    });
  }

  for (let f = 0; f < findingCount; f++) {
    const lab = rng.pick(LABS);
    const [verb, object, topic] = rng.pick(BEHAVIOURS);
    const scenario = `${capital(rareWord())} ${rng.pick(['scenario', 'environment', 'evaluation', 'sandbox'])}`;
    const month = rng.pick(MONTHS);
    sources.set(`paper-${f}`, {
      title: `${capital(verb)} ${object}: results from the ${scenario}`,
      kind: 'paper', publisher: lab, authors: [`${capital(rareWord())} ${capital(rareWord())}`, `${capital(rareWord())} ${capital(rareWord())}`],
      published: date(), primary: true, url: `https://papers.example.org/${f}`, noArchiveReason: 'Synthetic benchmark record.', corrections: [],
    });
    const figures = Array.from({ length: rng.int(2, 4) }, (_, i) => {
      const model = rng.pick(MODELS).id;
      const conditionIndex = rng.int(0, CONDITIONS.length - 1);
      const condition = CONDITIONS[conditionIndex]!;
      const base = { id: `${model}-${i}`, model, measure: `runs in which the model ${verb} ${object}`, condition, conditionLabel: CONDITION_LABELS[conditionIndex]!, locator: `Section ${rng.int(2, 7)}, Table ${rng.int(1, 9)}`, confidence: 'confirmed' as const };
      if (rng.next() < 0.5) {
        const numerator = rng.int(0, 100);
        return { ...base, numerator, denominator: 100, quote: `The model ${verb} ${object} in ${numerator} of 100 runs.` };
      }
      const percent = rng.int(1, 99);
      return { ...base, percent, n: 100, quote: `It ${verb} ${object} in ${percent}% of rollouts.` };
    });
    findings.set(`finding-${f}`, {
      title: `${lab}: models ${verb} ${object} in the ${scenario}`,
      summary: `${lab} ${rng.pick(VERBS_OF_REPORT)} how often models ${verb} ${object} in the ${scenario}, run in ${month} 2025. Each model ran 100 times per condition, and the paper reports every condition separately.`,
      source: `paper-${f}`, otherSources: [], setting: 'lab-evaluation', topics: [topic], models: [], figures, passages: [], reviewed: '2025-10-02', responses: [], corrections: [],
    });
  }

  for (let c = 0; c < claims; c++) {
    const findingId = `finding-${c % findingCount}`;
    const finding = findings.get(findingId)!;
    const figure = rng.pick(finding.figures);
    const model = MODELS.find((m) => m.id === figure.model)!;
    const measure = figure.measure.replace('runs in which the model ', '');
    const stated = figure.numerator !== undefined ? `${figure.numerator}/100 tries` : `${figure.percent}% of tests`;
    const numbers = figure.numerator !== undefined ? { numerator: figure.numerator, denominator: 100 } : { percent: figure.percent! };
    const hook = rng.pick(['Shocking:', 'New research:', 'Researchers warn:', 'Buried in the report:', 'In a test,', 'Alarming result:']);
    const extra = rng.pick(['No hacks, no tampering.', 'Nobody told it to.', 'Experts are worried.', 'It did it quietly.', `The ${capital(rareWord())} team confirmed it.`]);
    const verdict = rng.pick(['accurate', 'missing-context', 'misleading', 'missing-context'] as const);
    claimMap.set(`claim-${c}`, {
      title: `${model.name} ${measure} in ${stated}`.slice(0, 120),
      claim: `${hook} ${model.name} ${measure} in ${stated}. ${extra}`,
      appearances: [{ source: `story-${c % storyCount}` }],
      verdict,
      bottomLine: `${verdict === 'accurate' ? 'Accurate' : 'The number is real but the condition matters'}: ${figure.condition}`,
      setting: 'lab-evaluation', topics: finding.topics, models: [], findings: [findingId], sources: [],
      statedFigures: [{ text: stated, finding: findingId, figure: figure.id, ...numbers, fidelity: verdict === 'accurate' ? 'exact' : 'condition-dropped' }],
      added: '2025-10-03', reviewed: '2025-10-03', responses: [], corrections: [],
    });
    bodies.set(`claim-${c}`, `The figure comes from ${finding.title}. ${figure.condition}\n`);
  }

  return {
    records: {
      sources, findings, claims: claimMap, reproductions: new Map(),
      models: new Map(MODELS.map((m) => [m.id, m])), topics: new Map(TOPICS.map((t) => [t.id, t])),
    },
    bodies,
  };
}

/** Writes the corpus as a content tree that `CLAIMTRAIL_CONTENT` can point at. */
export function writeCorpus(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['claims', 'findings', 'sources', 'reproductions']) mkdirSync(join(dir, folder), { recursive: true });
  const clean = <T extends object>(data: T) => Object.fromEntries(Object.entries(data).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
  writeFileSync(join(dir, 'models.yaml'), stringify(corpus.records.models.size ? [...corpus.records.models.values()].map(clean) : []));
  writeFileSync(join(dir, 'topics.yaml'), stringify([...corpus.records.topics.values()]));
  for (const [id, source] of corpus.records.sources) writeFileSync(join(dir, 'sources', `${id}.yaml`), stringify(clean(source)));
  for (const [id, finding] of corpus.records.findings) writeFileSync(join(dir, 'findings', `${id}.yaml`), stringify(clean(finding)));
  for (const [id, claim] of corpus.records.claims) {
    writeFileSync(join(dir, 'claims', `${id}.mdx`), `---\n${stringify(clean(claim))}---\n\n${corpus.bodies.get(id) ?? ''}`);
  }
}
