/**
 * Reads every record file under the content folder, keeping source positions.
 * Nothing here judges the content beyond "can it be read"; validation comes after.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ID_PATTERN } from '../../schema/common.ts';
import { RECORD_COLLECTIONS, VOCABULARY_FILES, type CollectionKind } from '../../schema/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { FieldPath, Position, Problem } from '../check/problem.ts';
import { slug } from '../words.ts';
import { parseYamlSource } from './yaml-source.ts';

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
}

/**
 * @param contentDir absolute path of the content folder
 * @param projectRoot folder that reported file paths are relative to
 */
export function loadContent(contentDir: string, projectRoot: string): LoadResult {
  const result: LoadResult = { records: [], unreadable: [], problems: [], files: [] };
  const rel = (path: string) => relative(projectRoot, path).split(sep).join('/');

  for (const [kind, { dir, ext }] of Object.entries(RECORD_COLLECTIONS) as [CollectionKind, { dir: string; ext: string }][]) {
    const folder = join(contentDir, dir);
    for (const name of listFolder(folder)) {
      const path = join(folder, name);
      const file = rel(path);
      if (statSync(path).isDirectory()) {
        result.problems.push(fileProblem(file, 'file-layout', `Records live directly in ${rel(folder)}/; move the files out of this folder.`));
        continue;
      }
      if (!name.endsWith(ext)) {
        result.problems.push(
          fileProblem(file, 'file-layout', `Only ${ext} files belong in ${rel(folder)}/; rename it to ${name.replace(/\.[^.]*$/, '')}${ext} or move it.`),
        );
        continue;
      }
      result.files.push(file);
      const id = name.slice(0, -ext.length);
      if (!ID_PATTERN.test(id)) {
        result.problems.push(
          fileProblem(file, 'id-format', `The file name is the record's permanent id and must be kebab-case (lower-case letters, digits, single hyphens), e.g. "${slug(id)}${ext}".`),
        );
        continue;
      }
      const text = readFileSync(path, 'utf8');
      if (ext === '.mdx') readMdxRecord(result, kind, id, file, text);
      else readYamlRecord(result, kind, id, file, text);
    }
  }

  for (const [kind, { file: name }] of Object.entries(VOCABULARY_FILES) as [CollectionKind, { file: string }][]) {
    const path = join(contentDir, name);
    const file = rel(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      result.problems.push(fileProblem(file, 'missing-file', `The ${kind} vocabulary ${file} is missing; records name their ${kind} from it.`));
      continue;
    }
    result.files.push(file);
    const yaml = parseYamlSource(text);
    if (reportSyntax(result, file, yaml.errors)) continue;
    if (!Array.isArray(yaml.data)) {
      result.problems.push({ file, ...yaml.locate([]), field: '', rule: 'schema', message: `${file} must be a YAML list of entries, each starting with "- id: …".` });
      continue;
    }
    yaml.data.forEach((entry: unknown, index) => {
      const id = isObject(entry) && typeof entry['id'] === 'string' ? entry['id'] : `#${index + 1}`;
      result.records.push({ kind, id, file, data: entry, locate: (p) => yaml.locate([index, ...p]) });
    });
  }
  return result;
}

function readYamlRecord(result: LoadResult, kind: CollectionKind, id: string, file: string, text: string): void {
  const yaml = parseYamlSource(text);
  if (reportSyntax(result, file, yaml.errors)) return void result.unreadable.push({ kind, id });
  result.records.push({ kind, id, file, data: yaml.data ?? {}, locate: yaml.locate });
}

function readMdxRecord(result: LoadResult, kind: CollectionKind, id: string, file: string, text: string): void {
  const split = splitFrontmatter(text);
  if (!split) {
    result.problems.push({
      file, line: 1, column: 1, field: '', rule: 'frontmatter',
      message: 'A claim file starts with YAML frontmatter between two lines of "---", then the analysis.',
    });
    return void result.unreadable.push({ kind, id });
  }
  const yaml = parseYamlSource(split.yaml, split.yamlStartLine - 1);
  if (reportSyntax(result, file, yaml.errors)) return void result.unreadable.push({ kind, id });
  result.records.push({ kind, id, file, data: yaml.data ?? {}, locate: yaml.locate, mdx: text });
}

function reportSyntax(result: LoadResult, file: string, errors: { message: string; position: Position }[]): boolean {
  for (const error of errors) {
    result.problems.push({ file, ...error.position, field: '', rule: 'yaml-syntax', message: `The YAML cannot be read: ${error.message}` });
  }
  return errors.length > 0;
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

function fileProblem(file: string, rule: string, message: string): Problem {
  return { file, line: null, column: null, field: '', rule, message };
}


export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
