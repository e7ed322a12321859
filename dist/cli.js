#!/usr/bin/env node
"use strict";

// src/cli-bin.ts
var import_node_path2 = require("node:path");

// src/compile-cache.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
function cacheFolder(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = process.getuid?.();
  const folder = (0, import_node_path.join)(temporaryFolder(env), `coverage-gate-${uid ?? "user"}`);
  try {
    (0, import_node_fs.mkdirSync)(folder, { recursive: true, mode: 448 });
    const stat = (0, import_node_fs.lstatSync)(folder);
    if (!stat.isDirectory()) return void 0;
    if (uid !== void 0 && (stat.uid !== uid || (stat.mode & 18) !== 0)) return void 0;
    return folder;
  } catch {
    return void 0;
  }
}
function temporaryFolder(env) {
  if (process.platform === "win32")
    return require("node:os").tmpdir();
  const path = env.TMPDIR || env.TMP || env.TEMP || "/tmp";
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
function readCache(file) {
  try {
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
}
function writeCache(file, data) {
  const aside = `${file}.${process.pid}`;
  try {
    (0, import_node_fs.writeFileSync)(aside, data, { mode: 384 });
    (0, import_node_fs.renameSync)(aside, file);
  } catch {
    return;
  }
  prune((0, import_node_path.dirname)(file));
}
var CACHES_KEPT = 8;
var ASIDE_STALE_MS = 10 * 60 * 1e3;
var CACHE_NAME = /^cli-[0-9a-f]{16}-v[0-9.]+-[a-z0-9]+\.bin$/;
var ASIDE_NAME = /^cli-[0-9a-f]{16}-v[0-9.]+-[a-z0-9]+\.bin\.[0-9]+$/;
function prune(folder) {
  try {
    const now = Date.now();
    const caches = [];
    for (const name of (0, import_node_fs.readdirSync)(folder)) {
      const isCache = CACHE_NAME.test(name);
      if (!isCache && !ASIDE_NAME.test(name)) continue;
      const path = (0, import_node_path.join)(folder, name);
      const written = (0, import_node_fs.statSync)(path).mtimeMs;
      if (isCache) caches.push({ path, written });
      else if (now - written > ASIDE_STALE_MS) remove(path);
    }
    caches.sort((a, b) => b.written - a.written);
    for (const { path } of caches.slice(CACHES_KEPT)) remove(path);
  } catch {
  }
}
function remove(path) {
  try {
    (0, import_node_fs.unlinkSync)(path);
  } catch {
  }
}
function runWithCompileCache(file, key, load) {
  const source = (0, import_node_fs.readFileSync)(file, "latin1");
  const folder = cacheFolder();
  const cacheFile = folder && (0, import_node_path.join)(folder, `cli-${key}-${process.version}-${process.arch}.bin`);
  const cachedData = cacheFile ? readCache(cacheFile) : void 0;
  const script = new import_node_vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}
})`,
    { filename: file, cachedData }
  );
  if (cacheFile && (cachedData === void 0 || script.cachedDataRejected)) {
    process.once("exit", () => writeCache(cacheFile, script.createCachedData()));
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, load, module2, file, (0, import_node_path.dirname)(file));
}

// src/cli-bin.ts
runWithCompileCache((0, import_node_path2.join)(__dirname, "cli-engine.cjs"), "668e510ef81f1aa2", require);
