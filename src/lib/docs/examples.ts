/** The example records in docs/examples/, read with the project's own readers; the file name says the record type. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../records/frontmatter.ts';
import { parseYamlSource } from '../records/yaml-source.ts';
import type { ExampleRecord } from './field-reference.ts';

const KIND_OF_PREFIX = { claim: 'claims', finding: 'findings', source: 'sources', reproduction: 'reproductions' } as const;

/** Relative to the project root, the working directory of every npm script and of the build. */
export const EXAMPLES_DIR = join('docs', 'examples');

export function readExamples(dir: string = EXAMPLES_DIR): ExampleRecord[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .sort()
    .map((name) => {
      const prefix = name.split(/[-.]/)[0] as keyof typeof KIND_OF_PREFIX;
      const kind = KIND_OF_PREFIX[prefix];
      if (!kind) throw new Error(`docs/examples/${name}: the name must start with claim-, finding-, source- or reproduction-.`);
      const text = readFileSync(join(dir, name), 'utf8');
      const yaml = name.endsWith('.mdx') ? (splitFrontmatter(text)?.yaml ?? '') : text;
      return { file: `docs/examples/${name}`, kind, data: parseYamlSource(yaml).data };
    });
}
