/**
 * The search engine: an exact token index (numbers, model names, words) picks the candidates and
 * scores them by field weight and rarity; Fuse corrects misspelt words against the word list.
 * Runs in the browser and in Node alike (tests, benchmarks).
 */
import Fuse from 'fuse.js';
import { fold, hasDigit, wordsOf } from './fold.ts';
import { hasFacets, matchesFacets, noFacets, type Facets } from './facets.ts';
import { weightedFields } from './fields.ts';
import { FUZZY_MIN_LENGTH, VOCABULARY_FUSE_OPTIONS } from './fuse-options.ts';
import type { SearchIndexFile } from './index-file.ts';
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
  docs: number[];
  weights: number[];
}

interface Expansion {
  token: string;
  quality: number;
}

interface TermMatch {
  term: string;
  required: boolean;
  /** Per record: score and the token that gave it. */
  docs: Map<number, { score: number; token: string }>;
}

/** How much a word counts when it matched only as a prefix ("blackmail" → "blackmailed") or after correction. */
const PREFIX_QUALITY = 0.75;
const FUZZY_QUALITY = 0.6;
const MAX_PREFIX_EXPANSIONS = 24;
const MAX_CORRECTIONS = 4;
/** A pasted sentence keeps this many of its rarest words. */
const DISTINCTIVE_TERMS = 8;
/** Claims are what readers look for first; findings and sources hold the same numbers. */
const TYPE_BOOST: Record<SearchRecord['type'], number> = { claim: 1.2, finding: 1, source: 0.9 };

export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const { records } = file;
  const postings = new Map<string, Posting>();
  records.forEach((record, doc) => {
    const best = new Map<string, number>();
    for (const field of weightedFields(record)) {
      for (const token of tokensOf(field.text, field.numbers)) best.set(token, Math.max(best.get(token) ?? 0, field.weight));
    }
    for (const [token, weight] of best) {
      let posting = postings.get(token);
      if (!posting) postings.set(token, (posting = { docs: [], weights: [] }));
      posting.docs.push(doc);
      posting.weights.push(weight);
    }
  });
  const words = [...postings.keys()].filter((token) => !isNumberToken(token)).sort();
  const fuse = new Fuse(file.vocabulary, VOCABULARY_FUSE_OPTIONS, Fuse.parseIndex<string>(file.vocabularyIndex));
  const idf = (token: string) => Math.log(1 + records.length / (postings.get(token)?.docs.length ?? records.length));

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

  /** The index tokens a query word stands for: itself, words it begins, or its corrections. */
  function expand(word: string, allowFuzzy: boolean): Expansion[] {
    const found: Expansion[] = postings.has(word) ? [{ token: word, quality: 1 }] : [];
    // Bare digits ("3" of "claude-3-7") match only themselves; "o3" must never become "o4".
    if (/^\d+$/.test(word)) return found;
    if (word.length >= 3) found.push(...prefixed(word).map((token) => ({ token, quality: PREFIX_QUALITY })));
    if (found.length === 0 && allowFuzzy && !hasDigit(word) && word.length >= FUZZY_MIN_LENGTH) {
      for (const result of fuse.search(word, { limit: MAX_CORRECTIONS })) {
        found.push({ token: result.item, quality: FUZZY_QUALITY * (1 - (result.score ?? 0)) });
      }
    }
    return found;
  }

  function match(term: string, expansions: Expansion[], required: boolean): TermMatch {
    const docs = new Map<number, { score: number; token: string }>();
    for (const { token, quality } of expansions) {
      const posting = postings.get(token);
      if (!posting) continue;
      const rarity = idf(token);
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i]!;
        const score = quality * posting.weights[i]! * rarity;
        const previous = docs.get(doc);
        if (!previous || previous.score < score) docs.set(doc, { score, token });
      }
    }
    return { term, required, docs };
  }

  function termMatches(parsed: ParsedQuery): TermMatch[] {
    const numbers = parsed.numbers.map((token) => match(token, [{ token, quality: 1 }], true));
    if (!parsed.pasted) return [...numbers, ...parsed.words.map((word) => match(word, expand(word, true), true))];
    // A pasted sentence: its counts and percents must still match exactly, bare numbers (years,
    // "4" of "Claude Opus 4") only add weight, and only its rarest words are kept.
    const pastedNumbers = numbers
      .filter((number) => number.docs.size > 0)
      .map((number) => ({ ...number, required: /^=[cp]/.test(number.term) }));
    const distinctive = parsed.words
      .map((word) => match(word, expand(word, false), false))
      .filter((word) => word.docs.size > 0)
      .sort((a, b) => a.docs.size - b.docs.size)
      .slice(0, DISTINCTIVE_TERMS);
    return [...pastedNumbers, ...distinctive];
  }

  function containsPhrase(record: SearchRecord, phrase: string[]): boolean {
    return weightedFields(record).some((field) => {
      const fieldWords = wordsOf(fold(field.text));
      return fieldWords.some((_, start) => phrase.every((word, i) => fieldWords[start + i] === word));
    });
  }

  function figureFor(record: SearchRecord, matched: string[]): SearchFigure | undefined {
    const numbers = matched.filter(isNumberToken);
    return (
      record.figures.find((figure) => tokensOf(figure.forms.join(' ; ')).some((token) => numbers.includes(token))) ??
      record.figures.find((figure) => tokensOf(`${figure.condition} ${figure.model ?? ''}`).some((token) => matched.includes(token))) ??
      record.figures[0]
    );
  }

  function rank(terms: TermMatch[], accept: (doc: number) => boolean, minimum: number): SearchHit[] {
    const required = terms.filter((term) => term.required).sort((a, b) => a.docs.size - b.docs.size);
    const optional = terms.filter((term) => !term.required);
    // Candidates come from the rarest required term, or from every optional one.
    const candidates = required[0] ? [...required[0].docs.keys()] : [...new Set(optional.flatMap((term) => [...term.docs.keys()]))];
    const hits: SearchHit[] = [];
    for (const doc of candidates) {
      if (!required.every((term) => term.docs.has(doc))) continue;
      let score = 0;
      let matchedOptional = 0;
      const matched: string[] = [];
      for (const term of terms) {
        const hit = term.docs.get(doc);
        if (!hit) continue;
        score += hit.score;
        matched.push(hit.token);
        if (!term.required) matchedOptional++;
      }
      if (matchedOptional < Math.min(minimum, optional.length) || !accept(doc)) continue;
      const record = records[doc]!;
      const figure = figureFor(record, matched);
      hits.push({ record, score: score * TYPE_BOOST[record.type], matched, ...(figure && { figure }) });
    }
    return hits.sort((a, b) => b.score - a.score || a.record.title.localeCompare(b.record.title));
  }

  function search(query: string, facets: Facets = noFacets(), limit = 30): SearchResults {
    const parsed = parseQuery(query);
    const accept = (doc: number) => {
      const record = records[doc]!;
      return matchesFacets(record, facets) && parsed.phrases.every((phrase) => containsPhrase(record, phrase));
    };
    const terms = termMatches(parsed);
    const unknown = [...parsed.words.filter((word) => expand(word, !parsed.pasted).length === 0)];
    if (terms.length === 0) {
      if (!hasFacets(facets)) return { hits: [], total: 0, mode: 'empty', unknown };
      const all = records.flatMap((record, doc) => (accept(doc) ? [{ record, score: 0, matched: [] }] : []));
      return { hits: all.slice(0, limit), total: all.length, mode: 'all', unknown };
    }
    let mode: SearchResults['mode'] = parsed.pasted ? 'some' : 'all';
    // A pasted sentence must match at least half of its distinctive words.
    let hits = rank(terms, accept, parsed.pasted ? Math.ceil(terms.filter((t) => !t.required).length / 2) : 0);
    if (hits.length === 0 && !parsed.pasted && parsed.words.length > 1) {
      // No record has every word: rank by the words that do match, numbers still exact.
      mode = 'some';
      hits = rank(terms.map((term) => ({ ...term, required: isNumberToken(term.term) })), accept, 1);
    }
    return { hits: hits.slice(0, limit), total: hits.length, mode, unknown };
  }

  return { size: records.length, search };
}
