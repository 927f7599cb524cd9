/** An index-file loader over files held in memory, for Node callers (benchmarks, tests) of the engine. */

/** Reads index files held in memory, parsed from their JSON text as the browser receives them. */
export function memoryLoader(files: ReadonlyMap<string, string>): (path: string) => Promise<unknown> {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`No search index file ${path}.`);
    return JSON.parse(text);
  };
}
