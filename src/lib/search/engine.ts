/**
 * The search engine: an exact token index (numbers, model names, words) picks the candidates
 * (ranking.ts) and Fuse corrects misspelt words against the word list (query-expansion.ts).
 * A query first fetches the index files it needs (index-reader.ts), then ranks without waiting.
 * Runs in the browser and in Node alike (tests, benchmarks).
 */
import { FACET_NAMES, hasFacets, noFacets, type Facets } from './facets.ts';
import { weightedFields } from './fields.ts';
import { fold, wordsOf } from './fold.ts';
import type { LoadSearchFile } from './index-format.ts';
import { openIndex, type FacetLists, type IndexReader } from './index-reader.ts';
import { queryExpansion } from './query-expansion.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { modelFinder, modelToken } from './model-names.ts';
import { preciseTokens, ranking, type MatchMode, type Ranked, type Scored } from './ranking.ts';
import type { AddressRelation, SearchFigure, SearchRecord } from './records.ts';
import { shownFigures } from './shown-figures.ts';
import { indexOfSorted } from './sorted.ts';
import { addressToken, pairToken, writtenToken } from './tokens.ts';

export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** Index tokens this record matched, for highlighting. */
  matched: string[];
  /** The figures the query asks about, each with its model (shown-figures.ts); none rather than another model's. */
  figures: SearchFigure[];
  /** How the record relates to a pasted web address, when that is why it is a result. */
  address?: AddressRelation;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  /** "all": every term matched; "some": a pasted sentence or a query no record fully matches, ranked by its distinctive terms. */
  mode: 'empty' | MatchMode;
  /** Query words no record contains, even corrected: named in the no-results hint. */
  unknown: string[];
}

export interface SearchEngine {
  readonly size: number;
  /** Fetches the index files the query needs (once each), then ranks. */
  search(query: string, facets?: Facets, limit?: number): Promise<SearchResults>;
}

/** Opens the index (its manifest only) and returns an engine that fetches the rest as queries need it. */
export async function openSearchEngine(load: LoadSearchFile): Promise<SearchEngine> {
  return createSearchEngine(await openIndex(load));
}

const phrasePairs = (parsed: ParsedQuery) => parsed.phrases.flatMap((phrase) => phrase.slice(1).map((word, i) => pairToken(phrase[i]!, word)));

function createSearchEngine(index: IndexReader): SearchEngine {
  const { size } = index.manifest;
  const expansion = queryExpansion(index);
  const ranked = ranking(index, expansion);
  const models = modelFinder(index.manifest.models);

  /** Fetches what the query will read: the word list's Fuse index if a word needs correcting, the shards of its tokens, the filter lists. */
  async function prepare(parsed: ParsedQuery, facets: Facets): Promise<FacetLists | undefined> {
    const [facetLists] = await Promise.all([hasFacets(facets) ? index.facets() : undefined, expansion.needsCorrection(parsed) ? index.loadCorrector() : undefined]);
    const tokens = [
      ...parsed.numbers.flatMap((token) => [token, writtenToken(token)]),
      ...parsed.models.map(modelToken),
      ...preciseTokens(parsed),
      ...parsed.addresses.map(addressToken),
      ...parsed.words.flatMap((word) => expansion.expand(parsed, word).map((found) => found.token)),
      ...phrasePairs(parsed),
    ];
    await index.loadTokens(tokens);
    return facetLists;
  }

  /**
   * Which records the filters and phrases allow. Filter values are alternatives within a filter
   * (OR), filters all apply (AND). A phrase needs each pair of its adjacent words in one field,
   * which is the whole test for two-word phrases; longer ones are checked on the records (`exactPhrases`).
   */
  function acceptor(parsed: ParsedQuery, facets: Facets, lists: FacetLists | undefined): (doc: number) => boolean {
    const active = FACET_NAMES.filter((name) => facets[name].length > 0).map((name) => facets[name].flatMap((value) => lists?.[name].get(value) ?? []));
    const pairs = phrasePairs(parsed);
    return (doc) => active.every((allowed) => allowed.some((docs) => indexOfSorted(docs, doc) >= 0)) && pairs.every((pair) => ranked.contains(pair, doc));
  }

  /** Whether a loaded record has the phrase's words in order within one field. */
  function containsPhrase(doc: number, phrase: string): boolean {
    return weightedFields(index.record(doc)).some((field) => ` ${wordsOf(fold(field.text)).join(' ')} `.includes(phrase));
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
    const shown = allowed.slice(0, limit).map(({ doc }): SearchHit => ({ record: index.record(doc), score: 0, matched: [], figures: [] }));
    return { hits: shown, total: allowed.length, mode: hasFacets(facets) ? 'all' : 'empty', unknown };
  }

  /** The ranked records as results, loaded, with what they matched and the figures the query asks about. */
  async function hitsOf(top: Scored[], parsed: ParsedQuery, terms: Ranked['terms'], relations?: Map<number, AddressRelation>): Promise<SearchHit[]> {
    await index.loadRecords(top.map(({ doc }) => doc));
    return top.map(({ doc, score }): SearchHit => {
      const record = index.record(doc);
      const matched = ranked.matched(terms, doc);
      const address = relations?.get(doc);
      return { record, score, matched, figures: shownFigures(record.figures, parsed, matched), ...(address && { address }) };
    });
  }

  /** Records a pasted address points at come first, then what the rest of the query finds. */
  async function withAddresses(parsed: ParsedQuery, accept: (doc: number) => boolean, rest: SearchResults, limit: number): Promise<SearchResults> {
    const found = ranked.byAddress(parsed.addresses, accept);
    const relations = new Map(found.map(({ doc, relation }) => [doc, relation]));
    const first = await hitsOf(found.slice(0, limit), parsed, [], relations);
    const key = (hit: SearchHit) => `${hit.record.type}/${hit.record.id}`;
    const seen = new Set(first.map(key));
    const others = rest.hits.filter((hit) => !seen.has(key(hit)));
    // An address no record knows is named in the no-results hint, as an unknown word is.
    const unknown = found.length > 0 ? rest.unknown : [...rest.unknown, ...parsed.addresses];
    return { ...rest, hits: [...first, ...others].slice(0, limit), total: found.length + rest.total - (rest.hits.length - others.length), unknown };
  }

  async function search(query: string, facets: Facets = noFacets(), limit = 30): Promise<SearchResults> {
    const parsed = parseQuery(query, models);
    const facetLists = await prepare(parsed, facets);
    const accept = acceptor(parsed, facets, facetLists);
    const unknown = parsed.words.filter((word) => expansion.expand(parsed, word).length === 0);
    if (parsed.numbers.length === 0 && parsed.words.length === 0 && parsed.models.length === 0) {
      const none: SearchResults = { hits: [], total: 0, mode: parsed.addresses.length > 0 ? 'all' : 'empty', unknown };
      if (parsed.addresses.length > 0) return withAddresses(parsed, accept, none, limit);
      return hasFacets(facets) ? listing(parsed, facets, accept, limit, unknown) : none;
    }
    const result = ranked.rank(parsed, accept);
    const scored = await exactPhrases(parsed, result.scored);
    const hits = await hitsOf(ranked.best(scored, parsed, limit), parsed, result.terms);
    const found: SearchResults = { hits, total: scored.length, mode: result.mode, unknown };
    return parsed.addresses.length > 0 ? withAddresses(parsed, accept, found, limit) : found;
  }

  return { size, search };
}
