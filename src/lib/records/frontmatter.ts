/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers. */

export interface SplitMdx {
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening ---). */
  yamlStartLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

export function splitFrontmatter(text: string): SplitMdx | null {
  return text.includes('\r') ? splitLines(text) : splitAtNewlines(text);
}

/** The same split for text with only \n line ends, cut out of the text instead of splitting every line of it. */
function splitAtNewlines(text: string): SplitMdx | null {
  const firstEnd = text.indexOf('\n');
  if (lineAt(text, 0, firstEnd).trim() !== '---') return null;
  if (firstEnd < 0) return null;
  const yamlStart = firstEnd + 1;
  let lineNumber = 2;
  for (let start = yamlStart; ; lineNumber++) {
    const end = text.indexOf('\n', start);
    if (lineAt(text, start, end).trim() === '---') {
      return {
        yaml: text.slice(yamlStart, Math.max(yamlStart, start - 1)),
        yamlStartLine: 2,
        body: end < 0 ? '' : text.slice(end + 1),
        bodyStartLine: lineNumber + 1,
      };
    }
    if (end < 0) return null;
    start = end + 1;
  }
}

function lineAt(text: string, start: number, end: number): string {
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

function splitLines(text: string): SplitMdx | null {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) return null;
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine: close + 2,
  };
}

/**
 * The MDX file as its compiler should see it: the frontmatter lines emptied (the check has read
 * them), so no frontmatter parser runs again; body lines keep their numbers. The MDX rule refuses a
 * body whose first line is `---` or `+++`, which a frontmatter parser would take for a second block.
 */
export function bodyOnly(text: string): string | null {
  const split = splitFrontmatter(text);
  return split && `${'\n'.repeat(split.bodyStartLine - 1)}${split.body}`;
}

/** True when the body's first non-blank line opens a frontmatter block (`---` or `+++`). */
export function bodyOpensFrontmatter(body: string): boolean {
  return /^\s*\n(?:---|\+\+\+)/.test(`\n${body}`);
}
