// Debian's headless Chromium driven by playwright-core, with the flags this kind of machine needs,
// a fresh profile per launch, and the profile and the temp folders Chromium made removed afterwards.
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

const chromiumTemp = () =>
  new Set(readdirSync(tmpdir()).filter((entry) => entry.startsWith('org.chromium.Chromium.')));

export async function launch() {
  const before = chromiumTemp();
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
      // Chromium's own temp folders (scoped_dir…, ~50 MB a run) that appeared while it ran.
      for (const entry of chromiumTemp()) {
        if (!before.has(entry)) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
      }
    },
  };
}
