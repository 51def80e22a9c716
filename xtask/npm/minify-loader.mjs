// Minifies the inline loader (public/areas.js, which Trunk inlines as written) in a built page, and
// writes the minified script's SHA-256 into the page's Content-Security-Policy in place of the readable
// one's. Run by `cargo xtask dist|test|bench` after Trunk's build: node minify-loader.mjs dist/index.html
//
// The readable loader's hash must be the page's policy's (so that `trunk serve` runs it): a stale one
// stops the build here, naming the hash to write into public/index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const page = process.argv[2];
const html = readFileSync(page, 'utf8');
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

// The one inline script: a `<script>` with no attributes (the modules are imported by it).
const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
if (scripts.length !== 1) {
  throw new Error(`${page}: expected one inline script (the loader), found ${scripts.length}`);
}
const readable = scripts[0][1];
const policyHash = `'sha256-${sha256(readable)}'`;
if (!html.includes(policyHash)) {
  throw new Error(`public/index.html's policy (script-src) needs ${policyHash}: public/areas.js has changed`);
}
const minified = transformSync(readable, { minify: true, loader: 'js', target: 'es2022', charset: 'utf8' }).code.trimEnd();
const out = html
  .replace(scripts[0][0], () => `<script>${minified}</script>`)
  .replace(policyHash, `'sha256-${sha256(minified)}'`);
writeFileSync(page, out);
console.log(`loader minified: ${Buffer.byteLength(readable)} → ${Buffer.byteLength(minified)} bytes`);
