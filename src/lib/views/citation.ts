/**
 * "Cite this" for a Claimtrail record page, in four formats: plain text, APA 7, BibTeX and CSL-JSON.
 * The author is the project; the date is when the record was last reviewed, since that is the
 * version a reader cites.
 */
import { formatDate } from './labels.ts';
import { SITE_NAME } from '../site/site-config.ts';

export interface CitationInput {
  /** Record id, used for the BibTeX key and the CSL id. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** YYYY-MM-DD the record was last reviewed. */
  reviewed: string;
  /** YYYY-MM-DD the reader accessed the page (the build date). */
  accessed: string;
  /** "Claim review" or "Finding record": what the page is. */
  genre: string;
}

export interface Citations {
  plain: string;
  apa: string;
  bibtex: string;
  cslJson: string;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const dateParts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** "2026, November 23" as APA writes a full date. */
function apaDate(iso: string): string {
  const [year] = dateParts(iso);
  const [day, month] = formatDate(iso).split(' ');
  return `${year}, ${month} ${day}`;
}

/** Escapes the characters BibTeX and LaTeX treat as special; braces keep capitalisation. */
export function bibtexEscape(text: string): string {
  // One pass, so the braces a replacement adds are not escaped again.
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIAL[char] ?? `\\${char}`);
}

const BIBTEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Double quotes inside a quoted title become single quotes, as style guides nest them. */
export function innerQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, "'$1'").replace(/“([^”]*)”/g, '‘$1’');
}

export function bibtexKey(id: string, reviewed: string): string {
  return `claimtrail-${id}-${dateParts(reviewed)[0]}`.replace(/[^a-z0-9-]/g, '');
}

export function citations(input: CitationInput): Citations {
  const [year, month, day] = dateParts(input.reviewed);
  const plain = `${SITE_NAME}, "${innerQuotes(input.title)}", ${input.genre.toLowerCase()}, last reviewed ${formatDate(input.reviewed)}. ${input.url}`;
  const apa = `${SITE_NAME}. (${apaDate(input.reviewed)}). ${input.title} [${input.genre}]. ${SITE_NAME}. Retrieved ${formatDate(input.accessed)}, from ${input.url}`;
  const bibtex = [
    `@misc{${bibtexKey(input.id, input.reviewed)},`,
    `  author = {{${SITE_NAME}}},`,
    `  title = {{${bibtexEscape(input.title)}}},`,
    `  year = {${year}},`,
    `  month = ${MONTH_KEYS[month - 1]},`,
    `  howpublished = {\\url{${input.url}}},`,
    `  note = {${bibtexEscape(input.genre)}, last reviewed ${input.reviewed}; accessed ${input.accessed}},`,
    `}`,
  ].join('\n');
  const csl = {
    id: input.id,
    type: 'webpage',
    title: input.title,
    genre: input.genre,
    author: [{ literal: SITE_NAME }],
    'container-title': SITE_NAME,
    issued: { 'date-parts': [[year, month, day]] },
    accessed: { 'date-parts': [dateParts(input.accessed)] },
    URL: input.url,
  };
    // Indented, with each date on one line: readable in the page and valid JSON.
  const cslJson = JSON.stringify([csl], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
  return { plain, apa, bibtex, cslJson };
}
