// Debian's headless Chromium driven by playwright-core, with the flags this kind of machine needs,
// a fresh profile per launch, and the profile and Chromium's temp folders removed afterwards.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {}
  }
  throw new Error('Chromium not found: run `cargo xtask test`, which installs it');
}

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'ddh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      for (const entry of readdirSync(tmpdir())) {
        if (entry.startsWith('org.chromium.Chromium.scoped_dir')) {
          rmSync(join(tmpdir(), entry), { recursive: true, force: true });
        }
      }
    },
  };
}
