// Builds the bundles once per test run, into a temporary folder the end-to-end
// tests run (CG_BUNDLE_DIR); the committed dist/ is never written while
// workers may be running it. A jest started by a test reuses its parent's
// bundles. The teardown removes the folder this process built.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default function globalSetup() {
  const given = process.env.CG_BUNDLE_DIR;
  if (given && existsSync(join(given, 'index.js'))) return;
  const dir = mkdtempSync(join(tmpdir(), 'cg-bundle-'));
  execFileSync(process.execPath, ['scripts/build.mjs', dir], { cwd: ROOT, stdio: 'inherit' });
  process.env.CG_BUNDLE_DIR = dir;
  process.env.CG_BUNDLE_BUILT_BY = String(process.pid);
}
