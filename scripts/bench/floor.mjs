// The floor: read the same files as the gate and JSON.parse the JSON ones,
// nothing else. Usage: node floor.mjs FILE...
import { readFileSync } from 'node:fs';

let keys = 0;
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  keys += path.endsWith('.json') ? Object.keys(JSON.parse(text)).length : text.length;
}
process.stdout.write(`${keys}\n`);
