/**
 * Fails the run, never skips it, when no browser can be launched, and says how to get one.
 * Also refuses to test a missing build.
 */
import { existsSync } from 'node:fs';
import { chromium, type FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
  if (!existsSync('dist/index.html')) {
    throw new Error('No built site in dist/. Run `npm run build` first (`npm test` does it for you).');
  }
  const executablePath = config.projects[0]?.use.launchOptions?.executablePath;
  try {
    const browser = await chromium.launch(executablePath ? { executablePath } : {});
    await browser.close();
  } catch (error) {
    throw new Error(
      `No browser could be launched for the end-to-end tests${executablePath ? ` (tried ${executablePath})` : ''}.\n` +
        'Install one: on Debian or Ubuntu `sudo apt-get install -y chromium`; elsewhere `npx playwright install chromium`.\n' +
        `Cause: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}
