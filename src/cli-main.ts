import { main } from './cli.js';
import { directWriter } from './stdout.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const direct = directWriter(1, (bytes) => process.stdout.write(bytes));

// No top-level await: the command line is bundled as CommonJS (see scripts/build.mjs).
void main(process.argv.slice(2), {
  stdout: direct ?? ((text) => process.stdout.write(text)),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  cwd: process.cwd(),
  // A pipe or a file is no terminal (asking the stream would load it).
  isTTY: direct ? false : process.stdout.isTTY === true,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
