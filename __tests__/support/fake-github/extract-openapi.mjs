#!/usr/bin/env node
// Writes openapi-subset.json: the operations the fake GitHub API serves, taken
// from GitHub's published (dereferenced) OpenAPI description in @octokit/openapi.
// The package is ~385 MB, so it is not a dependency; install it somewhere and run:
//   npm i --no-save @octokit/openapi && node test/fake-github/extract-openapi.mjs
//   node test/fake-github/extract-openapi.mjs /path/to/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/branches/{branch}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}'],
  ['get', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/check-runs'],
];

// Response examples are large and say nothing the schemas do not.
function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'examples' || key === 'example') continue;
    out[key] = strip(v);
  }
  return out;
}

function packageDir() {
  if (process.argv[2]) return process.argv[2];
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve('@octokit/openapi/package.json'));
}

const dir = packageDir();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(join(dir, 'generated', 'api.github.com.deref.json'), 'utf8'));
const paths = {};
for (const [method, path] of OPERATIONS) {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
  paths[path] ??= {};
  paths[path][method] = strip(op);
}
const subset = {
  openapi: spec.openapi,
  info: {
    title: spec.info.title,
    version: spec.info.version,
    'x-source': `@octokit/openapi@${pkg.version} generated/api.github.com.deref.json`,
  },
  paths,
};
const out = join(dirname(fileURLToPath(import.meta.url)), 'openapi-subset.json');
writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
console.log(`wrote ${out}: ${OPERATIONS.length} operations`);
