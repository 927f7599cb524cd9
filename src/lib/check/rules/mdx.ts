/**
 * Claim bodies: Markdown prose plus the allow-listed components, with no import/export, no
 * JavaScript expressions, no script/iframe or unknown elements, no event handlers, https links only,
 * and no images from other origins. Parsed with the same MDX parser the build uses.
 */
import { mdxToMdast } from 'satteri';
import type { Rule } from '../../records/content-set.ts';
import { bodyOpensFrontmatter, splitFrontmatter } from '../../records/frontmatter.ts';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES } from '../mdx-components.ts';
import type { RuleId } from '../catalogue.ts';
import type { Problem } from '../problem.ts';
import { urlRefusal } from './urls.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

export const mdxRule: Rule = ({ raw }) => raw.flatMap((record) => (record.mdx === undefined ? [] : checkMdxBody(record.file, record.mdx)));

export function checkMdxBody(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const report = (node: MdxNode | undefined, rule: RuleId, message: string, line?: number, column?: number) =>
    problems.push({
      file,
      line: line ?? node?.position?.start.line ?? null,
      column: column ?? node?.position?.start.column ?? null,
      field: 'body',
      rule,
      message,
    });

  let tree: MdxNode;
  try {
    tree = mdxToMdast(text, {}) as unknown as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /^(\d+):(\d+):\s*/.exec(message);
    const [line, column] = where ? [Number(where[1]), Number(where[2])] : [undefined, undefined];
    const unclosed = /Expected a closing tag for `<([A-Za-z][\w.-]*)>`/.exec(message)?.[1];
    if (unclosed && !ALLOWED_COMPONENTS[unclosed] && !ALLOWED_HTML.has(unclosed)) {
      // The parser asks for a closing tag, but closing it would only lead to "not allowed": say so first.
      report(undefined, RISKY_ELEMENT.test(unclosed) ? 'mdx-unsafe' : 'mdx-component', `${notAllowed(unclosed)} Remove it rather than closing it.`, line, column);
    } else {
      report(undefined, 'mdx-syntax', `The MDX cannot be read: ${message.replace(/^\d+:\d+:\s*/, '')}`, line, column);
    }
    return problems;
  }

  const split = splitFrontmatter(text);
  if (split && bodyOpensFrontmatter(split.body)) {
    const line = split.bodyStartLine + split.body.split('\n').findIndex((row) => row.trim() !== '');
    report(undefined, 'mdx-syntax', 'The analysis must not open with a line of "---" or "+++", which reads as a second frontmatter block; start with a sentence.', line, 1);
  }

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'mdx-unsafe', 'import and export are not allowed in a claim; the allowed components are available without importing them.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'mdx-unsafe', 'JavaScript expressions in {braces} are not allowed in a claim; write \\{ to show a literal brace.');
        break;
      case 'html':
        report(node, 'mdx-unsafe', 'Raw HTML is not allowed in a claim; use Markdown or an allowed component.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        break;
      case 'link':
      case 'definition': {
        if (node.url === undefined || isLocal(node.url)) break;
        const refused = urlRefusal(node.url);
        if (refused) report(node, refused.rule, refused.message);
        break;
      }
      case 'image':
        if (node.url !== undefined && !isLocal(node.url)) {
          report(node, 'offsite-image', 'Images must be files under public/ linked with a path starting with "/": the site makes no requests to other origins.');
        }
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

type Report = (node: MdxNode, rule: RuleId, message: string) => void;

function checkElement(node: MdxNode, report: Report): void {
  const name = node.name;
  if (!name) return report(node, 'mdx-unsafe', 'JSX fragments (<>…</>) are not allowed in a claim.');
  const component = ALLOWED_COMPONENTS[name];
  const isHtml = ALLOWED_HTML.has(name);
  if (!component && !isHtml) {
    return report(node, RISKY_ELEMENT.test(name) ? 'mdx-unsafe' : 'mdx-component', notAllowed(name));
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      report(node, 'mdx-unsafe', `Spread attributes ({...}) are not allowed on <${name}>.`);
    } else if (/^on/i.test(attribute.name)) {
      report(node, 'mdx-unsafe', `Event handler attributes such as ${attribute.name} are not allowed: they run code in the reader's browser.`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, 'mdx-unsafe', `The attribute ${attribute.name} on <${name}> uses a JavaScript expression; give it a plain "quoted" value.`);
    } else if (!(component ? component.attributes.includes(attribute.name) : ALLOWED_HTML_ATTRIBUTES.has(attribute.name))) {
      const allowed = component ? component.attributes : [...ALLOWED_HTML_ATTRIBUTES];
      report(node, 'mdx-component', `<${name}> does not take the attribute ${attribute.name}; it takes: ${allowed.join(', ') || 'none'}.`);
    }
  }
}

const RISKY_ELEMENT = /^(script|iframe|object|embed|style|link|meta|form|frame|frameset|base|svg|math|template)$/i;

/** Why an element that is neither an allowed component nor allowed inline HTML cannot be used. */
function notAllowed(name: string): string {
  if (RISKY_ELEMENT.test(name)) return `<${name}> is not allowed in a claim: it can run code or load content from elsewhere.`;
  if (/^img$/i.test(name)) return '<img> is not allowed in a claim: show an image with Markdown, ![what it shows](/images/file.png), from a file under public/.';
  const allowed = Object.keys(ALLOWED_COMPONENTS).map((n) => `<${n}>`).join(', ');
  return `<${name}> is not an allowed component or element; allowed components: ${allowed}; inline HTML: ${[...ALLOWED_HTML].join(', ')}.`;
}

/** A path on this site or a fragment, which cannot leave the origin. */
function isLocal(url: string): boolean {
  return (url.startsWith('/') && !url.startsWith('//')) || url.startsWith('#');
}
