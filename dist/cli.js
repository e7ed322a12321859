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
runWithCompileCache((0, import_node_path2.join)(__dirname, "cli-engine.cjs"), "b221f55ec84e1852", require);
