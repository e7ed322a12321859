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
var HEADER = "coverage-gate code cache, runs seen: ";
var WAYS_KEPT = 32;
function wayOfRunning(args) {
  const names = /* @__PURE__ */ new Set();
  for (const arg of args) {
    if (arg === "--") break;
    const name = /^--?([A-Za-z0-9-]+)(=|$)/.exec(arg)?.[1];
    if (name) names.add(name);
  }
  return [...names].sort().join(",");
}
function readCache(file) {
  try {
    const bytes = (0, import_node_fs.readFileSync)(file);
    const end = bytes.indexOf(10);
    if (end === -1 || bytes.toString("latin1", 0, HEADER.length) !== HEADER) return void 0;
    return {
      ways: bytes.toString("latin1", HEADER.length, end).split(" "),
      data: bytes.subarray(end + 1)
    };
  } catch {
    return void 0;
  }
}
function cacheBytes(cache) {
  return Buffer.concat([Buffer.from(`${HEADER}${cache.ways.join(" ")}
`, "latin1"), cache.data]);
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
  const cache = cacheFile ? readCache(cacheFile) : void 0;
  const script = new import_node_vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}
})`,
    { filename: file, cachedData: cache?.data }
  );
  const way = wayOfRunning(process.argv.slice(2));
  const ways = cache && !script.cachedDataRejected ? cache.ways : [];
  if (cacheFile && !ways.includes(way) && ways.length < WAYS_KEPT) {
    process.once(
      "exit",
      () => writeCache(cacheFile, cacheBytes({ ways: [...ways, way], data: script.createCachedData() }))
    );
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, load, module2, file, (0, import_node_path.dirname)(file));
}

// src/cli-bin.ts
runWithCompileCache((0, import_node_path2.join)(__dirname, "cli-engine.cjs"), "537765d465b44b35", require);
