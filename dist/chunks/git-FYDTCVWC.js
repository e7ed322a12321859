import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
import {
  git
} from "./chunk-WTDB2BA4.js";
import "./chunk-MJYV5W3C.js";
export {
  git
};
