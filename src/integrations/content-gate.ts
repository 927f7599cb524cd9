/**
 * Runs the content check before Astro reads any record. A build with problems stops with the same
 * report `npm run check` prints; the dev server prints it and goes on, so a maintainer can fix
 * files while it runs.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check/check.ts';
import { contentRoot } from '../lib/records/content-root.ts';
import { formatReport, summarise } from '../lib/check/report.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'claimtrail:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const result = checkContent({ contentDir: contentRoot() });
        if (!result.problems.length) {
          logger.info(summarise(result, []));
          return;
        }
        process.stderr.write(formatReport('human', result));
        if (command === 'build') {
          // Exit rather than throw: the report above is the whole message, a stack trace would only bury it.
          logger.error('Nothing was built. Fix the problems above; `npm run check` shows them again.');
          process.exit(1);
        }
      },
    },
  };
}
