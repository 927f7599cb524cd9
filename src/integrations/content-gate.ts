/**
 * Runs the content check before Astro reads any record. A build with problems stops with the same
 * report `npm run check` prints. The dev server prints it and goes on, so a maintainer can fix files
 * while it runs: every save under the content folder checks again, prints the report, and shows it
 * in the browser over the page until the problems are gone.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, type CheckResult } from '../lib/check/check.ts';
import { devOverlay } from '../lib/check/dev-overlay.ts';
import { contentRoot } from '../lib/records/content-root.ts';
import { formatReport, summarise } from '../lib/check/report.ts';

export function contentGate(): AstroIntegration {
  let latest: CheckResult | undefined;
  const report = (logger: { info(message: string): void }) => {
    latest = checkContent({ contentDir: contentRoot() });
    if (latest.problems.length) process.stderr.write(formatReport('human', latest));
    else logger.info(summarise(latest, []));
    return latest;
  };
  return {
    name: 'claimtrail:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const result = report(logger);
        if (result.problems.length && command === 'build') {
          // Exit rather than throw: the report above is the whole message, a stack trace would only bury it.
          logger.error('Nothing was built. Fix the problems above; `npm run check` shows them again.');
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const folder = resolve(root, contentRoot()) + sep;
        const show = () => {
          const overlay = latest && devOverlay(latest, root);
          if (overlay) server.ws.send(overlay);
        };
        let timer: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder)) return;
          // One check per burst of saves (an editor may write a file twice).
          clearTimeout(timer);
          timer = setTimeout(() => {
            report(logger);
            // After Astro's own reload of the changed page, so the overlay stays over it.
            setTimeout(show, 300);
          }, 100);
        });
        server.ws.on('connection', show);
      },
    },
  };
}
