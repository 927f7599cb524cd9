/**
 * Ranking: scores every record a query's terms reach by field weight and rarity, and keeps the best.
 * Per-record arrays are allocated once and reused by every query: each query zeroes only the
 * entries it wrote, so a query costs what its postings cost, not what the corpus costs.
 */
import { addressRelation, readRankCode } from './index-format.ts';
import type { IndexReader } from './index-reader.ts';
import type { Expansion, QueryExpansion } from './query-expansion.ts';
import type { ParsedQuery } from './query.ts';
import type { AddressRelation, SearchRecord } from './records.ts';
import { indexOfSorted, partitionPoint } from './sorted.ts';
import { modelToken } from './model-names.ts';
import { addressToken, figureToken, isNumberToken, writtenToken } from './tokens.ts';

/** "all": every term matched; "some": a pasted sentence or a query no record fully matches, ranked by its distinctive terms. */
export type MatchMode = 'all' | 'some';

interface TermMatch {
  term: string;
  required: boolean;
  expansions: Expansion[];
  /** Per record number: its score for this term (0: no match). */
  scores: Float32Array;
  /** The records with a score, in no particular order. */
  docs: number[];
}

export interface Scored {
  doc: number;
  score: number;
  /** When one of the record's figures is a queried model's with a queried number: 1, or 2 for the finding that measured it when the query is only models and numbers; see `best`. */
  precise: number;
  /** 1 when the record writes a query number as the query does; see `best`. */
  asWritten: number;
}

export interface Ranked {
  scored: Scored[];
  /** Per term, the tokens it stood for: what a hit matched is read from these. */
  terms: Expansion[][];
  mode: MatchMode;
}

export interface Ranking {
  /** Scores every record the query reaches. Synchronous: the shared score arrays are never used by two queries at once. */
  rank(parsed: ParsedQuery, accept: (doc: number) => boolean): Ranked;
  /** The best `limit` of the ranked records, in order. */
  best(scored: Scored[], parsed: ParsedQuery, limit: number): Scored[];
  /** Records that appeared at, are, or cite these web addresses (by key), strongest relation first, then as `best` orders ties. */
  byAddress(keys: readonly string[], accept: (doc: number) => boolean): (Scored & { relation: AddressRelation })[];
  /** Whether a record holds a token (its shard loaded). */
  contains(token: string, doc: number): boolean;
  /** The index tokens of each term that gave a record its score, for highlighting. */
  matched(terms: readonly Expansion[][], doc: number): string[];
}

/** A pasted sentence keeps this many of its rarest words. */
const DISTINCTIVE_TERMS = 8;
/** Claims are what readers look for first; findings and sources hold the same numbers. */
const TYPE_BOOST: Record<SearchRecord['type'], number> = { claim: 1.2, finding: 1, source: 0.9 };

/** Tokens of a figure that is one of the queried models' with one of the queried numbers. */
export const preciseTokens = (parsed: ParsedQuery): string[] =>
  parsed.models.flatMap((model) => parsed.numbers.map((number) => figureToken(modelToken(model), number)));

export function ranking(index: IndexReader, expansion: QueryExpansion): Ranking {
  const { size, ranks } = index.manifest;
  const { posting } = index;
  const spareScores: Float32Array[] = [];
  const inUse: TermMatch[] = [];
  const total = new Float32Array(size);
  const hits = new Uint8Array(size);
  const typeBoost = new Float64Array(size);
  const measures = new Uint8Array(size);
  /** The order of equal scores that does not depend on the query: faithful claims, then fewer models, then record order. */
  const stableOrder = new Float64Array(size);
  for (let doc = 0; doc < size; doc++) {
    const rank = readRankCode(ranks, doc);
    typeBoost[doc] = TYPE_BOOST[rank.type];
    measures[doc] = Number(rank.type === 'finding');
    stableOrder[doc] = (Number(rank.misstates) * 65536 + rank.models) * 2 ** 32 + doc;
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
    return list !== undefined && indexOfSorted(list.docs, doc) >= 0;
  };

  /** The token that gave a record its score for a term, for highlighting. */
  function tokenFor(expansions: readonly Expansion[], doc: number): string | undefined {
    let best: string | undefined;
    let bestScore = 0;
    for (const { token, quality } of expansions) {
      const list = posting(token);
      if (!list) continue;
      const at = indexOfSorted(list.docs, doc);
      const score = at < 0 ? 0 : list.weights[at]! * quality;
      if (score > bestScore) [best, bestScore] = [token, score];
    }
    return best;
  }

  const exact = (token: string): Expansion[] => [{ token, quality: 1 }];

  function termMatches(parsed: ParsedQuery): TermMatch[] {
    const numbers = parsed.numbers.map((token) => match(token, exact(token), true));
    const models = parsed.models.map(modelToken);
    if (!parsed.pasted) {
      const words = parsed.words.map((word) => match(word, expansion.expand(parsed, word), true));
      return [...numbers, ...models.map((token) => match(token, exact(token), true)), ...words];
    }
    // A pasted sentence: its counts and percents must still match exactly, bare numbers (years,
    // dates) only add weight, and only its rarest model names and words are kept.
    const pastedNumbers = numbers
      .filter((number) => number.docs.length > 0)
      .map((number) => ({ ...number, required: /^=[cp]/.test(number.term) }));
    const modelTerms = models.filter((token) => index.has(token)).map((token) => ({ word: token, candidates: exact(token) }));
    const wordTerms = parsed.words.map((word) => ({ word, candidates: expansion.expand(parsed, word) }));
    const distinctive = [...modelTerms, ...wordTerms]
      .filter(({ candidates }) => candidates.length > 0)
      .map((entry) => ({ ...entry, frequency: Math.min(...entry.candidates.map((c) => index.frequency(c.token))) }))
      .sort((a, b) => a.frequency - b.frequency)
      .slice(0, DISTINCTIVE_TERMS)
      .map(({ word, candidates }) => match(word, candidates, false));
    return [...pastedNumbers, ...distinctive];
  }

  function rankTerms(terms: TermMatch[], accept: (doc: number) => boolean, minimum: number): Scored[] {
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
      scored.push({ doc, score: sum * typeBoost[doc]!, precise: 0, asWritten: 0 });
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
      if (hits[doc]! >= enough && accept(doc)) scored.push({ doc, score: total[doc]! * typeBoost[doc]!, precise: 0, asWritten: 0 });
      total[doc] = 0;
      hits[doc] = 0;
    }
    return scored;
  }

  function rank(parsed: ParsedQuery, accept: (doc: number) => boolean): Ranked {
    try {
      const terms = termMatches(parsed);
      let mode: MatchMode = parsed.pasted ? 'some' : 'all';
      // A pasted sentence must match at least half of its distinctive words.
      let scored = rankTerms(terms, accept, parsed.pasted ? Math.ceil(terms.filter((t) => !t.required).length / 2) : 0);
      if (scored.length === 0 && !parsed.pasted && parsed.words.length + parsed.models.length > 1) {
        // No record has every word: rank by the words that do match, numbers still exact.
        mode = 'some';
        terms.forEach((term) => (term.required = isNumberToken(term.term)));
        scored = rankTerms(terms, accept, 1);
      }
      return { scored, terms: terms.map((term) => term.expansions), mode };
    } finally {
      releaseTerms();
    }
  }

  /**
   * A record with a figure that is the model's number the query asks about beats one that has the
   * model and the number apart. A query of only a model and a number is checking that number: the
   * finding that measured it comes before the claims that retell it. With words too, the words rank.
   */
  const compare = (a: Scored, b: Scored) =>
    b.precise - a.precise || b.score - a.score || b.asWritten - a.asWritten || stableOrder[a.doc]! - stableOrder[b.doc]!;

  /**
   * Keeps the best without sorting all of them. Equal scores are common with exact numbers (two
   * claims both stating 79/100 in figure, title and text). Then a record that writes the number as
   * the query does ("7%" for "7%", not "7 out of 100") comes first, then a claim that states its
   * figures faithfully before one that misstates them, then a record about fewer models (the o3
   * claim before one about o3, o4-mini and codex-mini): `stableOrder`.
   */
  function best(scored: Scored[], parsed: ParsedQuery, limit: number): Scored[] {
    const written = parsed.numbers.map(writtenToken);
    const precise = preciseTokens(parsed);
    const checking = parsed.words.length === 0;
    for (const item of scored) {
      if (written.length > 0) item.asWritten = Number(written.some((token) => contains(token, item.doc)));
      if (precise.length > 0 && precise.some((token) => contains(token, item.doc))) item.precise = 1 + (checking ? measures[item.doc]! : 0);
    }
    if (scored.length <= limit * 4) return scored.sort(compare).slice(0, limit);
    const top: Scored[] = [];
    for (const item of scored) {
      if (top.length === limit && compare(item, top[limit - 1]!) >= 0) continue;
      top.splice(partitionPoint(top.length, (i) => compare(top[i]!, item) > 0), 0, item);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  function byAddress(keys: readonly string[], accept: (doc: number) => boolean): (Scored & { relation: AddressRelation })[] {
    const strongest = new Map<number, number>();
    for (const key of keys) {
      const list = posting(addressToken(key));
      list?.docs.forEach((doc, i) => strongest.set(doc, Math.max(strongest.get(doc) ?? 0, list.weights[i]!)));
    }
    return [...strongest]
      .filter(([doc]) => accept(doc))
      .map(([doc, weight]) => ({ doc, score: weight * typeBoost[doc]!, precise: 0, asWritten: 0, relation: addressRelation(weight) }))
      .sort(compare);
  }

  return { rank, best, byAddress, contains, matched: (terms, doc) => terms.flatMap((expansions) => tokenFor(expansions, doc) ?? []) };
}
