import { main } from './cli.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// No top-level await: the command line is bundled as CommonJS (see scripts/build.mjs).
void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
