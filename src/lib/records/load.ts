/**
 * Reads every record file under the content folder, keeping source positions.
 * Nothing here judges the content beyond "can it be read"; validation comes after.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { ID_PATTERN } from '../../schema/common.ts';
import { RECORD_COLLECTIONS, VOCABULARY_FILES, type CollectionKind } from '../../schema/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { RuleId } from '../check/catalogue.ts';
import { guarded, type Crash } from '../check/internal.ts';
import type { FieldPath, Position, Problem } from '../check/problem.ts';
import { slug } from '../words.ts';
import { parseYamlSource, type YamlError } from './yaml-source.ts';

export interface RawRecord {
  kind: CollectionKind;
  id: string;
  file: string;
  data: unknown;
  locate(path: FieldPath): Position;
  /** Claims only: the whole MDX file, for the body checks. */
  mdx?: string;
}

export interface LoadResult {
  records: RawRecord[];
  /** Records whose file exists but could not be parsed; their ids still count as existing. */
  unreadable: { kind: CollectionKind; id: string }[];
  problems: Problem[];
  /** Every file read, relative to the project root. */
  files: string[];
  /** Exceptions turned into `internal` problems, kept whole for `--debug`. */
  crashes: Crash[];
}

/** A record is a page of text; anything larger is refused before it is parsed. */
export const MAX_FILE_BYTES = 1024 * 1024;

const READING = 'reading this file';

/** Refuses bytes that are not UTF-8 instead of replacing them; one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * @param contentDir absolute path of the content folder
 * @param projectRoot folder that reported file paths are relative to
 */
export function loadContent(contentDir: string, projectRoot: string): LoadResult {
  const result: LoadResult = { records: [], unreadable: [], problems: [], files: [], crashes: [] };
  const rel = (path: string) => relative(projectRoot, path).split(sep).join('/');

  for (const [kind, { dir, ext }] of Object.entries(RECORD_COLLECTIONS) as [CollectionKind, { dir: string; ext: string }][]) {
    const folder = join(contentDir, dir);
    const relFolder = rel(folder);
    for (const name of listFolder(folder)) {
      // A name from readdir is one plain path segment, so its relative path is the folder's plus the name.
      const file = relFolder ? `${relFolder}/${name}` : name;
      guarded(result, file, READING, () => readRecordFile(result, kind, join(folder, name), file, relFolder, ext));
    }
  }

  for (const [kind, { file: name }] of Object.entries(VOCABULARY_FILES) as [CollectionKind, { file: string }][]) {
    const path = join(contentDir, name);
    const file = rel(path);
    if (!isFile(path)) {
      result.problems.push(fileProblem(file, 'missing-file', `The ${kind} vocabulary ${file} is missing; records name their ${kind} from it.`));
      continue;
    }
    result.files.push(file);
    guarded(result, file, READING, () => {
      const text = readText(result, path, file);
      if (text === undefined) return;
      const yaml = parseYamlSource(text);
      if (reportSyntax(result, file, yaml.errors)) return;
      if (!Array.isArray(yaml.data)) {
        result.problems.push({ file, ...yaml.locate([]), field: '', rule: 'schema', message: `${file} must be a YAML list of entries, each starting with "- id: …".` });
        return;
      }
      yaml.data.forEach((entry: unknown, index) => {
        const id = isObject(entry) && typeof entry['id'] === 'string' ? entry['id'] : `#${index + 1}`;
        result.records.push({ kind, id, file, data: entry, locate: (p) => yaml.locate([index, ...p]) });
      });
    });
  }
  return result;
}

function readRecordFile(result: LoadResult, kind: CollectionKind, path: string, file: string, folder: string, ext: string): void {
  const name = basename(path);
  const stats = statSync(path);
  if (stats.isDirectory()) {
    result.problems.push(fileProblem(file, 'file-layout', `Records live directly in ${folder}/; move the files out of this folder.`));
    return;
  }
  if (!name.endsWith(ext)) {
    result.problems.push(fileProblem(file, 'file-layout', `Only ${ext} files belong in ${folder}/; rename it to ${name.replace(/\.[^.]*$/, '')}${ext} or move it.`));
    return;
  }
  result.files.push(file);
  const id = name.slice(0, -ext.length);
  if (!ID_PATTERN.test(id)) {
    result.problems.push(
      fileProblem(file, 'id-format', `The file name is the record's permanent id and must be kebab-case (lower-case letters, digits, single hyphens), e.g. "${slug(id)}${ext}".`),
    );
    return;
  }
  const read = guarded(result, file, READING, () => {
    const text = readText(result, path, file, stats);
    return text !== undefined && (ext === '.mdx' ? readMdxRecord(result, kind, id, file, text) : readYamlRecord(result, kind, id, file, text));
  });
  if (!read) result.unreadable.push({ kind, id });
}

/** The file as UTF-8 text, or undefined after reporting why it cannot be a record (too large, not text). */
function readText(result: LoadResult, path: string, file: string, stats: Stats = statSync(path)): string | undefined {
  const size = stats.size;
  if (size > MAX_FILE_BYTES) {
    result.problems.push(fileProblem(file, 'file-size', `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a record must stay under ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it or move long text out.`));
    return undefined;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = '\0';
  }
  if (text.includes('\0')) {
    result.problems.push(fileProblem(file, 'file-encoding', 'The file is not UTF-8 text; save it as UTF-8 (a record is plain text, never binary).'));
    return undefined;
  }
  return text;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** True when the record was read; false after reporting why not. */
function readYamlRecord(result: LoadResult, kind: CollectionKind, id: string, file: string, text: string): boolean {
  const yaml = parseYamlSource(text);
  if (reportSyntax(result, file, yaml.errors)) return false;
  result.records.push({ kind, id, file, data: yaml.data ?? {}, locate: yaml.locate });
  return true;
}

function readMdxRecord(result: LoadResult, kind: CollectionKind, id: string, file: string, text: string): boolean {
  const split = splitFrontmatter(text);
  if (!split) {
    result.problems.push({
      file, line: 1, column: 1, field: '', rule: 'frontmatter',
      message: 'A claim file starts with YAML frontmatter between two lines of "---", then the analysis.',
    });
    return false;
  }
  const yaml = parseYamlSource(split.yaml, split.yamlStartLine - 1);
  if (reportSyntax(result, file, yaml.errors)) return false;
  result.records.push({ kind, id, file, data: yaml.data ?? {}, locate: yaml.locate, mdx: text });
  return true;
}

/** Reports the first reason the YAML cannot be used (what follows a syntax error is rarely worth reading). */
function reportSyntax(result: LoadResult, file: string, errors: YamlError[]): boolean {
  const [first] = errors;
  if (first) result.problems.push({ file, ...first.position, field: '', rule: first.rule, message: `The YAML cannot be read: ${first.message}` });
  return first !== undefined;
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

function fileProblem(file: string, rule: RuleId, message: string): Problem {
  return { file, line: null, column: null, field: '', rule, message };
}


export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
