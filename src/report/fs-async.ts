/**
 * The asynchronous file calls the tool makes, promisified from `node:fs`:
 * `node:fs/promises` loads the readline, file-watching and directory modules
 * along with it (for its FileHandle), a measurable part of a small run's
 * start-up, and the tool uses none of them.
 */
import {
  copyFile as copyFileCallback,
  mkdir as mkdirCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  stat as statCallback,
  writeFile as writeFileCallback,
} from 'node:fs';
import { promisify } from 'node:util';

export const readFile = promisify(readFileCallback);
export const stat = promisify(statCallback);
export const readdir = promisify(readdirCallback);
export const writeFile = promisify(writeFileCallback);
export const copyFile = promisify(copyFileCallback);
export const mkdir = promisify(mkdirCallback);
