/**
 * Runs the content check before Astro reads any record, and makes it the only reader: the content
 * loaders fill the collections from its result (src/site/checked-loader.ts) and claim bodies reach
 * the MDX compiler without their frontmatter, so no second YAML parser ever sees a record.
 * A build with problems stops with the same report `npm run check` prints; the dev server prints
 * it and goes on, re-checking when a record changes, so a maintainer can fix files while it runs.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import type { CheckResult } from '../lib/check/check.ts';
import { devOverlay } from '../lib/check/dev-overlay.ts';
import { formatReport, summarise } from '../lib/check/report.ts';
import { contentRoot } from '../lib/records/content-root.ts';
import { bodyOnly } from '../lib/records/frontmatter.ts';
import { checkedContent, runCheck } from '../site/checked-content.ts';
import { CHECKED_LOADER } from '../site/checked-loader.ts';

export function contentGate(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'claimtrail:content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        projectRoot = fileURLToPath(config.root);
        const result = runCheck(projectRoot);
        updateConfig({ vite: { plugins: [checkedMdxBodies(() => checkedContent(projectRoot), projectRoot)] } });
        if (!report(result, logger) && command === 'build') {
          // Exit rather than throw: the report above is the whole message, a stack trace would only bury it.
          logger.error('Nothing was built. Fix the problems above; `npm run check` shows them again.');
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const folder = resolve(projectRoot, contentRoot());
        const showProblems = () => {
          const overlay = devOverlay(checkedContent(projectRoot), projectRoot);
          if (overlay) server.ws.send(overlay);
        };
        server.watcher.add(folder);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder)) return;
          report(runCheck(projectRoot), logger);
          // After the reload the refreshed content causes, so the report stays over the page.
          void refreshContent?.({ loaders: [CHECKED_LOADER] }).then(() => setTimeout(showProblems, 300));
        });
        server.ws.on('connection', showProblems);
      },
    },
  };
}

/** Prints the summary or the full report; true when there is no problem. */
function report(result: CheckResult, logger: AstroIntegrationLogger): boolean {
  if (!result.problems.length) {
    logger.info(summarise(result, []));
    return true;
  }
  process.stderr.write(formatReport('human', result));
  return false;
}

/**
 * Serves each published claim's MDX to the compiler from the text the check read, frontmatter
 * blanked: @astrojs/mdx would otherwise parse the frontmatter again with js-yaml, whose rules differ
 * (an unquoted date becomes a Date, an alias bomb is expanded).
 */
function checkedMdxBodies(checked: () => CheckResult, projectRoot: string): Plugin {
  const byPath = new WeakMap<CheckResult, Map<string, string>>();
  const textsOf = (result: CheckResult) => {
    let texts = byPath.get(result);
    if (!texts) {
      texts = new Map([...result.content.claims.values()].flatMap((entry) => (entry.mdx === undefined ? [] : [[resolve(projectRoot, entry.file), entry.mdx] as const])));
      byPath.set(result, texts);
    }
    return texts;
  };
  return {
    name: 'claimtrail:checked-mdx-bodies',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('.mdx')) return null;
      const text = textsOf(checked()).get(path);
      return text === undefined ? null : bodyOnly(text);
    },
  };
}
