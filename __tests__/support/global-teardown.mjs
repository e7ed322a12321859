// Removes the bundles global-setup.mjs built for this run (not a parent's).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env.CG_BUNDLE_DIR;
  if (dir && process.env.CG_BUNDLE_BUILT_BY === String(process.pid)) {
    rmSync(dir, { recursive: true, force: true });
  }
}
