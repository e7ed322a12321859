import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
async function git(dir, args, signal) {
  const { stdout } = await run("git", [...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: MAX_BUFFER,
    ...signal ? { signal } : {}
  });
  return stdout;
}

export {
  git
};
