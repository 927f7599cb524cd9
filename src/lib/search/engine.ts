/**
 * The search engine: an exact token index (numbers, model names, words) picks the candidates and
 * scores them by field weight and rarity; Fuse corrects misspelt words against the word list.
 * A query first fetches the index files it needs (index-reader.ts), then ranks without waiting.
 * Runs in the browser and in Node alike (tests, benchmarks).
 */
import { FACET_NAMES, hasFacets, noFacets, type Facets } from './facets.ts';
import { weightedFields } from './fields.ts';
import { fold, wordsOf } from './fold.ts';
import { isCorrectable, readRankCode, type LoadSearchFile } from './index-format.ts';
import { openIndex, type FacetLists, type IndexReader } from './index-reader.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import type { SearchFigure, SearchRecord } from './records.ts';
import { isNumberToken, pairToken, tokensOf, writtenToken } from './tokens.ts';

export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** Index tokens this record matched, for highlighting. */
  matched: string[];
  /** The figure that matched the query's number, or the record's first figure. */
  figure?: SearchFigure;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  /** "all": every term matched; "some": a pasted sentence or a query no record fully matches, ranked by its distinctive terms. */
  mode: 'empty' | 'all' | 'some';
  /** Query words no record contains, even corrected: named in the no-results hint. */
  unknown: string[];
}

export interface SearchEngine {
  readonly size: number;
  /** Fetches the index files the query needs (once each), then ranks. */
  search(query: string, facets?: Facets, limit?: number): Promise<SearchResults>;
}

interface Expansion {
  token: string;
  quality: number;
}

interface TermMatch {
  term: string;
  required: boolean;
  expansions: Expansion[];
  /** Per record number: its score for this term (0: no match). */
  scores: Float32Array;
  /** The records with a score, in no particular order. */
  docs: number[];
}

/** How much a word counts when it matched only as a prefix ("blackmail" → "blackmailed") or after correction. */
const PREFIX_QUALITY = 0.75;
const FUZZY_QUALITY = 0.6;
const MAX_PREFIX_EXPANSIONS = 24;
const PREFIX_WHILE_TYPING = 3;
const PREFIX_MIN_LENGTH = 5;
const MAX_CORRECTIONS = 4;
/** A pasted sentence keeps this many of its rarest words. */
const DISTINCTIVE_TERMS = 8;
/** Claims are what readers look for first; findings and sources hold the same numbers. */
const TYPE_BOOST: Record<SearchRecord['type'], number> = { claim: 1.2, finding: 1, source: 0.9 };

function binarySearch(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! === value) return mid;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Opens the index (its manifest only) and returns an engine that fetches the rest as queries need it. */
export async function openSearchEngine(load: LoadSearchFile): Promise<SearchEngine> {
  return createSearchEngine(await openIndex(load));
}

interface Scored {
  doc: number;
  score: number;
  /** 1 when the record writes a query number as the query does; see `writesAsQueried`. */
  asWritten: number;
}

function createSearchEngine(index: IndexReader): SearchEngine {
  const { size, ranks } = index.manifest;
  const { words, posting } = index;
  const expansions = new Map<string, Expansion[]>();

  // Per-record arrays are allocated once and reused by every query: each query zeroes only the
  // entries it wrote, so a query costs what its postings cost, not what the corpus costs.
  const spareScores: Float32Array[] = [];
  const inUse: TermMatch[] = [];
  const total = new Float32Array(size);
  const hits = new Uint8Array(size);
  const typeBoost = new Float64Array(size);
  /** The order of equal scores that does not depend on the query: faithful claims, then fewer models, then record order. */
  const stableOrder = new Float64Array(size);
  for (let doc = 0; doc < size; doc++) {
    const rank = readRankCode(ranks, doc);
    typeBoost[doc] = TYPE_BOOST[rank.type];
    stableOrder[doc] = (Number(rank.misstates) * 65536 + rank.models) * 2 ** 32 + doc;
  }

  function prefixed(prefix: string): string[] {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < words.length && found.length < MAX_PREFIX_EXPANSIONS && words[i]!.startsWith(prefix); i++) {
      if (words[i] !== prefix) found.push(words[i]!);
    }
    return found;
  }

  /** The word itself and the longer words it begins; see `expand`. */
  function exactOrPrefixed(word: string, typing: boolean): Expansion[] {
    const found: Expansion[] = index.has(word) ? [{ token: word, quality: 1 }] : [];
    // Bare digits ("3" of "claude-3-7") match only themselves; "o3" must never become "o4".
    if (!/^\d+$/.test(word) && word.length >= (typing ? PREFIX_WHILE_TYPING : PREFIX_MIN_LENGTH)) {
      found.push(...prefixed(word).map((token) => ({ token, quality: PREFIX_QUALITY })));
    }
    return found;
  }

  /**
   * The index tokens a query word stands for: itself, words it begins, or its corrections.
   * The word being typed (the last) expands from three letters, so results come while typing;
   * finished words from five ("blackmail" → "blackmailed"), so "pro" does not fan out to "prompt".
   * Corrections need the word list's Fuse index, which `prepare` loads first.
   */
  function expand(word: string, allowFuzzy: boolean, typing = false): Expansion[] {
    const key = `${allowFuzzy ? '~' : ''}${typing ? '…' : ''}${word}`;
    const cached = expansions.get(key);
    if (cached) return cached;
    const found = exactOrPrefixed(word, typing);
    if (found.length === 0 && allowFuzzy && isCorrectable(word)) {
      for (const result of index.corrector!.search(word, { limit: MAX_CORRECTIONS })) {
        found.push({ token: result.item, quality: FUZZY_QUALITY * (1 - (result.score ?? 0)) });
      }
    }
    if (expansions.size > 5000) expansions.clear();
    expansions.set(key, found);
    return found;
  }

  /** How a query's words are expanded: corrected unless pasted, prefixes for the word being typed. */
  const wordExpansions = (parsed: ParsedQuery, word: string) => expand(word, !parsed.pasted, !parsed.pasted && word === parsed.last);

  const phrasePairs = (parsed: ParsedQuery) => parsed.phrases.flatMap((phrase) => phrase.slice(1).map((word, i) => pairToken(phrase[i]!, word)));

  /** Fetches what the query will read: the word list's Fuse index if a word needs correcting, the shards of its tokens, the filter lists. */
  async function prepare(parsed: ParsedQuery, facets: Facets): Promise<FacetLists | undefined> {
    const needsCorrection = !parsed.pasted && parsed.words.some((word) => isCorrectable(word) && exactOrPrefixed(word, word === parsed.last).length === 0);
    const [facetLists] = await Promise.all([hasFacets(facets) ? index.facets() : undefined, needsCorrection ? index.loadCorrector() : undefined]);
    const tokens = [
      ...parsed.numbers.flatMap((token) => [token, writtenToken(token)]),
      ...parsed.words.flatMap((word) => wordExpansions(parsed, word).map((expansion) => expansion.token)),
      ...phrasePairs(parsed),
    ];
    await index.loadTokens(tokens);
    return facetLists;
  }

  function match(term: string, candidates: Expansion[], required: boolean): TermMatch {
    const scores = spareScores.pop() ?? new Float32Array(size);
    const docs: number[] = [];
    for (const { token, quality } of candidates) {
      const list = posting(token);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        const score = list.weights[i]! * quality;
        if (scores[doc] === 0) docs.push(doc);
        if (score > scores[doc]!) scores[doc] = score;
      }
    }
    // Rarity is the term's, over every record it reached: a prefix that reaches a rare longer word
    // ("engineers") must not outrank the word itself.
    const rarity = Math.log(1 + size / Math.max(1, docs.length));
    for (const doc of docs) scores[doc]! *= rarity;
    const matched = { term, required, expansions: candidates, scores, docs };
    inUse.push(matched);
    return matched;
  }

  /** Hands the score arrays of the query's terms back, zeroed where they were written. */
  function releaseTerms(): void {
    for (const { scores, docs } of inUse.splice(0)) {
      for (const doc of docs) scores[doc] = 0;
      spareScores.push(scores);
    }
  }

  const contains = (token: string, doc: number) => {
    const list = posting(token);
    return list !== undefined && binarySearch(list.docs, doc) >= 0;
  };

  /** The token that gave a record its score for a term, for highlighting. */
  function tokenFor(expansions: readonly Expansion[], doc: number): string | undefined {
    let best: string | undefined;
    let bestScore = 0;
    for (const { token, quality } of expansions) {
      const list = posting(token);
      if (!list) continue;
      const at = binarySearch(list.docs, doc);
      const score = at < 0 ? 0 : list.weights[at]! * quality;
      if (score > bestScore) [best, bestScore] = [token, score];
    }
    return best;
  }

  function termMatches(parsed: ParsedQuery): TermMatch[] {
    const numbers = parsed.numbers.map((token) => match(token, [{ token, quality: 1 }], true));
    if (!parsed.pasted) return [...numbers, ...parsed.words.map((word) => match(word, wordExpansions(parsed, word), true))];
    // A pasted sentence: its counts and percents must still match exactly, bare numbers (years,
    // "4" of "Claude Opus 4") only add weight, and only its rarest words are kept.
    const pastedNumbers = numbers
      .filter((number) => number.docs.length > 0)
      .map((number) => ({ ...number, required: /^=[cp]/.test(number.term) }));
    const distinctive = parsed.words
      .map((word) => ({ word, candidates: wordExpansions(parsed, word) }))
      .filter(({ candidates }) => candidates.length > 0)
      .map((entry) => ({ ...entry, frequency: Math.min(...entry.candidates.map((c) => index.frequency(c.token))) }))
      .sort((a, b) => a.frequency - b.frequency)
      .slice(0, DISTINCTIVE_TERMS)
      .map(({ word, candidates }) => match(word, candidates, false));
    return [...pastedNumbers, ...distinctive];
  }

  /** Whether a loaded record has the phrase's words in order within one field. */
  function containsPhrase(doc: number, phrase: string): boolean {
    return weightedFields(index.record(doc)).some((field) => ` ${wordsOf(fold(field.text)).join(' ')} `.includes(phrase));
  }

  /**
   * Which records the filters and phrases allow. Filter values are alternatives within a filter
   * (OR), filters all apply (AND). A phrase needs each pair of its adjacent words in one field,
   * which is the whole test for two-word phrases; longer ones are checked on the records (`exactPhrases`).
   */
  function acceptor(parsed: ParsedQuery, facets: Facets, lists: FacetLists | undefined): (doc: number) => boolean {
    const active = FACET_NAMES.filter((name) => facets[name].length > 0).map((name) => facets[name].flatMap((value) => lists?.[name].get(value) ?? []));
    const pairs = phrasePairs(parsed);
    return (doc) => active.every((allowed) => allowed.some((docs) => binarySearch(docs, doc) >= 0)) && pairs.every((pair) => contains(pair, doc));
  }

  function rank(terms: TermMatch[], accept: (doc: number) => boolean, minimum: number): Scored[] {
    const required = terms.filter((term) => term.required);
    const optional = terms.filter((term) => !term.required);
    const enough = Math.min(minimum, optional.length);
    if (required.length === 0) return rankAny(terms, accept, enough);
    // Only records in every required term can rank: walk the shortest of their lists and look the
    // record up in the others' scores (a record has a score for a term exactly when the term reached it).
    const [shortest, ...others] = required.toSorted((a, b) => a.docs.length - b.docs.length);
    const scored: Scored[] = [];
    next: for (const doc of shortest!.docs) {
      for (const term of others) if (term.scores[doc] === 0) continue next;
      let optionalHits = 0;
      for (const term of optional) if (term.scores[doc] !== 0) optionalHits++;
      if (optionalHits < enough || !accept(doc)) continue;
      // Summed in single precision and in term order, as the records' scores always have been.
      let sum = 0;
      for (const term of terms) sum = Math.fround(sum + term.scores[doc]!);
      scored.push({ doc, score: sum * typeBoost[doc]!, asWritten: 0 });
    }
    return scored;
  }

  /** Ranking with no required term (a pasted sentence, or a query no record fully matches): every record reached by enough terms. */
  function rankAny(terms: TermMatch[], accept: (doc: number) => boolean, enough: number): Scored[] {
    const touched: number[] = [];
    for (const term of terms) {
      for (const doc of term.docs) {
        if (hits[doc] === 0) touched.push(doc);
        total[doc]! += term.scores[doc]!;
        hits[doc]!++;
      }
    }
    const scored: Scored[] = [];
    for (const doc of touched) {
      if (hits[doc]! >= enough && accept(doc)) scored.push({ doc, score: total[doc]! * typeBoost[doc]!, asWritten: 0 });
      total[doc] = 0;
      hits[doc] = 0;
    }
    return scored;
  }

  /**
   * The best `limit` of the ranked records, in order, without sorting all of them. Equal scores are
   * common with exact numbers (two claims both stating 79/100 in figure, title and text). Then a
   * record that writes the number as the query does ("7%" for "7%", not "7 out of 100") comes first,
   * then a claim that states its figures faithfully before one that misstates them, then a record
   * about fewer models (the o3 claim before one about o3, o4-mini and codex-mini): `stableOrder`.
   */
  function best(scored: Scored[], numbers: readonly string[], limit: number): Scored[] {
    const written = numbers.map(writtenToken);
    if (written.length > 0) for (const item of scored) item.asWritten = Number(written.some((token) => contains(token, item.doc)));
    const compare = (a: Scored, b: Scored) => b.score - a.score || b.asWritten - a.asWritten || stableOrder[a.doc]! - stableOrder[b.doc]!;
    if (scored.length <= limit * 4) return scored.sort(compare).slice(0, limit);
    const top: Scored[] = [];
    for (const item of scored) {
      if (top.length === limit && compare(item, top[limit - 1]!) >= 0) continue;
      let low = 0;
      let high = top.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (compare(top[mid]!, item) <= 0) low = mid + 1;
        else high = mid;
      }
      top.splice(low, 0, item);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  // A figure's tokens, kept once a hit has needed them.
  const figureTokens = new WeakMap<SearchFigure, { forms: string[]; context: string[] }>();
  function tokensOfFigure(figure: SearchFigure): { forms: string[]; context: string[] } {
    let found = figureTokens.get(figure);
    if (!found) {
      found = { forms: tokensOf(figure.forms.join(' ; ')), context: tokensOf(`${figure.condition} ${figure.model ?? ''}`) };
      figureTokens.set(figure, found);
    }
    return found;
  }

  /** The figure that matched the query's number, or one whose condition or model matched, or the first. */
  function figureFor(record: SearchRecord, matched: string[]): SearchFigure | undefined {
    const numbers = matched.filter(isNumberToken);
    return (
      record.figures.find((figure) => tokensOfFigure(figure).forms.some((token) => numbers.includes(token))) ??
      record.figures.find((figure) => tokensOfFigure(figure).context.some((token) => matched.includes(token))) ??
      record.figures[0]
    );
  }

  interface Ranked {
    scored: Scored[];
    /** Per term, the tokens it stood for: what a hit matched is read from these. */
    terms: Expansion[][];
    mode: SearchResults['mode'];
  }

  /** Scores every record the query reaches. Synchronous: the shared score arrays are never used by two queries at once. */
  function rankQuery(parsed: ParsedQuery, accept: (doc: number) => boolean): Ranked {
    try {
      const terms = termMatches(parsed);
      let mode: SearchResults['mode'] = parsed.pasted ? 'some' : 'all';
      // A pasted sentence must match at least half of its distinctive words.
      let scored = rank(terms, accept, parsed.pasted ? Math.ceil(terms.filter((t) => !t.required).length / 2) : 0);
      if (scored.length === 0 && !parsed.pasted && parsed.words.length > 1) {
        // No record has every word: rank by the words that do match, numbers still exact.
        mode = 'some';
        terms.forEach((term) => (term.required = isNumberToken(term.term)));
        scored = rank(terms, accept, 1);
      }
      return { scored, terms: terms.map((term) => term.expansions), mode };
    } finally {
      releaseTerms();
    }
  }

  /** Phrases of three words or more, checked on the records themselves once their word pairs matched. */
  async function exactPhrases<T extends { doc: number }>(parsed: ParsedQuery, candidates: T[]): Promise<T[]> {
    const long = parsed.phrases.filter((phrase) => phrase.length > 2).map((phrase) => ` ${phrase.join(' ')} `);
    if (long.length === 0) return candidates;
    await index.loadRecords(candidates.map((candidate) => candidate.doc));
    return candidates.filter((candidate) => long.every((phrase) => containsPhrase(candidate.doc, phrase)));
  }

  /** Filters (and phrases) alone: every record they allow, in record order. */
  async function listing(parsed: ParsedQuery, facets: Facets, accept: (doc: number) => boolean, limit: number, unknown: string[]): Promise<SearchResults> {
    const docs: { doc: number }[] = [];
    for (let doc = 0; doc < size; doc++) if (accept(doc)) docs.push({ doc });
    const allowed = await exactPhrases(parsed, docs);
    await index.loadRecords(allowed.slice(0, limit).map(({ doc }) => doc));
    const shown = allowed.slice(0, limit).map(({ doc }): SearchHit => ({ record: index.record(doc), score: 0, matched: [] }));
    return { hits: shown, total: allowed.length, mode: hasFacets(facets) ? 'all' : 'empty', unknown };
  }

  async function search(query: string, facets: Facets = noFacets(), limit = 30): Promise<SearchResults> {
    const parsed = parseQuery(query);
    const facetLists = await prepare(parsed, facets);
    const accept = acceptor(parsed, facets, facetLists);
    const unknown = parsed.words.filter((word) => wordExpansions(parsed, word).length === 0);
    if (parsed.numbers.length === 0 && parsed.words.length === 0) {
      if (!hasFacets(facets)) return { hits: [], total: 0, mode: 'empty', unknown };
      return listing(parsed, facets, accept, limit, unknown);
    }
    const ranked = rankQuery(parsed, accept);
    const scored = await exactPhrases(parsed, ranked.scored);
    const top = best(scored, parsed.numbers, limit);
    await index.loadRecords(top.map(({ doc }) => doc));
    const shown = top.map(({ doc, score }): SearchHit => {
      const record = index.record(doc);
      const matched = ranked.terms.flatMap((expansions) => tokenFor(expansions, doc) ?? []);
      const figure = figureFor(record, matched);
      return { record, score, matched, ...(figure && { figure }) };
    });
    return { hits: shown, total: scored.length, mode: ranked.mode, unknown };
  }

  return { size, search };
}
