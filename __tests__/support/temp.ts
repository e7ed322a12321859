// Temporary folders of a test file, removed after the file's tests: no test
// leaves a runner directory, workspace or scratch repository behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Under jest, after the file's tests; elsewhere (the API bench bundles this support), at exit.
if (typeof afterAll === 'function') afterAll(removeAll);
else process.on('exit', removeAll);

/** A new folder under the system's temporary folder, removed after the file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
