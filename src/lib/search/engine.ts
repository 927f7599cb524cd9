/**
 * The search engine: an exact token index (numbers, model names, words) picks the candidates and
 * scores them by field weight and rarity; Fuse corrects misspelt words against the word list.
 * Runs in the browser and in Node alike (tests, benchmarks).
 */
import Fuse from 'fuse.js';
import { hasFacets, matchesFacets, noFacets, type Facets } from './facets.ts';
import { weightedFields } from './fields.ts';
import { fold, hasDigit, wordsOf } from './fold.ts';
import { FUZZY_MIN_LENGTH, VOCABULARY_FUSE_OPTIONS } from './fuse-options.ts';
import { decodePosting, type SearchIndexFile } from './index-file.ts';
import { numberTerms } from './number-tokens.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import type { SearchFigure, SearchRecord } from './records.ts';
import { isNumberToken, tokensOf } from './tokens.ts';

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
  search(query: string, facets?: Facets, limit?: number): SearchResults;
}

interface Posting {
  docs: Int32Array;
  weights: Uint8Array;
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

export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const { records, tokens } = file;
  const encoded = new Map(tokens.map((token, i) => [token, file.postings[i]!] as const));
  const decoded = new Map<string, Posting>();
  // Postings are decoded when a query first needs them, so loading costs almost nothing.
  const posting = (token: string): Posting | undefined => {
    let found = decoded.get(token);
    if (!found) {
      const raw = encoded.get(token);
      if (!raw) return undefined;
      decoded.set(token, (found = decodePosting(raw)));
    }
    return found;
  };
  const frequency = (token: string) => encoded.get(token)?.length ?? 0;
  const words = tokens.filter((token) => !isNumberToken(token));
  const fuse = new Fuse(file.vocabulary, VOCABULARY_FUSE_OPTIONS, Fuse.parseIndex<string>(file.vocabularyIndex));
  const expansions = new Map<string, Expansion[]>();

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

  /**
   * The index tokens a query word stands for: itself, words it begins, or its corrections.
   * The word being typed (the last) expands from three letters, so results come while typing;
   * finished words from five ("blackmail" → "blackmailed"), so "pro" does not fan out to "prompt".
   */
  function expand(word: string, allowFuzzy: boolean, typing = false): Expansion[] {
    const key = `${allowFuzzy ? '~' : ''}${typing ? '…' : ''}${word}`;
    const cached = expansions.get(key);
    if (cached) return cached;
    const found: Expansion[] = encoded.has(word) ? [{ token: word, quality: 1 }] : [];
    // Bare digits ("3" of "claude-3-7") match only themselves; "o3" must never become "o4".
    if (!/^\d+$/.test(word)) {
      if (word.length >= (typing ? PREFIX_WHILE_TYPING : PREFIX_MIN_LENGTH)) found.push(...prefixed(word).map((token) => ({ token, quality: PREFIX_QUALITY })));
      if (found.length === 0 && allowFuzzy && !hasDigit(word) && word.length >= FUZZY_MIN_LENGTH) {
        for (const result of fuse.search(word, { limit: MAX_CORRECTIONS })) {
          found.push({ token: result.item, quality: FUZZY_QUALITY * (1 - (result.score ?? 0)) });
        }
      }
    }
    if (expansions.size > 5000) expansions.clear();
    expansions.set(key, found);
    return found;
  }

  function match(term: string, candidates: Expansion[], required: boolean): TermMatch {
    const scores = new Float32Array(records.length);
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
    const rarity = Math.log(1 + records.length / Math.max(1, docs.length));
    for (const doc of docs) scores[doc]! *= rarity;
    return { term, required, expansions: candidates, scores, docs };
  }

  /** The token that gave a record its score for a term, for highlighting. */
  function tokenFor(term: TermMatch, doc: number): string | undefined {
    let best: string | undefined;
    let bestScore = 0;
    for (const { token, quality } of term.expansions) {
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
    if (!parsed.pasted) return [...numbers, ...parsed.words.map((word) => match(word, expand(word, true, word === parsed.last), true))];
    // A pasted sentence: its counts and percents must still match exactly, bare numbers (years,
    // "4" of "Claude Opus 4") only add weight, and only its rarest words are kept.
    const pastedNumbers = numbers
      .filter((number) => number.docs.length > 0)
      .map((number) => ({ ...number, required: /^=[cp]/.test(number.term) }));
    const distinctive = parsed.words
      .map((word) => ({ word, candidates: expand(word, false) }))
      .filter(({ candidates }) => candidates.length > 0)
      .map((entry) => ({ ...entry, frequency: Math.min(...entry.candidates.map((c) => frequency(c.token))) }))
      .sort((a, b) => a.frequency - b.frequency)
      .slice(0, DISTINCTIVE_TERMS)
      .map(({ word, candidates }) => match(word, candidates, false));
    return [...pastedNumbers, ...distinctive];
  }

  // Folded field words per record, kept once a phrase query has needed them.
  const fieldWords = new Map<number, string[][]>();
  function containsPhrase(doc: number, phrase: string[]): boolean {
    let fields = fieldWords.get(doc);
    if (!fields) fieldWords.set(doc, (fields = weightedFields(records[doc]!).map((field) => wordsOf(fold(field.text)))));
    return fields.some((words) => words.some((_, start) => phrase.every((word, i) => words[start + i] === word)));
  }

  function figureFor(record: SearchRecord, matched: string[]): SearchFigure | undefined {
    const numbers = matched.filter(isNumberToken);
    return (
      record.figures.find((figure) => tokensOf(figure.forms.join(' ; ')).some((token) => numbers.includes(token))) ??
      record.figures.find((figure) => tokensOf(`${figure.condition} ${figure.model ?? ''}`).some((token) => matched.includes(token))) ??
      record.figures[0]
    );
  }

  interface Scored {
    doc: number;
    score: number;
  }

  function rank(terms: TermMatch[], accept: (doc: number) => boolean, minimum: number): Scored[] {
    const required = terms.filter((term) => term.required).length;
    const optional = terms.length - required;
    const total = new Float32Array(records.length);
    const requiredHits = new Uint8Array(records.length);
    const optionalHits = new Uint8Array(records.length);
    const touched: number[] = [];
    for (const term of terms) {
      for (const doc of term.docs) {
        if (requiredHits[doc] === 0 && optionalHits[doc] === 0) touched.push(doc);
        total[doc]! += term.scores[doc]!;
        if (term.required) requiredHits[doc]!++;
        else optionalHits[doc]!++;
      }
    }
    const enough = Math.min(minimum, optional);
    const scored: Scored[] = [];
    for (const doc of touched) {
      if (requiredHits[doc] !== required || optionalHits[doc]! < enough || !accept(doc)) continue;
      scored.push({ doc, score: total[doc]! * TYPE_BOOST[records[doc]!.type] });
    }
    return scored;
  }

  /** The best `limit` of the ranked records, in order, without sorting all of them. */
  function best(scored: Scored[], terms: TermMatch[], limit: number): Scored[] {
    const tieBreak = tieBreaker(terms);
    const compare = (a: Scored, b: Scored) => b.score - a.score || tieBreak(a.doc, b.doc);
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

  /**
   * Equal scores are common with exact numbers (two claims both stating 79/100 in figure, title and
   * text). Then a record that writes the number as the query does ("7%" for "7%", not "7 out of 100")
   * comes first, then a claim that states its figures faithfully before one that misstates them,
   * then a record about fewer models (the o3 claim before one about o3, o4-mini and codex-mini).
   */
  function tieBreaker(terms: TermMatch[]): (a: number, b: number) => number {
    const written = terms.filter((term) => isNumberToken(term.term)).map((term) => term.term);
    const known = new Map<number, number>();
    const asWritten = (doc: number): number => {
      let value = known.get(doc);
      if (value === undefined) {
        const figures = records[doc]!.figures;
        value = Number(written.length > 0 && figures.some((f) => numberTerms(fold(f.forms[0] ?? '')).written.some((token) => written.includes(token))));
        known.set(doc, value);
      }
      return value;
    };
    const misstates = (doc: number) => Number(records[doc]!.misstates ?? false);
    const models = (doc: number) => records[doc]!.modelIds.length;
    return (a, b) => asWritten(b) - asWritten(a) || misstates(a) - misstates(b) || models(a) - models(b) || a - b;
  }

  /** The shown hits: records, matched tokens and figure, for the top of the ranking only. */
  function hitsOf(scored: Scored[], terms: TermMatch[], limit: number): SearchHit[] {
    return best(scored, terms, limit).map(({ doc, score }) => {
      const record = records[doc]!;
      const matched = terms.flatMap((term) => tokenFor(term, doc) ?? []);
      const figure = figureFor(record, matched);
      return { record, score, matched, ...(figure && { figure }) };
    });
  }

  function search(query: string, facets: Facets = noFacets(), limit = 30): SearchResults {
    const parsed = parseQuery(query);
    const accept = (doc: number) => matchesFacets(records[doc]!, facets) && parsed.phrases.every((phrase) => containsPhrase(doc, phrase));
    const terms = termMatches(parsed);
    const unknown = parsed.words.filter((word) => expand(word, !parsed.pasted, !parsed.pasted && word === parsed.last).length === 0);
    if (terms.length === 0) {
      if (!hasFacets(facets)) return { hits: [], total: 0, mode: 'empty', unknown };
      const all = records.flatMap((record, doc) => (accept(doc) ? [{ record, score: 0, matched: [] }] : []));
      return { hits: all.slice(0, limit), total: all.length, mode: 'all', unknown };
    }
    let mode: SearchResults['mode'] = parsed.pasted ? 'some' : 'all';
    // A pasted sentence must match at least half of its distinctive words.
    let scored = rank(terms, accept, parsed.pasted ? Math.ceil(terms.filter((t) => !t.required).length / 2) : 0);
    if (scored.length === 0 && !parsed.pasted && parsed.words.length > 1) {
      // No record has every word: rank by the words that do match, numbers still exact.
      mode = 'some';
      terms.forEach((term) => (term.required = isNumberToken(term.term)));
      scored = rank(terms, accept, 1);
    }
    return { hits: hitsOf(scored, terms, limit), total: scored.length, mode, unknown };
  }

  return { size: records.length, search };
}
