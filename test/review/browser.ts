// Debian's chromium driven by playwright-core (Playwright's own browser download
// is not used): headless, no network services, a fresh profile per launch.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** `.ci/run` installs it where missing; VNPLAN_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.VNPLAN_CHROMIUM ?? '/usr/bin/chromium';

export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium (or .ci/run), or set VNPLAN_CHROMIUM`);
  const profile = await mkdtemp(join(tmpdir(), 'vnplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: 'vi-VN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
