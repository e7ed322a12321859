#!/usr/bin/env node
import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob2, options) : picomatch4.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch4.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/fast-xml-parser/src/util.js
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
function isExist(v) {
  return typeof v !== "undefined";
}
var nameStartChar, nameChar, nameRegexp, regexName, isName, DANGEROUS_PROPERTY_NAMES, criticalProperties;
var init_util = __esm({
  "node_modules/fast-xml-parser/src/util.js"() {
    "use strict";
    nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
    nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
    nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
    regexName = new RegExp("^" + nameRegexp + "$");
    isName = function(string) {
      const match = regexName.exec(string);
      return !(match === null || typeof match === "undefined");
    };
    DANGEROUS_PROPERTY_NAMES = [
      // '__proto__',
      // 'constructor',
      // 'prototype',
      "hasOwnProperty",
      "toString",
      "valueOf",
      "__defineGetter__",
      "__defineSetter__",
      "__lookupGetter__",
      "__lookupSetter__"
    ];
    criticalProperties = ["__proto__", "constructor", "prototype"];
  }
});

// node_modules/fast-xml-parser/src/validator.js
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code2, message, lineNumber) {
  return {
    err: {
      code: code2,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
var defaultOptions, doubleQuote, singleQuote;
var init_validator = __esm({
  "node_modules/fast-xml-parser/src/validator.js"() {
    "use strict";
    init_util();
    defaultOptions = {
      allowBooleanAttributes: false,
      //A tag can have attributes without any value
      unpairedTags: []
    };
    doubleQuote = '"';
    singleQuote = "'";
  }
});

// node_modules/@nodable/entities/src/entities.js
var CURRENCY, XML, COMMON_HTML;
var init_entities = __esm({
  "node_modules/@nodable/entities/src/entities.js"() {
    CURRENCY = {
      cent: "\xA2",
      pound: "\xA3",
      curren: "\xA4",
      yen: "\xA5",
      euro: "\u20AC",
      dollar: "$",
      fnof: "\u0192",
      inr: "\u20B9",
      af: "\u060B",
      birr: "\u1265\u122D",
      peso: "\u20B1",
      rub: "\u20BD",
      won: "\u20A9",
      yuan: "\xA5",
      cedil: "\xB8"
    };
    XML = {
      amp: "&",
      apos: "'",
      gt: ">",
      lt: "<",
      quot: '"'
    };
    COMMON_HTML = {
      nbsp: "\xA0",
      copy: "\xA9",
      reg: "\xAE",
      trade: "\u2122",
      mdash: "\u2014",
      ndash: "\u2013",
      hellip: "\u2026",
      laquo: "\xAB",
      raquo: "\xBB",
      lsquo: "\u2018",
      rsquo: "\u2019",
      ldquo: "\u201C",
      rdquo: "\u201D",
      bull: "\u2022",
      para: "\xB6",
      sect: "\xA7",
      deg: "\xB0",
      frac12: "\xBD",
      frac14: "\xBC",
      frac34: "\xBE"
    };
  }
});

// node_modules/@nodable/entities/src/EntityDecoder.js
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var ENTITY_ACTION, SPECIAL_CHARS, LIMIT_TIER_EXTERNAL, LIMIT_TIER_BASE, LIMIT_TIER_ALL, NCR_LEVEL, XML10_ALLOWED_C0, EntityDecoder;
var init_EntityDecoder = __esm({
  "node_modules/@nodable/entities/src/EntityDecoder.js"() {
    init_entities();
    ENTITY_ACTION = Object.freeze({
      /** Resolve and expand the entity normally. */
      ALLOW: "allow",
      /** Silently skip this entity — it will not be registered. */
      BLOCK: "block",
      /** Throw an error, aborting entity registration entirely. */
      THROW: "throw"
    });
    SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
    LIMIT_TIER_EXTERNAL = "external";
    LIMIT_TIER_BASE = "base";
    LIMIT_TIER_ALL = "all";
    NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
    XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
    EntityDecoder = class {
      /**
       * @param {object} [options]
       * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
       * @param {object}  [options.limit]                 — security limits
       * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
       * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
       * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
       *   Which entity tiers count against the security limits:
       *   - 'external' (default) — only input/runtime + persistent external entities
       *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
       *   - 'all'                — every entity regardless of tier
       *   - string[]             — explicit combination, e.g. ['external', 'base']
       * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
       * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
       * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
       * @param {object}   [options.ncr]       — Numeric Character Reference controls
       * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
       *   XML version governing which codepoint ranges are restricted:
       *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
       *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
       * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
       *   Base action for numeric references. Severity order: allow < leave < remove < throw.
       *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
       *   the effective action is max(onNCR, rangeMinimum).
       * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
       *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
       *   Hook called when an external entity is registered via `setExternalEntities()` or
       *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
       *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
       *   Hook called when an input entity is registered via `addInputEntities()`. Return
       *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
       *   `ENTITY_ACTION.THROW` to abort with an error.
       */
      constructor(options = {}) {
        this._limit = options.limit || {};
        this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
        this._maxExpandedLength = this._limit.maxExpandedLength || 0;
        this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
        this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
        this._numericAllowed = options.numericAllowed ?? true;
        this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
        this._externalMap = /* @__PURE__ */ Object.create(null);
        this._inputMap = /* @__PURE__ */ Object.create(null);
        this._totalExpansions = 0;
        this._expandedLength = 0;
        this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
        this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
        const ncrCfg = parseNCRConfig(options.ncr);
        this._ncrXmlVersion = ncrCfg.xmlVersion;
        this._ncrOnLevel = ncrCfg.onLevel;
        this._ncrNullLevel = ncrCfg.nullLevel;
        this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
        this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
      }
      // -------------------------------------------------------------------------
      // Private: registration hook dispatch
      // -------------------------------------------------------------------------
      /**
       * Invoke a registration hook for a single entity name/value pair.
       * Returns true when the entity should be accepted, false when it should be
       * silently skipped (BLOCK), and throws when the hook returns THROW.
       *
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
       * @param {string} name
       * @param {string} value
       * @param {string} context  — used in error messages ('external' | 'input')
       * @returns {boolean}  true = accept, false = skip
       */
      _applyRegistrationHook(hook, name, value, context) {
        if (!hook) return true;
        const action = hook(name, value);
        if (action === ENTITY_ACTION.BLOCK) return false;
        if (action === ENTITY_ACTION.THROW) {
          throw new Error(
            `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
          );
        }
        return true;
      }
      // -------------------------------------------------------------------------
      // Persistent external entity registration
      // -------------------------------------------------------------------------
      /**
       * Replace the full set of persistent external entities.
       * All keys are validated — throws on invalid characters.
       * If `onExternalEntity` is set, it is called once per entry; entries that
       * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
       * aborts the whole call.
       * @param {Record<string, string | { regex?: RegExp, val: string }>} map
       */
      setExternalEntities(map) {
        if (map) {
          for (const key of Object.keys(map)) {
            validateEntityName(key);
          }
        }
        if (!this._onExternalEntity) {
          this._externalMap = mergeEntityMaps(map);
          return;
        }
        const flat = mergeEntityMaps(map);
        const filtered = /* @__PURE__ */ Object.create(null);
        for (const [name, value] of Object.entries(flat)) {
          if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
            filtered[name] = value;
          }
        }
        this._externalMap = filtered;
      }
      /**
       * Add a single persistent external entity.
       * If `onExternalEntity` is set it is called before the entity is stored;
       * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
       * @param {string} key
       * @param {string} value
       */
      addExternalEntity(key, value) {
        validateEntityName(key);
        if (typeof value === "string" && value.indexOf("&") === -1) {
          if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
            this._externalMap[key] = value;
          }
        }
      }
      // -------------------------------------------------------------------------
      // Input / runtime entity registration (per document)
      // -------------------------------------------------------------------------
      /**
       * Inject DOCTYPE entities for the current document.
       * Also resets per-document expansion counters.
       * If `onInputEntity` is set it is called once per entry; entries returning
       * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
       * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
       */
      addInputEntities(map) {
        this._totalExpansions = 0;
        this._expandedLength = 0;
        if (!this._onInputEntity) {
          this._inputMap = mergeEntityMaps(map);
          return;
        }
        const flat = mergeEntityMaps(map);
        const filtered = /* @__PURE__ */ Object.create(null);
        for (const [name, value] of Object.entries(flat)) {
          if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
            filtered[name] = value;
          }
        }
        this._inputMap = filtered;
      }
      // -------------------------------------------------------------------------
      // Per-document reset
      // -------------------------------------------------------------------------
      /**
       * Wipe input/runtime entities and reset counters.
       * Call this before processing each new document.
       * @returns {this}
       */
      reset() {
        this._inputMap = /* @__PURE__ */ Object.create(null);
        this._totalExpansions = 0;
        this._expandedLength = 0;
        return this;
      }
      // -------------------------------------------------------------------------
      // XML version (can be set after construction, e.g. once parser reads <?xml?>)
      // -------------------------------------------------------------------------
      /**
       * Update the XML version used for NCR classification.
       * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
       * @param {1.0|1.1|number} version
       */
      setXmlVersion(version) {
        this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
      }
      // -------------------------------------------------------------------------
      // Primary API
      // -------------------------------------------------------------------------
      /**
       * Replace all entity references in `str` in a single pass.
       *
       * @param {string} str
       * @returns {string}
       */
      decode(str) {
        if (typeof str !== "string" || str.length === 0) return str;
        if (str.indexOf("&") === -1) return str;
        const original = str;
        const chunks = [];
        const len = str.length;
        let last = 0;
        let i = 0;
        const limitExpansions = this._maxTotalExpansions > 0;
        const limitLength = this._maxExpandedLength > 0;
        const checkLimits = limitExpansions || limitLength;
        while (i < len) {
          if (str.charCodeAt(i) !== 38) {
            i++;
            continue;
          }
          let j = i + 1;
          while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
          if (j >= len || str.charCodeAt(j) !== 59) {
            i++;
            continue;
          }
          const token = str.slice(i + 1, j);
          if (token.length === 0) {
            i++;
            continue;
          }
          let replacement;
          let tier;
          if (this._removeSet.has(token)) {
            replacement = "";
            if (tier === void 0) {
              tier = LIMIT_TIER_EXTERNAL;
            }
          } else if (this._leaveSet.has(token)) {
            i++;
            continue;
          } else if (token.charCodeAt(0) === 35) {
            const ncrResult = this._resolveNCR(token);
            if (ncrResult === void 0) {
              i++;
              continue;
            }
            replacement = ncrResult;
            tier = LIMIT_TIER_BASE;
          } else {
            const resolved = this._resolveName(token);
            replacement = resolved?.value;
            tier = resolved?.tier;
          }
          if (replacement === void 0) {
            i++;
            continue;
          }
          if (i > last) chunks.push(str.slice(last, i));
          chunks.push(replacement);
          last = j + 1;
          i = last;
          if (checkLimits && this._tierCounts(tier)) {
            if (limitExpansions) {
              this._totalExpansions++;
              if (this._totalExpansions > this._maxTotalExpansions) {
                throw new Error(
                  `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
                );
              }
            }
            if (limitLength) {
              const delta = replacement.length - (token.length + 2);
              if (delta > 0) {
                this._expandedLength += delta;
                if (this._expandedLength > this._maxExpandedLength) {
                  throw new Error(
                    `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
                  );
                }
              }
            }
          }
        }
        if (last < len) chunks.push(str.slice(last));
        const result = chunks.length === 0 ? str : chunks.join("");
        return this._postCheck(result, original);
      }
      // -------------------------------------------------------------------------
      // Private: limit tier check
      // -------------------------------------------------------------------------
      /**
       * Returns true if a resolved entity of the given tier should count
       * against the expansion/length limits.
       * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
       * @returns {boolean}
       */
      _tierCounts(tier) {
        if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
        return this._limitTiers.has(tier);
      }
      // -------------------------------------------------------------------------
      // Private: entity resolution
      // -------------------------------------------------------------------------
      /**
       * Resolve a named entity token (without & and ;).
       * Priority: inputMap > externalMap > baseMap
       * Returns the resolved value tagged with its limit tier.
       *
       * @param {string} name
       * @returns {{ value: string, tier: string }|undefined}
       */
      _resolveName(name) {
        if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
        if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
        if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
        return void 0;
      }
      /**
       * Classify a codepoint and return the minimum action level that must be applied.
       * Returns -1 when no minimum is imposed (normal allow path).
       *
       * Ranges checked (in priority order):
       *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
       *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
       *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
       *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
       *
       * @param {number} cp  — codepoint
       * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
       */
      _classifyNCR(cp) {
        if (cp === 0) return this._ncrNullLevel;
        if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
        if (this._ncrXmlVersion === 1) {
          if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
        }
        return -1;
      }
      /**
       * Execute a resolved NCR action.
       *
       * @param {number} action   — NCR_LEVEL value
       * @param {string} token    — raw token (e.g. '#38') for error messages
       * @param {number} cp       — codepoint, used only for error messages
       * @returns {string|undefined}
       *   - decoded character string  → 'allow'
       *   - ''                        → 'remove'
       *   - undefined                 → 'leave' (caller must skip past '&' only)
       *   - throws Error              → 'throw'
       */
      _applyNCRAction(action, token, cp) {
        switch (action) {
          case NCR_LEVEL.allow:
            return String.fromCodePoint(cp);
          case NCR_LEVEL.remove:
            return "";
          case NCR_LEVEL.leave:
            return void 0;
          // signal: keep literal
          case NCR_LEVEL.throw:
            throw new Error(
              `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
            );
          default:
            return String.fromCodePoint(cp);
        }
      }
      /**
       * Full NCR resolution pipeline for a numeric token.
       *
       * Steps:
       *   1. Parse the codepoint (decimal or hex).
       *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
       *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
       *   4. Classify the codepoint to find the minimum required action level.
       *   5. Resolve effective action = max(onNCR, minimum).
       *   6. Apply and return.
       *
       * @param {string} token  — e.g. '#38', '#x26', '#X26'
       * @returns {string|undefined}
       *   - string (incl. '')  — replacement ('' = remove)
       *   - undefined          — leave original &token; as-is
       */
      _resolveNCR(token) {
        const second = token.charCodeAt(1);
        let cp;
        if (second === 120 || second === 88) {
          cp = parseInt(token.slice(2), 16);
        } else {
          cp = parseInt(token.slice(1), 10);
        }
        if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
        const minimum = this._classifyNCR(cp);
        if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
        const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
        return this._applyNCRAction(effective, token, cp);
      }
    };
  }
});

// node_modules/@nodable/entities/src/index.js
var init_src = __esm({
  "node_modules/@nodable/entities/src/index.js"() {
    init_EntityDecoder();
    init_entities();
  }
});

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var defaultOnDangerousProperty, defaultOptions2, buildOptions;
var init_OptionsBuilder = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js"() {
    init_util();
    defaultOnDangerousProperty = (name) => {
      if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
        return "__" + name;
      }
      return name;
    };
    defaultOptions2 = {
      preserveOrder: false,
      attributeNamePrefix: "@_",
      attributesGroupName: false,
      textNodeName: "#text",
      ignoreAttributes: true,
      removeNSPrefix: false,
      // remove NS from tag name or attribute name if true
      allowBooleanAttributes: false,
      //a tag can have attributes without any value
      //ignoreRootElement : false,
      parseTagValue: true,
      parseAttributeValue: false,
      trimValues: true,
      //Trim string values of tag and attributes
      cdataPropName: false,
      numberParseOptions: {
        hex: true,
        leadingZeros: true,
        eNotation: true,
        unicode: false
      },
      tagValueProcessor: function(tagName, val) {
        return val;
      },
      attributeValueProcessor: function(attrName, val) {
        return val;
      },
      stopNodes: [],
      //nested tags will not be parsed even for errors
      alwaysCreateTextNode: false,
      isArray: () => false,
      commentPropName: false,
      unpairedTags: [],
      processEntities: true,
      htmlEntities: false,
      entityDecoder: null,
      ignoreDeclaration: false,
      ignorePiTags: false,
      transformTagName: false,
      transformAttributeName: false,
      updateTag: function(tagName, jPath, attrs) {
        return tagName;
      },
      // skipEmptyListItem: false
      captureMetaData: false,
      maxNestedTags: 100,
      strictReservedNames: true,
      jPath: true,
      // if true, pass jPath string to callbacks; if false, pass matcher instance
      onDangerousProperty: defaultOnDangerousProperty
    };
    buildOptions = function(options) {
      const built = Object.assign({}, defaultOptions2, options);
      const propertyNameOptions = [
        { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
        { value: built.attributesGroupName, name: "attributesGroupName" },
        { value: built.textNodeName, name: "textNodeName" },
        { value: built.cdataPropName, name: "cdataPropName" },
        { value: built.commentPropName, name: "commentPropName" }
      ];
      for (const { value, name } of propertyNameOptions) {
        if (value) {
          validatePropertyName(value, name);
        }
      }
      if (built.onDangerousProperty === null) {
        built.onDangerousProperty = defaultOnDangerousProperty;
      }
      built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
      built.unpairedTagsSet = new Set(built.unpairedTags);
      if (built.stopNodes && Array.isArray(built.stopNodes)) {
        built.stopNodes = built.stopNodes.map((node) => {
          if (typeof node === "string" && node.startsWith("*.")) {
            return ".." + node.substring(2);
          }
          return node;
        });
      }
      return built;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL, XmlNode;
var init_xmlNode = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/xmlNode.js"() {
    "use strict";
    if (typeof Symbol !== "function") {
      METADATA_SYMBOL = "@@xmlMetadata";
    } else {
      METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
    }
    XmlNode = class {
      constructor(tagname) {
        this.tagname = tagname;
        this.child = [];
        this[":@"] = /* @__PURE__ */ Object.create(null);
      }
      add(key, val) {
        if (key === "__proto__") key = "#__proto__";
        this.child.push({ [key]: val });
      }
      addChild(node, startIndex) {
        if (node.tagname === "__proto__") node.tagname = "#__proto__";
        if (node[":@"] && Object.keys(node[":@"]).length > 0) {
          this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
        } else {
          this.child.push({ [node.tagname]: node.child });
        }
        this.addStartIndex(startIndex);
      }
      addStartIndex(startIndex) {
        if (startIndex !== void 0) {
          this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
        }
      }
      addEndIndex(endIndex) {
        const lastChild = this.child[this.child.length - 1];
        if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
          lastChild[METADATA_SYMBOL].endIndex = endIndex;
        }
      }
      /** symbol used for metadata */
      static getMetaDataSymbol() {
        return METADATA_SYMBOL;
      }
    };
  }
});

// node_modules/xml-naming/src/index.js
var nameStartChar10, nameChar10, nameStartChar11, nameChar11, buildRegexes, regexes10, regexes11, nameStartCharAscii, nameCharAscii, regexesAscii, getRegexes, qName, PRODUCTIONS, createValidator;
var init_src2 = __esm({
  "node_modules/xml-naming/src/index.js"() {
    nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
    nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
    nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
    buildRegexes = (startChar, char, flags = "") => {
      const ncStart = startChar.replace(":", "");
      const ncChar = char.replace(":", "");
      const ncNamePat = `[${ncStart}][${ncChar}]*`;
      return {
        name: new RegExp(`^[${startChar}][${char}]*$`, flags),
        ncName: new RegExp(`^${ncNamePat}$`, flags),
        qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
        nmToken: new RegExp(`^[${char}]+$`, flags),
        nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
      };
    };
    regexes10 = buildRegexes(nameStartChar10, nameChar10);
    regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
    nameStartCharAscii = ":A-Za-z_";
    nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
    regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
    getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
      if (asciiOnly) return regexesAscii;
      return xmlVersion === "1.1" ? regexes11 : regexes10;
    };
    qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
    PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
    createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
      if (!PRODUCTIONS.includes(production)) {
        throw new TypeError(
          `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
        );
      }
      const regex = getRegexes(xmlVersion, asciiOnly)[production];
      let cache = /* @__PURE__ */ new Map();
      const validator = (str) => {
        const cached = cache.get(str);
        if (cached !== void 0) return cached;
        const result = regex.test(str);
        if (cache.size < maxCacheSize) cache.set(str, result);
        return result;
      };
      validator.reset = () => {
        cache = /* @__PURE__ */ new Map();
      };
      return validator;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}
var DocTypeReader, skipWhitespace;
var init_DocTypeReader = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js"() {
    init_src2();
    DocTypeReader = class {
      constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1;
      }
      setXmlVersion(xmlVersion = 1) {
        this.xmlVersion = xmlVersion;
      }
      readDocType(xmlData, i) {
        const entities = /* @__PURE__ */ Object.create(null);
        let entityCount = 0;
        if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
          i = i + 9;
          let angleBracketsCount = 1;
          let hasBody = false, comment = false;
          let quoteChar = null;
          let exp = "";
          for (; i < xmlData.length; i++) {
            if (quoteChar !== null) {
              if (xmlData[i] === quoteChar) quoteChar = null;
              exp += xmlData[i];
              continue;
            }
            if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
              quoteChar = xmlData[i];
              exp += xmlData[i];
              continue;
            }
            if (xmlData[i] === "<" && !comment) {
              if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                i += 7;
                let entityName, val;
                [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                if (val.indexOf("&") === -1) {
                  if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                    throw new Error(
                      `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                    );
                  }
                  entities[entityName] = val;
                  entityCount++;
                }
              } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                i += 8;
                const { index } = this.readElementExp(xmlData, i + 1);
                i = index;
              } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                i += 8;
              } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                i += 9;
                const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                i = index;
              } else if (hasSeq(xmlData, "!--", i)) comment = true;
              else throw new Error(`Invalid DOCTYPE`);
              angleBracketsCount++;
              exp = "";
            } else if (xmlData[i] === ">") {
              if (comment) {
                if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                  comment = false;
                  angleBracketsCount--;
                }
              } else {
                angleBracketsCount--;
              }
              if (angleBracketsCount === 0) {
                break;
              }
            } else if (xmlData[i] === "[") {
              hasBody = true;
            } else {
              exp += xmlData[i];
            }
          }
          if (quoteChar !== null || angleBracketsCount !== 0) {
            throw new Error(`Unclosed DOCTYPE`);
          }
        } else {
          throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
      }
      readEntityExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
          i++;
        }
        let entityName = xmlData.substring(startIndex, i);
        validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        if (!this.suppressValidationErr) {
          if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
            throw new Error("External entities are not supported");
          } else if (xmlData[i] === "%") {
            throw new Error("Parameter entities are not supported");
          }
        }
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
        if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
          throw new Error(
            `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
          );
        }
        i--;
        return [entityName, entityValue, i];
      }
      readNotationExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let notationName = xmlData.substring(startIndex, i);
        !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
          throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;
        i = skipWhitespace(xmlData, i);
        let publicIdentifier = null;
        let systemIdentifier = null;
        if (identifierType === "PUBLIC") {
          [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
          i = skipWhitespace(xmlData, i);
          if (xmlData[i] === '"' || xmlData[i] === "'") {
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
          }
        } else if (identifierType === "SYSTEM") {
          [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
          if (!this.suppressValidationErr && !systemIdentifier) {
            throw new Error("Missing mandatory system identifier for SYSTEM notation");
          }
        }
        return { notationName, publicIdentifier, systemIdentifier, index: --i };
      }
      readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
          throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;
        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
          i++;
        }
        identifierVal = xmlData.substring(startIndex, i);
        if (xmlData[i] !== startChar) {
          throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
      }
      readElementExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let elementName = xmlData.substring(startIndex, i);
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid element name: "${elementName}"`);
        }
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
          i++;
          const startIndex2 = i;
          while (i < xmlData.length && xmlData[i] !== ")") {
            i++;
          }
          contentModel = xmlData.substring(startIndex2, i);
          if (xmlData[i] !== ")") {
            throw new Error("Unterminated content model");
          }
        } else if (!this.suppressValidationErr) {
          throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }
        return {
          elementName,
          contentModel: contentModel.trim(),
          index: i
        };
      }
      readAttlistExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let elementName = xmlData.substring(startIndex, i);
        validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let attributeName = xmlData.substring(startIndex, i);
        if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid attribute name: "${attributeName}"`);
        }
        i = skipWhitespace(xmlData, i);
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
          attributeType = "NOTATION";
          i += 8;
          i = skipWhitespace(xmlData, i);
          if (xmlData[i] !== "(") {
            throw new Error(`Expected '(', found "${xmlData[i]}"`);
          }
          i++;
          let allowedNotations = [];
          while (i < xmlData.length && xmlData[i] !== ")") {
            const startIndex2 = i;
            while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
              i++;
            }
            let notation = xmlData.substring(startIndex2, i);
            notation = notation.trim();
            if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
              throw new Error(`Invalid notation name: "${notation}"`);
            }
            allowedNotations.push(notation);
            if (xmlData[i] === "|") {
              i++;
              i = skipWhitespace(xmlData, i);
            }
          }
          if (xmlData[i] !== ")") {
            throw new Error("Unterminated list of notations");
          }
          i++;
          attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
          const startIndex2 = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          attributeType += xmlData.substring(startIndex2, i);
          const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
          if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
            throw new Error(`Invalid attribute type: "${attributeType}"`);
          }
        }
        i = skipWhitespace(xmlData, i);
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
          defaultValue = "#REQUIRED";
          i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
          defaultValue = "#IMPLIED";
          i += 7;
        } else {
          [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }
        return {
          elementName,
          attributeName,
          attributeType,
          defaultValue,
          index: i
        };
      }
    };
    skipWhitespace = (data, index) => {
      while (index < data.length && /\s/.test(data[index])) {
        index++;
      }
      return index;
    };
  }
});

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS, NOT_DIGIT, HIGH_MAP, LOW_MAX, LOW_MIN, TABLE_OFFSET, TABLE_SIZE, TABLE;
var init_digitTable = __esm({
  "node_modules/anynum/digitTable.js"() {
    SCRIPT_ZEROS = [
      // Basic Latin (ASCII) — included for completeness / pass-through
      48,
      // 0-9
      // Arabic scripts
      1632,
      // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
      1776,
      // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
      // Indic scripts
      2406,
      // Devanagari ०१२३४५६७८९
      2534,
      // Bengali ০১২৩৪৫৬৭৮৯
      2662,
      // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
      2790,
      // Gujarati ૦૧૨૩૪૫૬૭૮૯
      2918,
      // Odia ୦୧୨୩୪୫୬୭୮୯
      3046,
      // Tamil ௦௧௨௩௪௫௬௭௮௯
      3174,
      // Telugu ౦౧౨౩౪౫౬౭౮౯
      3302,
      // Kannada ೦೧೨೩೪೫೬೭೮೯
      3430,
      // Malayalam ൦൧൨൩൪൫൬൭൮൯
      3558,
      // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
      // Southeast Asian scripts
      3664,
      // Thai ๐๑๒๓๔๕๖๗๘๙
      3792,
      // Lao ໐໑໒໓໔໕໖໗໘໙
      3872,
      // Tibetan ༠༡༢༣༤༥༦༧༨༩
      4160,
      // Myanmar ၀၁၂၃၄၅၆၇၈၉
      4240,
      // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
      6112,
      // Khmer ០១២៣៤៥៦៧៨៩
      6160,
      // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
      6470,
      // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
      6608,
      // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
      6784,
      // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
      6800,
      // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
      6992,
      // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
      7088,
      // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
      7232,
      // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
      7248,
      // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
      // Fullwidth (CJK context)
      65296,
      // Fullwidth ０１２３４５６７８９
      // Mathematical digit variants (Unicode math block)
      120782,
      // Mathematical Bold
      120792,
      // Mathematical Double-Struck
      120802,
      // Mathematical Sans-Serif
      120812,
      // Mathematical Sans-Serif Bold
      120822,
      // Mathematical Monospace
      // Other scripts
      66720,
      // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
      68912,
      // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
      69734,
      // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
      69872,
      // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
      69942,
      // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
      70096,
      // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
      70384,
      // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
      70736,
      // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
      70864,
      // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
      71248,
      // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
      71360,
      // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
      71472,
      // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
      71904,
      // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
      72016,
      // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
      72688,
      // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
      72784,
      // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
      73040,
      // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
      73120,
      // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
      73552,
      // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
      92768,
      // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
      92864,
      // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
      93008,
      // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
      123200,
      // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
      123632,
      // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
      124144,
      // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
      125264,
      // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
      130032
      // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
    ];
    NOT_DIGIT = 255;
    HIGH_MAP = /* @__PURE__ */ new Map();
    LOW_MAX = 65535;
    LOW_MIN = 1632;
    TABLE_OFFSET = LOW_MIN;
    TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
    TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
    for (const zero of SCRIPT_ZEROS) {
      for (let d = 0; d < 10; d++) {
        const cp = zero + d;
        if (cp <= LOW_MAX) {
          TABLE[cp - TABLE_OFFSET] = d;
        } else {
          HIGH_MAP.set(cp, d);
        }
      }
    }
  }
});

// node_modules/anynum/anynum.js
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var CHAR_0, CHAR_9, CHAR_MINUS, MINUS_SET, anynum_default;
var init_anynum = __esm({
  "node_modules/anynum/anynum.js"() {
    "use strict";
    init_digitTable();
    CHAR_0 = 48;
    CHAR_9 = 57;
    CHAR_MINUS = 45;
    MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
    anynum_default = anynum;
  }
});

// node_modules/strnum/strnum.js
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}
var hexRegex, binRegex, octRegex, numRegex, consider, eNotationRegx;
var init_strnum = __esm({
  "node_modules/strnum/strnum.js"() {
    init_anynum();
    hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
    binRegex = /^0b[01]+$/;
    octRegex = /^0o[0-7]+$/;
    numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
    consider = {
      hex: true,
      binary: false,
      octal: false,
      leadingZeros: true,
      decimalPoint: ".",
      eNotation: true,
      //skipLike: /regex/,
      infinity: "original",
      // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
      unicode: false
    };
    eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
  }
});

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}
var init_ignoreAttributes = __esm({
  "node_modules/fast-xml-parser/src/ignoreAttributes.js"() {
  }
});

// node_modules/path-expression-matcher/src/Expression.js
var Expression;
var init_Expression = __esm({
  "node_modules/path-expression-matcher/src/Expression.js"() {
    Expression = class {
      /**
       * Create a new Expression
       * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
       * @param {Object} options - Configuration options
       * @param {string} options.separator - Path separator (default: '.')
       */
      constructor(pattern, options = {}, data) {
        this.pattern = pattern;
        this.separator = options.separator || ".";
        this.segments = this._parse(pattern);
        this.data = data;
        this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
        this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
        this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
      }
      /**
       * Parse pattern string into segments
       * @private
       * @param {string} pattern - Pattern to parse
       * @returns {Array} Array of segment objects
       */
      _parse(pattern) {
        const segments2 = [];
        let i = 0;
        let currentPart = "";
        while (i < pattern.length) {
          if (pattern[i] === this.separator) {
            if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
              if (currentPart.trim()) {
                segments2.push(this._parseSegment(currentPart.trim()));
                currentPart = "";
              }
              segments2.push({ type: "deep-wildcard" });
              i += 2;
            } else {
              if (currentPart.trim()) {
                segments2.push(this._parseSegment(currentPart.trim()));
              }
              currentPart = "";
              i++;
            }
          } else {
            currentPart += pattern[i];
            i++;
          }
        }
        if (currentPart.trim()) {
          segments2.push(this._parseSegment(currentPart.trim()));
        }
        return segments2;
      }
      /**
       * Parse a single segment
       * @private
       * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
       * @returns {Object} Segment object
       */
      _parseSegment(part) {
        const segment = { type: "tag" };
        let bracketContent = null;
        let withoutBrackets = part;
        const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
        if (bracketMatch) {
          withoutBrackets = bracketMatch[1] + bracketMatch[3];
          if (bracketMatch[2]) {
            const content = bracketMatch[2].slice(1, -1);
            if (content) {
              bracketContent = content;
            }
          }
        }
        let namespace = void 0;
        let tagAndPosition = withoutBrackets;
        if (withoutBrackets.includes("::")) {
          const nsIndex = withoutBrackets.indexOf("::");
          namespace = withoutBrackets.substring(0, nsIndex).trim();
          tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
          if (!namespace) {
            throw new Error(`Invalid namespace in pattern: ${part}`);
          }
        }
        let tag = void 0;
        let positionMatch = null;
        if (tagAndPosition.includes(":")) {
          const colonIndex = tagAndPosition.lastIndexOf(":");
          const tagPart = tagAndPosition.substring(0, colonIndex).trim();
          const posPart = tagAndPosition.substring(colonIndex + 1).trim();
          const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
          if (isPositionKeyword) {
            tag = tagPart;
            positionMatch = posPart;
          } else {
            tag = tagAndPosition;
          }
        } else {
          tag = tagAndPosition;
        }
        if (!tag) {
          throw new Error(`Invalid segment pattern: ${part}`);
        }
        segment.tag = tag;
        if (namespace) {
          segment.namespace = namespace;
        }
        if (bracketContent) {
          if (bracketContent.includes("=")) {
            const eqIndex = bracketContent.indexOf("=");
            segment.attrName = bracketContent.substring(0, eqIndex).trim();
            segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
          } else {
            segment.attrName = bracketContent.trim();
          }
        }
        if (positionMatch) {
          const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
          if (nthMatch) {
            segment.position = "nth";
            segment.positionValue = parseInt(nthMatch[1], 10);
          } else {
            segment.position = positionMatch;
          }
        }
        return segment;
      }
      /**
       * Get the number of segments
       * @returns {number}
       */
      get length() {
        return this.segments.length;
      }
      /**
       * Check if expression contains deep wildcard
       * @returns {boolean}
       */
      hasDeepWildcard() {
        return this._hasDeepWildcard;
      }
      /**
       * Check if expression has attribute conditions
       * @returns {boolean}
       */
      hasAttributeCondition() {
        return this._hasAttributeCondition;
      }
      /**
       * Check if expression has position selectors
       * @returns {boolean}
       */
      hasPositionSelector() {
        return this._hasPositionSelector;
      }
      /**
       * Get string representation
       * @returns {string}
       */
      toString() {
        return this.pattern;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet;
var init_ExpressionSet = __esm({
  "node_modules/path-expression-matcher/src/ExpressionSet.js"() {
    ExpressionSet = class {
      constructor() {
        this._byDepthAndTag = /* @__PURE__ */ new Map();
        this._wildcardByDepth = /* @__PURE__ */ new Map();
        this._deepWildcards = [];
        this._deepByTerminalTag = /* @__PURE__ */ new Map();
        this._patterns = /* @__PURE__ */ new Set();
        this._sealed = false;
      }
      /**
       * Add an Expression to the set.
       * Duplicate patterns (same pattern string) are silently ignored.
       *
       * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
       * @returns {this} for chaining
       * @throws {TypeError} if called after seal()
       *
       * @example
       * set.add(new Expression('root.users.user'));
       * set.add(new Expression('..script'));
       */
      add(expression) {
        if (this._sealed) {
          throw new TypeError(
            "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
          );
        }
        if (this._patterns.has(expression.pattern)) return this;
        this._patterns.add(expression.pattern);
        if (expression.hasDeepWildcard()) {
          const lastSeg2 = expression.segments[expression.segments.length - 1];
          if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
            const tag2 = lastSeg2.tag;
            if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
            this._deepByTerminalTag.get(tag2).push(expression);
          } else {
            this._deepWildcards.push(expression);
          }
          return this;
        }
        const depth = expression.length;
        const lastSeg = expression.segments[expression.segments.length - 1];
        const tag = lastSeg?.tag;
        if (!tag || tag === "*") {
          if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
          this._wildcardByDepth.get(depth).push(expression);
        } else {
          const key = `${depth}:${tag}`;
          if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
          this._byDepthAndTag.get(key).push(expression);
        }
        return this;
      }
      /**
       * Add multiple expressions at once.
       *
       * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
       * @returns {this} for chaining
       *
       * @example
       * set.addAll([
       *   new Expression('root.users.user'),
       *   new Expression('root.config.setting'),
       * ]);
       */
      addAll(expressions) {
        for (const expr of expressions) this.add(expr);
        return this;
      }
      /**
       * Check whether a pattern string is already present in the set.
       *
       * @param {import('./Expression.js').default} expression
       * @returns {boolean}
       */
      has(expression) {
        return this._patterns.has(expression.pattern);
      }
      /**
       * Number of expressions in the set.
       * @type {number}
       */
      get size() {
        return this._patterns.size;
      }
      /**
       * Seal the set against further modifications.
       * Useful to prevent accidental mutations after config is built.
       * Calling add() or addAll() on a sealed set throws a TypeError.
       *
       * @returns {this}
       */
      seal() {
        this._sealed = true;
        return this;
      }
      /**
       * Whether the set has been sealed.
       * @type {boolean}
       */
      get isSealed() {
        return this._sealed;
      }
      /**
       * Test whether the matcher's current path matches any expression in the set.
       *
       * Evaluation order (cheapest → most expensive):
       *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
       *  2. Depth-only wildcard bucket — O(1) lookup, rare
       *  3. Deep-wildcard list         — always checked, but usually small
       *
       * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
       * @returns {boolean} true if any expression matches the current path
       *
       * @example
       * if (stopNodes.matchesAny(matcher)) {
       *   // handle stop node
       * }
       */
      matchesAny(matcher) {
        return this.findMatch(matcher) !== null;
      }
      /**
      * Find and return the first Expression that matches the matcher's current path.
      *
      * Uses the same evaluation order as matchesAny (cheapest → most expensive):
      *  1. Exact depth + tag bucket
      *  2. Depth-only wildcard bucket
      *  3. Deep-wildcard list
      *
      * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
      * @returns {import('./Expression.js').default | null} the first matching Expression, or null
      *
      * @example
      * const expr = stopNodes.findMatch(matcher);
      * if (expr) {
      *   // access expr.config, expr.pattern, etc.
      * }
      */
      findMatch(matcher) {
        const depth = matcher.getDepth();
        const tag = matcher.getCurrentTag();
        const exactKey = `${depth}:${tag}`;
        const exactBucket = this._byDepthAndTag.get(exactKey);
        if (exactBucket) {
          for (let i = 0; i < exactBucket.length; i++) {
            if (matcher.matches(exactBucket[i])) return exactBucket[i];
          }
        }
        const wildcardBucket = this._wildcardByDepth.get(depth);
        if (wildcardBucket) {
          for (let i = 0; i < wildcardBucket.length; i++) {
            if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
          }
        }
        const deepBucket = this._deepByTerminalTag.get(tag);
        if (deepBucket) {
          for (let i = 0; i < deepBucket.length; i++) {
            if (matcher.matches(deepBucket[i])) return deepBucket[i];
          }
        }
        for (let i = 0; i < this._deepWildcards.length; i++) {
          if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
        }
        return null;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView, Matcher;
var init_Matcher = __esm({
  "node_modules/path-expression-matcher/src/Matcher.js"() {
    MatcherView = class {
      /**
       * @param {Matcher} matcher - The parent Matcher instance to read from.
       */
      constructor(matcher) {
        this._matcher = matcher;
      }
      /**
       * Get the path separator used by the parent matcher.
       * @returns {string}
       */
      get separator() {
        return this._matcher.separator;
      }
      /**
       * Get current tag name.
       * @returns {string|undefined}
       */
      getCurrentTag() {
        const path = this._matcher.path;
        return path.length > 0 ? path[path.length - 1].tag : void 0;
      }
      /**
       * Get current namespace.
       * @returns {string|undefined}
       */
      getCurrentNamespace() {
        const path = this._matcher.path;
        return path.length > 0 ? path[path.length - 1].namespace : void 0;
      }
      /**
       * Get current node's attribute value.
       * @param {string} attrName
       * @returns {*}
       */
      getAttrValue(attrName) {
        const path = this._matcher.path;
        if (path.length === 0) return void 0;
        return path[path.length - 1].values?.[attrName];
      }
      /**
       * Check if current node has an attribute.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAttr(attrName) {
        const path = this._matcher.path;
        if (path.length === 0) return false;
        const current = path[path.length - 1];
        return current.values !== void 0 && attrName in current.values;
      }
      /**
       * Get the value of a "kept" attribute from the nearest ancestor (or
       * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {*}
       */
      getAnyParentAttr(attrName) {
        return this._matcher.getAnyParentAttr(attrName);
      }
      /**
       * Check whether any ancestor (or the current node) kept the given
       * attribute via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAnyParentAttr(attrName) {
        return this._matcher.hasAnyParentAttr(attrName);
      }
      /**
       * Get current node's sibling position (child index in parent).
       * @returns {number}
       */
      getPosition() {
        const path = this._matcher.path;
        if (path.length === 0) return -1;
        return path[path.length - 1].position ?? 0;
      }
      /**
       * Get current node's repeat counter (occurrence count of this tag name).
       * @returns {number}
       */
      getCounter() {
        const path = this._matcher.path;
        if (path.length === 0) return -1;
        return path[path.length - 1].counter ?? 0;
      }
      /**
       * Get current node's sibling index (alias for getPosition).
       * @returns {number}
       * @deprecated Use getPosition() or getCounter() instead
       */
      getIndex() {
        return this.getPosition();
      }
      /**
       * Get current path depth.
       * @returns {number}
       */
      getDepth() {
        return this._matcher.path.length;
      }
      /**
       * Get path as string.
       * @param {string} [separator] - Optional separator (uses default if not provided)
       * @param {boolean} [includeNamespace=true]
       * @returns {string}
       */
      toString(separator, includeNamespace = true) {
        return this._matcher.toString(separator, includeNamespace);
      }
      /**
       * Get path as array of tag names.
       * @returns {string[]}
       */
      toArray() {
        return this._matcher.path.map((n) => n.tag);
      }
      /**
       * Match current path against an Expression.
       * @param {Expression} expression
       * @returns {boolean}
       */
      matches(expression) {
        return this._matcher.matches(expression);
      }
      /**
       * Match any expression in the given set against the current path.
       * @param {ExpressionSet} exprSet
       * @returns {boolean}
       */
      matchesAny(exprSet) {
        return exprSet.matchesAny(this._matcher);
      }
    };
    Matcher = class {
      /**
       * Create a new Matcher.
       * @param {Object} [options={}]
       * @param {string} [options.separator='.'] - Default path separator
       */
      constructor(options = {}) {
        this.separator = options.separator || ".";
        this.path = [];
        this.siblingStacks = [];
        this._pathStringCache = null;
        this._view = new MatcherView(this);
        this._keptAttrs = [];
      }
      /**
       * Push a new tag onto the path.
       * @param {string} tagName
       * @param {Object|null} [attrValues=null]
       * @param {string|null} [namespace=null]
       * @param {Object|null} [options=null]
       * @param {string[]} [options.keep] - Names of attributes (from attrValues)
       */
      push(tagName, attrValues = null, namespace = null, options = null) {
        this._pathStringCache = null;
        if (this.path.length > 0) {
          this.path[this.path.length - 1].values = void 0;
        }
        const currentLevel = this.path.length;
        let level = this.siblingStacks[currentLevel];
        if (!level) {
          level = { counts: /* @__PURE__ */ new Map(), total: 0 };
          this.siblingStacks[currentLevel] = level;
        }
        const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
        const counter = level.counts.get(siblingKey) || 0;
        const position = level.total;
        level.counts.set(siblingKey, counter + 1);
        level.total++;
        const node = {
          tag: tagName,
          position,
          counter
        };
        if (namespace !== null && namespace !== void 0) {
          node.namespace = namespace;
        }
        if (attrValues !== null && attrValues !== void 0) {
          node.values = attrValues;
        }
        this.path.push(node);
        const depth = this.path.length;
        const keep = options !== null ? options.keep : null;
        if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
          for (let i = 0; i < keep.length; i++) {
            const name = keep[i];
            if (attrValues[name] !== void 0) {
              this._keptAttrs.push({ depth, name, value: attrValues[name] });
            }
          }
        }
      }
      /**
       * Pop the last tag from the path.
       * @returns {Object|undefined} The popped node
       */
      pop() {
        if (this.path.length === 0) return void 0;
        this._pathStringCache = null;
        const node = this.path.pop();
        if (this.siblingStacks.length > this.path.length + 1) {
          this.siblingStacks.length = this.path.length + 1;
        }
        const poppedDepth = this.path.length + 1;
        while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
          this._keptAttrs.pop();
        }
        return node;
      }
      /**
       * Update current node's attribute values.
       * Useful when attributes are parsed after push.
       * @param {Object} attrValues
       */
      updateCurrent(attrValues) {
        if (this.path.length > 0) {
          const current = this.path[this.path.length - 1];
          if (attrValues !== null && attrValues !== void 0) {
            current.values = attrValues;
          }
        }
      }
      /**
       * Get current tag name.
       * @returns {string|undefined}
       */
      getCurrentTag() {
        return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
      }
      /**
       * Get current namespace.
       * @returns {string|undefined}
       */
      getCurrentNamespace() {
        return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
      }
      /**
       * Get current node's attribute value.
       * @param {string} attrName
       * @returns {*}
       */
      getAttrValue(attrName) {
        if (this.path.length === 0) return void 0;
        return this.path[this.path.length - 1].values?.[attrName];
      }
      /**
       * Check if current node has an attribute.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAttr(attrName) {
        if (this.path.length === 0) return false;
        const current = this.path[this.path.length - 1];
        return current.values !== void 0 && attrName in current.values;
      }
      /**
       * Get the value of a "kept" attribute from the nearest ancestor (or
       * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
       * Unlike getAttrValue(), this works regardless of how deep the path has
       * gone since the attribute was pushed — but only for attribute names that
       * were explicitly marked with `keep` at push time. Cost is proportional to
       * the number of currently-kept attributes (typically 0-3), not path depth.
       * @param {string} attrName
       * @returns {*} the value, or undefined if no ancestor kept this attribute
       */
      getAnyParentAttr(attrName) {
        const kept = this._keptAttrs;
        for (let i = kept.length - 1; i >= 0; i--) {
          if (kept[i].name === attrName) return kept[i].value;
        }
        return void 0;
      }
      /**
       * Check whether any ancestor (or the current node) kept the given
       * attribute via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAnyParentAttr(attrName) {
        const kept = this._keptAttrs;
        for (let i = kept.length - 1; i >= 0; i--) {
          if (kept[i].name === attrName) return true;
        }
        return false;
      }
      /**
       * Get current node's sibling position (child index in parent).
       * @returns {number}
       */
      getPosition() {
        if (this.path.length === 0) return -1;
        return this.path[this.path.length - 1].position ?? 0;
      }
      /**
       * Get current node's repeat counter (occurrence count of this tag name).
       * @returns {number}
       */
      getCounter() {
        if (this.path.length === 0) return -1;
        return this.path[this.path.length - 1].counter ?? 0;
      }
      /**
       * Get current node's sibling index (alias for getPosition).
       * @returns {number}
       * @deprecated Use getPosition() or getCounter() instead
       */
      getIndex() {
        return this.getPosition();
      }
      /**
       * Get current path depth.
       * @returns {number}
       */
      getDepth() {
        return this.path.length;
      }
      /**
       * Get path as string.
       * @param {string} [separator] - Optional separator (uses default if not provided)
       * @param {boolean} [includeNamespace=true]
       * @returns {string}
       */
      toString(separator, includeNamespace = true) {
        const sep4 = separator || this.separator;
        const isDefault = sep4 === this.separator && includeNamespace === true;
        if (isDefault) {
          if (this._pathStringCache !== null) {
            return this._pathStringCache;
          }
          const result = this.path.map(
            (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
          ).join(sep4);
          this._pathStringCache = result;
          return result;
        }
        return this.path.map(
          (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
        ).join(sep4);
      }
      /**
       * Get path as array of tag names.
       * @returns {string[]}
       */
      toArray() {
        return this.path.map((n) => n.tag);
      }
      /**
       * Reset the path to empty.
       */
      reset() {
        this._pathStringCache = null;
        this.path = [];
        this.siblingStacks = [];
        this._keptAttrs = [];
      }
      /**
       * Match current path against an Expression.
       * @param {Expression} expression
       * @returns {boolean}
       */
      matches(expression) {
        const segments2 = expression.segments;
        if (segments2.length === 0) {
          return false;
        }
        if (expression.hasDeepWildcard()) {
          return this._matchWithDeepWildcard(segments2);
        }
        return this._matchSimple(segments2);
      }
      /**
       * @private
       */
      _matchSimple(segments2) {
        if (this.path.length !== segments2.length) {
          return false;
        }
        for (let i = 0; i < segments2.length; i++) {
          if (!this._matchSegment(segments2[i], this.path[i], i === this.path.length - 1)) {
            return false;
          }
        }
        return true;
      }
      /**
       * @private
       */
      _matchWithDeepWildcard(segments2) {
        let pathIdx = this.path.length - 1;
        let segIdx = segments2.length - 1;
        while (segIdx >= 0 && pathIdx >= 0) {
          const segment = segments2[segIdx];
          if (segment.type === "deep-wildcard") {
            segIdx--;
            if (segIdx < 0) {
              return true;
            }
            const nextSeg = segments2[segIdx];
            let found = false;
            for (let i = pathIdx; i >= 0; i--) {
              if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
                pathIdx = i - 1;
                segIdx--;
                found = true;
                break;
              }
            }
            if (!found) {
              return false;
            }
          } else {
            if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
              return false;
            }
            pathIdx--;
            segIdx--;
          }
        }
        return segIdx < 0;
      }
      /**
       * @private
       */
      _matchSegment(segment, node, isCurrentNode) {
        if (segment.tag !== "*" && segment.tag !== node.tag) {
          return false;
        }
        if (segment.namespace !== void 0) {
          if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
            return false;
          }
        }
        if (segment.attrName !== void 0) {
          if (!isCurrentNode) {
            return false;
          }
          if (!node.values || !(segment.attrName in node.values)) {
            return false;
          }
          if (segment.attrValue !== void 0) {
            if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
              return false;
            }
          }
        }
        if (segment.position !== void 0) {
          if (!isCurrentNode) {
            return false;
          }
          const counter = node.counter ?? 0;
          if (segment.position === "first" && counter !== 0) {
            return false;
          } else if (segment.position === "odd" && counter % 2 !== 1) {
            return false;
          } else if (segment.position === "even" && counter % 2 !== 0) {
            return false;
          } else if (segment.position === "nth" && counter !== segment.positionValue) {
            return false;
          }
        }
        return true;
      }
      /**
       * Match any expression in the given set against the current path.
       * @param {ExpressionSet} exprSet
       * @returns {boolean}
       */
      matchesAny(exprSet) {
        return exprSet.matchesAny(this);
      }
      /**
       * Create a snapshot of current state.
       * @returns {Object}
       */
      snapshot() {
        return {
          path: this.path.map((node) => ({ ...node })),
          siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
          keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
        };
      }
      /**
       * Restore state from snapshot.
       * @param {Object} snapshot
       */
      restore(snapshot) {
        this._pathStringCache = null;
        this.path = snapshot.path.map((node) => ({ ...node }));
        this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
        this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
      }
      /**
       * Return the read-only {@link MatcherView} for this matcher.
       *
       * The same instance is returned on every call — no allocation occurs.
       * It always reflects the current parser state and is safe to pass to
       * user callbacks without risk of accidental mutation.
       *
       * @returns {MatcherView}
       *
       * @example
       * const view = matcher.readOnly();
       * // pass view to callbacks — it stays in sync automatically
       * view.matches(expr);       // ✓
       * view.getCurrentTag();     // ✓
       * // view.push(...)         // ✗ method does not exist — caught by TypeScript
       */
      readOnly() {
        return this._view;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/index.js
var init_src3 = __esm({
  "node_modules/path-expression-matcher/src/index.js"() {
    init_Expression();
    init_Matcher();
    init_ExpressionSet();
  }
});

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS, html_default;
var init_html = __esm({
  "node_modules/is-unsafe/src/contexts/html.js"() {
    HTML_PATTERNS = [
      {
        id: "html-script-open",
        description: "<script opening tag",
        pattern: /<script[\s>/]/i
      },
      {
        id: "html-script-close",
        description: "</script closing tag",
        pattern: /<\/script[\s>]/i
      },
      {
        id: "html-javascript-protocol",
        description: "javascript: URI scheme (with optional whitespace/encoding)",
        // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
        pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
      },
      {
        id: "html-vbscript-protocol",
        description: "vbscript: URI scheme",
        pattern: /vbscript[\t\n\r ]*:/i
      },
      {
        id: "html-data-html",
        description: "data:text/html URI \u2014 can execute scripts in browsers",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
      },
      {
        id: "html-data-xhtml",
        description: "data:application/xhtml+xml URI",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
      },
      {
        id: "html-data-svg",
        description: "data:image/svg+xml URI \u2014 can execute scripts",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
      },
      {
        id: "html-inline-event-handler",
        description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
        // \bon ensures we match a word boundary so "phonetic=" is not caught
        pattern: /\bon\w{1,30}\s*=/i
      },
      {
        id: "html-entity-obfuscated-script",
        description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
        // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
        pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
      },
      {
        id: "html-entity-obfuscated-javascript",
        description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
        pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
      },
      {
        id: "html-style-expression",
        description: "CSS expression() \u2014 IE-era code execution in style attributes",
        pattern: /style[\s\S]{0,20}expression\s*\(/i
      },
      {
        id: "html-object-embed",
        description: "<object or <embed tags that can load active content",
        pattern: /<(?:object|embed)[\s>/]/i
      },
      {
        id: "html-base-tag",
        description: "<base href= \u2014 can hijack all relative URLs on a page",
        pattern: /<base[\s>]/i
      },
      {
        id: "html-meta-refresh",
        description: '<meta http-equiv="refresh" \u2014 can redirect users',
        pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
      },
      {
        id: "html-srcdoc",
        description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
        pattern: /srcdoc\s*=/i
      },
      {
        id: "html-iframe",
        description: "<iframe tag",
        pattern: /<iframe[\s>/]/i
      },
      {
        id: "html-form",
        description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
        pattern: /<form[\s>/]/i
      }
    ];
    html_default = HTML_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS, xml_default;
var init_xml = __esm({
  "node_modules/is-unsafe/src/contexts/xml.js"() {
    XML_PATTERNS = [
      {
        id: "xml-cdata-injection",
        description: "CDATA section injection: <![CDATA[ breaks out of text node context",
        pattern: /<!\[CDATA\[/i
      },
      {
        id: "xml-cdata-close",
        description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
        pattern: /\]\]>/
      },
      {
        id: "xml-processing-instruction",
        description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
        pattern: /<\?(?:xml[\- ]|php|asp)/i
      },
      {
        id: "xml-doctype-injection",
        description: "DOCTYPE declaration embedded in content \u2014 can define entities",
        // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
        pattern: /<!DOCTYPE(?:[\s[]|$)/i
      },
      {
        id: "xml-entity-system",
        description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
        pattern: /\bSYSTEM\s+["']/i
      },
      {
        id: "xml-entity-public",
        description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
        pattern: /\bPUBLIC\s+["']/i
      },
      {
        id: "xml-entity-declaration",
        description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
        pattern: /<!ENTITY[\s%]/i
      },
      {
        id: "xml-billion-laughs",
        description: "Entity reference chaining / billion laughs: repeated &eX; style references",
        // Heuristic: 3+ consecutive entity refs suggests expansion attack
        pattern: /(?:&\w{1,20};){3,}/
      },
      {
        id: "xml-namespace-confusion",
        description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
        // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
        pattern: /\bxmlns(?::\w{1,40})?\s*=/i
      },
      {
        id: "xml-comment-injection",
        description: "<!-- comment injection \u2014 can hide content from some parsers",
        pattern: /<!--/
      },
      {
        id: "xml-comment-close",
        description: "--> closes an enclosing XML comment",
        pattern: /-->/
      },
      {
        id: "xml-pi-close",
        description: "?> closes an enclosing processing instruction",
        pattern: /\?>/
      }
    ];
    xml_default = XML_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS, svg_default;
var init_svg = __esm({
  "node_modules/is-unsafe/src/contexts/svg.js"() {
    SVG_PATTERNS = [
      {
        id: "svg-script-element",
        description: "<script element inside SVG executes JavaScript",
        pattern: /<script[\s>/]/i
      },
      {
        id: "svg-xlink-href-javascript",
        description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
        pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-href-javascript",
        description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
        pattern: /href\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-foreignobject",
        description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
        pattern: /<foreignObject[\s>/]/i
      },
      {
        id: "svg-use-external",
        description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
        // Match <use with href= where the value starts with a non-# character (external URL)
        // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
        pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
      },
      {
        id: "svg-animate-href",
        description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
        pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
      },
      {
        id: "svg-animate-xlinkhref",
        description: '<animate attributeName="xlink:href"',
        pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
      },
      {
        id: "svg-set-javascript",
        description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
        pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-event-handler",
        description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
        pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
      },
      {
        id: "svg-handler-generic",
        description: "Generic on* handler catch-all for SVG attributes",
        pattern: /\bon\w{1,30}\s*=/i
      },
      {
        id: "svg-filter-feimage",
        description: "<feImage href= \u2014 filter primitive that can load external resources",
        pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
      },
      {
        id: "svg-image-external",
        description: "<image xlink:href with http/https or javascript protocol",
        pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
      },
      {
        id: "svg-style-javascript",
        description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
        pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
      }
    ];
    svg_default = SVG_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS, sql_default;
var init_sql = __esm({
  "node_modules/is-unsafe/src/contexts/sql.js"() {
    SQL_PATTERNS = [
      {
        id: "sql-block-comment-open",
        description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
        pattern: /\/\*/
      },
      {
        id: "sql-union-select",
        description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
        pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
      },
      {
        id: "sql-drop-table",
        description: "DROP TABLE \u2014 destructive DDL injection",
        pattern: /\bDROP\s{1,20}TABLE\b/i
      },
      {
        id: "sql-drop-database",
        description: "DROP DATABASE \u2014 destructive DDL injection",
        pattern: /\bDROP\s{1,20}DATABASE\b/i
      },
      {
        id: "sql-insert-into",
        description: "INSERT INTO \u2014 data injection",
        pattern: /\bINSERT\s{1,20}INTO\b/i
      },
      {
        id: "sql-delete-from",
        description: "DELETE FROM \u2014 data deletion injection",
        pattern: /\bDELETE\s{1,20}FROM\b/i
      },
      {
        id: "sql-update-set",
        description: "UPDATE ... SET \u2014 data modification injection",
        // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
        pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
      },
      {
        id: "sql-exec-xp",
        description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
        pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
      },
      {
        id: "sql-tautology-string",
        description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
        // Last quote is optional — injection may truncate it: ' OR '1'='1--
        pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
      },
      {
        id: "sql-tautology-numeric",
        description: "Numeric tautology: OR 1=1",
        pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
      },
      {
        id: "sql-always-true-zero",
        description: "Numeric tautology: OR 0=0",
        pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
      },
      {
        id: "sql-sleep-benchmark",
        description: "Time-based blind injection: SLEEP() or BENCHMARK()",
        pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
      },
      {
        id: "sql-waitfor-delay",
        description: "MSSQL time-based blind injection: WAITFOR DELAY",
        pattern: /\bWAITFOR\s{1,20}DELAY\b/i
      },
      {
        id: "sql-char-function",
        description: "CHAR() function \u2014 used to obfuscate injected strings",
        pattern: /\bCHAR\s*\(\s*\d{1,3}/i
      },
      {
        id: "sql-information-schema",
        description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
        pattern: /\bINFORMATION_SCHEMA\b/i
      }
    ];
    sql_default = SQL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS, shell_default;
var init_shell = __esm({
  "node_modules/is-unsafe/src/contexts/shell.js"() {
    SHELL_PATTERNS = [
      {
        id: "shell-path-traversal-unix",
        description: "Unix path traversal: ../  \u2014 climbing the directory tree",
        pattern: /\.\.\//
      },
      {
        id: "shell-path-traversal-windows",
        description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
        pattern: /\.\.\\/
      },
      {
        id: "shell-path-traversal-encoded",
        description: "URL-encoded path traversal: %2e%2e or %2f variants",
        pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
      },
      {
        id: "shell-null-byte",
        description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
        pattern: /\x00|%00/
      },
      {
        id: "shell-semicolon",
        description: "Semicolon command separator: cmd1; cmd2",
        pattern: /;/
      },
      {
        id: "shell-pipe",
        description: "Pipe operator: cmd1 | cmd2",
        pattern: /\|/
      },
      {
        id: "shell-and-operator",
        description: "AND operator: cmd1 && cmd2",
        pattern: /&&/
      },
      {
        id: "shell-or-operator",
        description: "OR operator: cmd1 || cmd2",
        pattern: /\|\|/
      },
      {
        id: "shell-backtick",
        description: "Backtick command substitution: `cmd`",
        pattern: /`/
      },
      {
        id: "shell-dollar-paren",
        description: "Dollar-paren command substitution: $(cmd)",
        pattern: /\$\(/
      },
      {
        id: "shell-dollar-brace",
        description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
        pattern: /\$\{/
      },
      {
        id: "shell-redirect-out",
        description: "Output redirection: cmd > file or cmd >> file",
        pattern: />{1,2}/
      },
      {
        id: "shell-redirect-in",
        description: "Input redirection: cmd < file",
        pattern: /</
      },
      {
        id: "shell-newline-injection",
        description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
        pattern: /[\n\r]/
      },
      {
        id: "shell-glob-star",
        description: "Glob expansion: * or ? \u2014 can expand to unintended files",
        // Only flag when combined with path separators to reduce false positives
        pattern: /[/\\][*?]/
      },
      {
        id: "shell-absolute-root",
        description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
        pattern: /^(?:\/|\\\\)/
      },
      {
        id: "shell-windows-drive",
        description: "Windows drive letter path injection: C:\\ or D:/",
        pattern: /^[a-zA-Z]:[/\\]/
      },
      {
        id: "shell-curl-wget",
        description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
        // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
        // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
        pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
      }
    ];
    shell_default = SHELL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS, redos_default;
var init_redos = __esm({
  "node_modules/is-unsafe/src/contexts/redos.js"() {
    REDOS_PATTERNS = [
      {
        id: "redos-nested-quantifier-plus",
        description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
        // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
        pattern: /\([^)]*\+[^)]*\)[+*]/
      },
      {
        id: "redos-nested-quantifier-star",
        description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
        pattern: /\([^)]*\*[^)]*\)[*+]/
      },
      {
        id: "redos-nested-groups",
        description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
        pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
      },
      {
        id: "redos-alternation-overlap",
        description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
        // Detect repeated identical alternatives under a quantifier
        pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
      },
      {
        id: "redos-star-plus-concat",
        description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
        pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
      },
      {
        id: "redos-dot-star-greedy",
        description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
        pattern: /\(\.[*+]\)\{?\d/
      },
      {
        id: "redos-large-repetition",
        description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
        // Matches { followed by 4+ digits (≥1000), then optional ,digits }
        pattern: /\{\d{4,}(?:,\d*)?\}/
      },
      {
        id: "redos-catastrophic-alternation",
        description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
        // Heuristic: 10+ pipe-separated alternatives in a single group
        pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
      }
    ];
    redos_default = REDOS_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/nosql.js
var sep2, NOSQL_PATTERNS, nosql_default;
var init_nosql = __esm({
  "node_modules/is-unsafe/src/contexts/nosql.js"() {
    sep2 = `["'\\s]*:`;
    NOSQL_PATTERNS = [
      // ─── MongoDB $ operator injection ────────────────────────────────────────
      {
        id: "nosql-where-operator",
        description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
        pattern: new RegExp(`\\$where${sep2}`, "i")
      },
      {
        id: "nosql-ne-operator",
        description: '$ne \u2014 "not equal" operator used to bypass equality checks',
        pattern: new RegExp(`\\$ne${sep2}`, "i")
      },
      {
        id: "nosql-gt-operator",
        description: '$gt \u2014 "greater than" used to bypass password/value checks',
        pattern: new RegExp(`\\$gte?${sep2}`, "i")
      },
      {
        id: "nosql-lt-operator",
        description: '$lt / $lte \u2014 "less than" bypass variants',
        pattern: new RegExp(`\\$lte?${sep2}`, "i")
      },
      {
        id: "nosql-regex-operator",
        description: "$regex \u2014 can be used to extract data character by character (blind injection)",
        pattern: new RegExp(`\\$regex${sep2}`, "i")
      },
      {
        id: "nosql-or-operator",
        description: "$or \u2014 logical OR; used to create always-true conditions",
        pattern: new RegExp(`\\$or${sep2}\\s*\\[`, "i")
      },
      {
        id: "nosql-and-operator",
        description: "$and \u2014 logical AND operator injection",
        pattern: new RegExp(`\\$and${sep2}\\s*\\[`, "i")
      },
      {
        id: "nosql-nor-operator",
        description: "$nor \u2014 logical NOR operator injection",
        pattern: new RegExp(`\\$nor${sep2}\\s*\\[`, "i")
      },
      {
        id: "nosql-exists-operator",
        description: "$exists \u2014 can enumerate fields to determine schema",
        pattern: new RegExp(`\\$exists${sep2}`, "i")
      },
      {
        id: "nosql-in-operator",
        description: "$in \u2014 matches any value in a list; can enumerate values",
        pattern: new RegExp(`\\$in${sep2}\\s*\\[`, "i")
      },
      {
        id: "nosql-expr-operator",
        description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
        pattern: new RegExp(`\\$expr${sep2}`, "i")
      },
      {
        id: "nosql-function-operator",
        description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
        pattern: new RegExp(`\\$function${sep2}`, "i")
      },
      {
        id: "nosql-accumulator-operator",
        description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
        pattern: new RegExp(`\\$accumulator${sep2}`, "i")
      },
      // ─── Prototype pollution ─────────────────────────────────────────────────
      {
        id: "nosql-proto-pollution",
        description: "__proto__ \u2014 prototype pollution via object key injection",
        pattern: /__proto__/
      },
      {
        id: "nosql-constructor-prototype",
        description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
        // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
        // ("constructor": {"prototype": ...})
        pattern: /constructor[\s"':.,{\[]*prototype/i
      },
      {
        id: "nosql-proto-bracket",
        description: '["__proto__"] \u2014 bracket-notation prototype pollution',
        pattern: /\[["']__proto__["']\]/
      }
    ];
    nosql_default = NOSQL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS, log_default;
var init_log = __esm({
  "node_modules/is-unsafe/src/contexts/log.js"() {
    LOG_PATTERNS = [
      // ─── CRLF / newline injection ─────────────────────────────────────────────
      {
        id: "log-crlf-injection",
        description: "CRLF injection: literal \\r or \\n embeds fake log lines",
        pattern: /[\r\n]/
      },
      {
        id: "log-url-encoded-crlf",
        description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
        pattern: /%0[dDaA]/
      },
      {
        id: "log-unicode-newline",
        description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
        pattern: /[\u2028\u2029]/
      },
      // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
      {
        id: "log-log4shell-jndi",
        description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
        pattern: /\$\{jndi\s*:/i
      },
      {
        id: "log-log4shell-obfuscated",
        description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
        // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
        pattern: /\$\{::-/
      },
      {
        id: "log-log4j-lookup",
        description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
        pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
      },
      // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
      {
        id: "log-ssti-double-brace",
        description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
        pattern: /\{\{[\s\S]{0,80}\}\}/
      },
      {
        id: "log-ssti-hash-brace",
        description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
        pattern: /#\{[\s\S]{0,80}\}/
      },
      {
        id: "log-ssti-dollar-brace",
        description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
        // Require that the ${...} content looks like an expression, not a plain variable name.
        // Flags if the content contains: . ( * + operators, or known SSTI keywords.
        // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
        pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
      },
      {
        id: "log-ssti-percent-tag",
        description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
        pattern: /<%=[\s\S]{0,80}%>/
      },
      // ─── Null byte ────────────────────────────────────────────────────────────
      {
        id: "log-null-byte",
        description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
        pattern: /\x00|%00/
      },
      // ─── ANSI escape injection ────────────────────────────────────────────────
      {
        id: "log-ansi-escape",
        description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
        pattern: /\x1b\[/
      }
    ];
    log_default = LOG_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA, SQL_STRICT_PATTERNS, sql_strict_default;
var init_sql_strict = __esm({
  "node_modules/is-unsafe/src/contexts/sql-strict.js"() {
    init_sql();
    SQL_STRICT_EXTRA = [
      {
        id: "sql-line-comment",
        description: "SQL line comment: -- followed by whitespace or end of string",
        pattern: /--(?:\s|$)/
      },
      {
        id: "sql-stacked-query",
        description: "Stacked queries: semicolon immediately followed by a SQL keyword",
        pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
      },
      {
        id: "sql-hex-encoding",
        description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
        pattern: /\b0x[0-9a-f]{4,}/i
      }
    ];
    SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
    sql_strict_default = SQL_STRICT_PATTERNS;
  }
});

// node_modules/is-unsafe/src/util/decode-entities.js
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}
var NAMED, ENTITY_RE;
var init_decode_entities = __esm({
  "node_modules/is-unsafe/src/util/decode-entities.js"() {
    NAMED = Object.freeze({
      colon: ":",
      Tab: "	",
      NewLine: "\n"
    });
    ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
  }
});

// node_modules/is-unsafe/src/index.js
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}
var VALID_CONTEXTS;
var init_src4 = __esm({
  "node_modules/is-unsafe/src/index.js"() {
    init_html();
    init_xml();
    init_sql_strict();
    init_decode_entities();
    init_html();
    init_xml();
    init_svg();
    init_sql();
    init_shell();
    init_redos();
    init_nosql();
    init_log();
    html_default.label = "HTML";
    xml_default.label = "XML";
    svg_default.label = "SVG";
    html_default.decodeEntities = true;
    xml_default.decodeEntities = true;
    svg_default.decodeEntities = true;
    sql_default.label = "SQL";
    sql_strict_default.label = "SQL-STRICT";
    shell_default.label = "SHELL";
    redos_default.label = "REDOS";
    nosql_default.label = "NOSQL";
    log_default.label = "LOG";
    VALID_CONTEXTS = Object.freeze({
      HTML: html_default,
      XML: xml_default,
      SVG: svg_default,
      SQL: sql_default,
      "SQL-STRICT": sql_strict_default,
      SHELL: shell_default,
      REDOS: redos_default,
      NOSQL: nosql_default,
      LOG: log_default
    });
  }
});

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code2 = xmlData.charCodeAt(index);
    if (code2 === 34 || code2 === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code2 === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code2 === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep4 = exp.search(/\s/);
            const name = sep4 === -1 ? exp : exp.substring(0, sep4);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
var OrderedObjParser, attrsRegx, parseXml;
var init_OrderedObjParser = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js"() {
    "use strict";
    init_util();
    init_xmlNode();
    init_DocTypeReader();
    init_strnum();
    init_ignoreAttributes();
    init_src3();
    init_src3();
    init_src();
    init_src4();
    OrderedObjParser = class {
      constructor(options, externalEntities) {
        this.options = options;
        this.currentNode = null;
        this.tagsNodeStack = [];
        this.parseXml = parseXml;
        this.parseTextData = parseTextData;
        this.resolveNameSpace = resolveNameSpace;
        this.buildAttributesMap = buildAttributesMap;
        this.isItStopNode = isItStopNode;
        this.replaceEntitiesValue = replaceEntitiesValue;
        this.readStopNodeData = readStopNodeData;
        this.saveTextToParentTag = saveTextToParentTag;
        this.addChild = addChild;
        this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
        this.entityExpansionCount = 0;
        this.currentExpandedLength = 0;
        this.doctypefound = false;
        let namedEntities = { ...XML };
        if (this.options.entityDecoder) {
          this.entityDecoder = this.options.entityDecoder;
        } else {
          if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
          else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
          this.entityDecoder = new EntityDecoder({
            namedEntities: { ...namedEntities, ...externalEntities },
            numericAllowed: this.options.htmlEntities,
            limit: {
              maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
              maxExpandedLength: this.options.processEntities.maxExpandedLength,
              applyLimitsTo: this.options.processEntities.appliesTo
            },
            // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
            onInputEntity: (name, value) => (
              //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
              isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
            )
            //postCheck: resolved => resolved
          });
        }
        this.matcher = new Matcher();
        this.readonlyMatcher = this.matcher.readOnly();
        this.isCurrentNodeStopNode = false;
        this.stopNodeExpressionsSet = new ExpressionSet();
        const stopNodesOpts = this.options.stopNodes;
        if (stopNodesOpts && stopNodesOpts.length > 0) {
          for (let i = 0; i < stopNodesOpts.length; i++) {
            const stopNodeExp = stopNodesOpts[i];
            if (typeof stopNodeExp === "string") {
              this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
            } else if (stopNodeExp instanceof Expression) {
              this.stopNodeExpressionsSet.add(stopNodeExp);
            }
          }
          this.stopNodeExpressionsSet.seal();
        }
      }
    };
    attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
    parseXml = function(xmlData) {
      const options = this.options;
      const crlfPositions = options.captureMetaData ? [] : void 0;
      xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
        if (newline.length === 2) {
          crlfPositions.push(index - crlfPositions.length);
        }
        return "\n";
      } : "\n");
      const xmlObj = new XmlNode("!xml");
      let currentNode = xmlObj;
      let textData = "";
      this.matcher.reset();
      this.entityDecoder.reset();
      this.entityExpansionCount = 0;
      this.currentExpandedLength = 0;
      this.doctypefound = false;
      const docTypeReader = new DocTypeReader(options.processEntities);
      const xmlLen = xmlData.length;
      for (let i = 0; i < xmlLen; i++) {
        const ch = xmlData[i];
        if (ch === "<") {
          const c1 = xmlData.charCodeAt(i + 1);
          if (c1 === 47) {
            const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
            let tagName = xmlData.substring(i + 2, closeIndex).trim();
            if (options.removeNSPrefix) {
              const colonIndex = tagName.indexOf(":");
              if (colonIndex !== -1) {
                tagName = tagName.substr(colonIndex + 1);
              }
            }
            tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
            if (currentNode) {
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            }
            const lastTagName = this.matcher.getCurrentTag();
            if (tagName && options.unpairedTagsSet.has(tagName)) {
              throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
            }
            if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
              this.matcher.pop();
              this.tagsNodeStack.pop();
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            currentNode = this.tagsNodeStack.pop() || xmlObj;
            if (options.captureMetaData && currentNode) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            textData = "";
            i = closeIndex;
          } else if (c1 === 63) {
            let tagData = readTagExp(xmlData, i, false, "?>");
            if (!tagData) throw new Error("Pi Tag is not closed.");
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
            if (attsMap) {
              const ver = attsMap[this.options.attributeNamePrefix + "version"];
              this.entityDecoder.setXmlVersion(Number(ver) || 1);
              docTypeReader.setXmlVersion(Number(ver) || 1);
            }
            if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
            } else {
              const childNode = new XmlNode(tagData.tagName);
              childNode.add(options.textNodeName, "");
              if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
                childNode[":@"] = attsMap;
              }
              const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
              this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
              if (options.captureMetaData) {
                currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
              }
            }
            i = tagData.closeIndex + 1;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
            const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
            if (options.commentPropName) {
              const comment = xmlData.substring(i + 4, endIndex - 2);
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
              currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
            }
            i = endIndex;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
            if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
            this.doctypefound = true;
            const result = docTypeReader.readDocType(xmlData, i);
            this.entityDecoder.addInputEntities(result.entities);
            i = result.i;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
            const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
            const tagExp = xmlData.substring(i + 9, closeIndex);
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
            if (val == void 0) val = "";
            if (options.cdataPropName) {
              currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
            } else {
              currentNode.add(options.textNodeName, val);
            }
            i = closeIndex + 2;
          } else {
            let result = readTagExp(xmlData, i, options.removeNSPrefix);
            if (!result) {
              const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
              throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
            }
            let tagName = result.tagName;
            const rawTagName = result.rawTagName;
            let tagExp = result.tagExp;
            let attrExpPresent = result.attrExpPresent;
            let closeIndex = result.closeIndex;
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
              throw new Error(`Invalid tag name: ${tagName}`);
            }
            if (currentNode && textData) {
              if (currentNode.tagname !== "!xml") {
                textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
              }
            }
            const lastTag = currentNode;
            if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
              currentNode = this.tagsNodeStack.pop();
              this.matcher.pop();
            }
            let isSelfClosing = false;
            if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
              isSelfClosing = true;
              if (tagName[tagName.length - 1] === "/") {
                tagName = tagName.substr(0, tagName.length - 1);
                tagExp = tagName;
              } else {
                tagExp = tagExp.substr(0, tagExp.length - 1);
              }
              attrExpPresent = tagName !== tagExp;
            }
            let prefixedAttrs = null;
            let rawAttrs = {};
            let namespace = void 0;
            namespace = extractNamespace(rawTagName);
            if (tagName !== xmlObj.tagname) {
              this.matcher.push(tagName, {}, namespace);
            }
            if (tagName !== tagExp && attrExpPresent) {
              prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
              if (prefixedAttrs) {
                rawAttrs = extractRawAttributes(prefixedAttrs, options);
              }
            }
            if (tagName !== xmlObj.tagname) {
              this.isCurrentNodeStopNode = this.isItStopNode();
            }
            const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
            if (this.isCurrentNodeStopNode) {
              let tagContent = "";
              if (isSelfClosing) {
                i = result.closeIndex;
              } else if (options.unpairedTagsSet.has(tagName)) {
                i = result.closeIndex;
              } else {
                const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
                if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
                i = result2.i;
                tagContent = result2.tagContent;
              }
              const childNode = new XmlNode(tagName);
              if (prefixedAttrs) {
                childNode[":@"] = prefixedAttrs;
              }
              childNode.add(options.textNodeName, tagContent);
              this.matcher.pop();
              this.isCurrentNodeStopNode = false;
              this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
              if (options.captureMetaData) {
                currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
              }
            } else {
              if (isSelfClosing) {
                ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
                const childNode = new XmlNode(tagName);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
                }
                this.matcher.pop();
                this.isCurrentNodeStopNode = false;
              } else if (options.unpairedTagsSet.has(tagName)) {
                const childNode = new XmlNode(tagName);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
                }
                this.matcher.pop();
                this.isCurrentNodeStopNode = false;
                i = result.closeIndex;
                continue;
              } else {
                const childNode = new XmlNode(tagName);
                if (this.tagsNodeStack.length > options.maxNestedTags) {
                  throw new Error("Maximum nested tags exceeded");
                }
                this.tagsNodeStack.push(currentNode);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                currentNode = childNode;
              }
              textData = "";
              i = closeIndex;
            }
          }
        } else {
          textData += xmlData[i];
        }
      }
      return xmlObj.child;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text2;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text2 === void 0) text2 = tagObj[property];
      else text2 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text2 === "string") {
    if (text2.length > 0) compressedObj[options.textNodeName] = text2;
  } else if (text2 !== void 0) compressedObj[options.textNodeName] = text2;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}
var METADATA_SYMBOL2;
var init_node2json = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/node2json.js"() {
    "use strict";
    init_xmlNode();
    METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
  }
});

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser;
var init_XMLParser = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/XMLParser.js"() {
    init_OptionsBuilder();
    init_OrderedObjParser();
    init_node2json();
    init_validator();
    init_xmlNode();
    XMLParser = class {
      constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);
      }
      /**
       * Parse XML dats to JS object 
       * @param {string|Uint8Array} xmlData 
       * @param {boolean|Object} validationOption 
       */
      parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
          if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
            xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
          } else {
            xmlData = xmlData.toString();
          }
        } else if (typeof xmlData !== "string") {
          throw new Error("XML data is accepted in String or Bytes[] form.");
        }
        if (validationOption) {
          if (validationOption === true) validationOption = {};
          const result = validate(xmlData, validationOption);
          if (result !== true) {
            throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
          }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
      }
      /**
       * Add Entity which is not by default supported by this library
       * @param {string} key 
       * @param {string} value 
       */
      addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
          throw new Error("Entity value can't have '&'");
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
          throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
        } else if (value === "&") {
          throw new Error("An entity with value '&' is not permitted");
        } else {
          this.externalEntities[key] = value;
        }
      }
      /**
       * Returns a Symbol that can be used to access the metadata
       * property on a node.
       * 
       * If Symbol is not available in the environment, an ordinary property is used
       * and the name of the property is here returned.
       * 
       * The XMLMetaData property is only present when `captureMetaData`
       * is true in the options.
       */
      static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
      }
    };
  }
});

// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
  return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options, matcher, validator) {
  if (!options.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare = isPI ? name.slice(1) : name;
  if (validator(bare)) return name;
  const result = options.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? "?" + result : result;
}
var init_util2 = __esm({
  "node_modules/fast-xml-builder/src/util.js"() {
  }
});

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first = jArray[0];
  const firstKey = propName2(first);
  if (firstKey === "?xml") {
    const attrs = first[":@"];
    if (attrs) {
      const versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  if (options.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes)) {
    for (let i = 0; i < options.stopNodes.length; i++) {
      const node = options.stopNodes[i];
      if (typeof node === "string") {
        stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        stopNodeExpressions.push(node);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text2 = valToStr(arr);
      text2 = replaceEntitiesValue2(text2, options);
      return text2;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName2(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue2(tagText, options);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options.unpairedTags.indexOf(tagName) !== -1) {
      if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options.indentBy + tagValue + indentation;
      } else {
        xmlStr += tagValue;
      }
      xmlStr += `</${tagName}>`;
    }
    isPreviousElementTag = true;
    matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      return valToStr(arr);
    }
    return "";
  }
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    const tagName = propName2(item);
    if (tagName === options.textNodeName) {
      content += valToStr(item[tagName]);
    } else if (tagName === options.cdataPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName === options.commentPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item[":@"], options);
      const nestedContent = getRawContent(item[tagName], options, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function propName2(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (key !== ":@") return key;
  }
}
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue2(attrVal, options);
      }
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${resolvedAttrName}`;
      } else {
        attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < stopNodeExpressions.length; i++) {
    if (matcher.matches(stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}
function replaceEntitiesValue2(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities) {
    for (let i = 0; i < options.entities.length; i++) {
      const entity = options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}
var EOL;
var init_orderedJs2Xml = __esm({
  "node_modules/fast-xml-builder/src/orderedJs2Xml.js"() {
    init_src3();
    init_util2();
    init_src2();
    EOL = "\n";
  }
});

// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn2(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}
var init_ignoreAttributes2 = __esm({
  "node_modules/fast-xml-builder/src/ignoreAttributes.js"() {
  }
});

// node_modules/fast-xml-builder/src/fxb.js
function Builder(options) {
  this.options = Object.assign({}, defaultOptions3, options);
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === "string") {
        this.stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }
  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function() {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn2(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }
  this.processTextOrObjNode = processTextOrObjNode;
  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = ">\n";
    this.newLine = "\n";
  } else {
    this.indentate = function() {
      return "";
    };
    this.tagEndChar = ">";
    this.newLine = "";
  }
}
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  const attrValues = this.extractAttributes(object);
  matcher.push(key, attrValues);
  const isStopNode = this.checkStopNode(matcher);
  if (isStopNode) {
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }
  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  matcher.pop();
  if (key[0] === "?") {
    return this.buildTextValNode("", key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}
function indentate(level) {
  return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}
var defaultOptions3;
var init_fxb = __esm({
  "node_modules/fast-xml-builder/src/fxb.js"() {
    "use strict";
    init_orderedJs2Xml();
    init_ignoreAttributes2();
    init_src3();
    init_util2();
    init_src2();
    defaultOptions3 = {
      attributeNamePrefix: "@_",
      attributesGroupName: false,
      textNodeName: "#text",
      ignoreAttributes: true,
      cdataPropName: false,
      format: false,
      indentBy: "  ",
      suppressEmptyNode: false,
      suppressUnpairedNode: true,
      suppressBooleanAttributes: true,
      tagValueProcessor: function(key, a) {
        return a;
      },
      attributeValueProcessor: function(attrName, a) {
        return a;
      },
      preserveOrder: false,
      commentPropName: false,
      unpairedTags: [],
      entities: [
        { regex: new RegExp("&", "g"), val: "&amp;" },
        //it must be on top
        { regex: new RegExp(">", "g"), val: "&gt;" },
        { regex: new RegExp("<", "g"), val: "&lt;" },
        { regex: new RegExp("'", "g"), val: "&apos;" },
        { regex: new RegExp('"', "g"), val: "&quot;" }
      ],
      processEntities: true,
      stopNodes: [],
      // transformTagName: false,
      // transformAttributeName: false,
      oneListGroup: false,
      maxNestedTags: 100,
      jPath: true,
      // When true, callbacks receive string jPath; when false, receive Matcher instance
      sanitizeName: false
      // false = allow all names as-is (default, backward-compatible).
      // Set to a function (name, { isAttribute, matcher }) => string to
      // validate/sanitize tag and attribute names. Throw inside the function
      // to reject an invalid name.
    };
    Builder.prototype.build = function(jObj) {
      if (this.options.preserveOrder) {
        return toXml(jObj, this.options);
      } else {
        if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
          jObj = {
            [this.options.arrayNodeName]: jObj
          };
        }
        const matcher = new Matcher();
        const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
        const qNameValidator = createValidator("qName", { xmlVersion });
        return this.j2x(jObj, 0, matcher, qNameValidator).val;
      }
    };
    Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
      let attrStr = "";
      let val = "";
      if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
      }
      const jPath = this.options.jPath ? matcher.toString() : matcher;
      const isCurrentStopNode = this.checkStopNode(matcher);
      for (let key in jObj) {
        if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
        const isSpecialKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key);
        const resolvedKey = isSpecialKey ? key : resolveName(key, false, this.options, matcher, qNameValidator);
        if (typeof jObj[key] === "undefined") {
          if (this.isAttribute(key)) {
            val += "";
          }
        } else if (jObj[key] === null) {
          if (this.isAttribute(key)) {
            val += "";
          } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
            val += "";
          } else if (resolvedKey[0] === "?") {
            val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
          } else {
            val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
          }
        } else if (jObj[key] instanceof Date) {
          val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
        } else if (typeof jObj[key] !== "object") {
          const attr = this.isAttribute(key);
          if (attr && !this.ignoreAttributesFn(attr, jPath)) {
            const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
            attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
          } else if (!attr) {
            if (key === this.options.textNodeName) {
              let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
              val += this.replaceEntitiesValue(newval);
            } else {
              matcher.push(resolvedKey);
              const isStopNode = this.checkStopNode(matcher);
              matcher.pop();
              if (isStopNode) {
                const textValue = valToStr(jObj[key]);
                if (textValue === "") {
                  val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
                } else {
                  val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
                }
              } else {
                val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
              }
            }
          }
        } else if (Array.isArray(jObj[key])) {
          const arrLen = jObj[key].length;
          let listTagVal = "";
          let listTagAttr = "";
          for (let j = 0; j < arrLen; j++) {
            const item = jObj[key][j];
            if (typeof item === "undefined") {
            } else if (item === null) {
              if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
              else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
            } else if (typeof item === "object") {
              if (this.options.oneListGroup) {
                matcher.push(resolvedKey);
                const result = this.j2x(item, level + 1, matcher, qNameValidator);
                matcher.pop();
                listTagVal += result.val;
                if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
                  listTagAttr += result.attrStr;
                }
              } else {
                listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
              }
            } else {
              if (this.options.oneListGroup) {
                let textValue = this.options.tagValueProcessor(resolvedKey, item);
                textValue = this.replaceEntitiesValue(textValue);
                textValue = valToStr(textValue);
                listTagVal += textValue;
              } else {
                matcher.push(resolvedKey);
                const isStopNode = this.checkStopNode(matcher);
                matcher.pop();
                if (isStopNode) {
                  const textValue = valToStr(item);
                  if (textValue === "") {
                    listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
                  } else {
                    listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
                  }
                } else {
                  listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
                }
              }
            }
          }
          if (this.options.oneListGroup) {
            listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
          }
          val += listTagVal;
        } else {
          if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
            const Ks = Object.keys(jObj[key]);
            const L = Ks.length;
            for (let j = 0; j < L; j++) {
              const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
              attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
            }
          } else {
            val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
          }
        }
      }
      return { attrStr, val };
    };
    Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
      if (!isStopNode) {
        val = this.options.attributeValueProcessor(attrName, valToStr(val));
        val = this.replaceEntitiesValue(val);
      }
      if (this.options.suppressBooleanAttributes && val === "true") {
        return " " + attrName;
      } else return " " + attrName + '="' + escapeAttribute(val) + '"';
    };
    Builder.prototype.extractAttributes = function(obj) {
      if (!obj || typeof obj !== "object") return null;
      const attrValues = {};
      let hasAttrs = false;
      if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
        const attrGroup = obj[this.options.attributesGroupName];
        for (let attrKey in attrGroup) {
          if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
          const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
          attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
          hasAttrs = true;
        }
      } else {
        for (let key in obj) {
          if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
          const attr = this.isAttribute(key);
          if (attr) {
            attrValues[attr] = escapeAttribute(obj[key]);
            hasAttrs = true;
          }
        }
      }
      return hasAttrs ? attrValues : null;
    };
    Builder.prototype.buildRawContent = function(obj, depth = 0) {
      if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
      }
      if (typeof obj === "string") {
        return obj;
      }
      if (typeof obj !== "object" || obj === null) {
        return String(obj);
      }
      if (obj[this.options.textNodeName] !== void 0) {
        return obj[this.options.textNodeName];
      }
      let content = "";
      for (let key in obj) {
        if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
        if (this.isAttribute(key)) continue;
        if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
        const value = obj[key];
        if (key === this.options.textNodeName) {
          content += value;
        } else if (Array.isArray(value)) {
          for (let item of value) {
            if (typeof item === "string" || typeof item === "number") {
              content += `<${key}>${item}</${key}>`;
            } else if (typeof item === "object" && item !== null) {
              const nestedContent = this.buildRawContent(item, depth + 1);
              const nestedAttrs = this.buildAttributesForStopNode(item);
              if (nestedContent === "") {
                content += `<${key}${nestedAttrs}/>`;
              } else {
                content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
              }
            }
          }
        } else if (typeof value === "object" && value !== null) {
          const nestedContent = this.buildRawContent(value, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(value);
          if (nestedContent === "") {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        } else {
          content += `<${key}>${value}</${key}>`;
        }
      }
      return content;
    };
    Builder.prototype.buildAttributesForStopNode = function(obj) {
      if (!obj || typeof obj !== "object") return "";
      let attrStr = "";
      if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
        const attrGroup = obj[this.options.attributesGroupName];
        for (let attrKey in attrGroup) {
          if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
          const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
          const val = attrGroup[attrKey];
          if (val === true && this.options.suppressBooleanAttributes) {
            attrStr += " " + cleanKey;
          } else {
            attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
          }
        }
      } else {
        for (let key in obj) {
          if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
          const attr = this.isAttribute(key);
          if (attr) {
            const val = obj[key];
            if (val === true && this.options.suppressBooleanAttributes) {
              attrStr += " " + attr;
            } else {
              attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
            }
          }
        }
      }
      return attrStr;
    };
    Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
      if (val === "") {
        if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
        else {
          return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
        }
      } else if (key[0] === "?") {
        return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
      } else {
        let tagEndExp = "</" + key + this.tagEndChar;
        let piClosingChar = "";
        if (key[0] === "?") {
          piClosingChar = "?";
          tagEndExp = "";
        }
        if ((attrStr || attrStr === "") && val.indexOf("<") === -1) {
          return this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
        } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
          return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
        } else {
          return this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
        }
      }
    };
    Builder.prototype.closeTag = function(key) {
      let closeTag = "";
      if (this.options.unpairedTags.indexOf(key) !== -1) {
        if (!this.options.suppressUnpairedNode) closeTag = "/";
      } else if (this.options.suppressEmptyNode) {
        closeTag = "/";
      } else {
        closeTag = `></${key}`;
      }
      return closeTag;
    };
    Builder.prototype.checkStopNode = function(matcher) {
      if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
      for (let i = 0; i < this.stopNodeExpressions.length; i++) {
        if (matcher.matches(this.stopNodeExpressions[i])) {
          return true;
        }
      }
      return false;
    };
    Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
      if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
        const safeVal = safeCdata(val);
        return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
      } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
        const safeVal = safeComment(val);
        return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
      } else if (key[0] === "?") {
        return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
      } else {
        let textValue = this.options.tagValueProcessor(key, val);
        textValue = this.replaceEntitiesValue(textValue);
        textValue = valToStr(textValue);
        if (textValue === "") {
          return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
        } else {
          return this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
        }
      }
    };
    Builder.prototype.replaceEntitiesValue = function(textValue) {
      if (textValue && textValue.length > 0 && this.options.processEntities) {
        for (let i = 0; i < this.options.entities.length; i++) {
          const entity = this.options.entities[i];
          textValue = textValue.replace(entity.regex, entity.val);
        }
      }
      return textValue;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default;
var init_json2xml = __esm({
  "node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js"() {
    init_fxb();
    init_fxb();
    json2xml_default = Builder;
  }
});

// node_modules/fast-xml-parser/src/fxp.js
var fxp_exports = {};
__export(fxp_exports, {
  XMLBuilder: () => json2xml_default,
  XMLParser: () => XMLParser,
  XMLValidator: () => XMLValidator
});
var XMLValidator;
var init_fxp = __esm({
  "node_modules/fast-xml-parser/src/fxp.js"() {
    "use strict";
    init_validator();
    init_XMLParser();
    init_json2xml();
    XMLValidator = {
      validate
    };
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative as relative2, resolve as resolve2, sep as sep3 } from "path";
import * as nativeFs from "fs";
function cleanPath2(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep3) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath2(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject2) => {
    callback(root, options, (err, output) => {
      if (err) return reject2(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder2;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path = directoryPath || ".";
      if (filters.every((filter) => filter(path, true))) paths.push(path);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat2) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat2, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path);
        const stat2 = fs.statSync(resolvedPath);
        if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
        callback$1(stat2, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path)) continue;
            this.pushDirectory(path, paths, filters);
            this.walkDirectory(this.state, path, path, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
              if (stat2.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require.resolve("picomatch");
      pm = __require("picomatch");
    } catch {
    }
    Builder2 = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep3,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path) => isMatch(path));
        return this;
      }
    };
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute as isAbsolute3, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch3.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch3.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
function convertPosixPathToPattern(path) {
  return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
  return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch3.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute3(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch3.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch3.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder2({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions4) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions4[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}
function globSync(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative3) : [];
}
var import_picomatch3, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions4;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch3 = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions4 = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/cli.ts
import { readFile as readFile3 } from "node:fs/promises";
import { parseArgs } from "node:util";

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    const index = {};
    index.hunks = [];
    list.push(index);
    let seenDiffHeader = false;
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line)) {
        break;
      }
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index.isGit = true;
        const paths = parseGitDiffHeader(line);
        if (paths) {
          index.oldFileName = paths.oldFileName;
          index.newFileName = paths.newFileName;
        }
        i++;
        while (i < diffstr.length) {
          const extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index.isCreate = true;
            index.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index.isDelete = true;
            index.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index.isBinary = true;
          }
          i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        if (headerMatch) {
          index.index = line.substring(headerMatch[0].length).trim();
        }
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    }
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
        break;
      } else if (isHunkHeader(line)) {
        index.hunks.push(parseHunk());
      } else {
        i++;
      }
    }
  }
  function parseGitDiffHeader(line) {
    const rest = line.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}

// src/report/errors.ts
var InputError = class extends Error {
  constructor(source, problem) {
    super(source ? `${source}: ${problem}` : problem);
    this.source = source;
    this.problem = problem;
    this.name = "InputError";
  }
  source;
  problem;
};
function describeError(error) {
  if (error !== null && typeof error === "object" && typeof error.message === "string") {
    const { message, name } = error;
    return message.split("\n")[0] || String(name);
  }
  return String(error).split("\n")[0];
}

// src/report/paths.ts
var DRIVE = /^[A-Za-z]:\//;
var DRIVE_OR_UNC = /^([A-Za-z]:[\\/]|\\\\)/;
function toSlashes(path) {
  return path.replace(/\\/g, "/");
}
function isWindowsReport(keys, checkoutFiles = /* @__PURE__ */ new Set()) {
  if (keys.some((k) => DRIVE_OR_UNC.test(k))) return true;
  const withBackslash = keys.filter((k) => k.includes("\\"));
  if (withBackslash.length === 0 || keys.some((k) => k.includes("/"))) return false;
  return !withBackslash.some((k) => checkoutFiles.has(k));
}
function cleanPath(path, windows = true) {
  return segments(windows ? toSlashes(path) : path).join("/");
}
function segments(slashed) {
  const out = [];
  for (const part of slashed.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out;
}
function withTrailingSlash(dir) {
  const d = toSlashes(dir).replace(/\/+$/, "");
  return `${d}/`;
}
function sameStart(path, prefix) {
  if (DRIVE.test(prefix) && DRIVE.test(path)) {
    return path.slice(0, 2).toLowerCase() === prefix.slice(0, 2).toLowerCase() && path.startsWith(prefix.slice(2), 2);
  }
  return path.startsWith(prefix);
}
function parsePathPrefix(value) {
  const arrow = value.indexOf("=>");
  if (arrow === -1) return { strip: value.trim(), add: "" };
  return { strip: value.slice(0, arrow).trim(), add: cleanPath(value.slice(arrow + 2).trim()) };
}
function normaliseReport(report2, options) {
  const keys = [...report2.files.keys()];
  const { paths: mapped, roots } = report2.repositoryPaths ? {
    paths: keys.map((key) => cleanPath(key, false)),
    roots: ["keys are repository paths already (recorded by this tool)"]
  } : learnPaths(keys, options);
  const files = /* @__PURE__ */ new Map();
  const firstKey = /* @__PURE__ */ new Map();
  keys.forEach((key, i) => {
    const path = mapped[i];
    const earlier = firstKey.get(path);
    if (earlier !== void 0) {
      throw new InputError(
        report2.source,
        `${JSON.stringify(earlier)} and ${JSON.stringify(key)} both normalise to ${JSON.stringify(path)}; a report must name each file once`
      );
    }
    if (path === "")
      throw new InputError(report2.source, `${JSON.stringify(key)} is not a file path`);
    firstKey.set(path, key);
    const file = report2.files.get(key);
    files.set(path, { ...file, path, reportPath: file.reportPath });
  });
  return { ...report2, files, pathRoots: roots.map((root) => `${report2.source}: ${root}`) };
}
function keyParts(slashed) {
  return segments(slashed.replace(DRIVE, ""));
}
function learnPaths(keys, options) {
  const checkout = options.checkoutFiles ?? /* @__PURE__ */ new Set();
  const windows = isWindowsReport(keys, checkout);
  const slashed = keys.map((k) => windows ? toSlashes(k) : k);
  if (options.pathPrefix) {
    return {
      paths: applyRule(slashed, parsePathPrefix(options.pathPrefix), windows),
      roots: [`path-prefix ${JSON.stringify(options.pathPrefix)} applied (no root learnt)`]
    };
  }
  const workspace = withTrailingSlash(options.workspace);
  const out = slashed.map(
    (p) => isAbsoluteKey(p, windows) && sameStart(p, workspace) ? segments(p.slice(workspace.length)).join("/") : null
  );
  const relative3 = [];
  const foreign = [];
  slashed.forEach((p, i) => {
    if (out[i] !== null) return;
    (isAbsoluteKey(p, windows) ? foreign : relative3).push(i);
  });
  const roots = [];
  const inWorkspace = out.filter((p) => p !== null).length;
  if (inWorkspace) roots.push(`${counted(inWorkspace, "absolute key")} under the workspace`);
  const reportDir = options.reportDir === void 0 ? null : segments(options.reportDir);
  for (const [group, mayAdd] of [
    [relative3, true],
    [foreign, false]
  ]) {
    if (group.length === 0) continue;
    const split = group.map((i) => keyParts(slashed[i]));
    const fallback = { strip: mayAdd ? 0 : commonDepth(split), add: [], confirmed: 0 };
    const learnt = learnRoot(split, checkout, { mayAdd, reportDir });
    const root = learnt ?? fallback;
    group.forEach((index, j) => {
      out[index] = [...root.add, ...split[j].slice(root.strip)].join("/");
    });
    roots.push(describeRoot(split, root, mayAdd, learnt !== null));
  }
  return { paths: out, roots };
}
function describeRoot(split, root, relative3, learnt) {
  const keys = relative3 ? counted(split.length, "relative key") : `${counted(split.length, "absolute key")} from another machine`;
  const dropped = (split[0] ?? []).slice(0, root.strip).join("/");
  const change = [
    ...root.strip ? [`${JSON.stringify(`${relative3 ? "" : "/"}${dropped}/`)} dropped`] : [],
    ...root.add.length ? [`${JSON.stringify(`${root.add.join("/")}/`)} put in front`] : []
  ];
  const how = change.length ? change.join(", ") : "read from the repository root";
  const why = learnt ? `learnt from ${counted(root.confirmed, "file")} of the checkout` : "no checkout file confirms a root";
  return `${keys}: ${how} (${why})`;
}
function counted(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function isAbsoluteKey(slashed, windows) {
  return slashed.startsWith("/") || windows && DRIVE.test(slashed);
}
function applyRule(slashed, rule, windows) {
  const prefix = rule.strip ? withTrailingSlash(windows ? toSlashes(rule.strip) : rule.strip) : "";
  const add = rule.add ? segments(rule.add) : [];
  return slashed.map((p) => {
    const rest = prefix && sameStart(p, prefix) ? p.slice(prefix.length) : p;
    return [...add, ...segments(rest.replace(DRIVE, ""))].join("/");
  });
}
function commonDepth(keys) {
  const first = keys[0] ?? [];
  let depth = first.length - 1;
  for (const parts of keys) {
    let i = 0;
    while (i < depth && i < parts.length - 1 && parts[i] === first[i]) i++;
    depth = i;
  }
  return Math.max(depth, 0);
}
function indexByName(files) {
  const index = /* @__PURE__ */ new Map();
  for (const file of files) {
    const parts = file.split("/");
    const name = parts[parts.length - 1];
    const list = index.get(name);
    if (list) list.push(parts);
    else index.set(name, [parts]);
  }
  return index;
}
function sharedTail(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function onReportsLine(dir, reportDir) {
  if (!reportDir) return true;
  const n = Math.min(dir.length, reportDir.length);
  for (let i = 0; i < n; i++) if (dir[i] !== reportDir[i]) return false;
  return true;
}
var LEARNING_SAMPLE = 4e3;
var indexes = /* @__PURE__ */ new WeakMap();
function learnRoot(keys, checkoutFiles, options) {
  if (keys.length === 0 || checkoutFiles.size === 0) return null;
  let index = indexes.get(checkoutFiles);
  if (!index) {
    index = indexByName(checkoutFiles);
    indexes.set(checkoutFiles, index);
  }
  const maxStrip = commonDepth(keys);
  const votes = /* @__PURE__ */ new Map();
  const step = Math.ceil(keys.length / LEARNING_SAMPLE);
  for (let k = 0; k < keys.length; k += step) {
    const parts = keys[k];
    const seen = /* @__PURE__ */ new Set();
    for (const file of index.get(parts[parts.length - 1]) ?? []) {
      const tail = sharedTail(parts, file);
      let candidate = null;
      const add = file.slice(0, file.length - tail);
      if (tail === parts.length && options.mayAdd && onReportsLine(add, options.reportDir))
        candidate = { strip: 0, add, confirmed: 0 };
      else if (tail === file.length && parts.length - tail <= maxStrip)
        candidate = { strip: parts.length - tail, add: [], confirmed: 0 };
      if (!candidate) continue;
      const id = `${candidate.strip}:${candidate.add.join("/")}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const known = votes.get(id) ?? candidate;
      known.confirmed++;
      votes.set(id, known);
    }
  }
  const reportDir = options.reportDir?.join("/") ?? null;
  const ranked = [...votes.values()].sort(
    (a, b) => b.confirmed - a.confirmed || Number(b.add.join("/") === reportDir) - Number(a.add.join("/") === reportDir) || a.strip - b.strip || a.add.length - b.add.length
  );
  const [best, next] = ranked;
  if (!best) return null;
  if (next && next.confirmed === best.confirmed && next.add.join("/") === reportDir === (best.add.join("/") === reportDir) && next.strip === best.strip && next.add.length === best.add.length)
    return null;
  return best;
}

// src/analysis/diff.ts
function stripSide(name, side) {
  if (!name || name === "/dev/null") return null;
  let n = name;
  if (n.startsWith('"') && n.endsWith('"')) n = JSON.parse(n);
  if (n.startsWith(side)) n = n.slice(2);
  return cleanPath(n, false);
}
function parseUnifiedDiff(text2, source) {
  if (text2.trim() === "") return [];
  let patches;
  try {
    patches = parsePatch(text2);
  } catch (error) {
    throw new InputError(source, `is not a unified diff: ${describeError(error)}`);
  }
  if (patches.length === 0 || patches.every((p) => !p.newFileName && !p.oldFileName && p.hunks.length === 0)) {
    throw new InputError(source, "is not a unified diff (no file headers found)");
  }
  const byPath2 = /* @__PURE__ */ new Map();
  for (const patch of patches) {
    const path = stripSide(patch.newFileName, "b/");
    if (path === null) continue;
    const previous = stripSide(patch.oldFileName, "a/");
    const added = [];
    for (const hunk of patch.hunks) {
      let line = hunk.newStart;
      for (const text3 of hunk.lines) {
        const mark = text3[0];
        if (mark === "+") added.push(line++);
        else if (mark === " ") line++;
      }
    }
    const status = previous === null ? "added" : previous !== path ? "renamed" : "modified";
    const existing = byPath2.get(path);
    if (existing) {
      existing.addedLines = [.../* @__PURE__ */ new Set([...existing.addedLines, ...added])].sort((a, b) => a - b);
    } else {
      byPath2.set(path, {
        path,
        previousPath: status === "renamed" ? previous : null,
        status,
        addedLines: added
      });
    }
  }
  return [...byPath2.values()];
}

// src/analysis/pace.ts
var DAY_MS = 864e5;
var WEEK_MS = 7 * DAY_MS;
var PACE_WINDOW_MS = 12 * WEEK_MS;
var MIN_PACE_POINTS = 4;
var MIN_PACE_SPAN_MS = 14 * DAY_MS;
var MAX_PACE_POINTS = 2e3;
function theilSen(points) {
  const n = points.length;
  const slopes = new Float64Array(n * (n - 1) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a = points[i];
    for (let j = i + 1; j < n; j++) {
      const b = points[j];
      if (b.t === a.t) continue;
      slopes[k++] = (b.percent - a.percent) / (b.t - a.t) * WEEK_MS;
    }
  }
  if (k === 0) return null;
  const sorted = slopes.subarray(0, k).sort();
  const mid = k >> 1;
  return k % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function dailyLast(entries) {
  const days = /* @__PURE__ */ new Map();
  for (const e of entries) days.set(Math.floor(Date.parse(e.time) / DAY_MS), e);
  return [...days.values()];
}
function computePace(history) {
  const newest = history[history.length - 1];
  if (!newest) return { enough: false, points: 0, spanDays: 0 };
  const end = Date.parse(newest.time);
  const inWindow = history.filter((e) => Date.parse(e.time) >= end - PACE_WINDOW_MS);
  const first = inWindow[0];
  const span = end - Date.parse(first.time);
  if (inWindow.length < MIN_PACE_POINTS || span < MIN_PACE_SPAN_MS) {
    return { enough: false, points: inWindow.length, spanDays: Math.floor(span / DAY_MS) };
  }
  const used = inWindow.length > MAX_PACE_POINTS ? dailyLast(inWindow) : inWindow;
  const perWeek = theilSen(used.map((e) => ({ t: Date.parse(e.time), percent: e.percent })));
  if (perWeek === null) return { enough: false, points: inWindow.length, spanDays: 0 };
  const merged = inWindow.filter((e) => e.pullRequest !== void 0).length;
  return {
    enough: true,
    perWeek,
    perPullRequest: merged > 0 ? (newest.percent - first.percent) / merged : null,
    points: inWindow.length,
    from: new Date(first.time).toISOString(),
    to: new Date(newest.time).toISOString()
  };
}
var twoYearsAfter = (ms) => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.getTime();
};
function computeEta(now, target, pace) {
  if (now.percent >= target) return { kind: "reached" };
  if (!pace.enough) return { kind: "no-course" };
  if (!(pace.perWeek > 0)) return { kind: "not-in-sight" };
  const weeks = (target - now.percent) / pace.perWeek;
  const from = Date.parse(now.time);
  const at2 = from + weeks * WEEK_MS;
  if (!Number.isFinite(at2) || at2 > twoYearsAfter(from)) return { kind: "not-in-sight" };
  return { kind: "date", weeks, date: new Date(at2).toISOString().slice(0, 10) };
}
var MAX_VIEW_POINTS = 100;
function trendView(history, target, pullRequestPercent) {
  const newest = history[history.length - 1];
  if (!newest) return null;
  const pace = computePace(history);
  const step = pullRequestPercent === null ? null : pullRequestPercent - newest.percent;
  return {
    points: history.slice(-MAX_VIEW_POINTS).map((e) => ({ time: new Date(e.time).toISOString(), percent: e.percent, commit: e.commit })),
    historyLength: history.length,
    now: newest.percent,
    target,
    pace,
    eta: target === null ? null : computeEta(newest, target, pace),
    pullRequest: step === null || pullRequestPercent === null ? null : {
      percent: pullRequestPercent,
      step,
      days: pace.enough && pace.perWeek > 0 ? step / pace.perWeek * 7 : null
    }
  };
}

// src/report/model.ts
function percentCovered(statements, covered, branches, coveredBranches) {
  const denominator = statements + (branches ?? 0);
  if (statements <= 0) return 100;
  return 100 * (covered + (coveredBranches ?? 0)) / denominator;
}
function lineFileCoverage(path, reportPath, hits, metrics) {
  const executedLines = [];
  const missingLines = [];
  for (const [line, count] of [...hits].sort((a, b) => a[0] - b[0])) {
    (count > 0 ? executedLines : missingLines).push(line);
  }
  const statements = executedLines.length + missingLines.length;
  const file = {
    path,
    reportPath,
    statements,
    covered: executedLines.length,
    branches: null,
    coveredBranches: null,
    executedLines,
    missingLines,
    excludedLines: [],
    executedBranches: null,
    missingBranches: null,
    partialBranches: null
  };
  if (metrics) file.metrics = metrics(file);
  return file;
}
function filePercent(file) {
  return percentCovered(file.statements, file.covered, file.branches, file.coveredBranches);
}
function addMetric(into, key, value) {
  if (!value) return;
  const current = into[key] ?? { total: 0, covered: 0 };
  into[key] = { total: current.total + value.total, covered: current.covered + value.covered };
}
function fillMetrics(files) {
  const keys = /* @__PURE__ */ new Set();
  for (const file of files.values()) {
    for (const key of Object.keys(file.metrics ?? {})) keys.add(key);
  }
  for (const file of files.values()) {
    for (const key of keys) {
      file.metrics ??= {};
      file.metrics[key] ??= { total: 0, covered: 0 };
    }
  }
}
function computeTotals(report2) {
  let statements = 0;
  let covered = 0;
  let branches = 0;
  let coveredBranches = 0;
  let metrics;
  const filesWith = /* @__PURE__ */ new Map();
  for (const file of report2.files.values()) {
    statements += file.statements;
    covered += file.covered;
    branches += file.branches ?? 0;
    coveredBranches += file.coveredBranches ?? 0;
    if (file.metrics) {
      metrics ??= {};
      for (const key of Object.keys(file.metrics)) {
        addMetric(metrics, key, file.metrics[key]);
        filesWith.set(key, (filesWith.get(key) ?? 0) + 1);
      }
    }
  }
  for (const key of filesWith.keys()) {
    if (metrics && filesWith.get(key) !== report2.files.size) delete metrics[key];
  }
  if (report2.declaredMetrics) metrics = { ...metrics, ...report2.declaredMetrics };
  if (metrics && Object.keys(metrics).length === 0) metrics = void 0;
  const b = report2.hasBranches ? branches : null;
  const cb = report2.hasBranches ? coveredBranches : null;
  const totals = {
    statements,
    covered,
    branches: b,
    coveredBranches: cb,
    percent: percentCovered(statements, covered, b, cb)
  };
  if (metrics) totals.metrics = metrics;
  return totals;
}

// src/analysis/gates.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/report/rounding.ts
function roundHalfEven(value, precision) {
  if (!Number.isFinite(value)) return value;
  const fixed2 = value.toFixed(precision);
  const longer = Math.min(100, precision + 60);
  const exact = Math.abs(value).toFixed(longer);
  const cut = exact.indexOf(".") + 1 + precision;
  const rest = exact.slice(cut);
  if (!/^50*$/.test(rest)) return Number(fixed2);
  const down = exact.slice(0, cut).replace(/\.$/, "");
  const lastDigit = Number(down[down.length - 1]);
  const magnitude = lastDigit % 2 === 0 ? Number(down) : Math.abs(Number(fixed2));
  return value < 0 ? -magnitude : magnitude;
}
function truncateDecimals(value, precision) {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** precision;
  const scaled = Math.abs(value) * scale;
  const nearest = Math.round(scaled);
  const cut = Math.abs(scaled - nearest) <= 1e-9 * Math.max(1, scaled) ? nearest : Math.floor(scaled);
  return (value < 0 ? -cut : cut) / scale;
}
function roundPercent(value, precision, rounding) {
  return rounding === "truncate" ? truncateDecimals(value, precision) : roundHalfEven(value, precision);
}
function displayPercent(value, precision, rounding = "half-even") {
  if (rounding === "truncate") return truncateDecimals(value, precision).toFixed(precision);
  const near0 = 1 / 10 ** precision;
  let shown = value;
  if (value > 0 && value < near0) shown = near0;
  else if (value > 100 - near0 && value < 100) shown = 100 - near0;
  else shown = roundPercent(value, precision, rounding);
  return shown.toFixed(precision);
}
function isBelowThreshold(value, threshold, precision, rounding = "half-even") {
  if (threshold === 100 && value !== 100) return true;
  return roundPercent(value, precision, rounding) < threshold;
}
function displayDelta(value, precision) {
  const rounded = roundHalfEven(value, precision);
  if (rounded === 0) return `\xB1${0 .toFixed(precision)}`;
  return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(precision)}`;
}

// src/analysis/gates.ts
function parseFileThresholds(text2, source = "file-thresholds") {
  const rules = [];
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const colon = line.lastIndexOf(":");
    const glob2 = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    const percent = Number(value);
    if (!glob2 || value === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new InputError(
        source,
        `each line must be "glob: percent" with a percent from 0 to 100, got ${JSON.stringify(line)}`
      );
    }
    rules.push({ glob: glob2, percent });
  }
  return rules;
}
function compileGlob(glob2) {
  return (0, import_picomatch.default)(glob2, { dot: true, basename: !glob2.includes("/") });
}
function compileRule(rule) {
  return compileGlob(rule.glob);
}
var pct = (value, precision, rounding) => `${displayPercent(value, precision, rounding)}%`;
function evaluateGates(input, options) {
  const { precision } = options;
  const rounding = options.rounding ?? "half-even";
  const gates = [];
  const totalFails = isBelowThreshold(input.totalPercent, options.minCoverage, precision, rounding);
  gates.push({
    name: "min-coverage",
    passed: !totalFails,
    skipped: false,
    actual: input.totalPercent,
    threshold: options.minCoverage,
    message: totalFails ? `Total coverage ${pct(input.totalPercent, precision, rounding)} is below the minimum ${options.minCoverage}%` : `Total coverage ${pct(input.totalPercent, precision, rounding)} meets the minimum ${options.minCoverage}%`
  });
  if (options.minFileCoverage > 0 || options.fileThresholds.length > 0) {
    gates.push(...fileGates(input, options));
  }
  if (options.maxCoverageDrop !== null) {
    const limit = options.maxCoverageDrop;
    if (input.delta === null) {
      gates.push({
        name: "max-coverage-drop",
        passed: true,
        skipped: true,
        actual: null,
        threshold: limit,
        message: "No baseline, so the drop against the base branch was not checked"
      });
    } else {
      const drop = roundHalfEven(-input.delta, precision);
      const fails = drop > limit;
      gates.push({
        name: "max-coverage-drop",
        passed: !fails,
        skipped: false,
        actual: input.delta,
        threshold: limit,
        message: fails ? `Coverage fell by ${drop.toFixed(precision)} pp, more than the allowed ${limit} pp` : `Coverage changed by ${displayDelta(input.delta, precision)} pp (allowed drop: ${limit} pp)`
      });
    }
  }
  if (options.minPatchCoverage !== null) {
    const threshold = options.minPatchCoverage;
    const patch = input.patch;
    if (!patch || patch.percent === null) {
      gates.push({
        name: "min-patch-coverage",
        passed: true,
        skipped: true,
        actual: null,
        threshold,
        message: patch ? "Patch coverage is n/a: no changed line is executable" : "The changed lines were not read (see the notes), so patch coverage was not checked"
      });
    } else {
      const fails = isBelowThreshold(patch.percent, threshold, precision, rounding);
      gates.push({
        name: "min-patch-coverage",
        passed: !fails,
        skipped: false,
        actual: patch.percent,
        threshold,
        message: `Patch coverage ${pct(patch.percent, precision, rounding)} of ${patch.lines} changed lines ${fails ? "is below" : "meets"} the minimum ${threshold}%`
      });
    }
  }
  if (options.minBranchCoverage !== void 0 && options.minBranchCoverage !== null) {
    gates.push(branchGate(input.branches ?? null, options.minBranchCoverage, precision, rounding));
  }
  if (!input.hasBaseline && options.failOnMissingBaseline) {
    gates.push({
      name: "baseline",
      passed: false,
      skipped: false,
      actual: null,
      threshold: null,
      message: "No baseline report was found and fail-on-missing-baseline is set"
    });
  }
  return gates;
}
function branchGate(branches, threshold, precision, rounding) {
  if (!branches || branches.total === 0) {
    return {
      name: "min-branch-coverage",
      passed: true,
      skipped: true,
      actual: null,
      threshold,
      message: branches ? "Branch coverage is n/a: the report counts no branch" : "Branch coverage is n/a: the report has no branch data"
    };
  }
  const percent = 100 * branches.covered / branches.total;
  const fails = isBelowThreshold(percent, threshold, precision, rounding);
  return {
    name: "min-branch-coverage",
    passed: !fails,
    skipped: false,
    actual: percent,
    threshold,
    message: `Branch coverage ${pct(percent, precision, rounding)} (${branches.covered} of ${branches.total} branches) ${fails ? "is below" : "meets"} the minimum ${threshold}%`
  };
}
function fileGates(input, options) {
  const { precision } = options;
  const rounding = options.rounding ?? "half-even";
  const rules = options.fileThresholds.map((rule) => ({ rule, matches: compileRule(rule) }));
  const byDefault = [];
  const byRule = [];
  let ruleMatched = 0;
  for (const file of input.files) {
    let rule = null;
    for (let i = rules.length - 1; i >= 0; i--) {
      const candidate = rules[i];
      if (candidate.matches(file.path)) {
        rule = candidate.rule;
        break;
      }
    }
    if (rule) {
      ruleMatched++;
      if (isBelowThreshold(file.percent, rule.percent, precision, rounding)) {
        byRule.push({
          path: file.path,
          percent: file.percent,
          threshold: rule.percent,
          rule: rule.glob
        });
      }
      continue;
    }
    if (options.minFileCoverage <= 0 || file.statements < options.minFileStatements) continue;
    if (isBelowThreshold(file.percent, options.minFileCoverage, precision, rounding)) {
      byDefault.push({
        path: file.path,
        percent: file.percent,
        threshold: options.minFileCoverage,
        rule: null
      });
    }
  }
  const order = (a, b) => a.percent - b.percent || (a.path < b.path ? -1 : 1);
  const gates = [];
  const describe = (failures) => {
    const shown = failures.slice(0, 3).map((f) => `${f.path} (${pct(f.percent, precision, rounding)} < ${f.threshold}%)`).join(", ");
    return failures.length > 3 ? `${shown} and ${failures.length - 3} more` : shown;
  };
  if (options.minFileCoverage > 0) {
    byDefault.sort(order);
    gates.push({
      name: "min-file-coverage",
      passed: byDefault.length === 0,
      skipped: false,
      actual: byDefault[0]?.percent ?? null,
      threshold: options.minFileCoverage,
      message: byDefault.length ? `${byDefault.length} file${byDefault.length === 1 ? " is" : "s are"} below ${options.minFileCoverage}%: ${describe(byDefault)}` : `Every file${options.minFileStatements > 0 ? ` with ${options.minFileStatements}+ ${options.unit ?? "statements"}` : ""} is at or above ${options.minFileCoverage}%`,
      files: byDefault
    });
  }
  if (options.fileThresholds.length > 0) {
    byRule.sort(order);
    gates.push({
      name: "file-thresholds",
      passed: byRule.length === 0,
      skipped: ruleMatched === 0,
      actual: byRule[0]?.percent ?? null,
      threshold: byRule[0]?.threshold ?? null,
      message: byRule.length ? `${byRule.length} file${byRule.length === 1 ? " is" : "s are"} below the threshold of their rule: ${describe(byRule)}` : ruleMatched === 0 ? "No file matches a file-thresholds rule" : ruleMatched === 1 ? "The 1 file matched by file-thresholds rules meets its threshold" : `All ${ruleMatched} files matched by file-thresholds rules meet their threshold`,
      files: byRule
    });
  }
  return gates;
}

// src/analysis/select.ts
function firstSorted(items, k, compare) {
  if (k <= 0) return [];
  const heap = [];
  const worse = (i, j) => compare(heap[i], heap[j]) > 0;
  const swap = (i, j) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  const siftDown = (start) => {
    let i = start;
    for (; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = i - 1 >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}

// src/analysis/impact.ts
function tierOf(statements) {
  if (statements > 500) return 1;
  if (statements >= 300) return 2;
  return 3;
}
function statementsAtTarget(target, statements) {
  const exact = target * statements / 100;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-9 ? nearest : Math.ceil(exact);
}
function compareEntries(a, b) {
  return b.uncovered - a.uncovered || b.statements - a.statements || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash);
}
function scopeMatcher(include, exclude) {
  const included = include.map(compileGlob);
  const excluded = exclude.map(compileGlob);
  return (path) => (included.length === 0 || included.some((m) => m(path))) && !excluded.some((m) => m(path));
}
function rankImpact(files, total, options, changedPaths = /* @__PURE__ */ new Set()) {
  const inScope = scopeMatcher(options.include ?? [], options.exclude ?? []);
  const eligible = [];
  for (const file of files) {
    if (file.statements < options.minStatements || file.percent >= options.maxCoverage) continue;
    if (!inScope(file.path)) continue;
    const gainStatements2 = Math.max(
      0,
      statementsAtTarget(options.target, file.statements) - file.covered
    );
    if (file.percent >= options.target || gainStatements2 === 0) continue;
    eligible.push({
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent: file.percent,
      uncovered: file.statements - file.covered,
      tier: tierOf(file.statements),
      gain: total.statements > 0 ? 100 * gainStatements2 / total.statements : 0,
      gainStatements: gainStatements2,
      changed: changedPaths.has(file.path)
    });
  }
  const entries = firstSorted(eligible, options.count, compareEntries);
  let gainStatements = 0;
  let gain = 0;
  const folders = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    gainStatements += entry.gainStatements;
    gain += entry.gain;
    const folder = folderOf(entry.path);
    const group = folders.get(folder) ?? { folder, files: 0, uncovered: 0 };
    group.files++;
    group.uncovered += entry.uncovered;
    folders.set(folder, group);
  }
  return {
    entries,
    summary: {
      files: entries.length,
      target: options.target,
      gainStatements,
      gain,
      from: total.percent,
      to: Math.min(100, total.percent + gain),
      folders: folders.size > 1 ? [...folders.values()].filter((g) => g.files > 1).sort((a, b) => b.uncovered - a.uncovered || (a.folder < b.folder ? -1 : 1)) : [],
      more: eligible.length - entries.length
    }
  };
}

// src/analysis/informational.ts
var GATE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var COMPONENT_GATE = /^component:[A-Za-z0-9._/-]+:[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function parseInformational(text2, source = "informational") {
  const names = [];
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    if (line.toLowerCase() === "all") return "all";
    if (!GATE_NAME.test(line) && !COMPONENT_GATE.test(line)) {
      throw new InputError(
        source,
        `each line must be a gate name as failed-gates lists it (such as min-patch-coverage or component:NAME:min-coverage), or all; got ${JSON.stringify(line)}`
      );
    }
    if (!names.includes(line)) names.push(line);
  }
  return names;
}
function isInformational(name, listed) {
  if (!listed) return false;
  return listed === "all" || listed.includes(name);
}
function markInformational(gates, listed) {
  return gates.map(
    (gate) => isInformational(gate.name, listed) ? { ...gate, informational: true } : gate
  );
}
var blocks = (gate) => !gate.passed && !gate.informational;
var warns = (gate) => !gate.passed && gate.informational === true;

// src/analysis/patch.ts
function matchReportPath(diffPath, report2) {
  return report2.files.has(diffPath) ? diffPath : null;
}
function sortedHas(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
function filePatch(path, file, added) {
  const lines = [];
  const uncovered = [];
  for (const line of added) {
    if (sortedHas(file.missingLines, line)) {
      lines.push(line);
      uncovered.push(line);
    } else if (sortedHas(file.executedLines, line) && !sortedHas(file.excludedLines, line)) {
      lines.push(line);
    }
  }
  return { path, lines, uncovered };
}
function computePatchCoverage(changed, head) {
  const files = /* @__PURE__ */ new Map();
  const changedPaths = /* @__PURE__ */ new Set();
  let lines = 0;
  let uncovered = 0;
  for (const change of changed) {
    const path = matchReportPath(change.path, head) ?? change.path;
    changedPaths.add(path);
    const file = head.files.get(path);
    if (!file) continue;
    const patch = filePatch(path, file, change.addedLines);
    const existing = files.get(path);
    if (existing) {
      const merged = filePatch(
        path,
        file,
        [.../* @__PURE__ */ new Set([...existing.lines, ...change.addedLines])].sort((a, b) => a - b)
      );
      lines += merged.lines.length - existing.lines.length;
      uncovered += merged.uncovered.length - existing.uncovered.length;
      files.set(path, merged);
      continue;
    }
    files.set(path, patch);
    lines += patch.lines.length;
    uncovered += patch.uncovered.length;
  }
  const covered = lines - uncovered;
  return {
    percent: lines === 0 ? null : 100 * covered / lines,
    lines,
    covered,
    files,
    changedPaths
  };
}

// src/analysis/result.ts
var RESULT_SCHEMA = "coverage-gate-result/1";
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
var statementsPercent = (t) => percentCovered(t.statements, t.covered, null, null);
function filesCountingNonStatements(head, patches) {
  const paths = [];
  for (const [path, filePatch2] of patches) {
    const file = head.files.get(path);
    if (!file || filePatch2.lines.length === filePatch2.uncovered.length) continue;
    const excluded = new Set(file.excludedLines);
    const executed = file.executedLines.filter((line) => line > 0 && !excluded.has(line)).length;
    if (executed + file.missingLines.length > file.statements) paths.push(path);
  }
  return paths.sort();
}
function branchCounts(totals) {
  if (totals.branches !== null)
    return { total: totals.branches, covered: totals.coveredBranches ?? 0 };
  return totals.metrics?.branches ?? null;
}
function noBranchNote(threshold, branches, source) {
  if (threshold === void 0 || threshold === null) return null;
  if (branches && branches.total > 0) return null;
  return branches ? `min-branch-coverage is ${threshold}% but ${source} counts no branch, so the branch gate is n/a (not passed, not failed).` : `min-branch-coverage is ${threshold}% but ${source} has no branch data (coverage.py needs \`--branch\`; the other formats need their branch counts), so the branch gate is n/a (not passed, not failed).`;
}
function analyse(input) {
  const { head, base } = input;
  const totals = computeTotals(head);
  const baseTotals = base ? computeTotals(base) : null;
  const patch = input.changes ? computePatchCoverage(input.changes, head) : null;
  const changedPaths = patch?.changedPaths ?? /* @__PURE__ */ new Set();
  const renamedFrom = /* @__PURE__ */ new Map();
  if (base) {
    for (const change of input.changes ?? []) {
      if (!change.previousPath) continue;
      const headPath = matchReportPath(change.path, head);
      const basePath = matchReportPath(change.previousPath, base);
      if (headPath && basePath && !base.files.has(headPath)) renamedFrom.set(headPath, basePath);
    }
  }
  const comparedBase = new Set(renamedFrom.values());
  const mixedBranches = base !== null && base.hasBranches !== head.hasBranches;
  const files = [];
  for (const file of head.files.values()) {
    const percent = filePercent(file);
    const baseFile = base?.files.get(renamedFrom.get(file.path) ?? file.path);
    const basePercent = baseFile ? filePercent(baseFile) : null;
    const filePatch2 = patch?.files.get(file.path);
    const fileDelta = baseFile ? mixedBranches ? statementsPercent(file) - statementsPercent(baseFile) : filePercent(file) - basePercent : null;
    const row = {
      path: file.path,
      statements: file.statements,
      covered: file.covered,
      percent,
      branches: file.branches,
      coveredBranches: file.coveredBranches,
      basePercent,
      delta: fileDelta,
      changed: changedPaths.has(file.path),
      patchLines: filePatch2?.lines.length ?? 0,
      patchCovered: filePatch2 ? filePatch2.lines.length - filePatch2.uncovered.length : 0,
      patchMissing: filePatch2?.uncovered ?? []
    };
    if (file.metrics) row.metrics = file.metrics;
    files.push(row);
  }
  files.sort(byPath);
  const removedFiles = [];
  if (base) {
    for (const file of base.files.values()) {
      if (!head.files.has(file.path) && !comparedBase.has(file.path))
        removedFiles.push({ path: file.path, basePercent: filePercent(file) });
    }
    removedFiles.sort(byPath);
  }
  const onBasis = mixedBranches ? statementsPercent : (t) => t.percent;
  const delta = baseTotals ? onBasis(totals) - onBasis(baseTotals) : null;
  const patchSummary = patch ? { percent: patch.percent, lines: patch.lines, covered: patch.covered } : null;
  const rounding = head.rounding ?? "half-even";
  const nonStatements = patch ? filesCountingNonStatements(head, patch.files) : [];
  const branches = branchCounts(totals);
  const evaluated = evaluateGates(
    {
      totalPercent: totals.percent,
      files,
      delta,
      hasBaseline: base !== null,
      patch: patchSummary,
      branches
    },
    { ...input.gates, rounding, unit: head.format === "coverage.py" ? "statements" : "lines" }
  );
  const gates = markInformational(evaluated, input.gates.informational);
  const branchNote = noBranchNote(input.gates.minBranchCoverage, branches, head.source);
  const failedGates = gates.filter(blocks).map((g) => g.name);
  const warnedGates = gates.filter(warns).map((g) => g.name);
  const { entries, summary } = rankImpact(
    files,
    { statements: totals.statements, percent: totals.percent },
    input.impact,
    changedPaths
  );
  const baseline = input.baseline ?? { commit: null, source: "file" };
  const result = {
    schema: RESULT_SCHEMA,
    passed: failedGates.length === 0,
    precision: input.gates.precision,
    format: head.format,
    rounding,
    totals: {
      percent: totals.percent,
      statements: totals.statements,
      covered: totals.covered,
      branches: totals.branches,
      coveredBranches: totals.coveredBranches,
      ...totals.metrics ? { metrics: totals.metrics } : {}
    },
    base: baseTotals ? {
      percent: baseTotals.percent,
      statements: baseTotals.statements,
      covered: baseTotals.covered,
      commit: baseline.commit,
      source: baseline.source,
      ...baseline.how ? { how: baseline.how } : {}
    } : null,
    delta,
    ...mixedBranches && baseTotals ? {
      deltaBasis: "statements",
      deltaFrom: { head: statementsPercent(totals), base: statementsPercent(baseTotals) }
    } : {},
    patch: patchSummary,
    ...nonStatements.length ? { patchNonStatements: nonStatements } : {},
    gates,
    failedGates,
    ...warnedGates.length ? { warnedGates } : {},
    impact: entries,
    impactSummary: summary,
    files,
    removedFiles,
    notes: [
      ...input.notes ?? [],
      ...head.notes ?? [],
      ...base?.notes ?? [],
      ...branchNote ? [branchNote] : []
    ],
    ...input.measured ? { measured: input.measured } : {}
  };
  return result;
}

// src/report/checkout.ts
import { readdir } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
async function git(dir, args) {
  const { stdout } = await run("git", [...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: MAX_BUFFER
  });
  return stdout;
}

// src/report/checkout.ts
var WALK_LIMIT = 2e5;
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function checkoutRoot(dir) {
  try {
    return resolve(dir, (await git(dir, ["rev-parse", "--show-cdup"])).trim());
  } catch {
    return dir;
  }
}
async function listCheckoutFiles(root) {
  try {
    const stdout = await git(root, [
      "-c",
      "core.quotePath=false",
      "ls-files",
      "-z",
      "--cached",
      "--others",
      "--exclude-standard"
    ]);
    const files = stdout.split("\0").filter(Boolean);
    if (files.length > 0) return new Set(files);
  } catch {
  }
  return walk(root);
}
async function walk(root) {
  const files = /* @__PURE__ */ new Set();
  const pending = [root];
  while (pending.length > 0 && files.size < WALK_LIMIT) {
    const dir = pending.pop();
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const path = resolve(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.add(relative(root, path).split(sep).join("/"));
    }
  }
  return files;
}
function reportDirectory(reportFile, cwd, root) {
  const dir = relative(root, resolve(cwd, reportFile, ".."));
  if (dir === ".." || dir.startsWith(`..${sep}`) || isAbsolute(dir)) return void 0;
  return dir.split(sep).join("/");
}

// src/report/empty.ts
function refuseEmptyReport(report2) {
  if (report2.files.size === 0) {
    throw new InputError(report2.source, "no data to report: the report lists no files");
  }
  for (const file of report2.files.values()) if (file.statements > 0) return report2;
  const unit = report2.format === "coverage.py" ? "statements" : "lines";
  const files = report2.files.size === 1 ? "its one file has" : `its ${report2.files.size} files have`;
  throw new InputError(report2.source, `no data to report: ${files} no executable ${unit}`);
}

// src/report/glob.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function isGlob(pattern) {
  const scan = import_picomatch2.default.scan(pattern);
  return scan.isGlob || scan.negated;
}

// src/report/load.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join } from "node:path";

// src/report/stated.ts
var percentOf = ({ total, covered }) => total > 0 ? 100 * covered / total : 100;
function statedTotalsNote(source, where, stated, listed) {
  const statedPercent = percentOf(stated);
  const listedPercent = percentOf(listed);
  return `${source}: ${where} states ${stated.covered} of ${stated.total} lines (${displayPercent(statedPercent, 2)}%), but the lines it lists are ${listed.covered} of ${listed.total} (${displayPercent(listedPercent, 2)}%); the listed lines count (difference ${displayDelta(listedPercent - statedPercent, 2)} pp, ${signed(listed.total - stated.total)} lines, ${signed(listed.covered - stated.covered)} covered).`;
}
var signed = (n) => n > 0 ? `+${n}` : `${n}`;

// src/report/xml.ts
var ARRAY_ELEMENTS = /* @__PURE__ */ new Set(["source", "package", "classes", "class", "method", "line"]);
var parser;
async function xmlLibrary() {
  const { XMLParser: XMLParser2, XMLValidator: XMLValidator2 } = await Promise.resolve().then(() => (init_fxp(), fxp_exports));
  parser ??= new XMLParser2(PARSER_OPTIONS);
  return { parser, validate: XMLValidator2.validate };
}
var PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute2) => !isAttribute2 && ARRAY_ELEMENTS.has(name)
};
function looksLikeXml(text2) {
  return /^\s*<(\?xml|!--|!DOCTYPE|coverage[\s>/])/i.test(text2);
}
var isNode = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function children(parent, name) {
  if (!isNode(parent)) return [];
  const value = parent[name];
  if (!Array.isArray(value)) return isNode(value) ? [value] : [];
  return value.filter(isNode);
}
function child(parent, name) {
  return children(parent, name)[0];
}
function text(value) {
  if (typeof value === "string") return value.trim();
  if (isNode(value) && typeof value["#text"] === "string") return value["#text"].trim();
  return "";
}
function checkWellFormed(xml, source, validate2) {
  const root = xml.search(/<coverage[\s>/]/);
  const prolog = root < 0 ? xml : xml.slice(0, root);
  if (/<!ENTITY/i.test(prolog)) {
    throw new InputError(
      source,
      "declares XML entities (<!ENTITY>); a coverage report needs none and they are not expanded, so the file is refused"
    );
  }
  const verdict = validate2(xml, { allowBooleanAttributes: true });
  if (verdict === true) return;
  const { msg, line, col } = verdict.err;
  if (/^Invalid '\[/.test(msg) || /unclosed|closed/i.test(msg)) {
    throw new InputError(
      source,
      `is not well-formed XML: the file ends before its elements are closed (truncated?) (${msg.replace(/\s+/g, " ")})`
    );
  }
  throw new InputError(source, `is not well-formed XML at line ${line}, column ${col}: ${msg}`);
}

// src/report/cobertura.ts
function isAbsolute2(path) {
  return /^([A-Za-z]:)?[\\/]/.test(path);
}
function joinSource(sourceDir, filename) {
  if (isAbsolute2(filename) || sourceDir === "") return filename;
  return `${sourceDir.replace(/[\\/]+$/, "")}/${filename}`;
}
var CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;
async function readCobertura(xml, source, options = {}) {
  const { parser: parser2, validate: validate2 } = await xmlLibrary();
  checkWellFormed(xml, source, validate2);
  let document;
  try {
    document = parser2.parse(xml);
  } catch (error) {
    throw new InputError(
      source,
      `is not readable XML: ${String(error.message ?? error)}`
    );
  }
  const coverage = child(document, "coverage");
  if (!coverage) {
    throw new InputError(
      source,
      "is XML but has no <coverage> root element: not a Cobertura report"
    );
  }
  const sourceList = (() => {
    const value = child(coverage, "sources")?.source;
    const list = Array.isArray(value) ? value : value === void 0 ? [] : [value];
    return list.map(text).filter((s) => s !== "");
  })();
  const sources = sourceList.filter(isSourcePath);
  const resolve4 = sourceResolver(sources, options.exists);
  const files = /* @__PURE__ */ new Map();
  const rates = [];
  let classIndex = 0;
  for (const cls of classesOf(coverage)) {
    classIndex++;
    const where = `<class> #${classIndex}`;
    const filename = typeof cls.filename === "string" ? cls.filename.trim() : "";
    if (filename === "") throw new InputError(source, `${where} has no filename attribute`);
    const path = resolve4(filename);
    let file = files.get(path);
    if (!file) {
      file = { reportPath: path, lines: /* @__PURE__ */ new Map(), functionsTotal: 0, functionsCovered: 0 };
      files.set(path, file);
    }
    const fileWhere = `${where} (${JSON.stringify(filename)})`;
    const classLines = readClassLines(cls, fileWhere, source);
    for (const [number, data] of classLines) addLine(file.lines, number, data);
    const hit = [...classLines.values()].filter((l) => l.hits > 0).length;
    rates.push({ rate: cls["line-rate"], covered: hit, total: classLines.size });
    for (const method of children(child(cls, "methods"), "method")) {
      file.functionsTotal++;
      if (methodRan(method)) file.functionsCovered++;
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const [path, data] of files) result.set(path, toFileCoverage(path, data));
  fillMetrics(result);
  let total = 0;
  let covered = 0;
  for (const file of result.values()) {
    total += file.statements;
    covered += file.covered;
  }
  const stated = statedLines(coverage);
  if (total === 0 && stated && stated.total > 0) {
    throw new InputError(
      source,
      `states lines-valid="${stated.total}" on its root but lists no <line> under any class or method: nothing to read, so the report is refused`
    );
  }
  rates.unshift({ rate: coverage["line-rate"], covered, total });
  const report2 = {
    format: "cobertura",
    files: result,
    hasBranches: false,
    source,
    rounding: statedRounding(rates)
  };
  const declared = statedBranches(coverage);
  if (declared) report2.declaredMetrics = { branches: declared };
  if (typeof coverage.version === "string" && coverage.version !== "") {
    report2.producerVersion = coverage.version;
  }
  const notes = [];
  const skipped = sourceList.filter((s) => !isSourcePath(s));
  if (skipped.length > 0) {
    notes.push(
      `${source}: <source> ${skipped.map((s) => JSON.stringify(s)).join(", ")} is not a directory and was ignored.`
    );
  }
  if (sources.length > 1) {
    notes.push(
      `${source} lists ${sources.length} <source> directories; each relative file name was joined with the one that holds it, or kept relative when none does.`
    );
  }
  if (stated && (stated.total !== total || stated.covered !== covered)) {
    notes.push(
      statedTotalsNote(source, "its root (lines-covered / lines-valid)", stated, {
        total,
        covered
      })
    );
  }
  if (notes.length) report2.notes = notes;
  return report2;
}
function statedRounding(rates) {
  for (const { rate, covered, total } of rates) {
    if (typeof rate !== "string" || total === 0 || !/^\d+(\.\d+)?$/.test(rate.trim())) continue;
    const decimals = rate.trim().split(".")[1]?.length ?? 0;
    const stated = Number(rate);
    const ratio = covered / total;
    const truncated = truncateDecimals(ratio, decimals);
    const rounded = roundHalfEven(ratio, decimals);
    if (truncated === rounded) continue;
    if (stated === truncated) return "truncate";
    if (stated === rounded) return "half-even";
  }
  return "half-even";
}
function statedBranches(coverage) {
  const total = Number(coverage["branches-valid"]);
  const covered = Number(coverage["branches-covered"]);
  if (!Number.isInteger(total) || !Number.isInteger(covered) || total <= 0) return void 0;
  if (covered < 0 || covered > total) return void 0;
  return { total, covered };
}
function integerAttribute(node, name, where, source, min) {
  const raw = node[name];
  const value = typeof raw === "string" ? raw.trim() : "";
  if (!/^-?\d+$/.test(value)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${typeof raw === "string" ? raw : ""}"> must be an integer`
    );
  }
  const number = Number(value);
  if (number < min || !Number.isSafeInteger(number)) {
    throw new InputError(
      source,
      `${where}: <line ${name}="${value}"> must be ${min === 0 ? "zero or more" : `${min} or more`}`
    );
  }
  return number;
}
function readLine(line, where, source) {
  const number = integerAttribute(line, "number", where, source, 1);
  const hits = integerAttribute(line, "hits", where, source, 0);
  let branchCovered = 0;
  let branchTotal = 0;
  const condition = line["condition-coverage"];
  if (String(line.branch).toLowerCase() === "true" && typeof condition === "string") {
    const match = CONDITION.exec(condition);
    if (!match) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", expected like "50% (1/2)"`
      );
    }
    branchCovered = Number(match[1]);
    branchTotal = Number(match[2]);
    if (branchCovered > branchTotal) {
      throw new InputError(
        source,
        `${where}: line ${number} has condition-coverage="${condition}", more covered than there are branches`
      );
    }
  }
  return [number, { hits, branchCovered, branchTotal }];
}
function addLine(lines, number, data) {
  const existing = lines.get(number);
  if (!existing) {
    lines.set(number, { ...data });
    return;
  }
  existing.hits += data.hits;
  existing.branchTotal = Math.max(existing.branchTotal, data.branchTotal);
  existing.branchCovered = Math.max(existing.branchCovered, data.branchCovered);
}
function readClassLines(cls, where, source) {
  const own = /* @__PURE__ */ new Map();
  for (const line of children(child(cls, "lines"), "line")) {
    const [number, data] = readLine(line, where, source);
    addLine(own, number, data);
  }
  if (own.size > 0) return own;
  const fromMethods = /* @__PURE__ */ new Map();
  for (const method of children(child(cls, "methods"), "method")) {
    for (const line of children(child(method, "lines"), "line")) {
      const [number, data] = readLine(line, `${where} <method>`, source);
      const existing = fromMethods.get(number);
      if (!existing || existing.hits < data.hits) fromMethods.set(number, data);
    }
  }
  return fromMethods;
}
function classesOf(coverage) {
  const packages = child(coverage, "packages");
  const found = [];
  const fromContainer = (node) => {
    found.push(...children(node, "class"));
    for (const classes of children(node, "classes")) found.push(...children(classes, "class"));
  };
  for (const pkg of children(packages, "package")) fromContainer(pkg);
  fromContainer(packages);
  return found;
}
function isSourcePath(value) {
  return !value.startsWith("-");
}
function sourceResolver(sources, exists) {
  return (filename) => {
    if (isAbsolute2(filename) || sources.length === 0) return filename;
    if (sources.length === 1) return joinSource(sources[0], filename);
    for (const dir of sources) {
      const candidate = joinSource(dir, filename);
      if (exists?.(candidate)) return candidate;
    }
    return filename;
  };
}
function statedLines(coverage) {
  const [total, covered] = [coverage["lines-valid"], coverage["lines-covered"]].map(
    (v) => typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN
  );
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(covered)) return void 0;
  return { total, covered };
}
function methodRan(method) {
  if (typeof method.hits === "string") return Number(method.hits) > 0;
  const lines = children(child(method, "lines"), "line");
  if (lines.length) return lines.some((l) => Number(l.hits) > 0);
  return Number(method["line-rate"]) > 0;
}
function toFileCoverage(path, data) {
  let branchTotal = 0;
  let branchCovered = 0;
  for (const d of data.lines.values()) {
    branchTotal += d.branchTotal;
    branchCovered += d.branchCovered;
  }
  const hits = [...data.lines].map(([line, d]) => [line, d.hits]);
  return lineFileCoverage(path, data.reportPath, hits, (file) => {
    const metrics = { lines: { total: file.statements, covered: file.covered } };
    if (branchTotal > 0) metrics.branches = { total: branchTotal, covered: branchCovered };
    if (data.functionsTotal > 0) {
      metrics.functions = { total: data.functionsTotal, covered: data.functionsCovered };
    }
    return metrics;
  });
}

// src/report/coveragepy-validate.generated.js
var validateCoveragePy = validate10;
var schema11 = { "type": "object", "description": "an object", "required": ["files"], "properties": { "meta": { "type": "object", "description": "an object", "properties": { "version": { "type": "string", "description": "a string" }, "branch_coverage": { "type": "boolean", "description": "true or false" }, "format": { "type": "integer", "description": "an integer" } } }, "files": { "type": "object", "description": "an object", "additionalProperties": { "type": "object", "description": "an object", "required": ["executed_lines", "missing_lines", "summary"], "properties": { "executed_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "missing_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "excluded_lines": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "a line number" }, "description": "an array of line numbers" }, "executed_branches": { "type": "array", "items": { "type": "array", "items": { "type": "integer", "description": "a line number" }, "minItems": 2, "maxItems": 2, "description": "a [from, to] pair of line numbers" }, "description": "an array of [from, to] arcs" }, "missing_branches": { "type": "array", "items": { "type": "array", "items": { "type": "integer", "description": "a line number" }, "minItems": 2, "maxItems": 2, "description": "a [from, to] pair of line numbers" }, "description": "an array of [from, to] arcs" }, "summary": { "type": "object", "description": "an object", "required": ["covered_lines", "num_statements", "missing_lines"], "properties": { "covered_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_statements": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "excluded_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_partial_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "covered_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "percent_covered": { "type": "number", "description": "a number" } } } } } }, "totals": { "type": "object", "description": "an object", "required": ["covered_lines", "num_statements", "missing_lines"], "properties": { "covered_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_statements": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "excluded_lines": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "num_partial_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "covered_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "missing_branches": { "type": "integer", "minimum": 0, "description": "a non-negative integer" }, "percent_covered": { "type": "number", "description": "a number" } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.files === void 0 && (missing0 = "files")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema11.required, parentSchema: schema11, data }];
        return false;
      } else {
        if (data.meta !== void 0) {
          let data0 = data.meta;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0.version !== void 0) {
                let data1 = data0.version;
                const _errs3 = errors;
                if (typeof data1 !== "string") {
                  validate10.errors = [{ instancePath: instancePath + "/meta/version", schemaPath: "#/properties/meta/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meta.properties.version.type, parentSchema: schema11.properties.meta.properties.version, data: data1 }];
                  return false;
                }
                var valid1 = _errs3 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data0.branch_coverage !== void 0) {
                  let data2 = data0.branch_coverage;
                  const _errs5 = errors;
                  if (typeof data2 !== "boolean") {
                    validate10.errors = [{ instancePath: instancePath + "/meta/branch_coverage", schemaPath: "#/properties/meta/properties/branch_coverage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.meta.properties.branch_coverage.type, parentSchema: schema11.properties.meta.properties.branch_coverage, data: data2 }];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.format !== void 0) {
                    let data3 = data0.format;
                    const _errs7 = errors;
                    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                      validate10.errors = [{ instancePath: instancePath + "/meta/format", schemaPath: "#/properties/meta/properties/format/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.meta.properties.format.type, parentSchema: schema11.properties.meta.properties.format, data: data3 }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate10.errors = [{ instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.meta.type, parentSchema: schema11.properties.meta, data: data0 }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.files !== void 0) {
            let data4 = data.files;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                for (const key0 in data4) {
                  let data5 = data4[key0];
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing1;
                      if (data5.executed_lines === void 0 && (missing1 = "executed_lines") || data5.missing_lines === void 0 && (missing1 = "missing_lines") || data5.summary === void 0 && (missing1 = "summary")) {
                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'", schema: schema11.properties.files.additionalProperties.required, parentSchema: schema11.properties.files.additionalProperties, data: data5 }];
                        return false;
                      } else {
                        if (data5.executed_lines !== void 0) {
                          let data6 = data5.executed_lines;
                          const _errs14 = errors;
                          if (errors === _errs14) {
                            if (Array.isArray(data6)) {
                              var valid4 = true;
                              const len0 = data6.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data7 = data6[i0];
                                const _errs16 = errors;
                                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines/" + i0, schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.executed_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines.items, data: data7 }];
                                  return false;
                                }
                                if (errors === _errs16) {
                                  if (typeof data7 == "number" && isFinite(data7)) {
                                    if (data7 < 0 || isNaN(data7)) {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines/" + i0, schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines.items, data: data7 }];
                                      return false;
                                    }
                                  }
                                }
                                var valid4 = _errs16 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_lines", schemaPath: "#/properties/files/additionalProperties/properties/executed_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_lines, data: data6 }];
                              return false;
                            }
                          }
                          var valid3 = _errs14 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data5.missing_lines !== void 0) {
                            let data8 = data5.missing_lines;
                            const _errs18 = errors;
                            if (errors === _errs18) {
                              if (Array.isArray(data8)) {
                                var valid5 = true;
                                const len1 = data8.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                  let data9 = data8[i1];
                                  const _errs20 = errors;
                                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines/" + i1, schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.missing_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines.items, data: data9 }];
                                    return false;
                                  }
                                  if (errors === _errs20) {
                                    if (typeof data9 == "number" && isFinite(data9)) {
                                      if (data9 < 0 || isNaN(data9)) {
                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines/" + i1, schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines.items, data: data9 }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid5 = _errs20 === errors;
                                  if (!valid5) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/missing_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_lines, data: data8 }];
                                return false;
                              }
                            }
                            var valid3 = _errs18 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data5.excluded_lines !== void 0) {
                              let data10 = data5.excluded_lines;
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (Array.isArray(data10)) {
                                  var valid6 = true;
                                  const len2 = data10.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    let data11 = data10[i2];
                                    const _errs24 = errors;
                                    if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines/" + i2, schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.excluded_lines.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines.items, data: data11 }];
                                      return false;
                                    }
                                    if (errors === _errs24) {
                                      if (typeof data11 == "number" && isFinite(data11)) {
                                        if (data11 < 0 || isNaN(data11)) {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines/" + i2, schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines.items, data: data11 }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid6 = _errs24 === errors;
                                    if (!valid6) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/excluded_lines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.excluded_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.excluded_lines, data: data10 }];
                                  return false;
                                }
                              }
                              var valid3 = _errs22 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data5.executed_branches !== void 0) {
                                let data12 = data5.executed_branches;
                                const _errs26 = errors;
                                if (errors === _errs26) {
                                  if (Array.isArray(data12)) {
                                    var valid7 = true;
                                    const len3 = data12.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      let data13 = data12[i3];
                                      const _errs28 = errors;
                                      if (errors === _errs28) {
                                        if (Array.isArray(data13)) {
                                          if (data13.length > 2) {
                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                            return false;
                                          } else {
                                            if (data13.length < 2) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                              return false;
                                            } else {
                                              var valid8 = true;
                                              const len4 = data13.length;
                                              for (let i4 = 0; i4 < len4; i4++) {
                                                let data14 = data13[i4];
                                                const _errs30 = errors;
                                                if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3 + "/" + i4, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.executed_branches.items.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items.items, data: data14 }];
                                                  return false;
                                                }
                                                var valid8 = _errs30 === errors;
                                                if (!valid8) {
                                                  break;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches/" + i3, schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_branches.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches.items, data: data13 }];
                                          return false;
                                        }
                                      }
                                      var valid7 = _errs28 === errors;
                                      if (!valid7) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/executed_branches", schemaPath: "#/properties/files/additionalProperties/properties/executed_branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.executed_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.executed_branches, data: data12 }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs26 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data5.missing_branches !== void 0) {
                                  let data15 = data5.missing_branches;
                                  const _errs32 = errors;
                                  if (errors === _errs32) {
                                    if (Array.isArray(data15)) {
                                      var valid9 = true;
                                      const len5 = data15.length;
                                      for (let i5 = 0; i5 < len5; i5++) {
                                        let data16 = data15[i5];
                                        const _errs34 = errors;
                                        if (errors === _errs34) {
                                          if (Array.isArray(data16)) {
                                            if (data16.length > 2) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                              return false;
                                            } else {
                                              if (data16.length < 2) {
                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                                return false;
                                              } else {
                                                var valid10 = true;
                                                const len6 = data16.length;
                                                for (let i6 = 0; i6 < len6; i6++) {
                                                  let data17 = data16[i6];
                                                  const _errs36 = errors;
                                                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5 + "/" + i6, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.missing_branches.items.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items.items, data: data17 }];
                                                    return false;
                                                  }
                                                  var valid10 = _errs36 === errors;
                                                  if (!valid10) {
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches/" + i5, schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_branches.items.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches.items, data: data16 }];
                                            return false;
                                          }
                                        }
                                        var valid9 = _errs34 === errors;
                                        if (!valid9) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/missing_branches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.files.additionalProperties.properties.missing_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.missing_branches, data: data15 }];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs32 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data5.summary !== void 0) {
                                    let data18 = data5.summary;
                                    const _errs38 = errors;
                                    if (errors === _errs38) {
                                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        let missing2;
                                        if (data18.covered_lines === void 0 && (missing2 = "covered_lines") || data18.num_statements === void 0 && (missing2 = "num_statements") || data18.missing_lines === void 0 && (missing2 = "missing_lines")) {
                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary", schemaPath: "#/properties/files/additionalProperties/properties/summary/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'", schema: schema11.properties.files.additionalProperties.properties.summary.required, parentSchema: schema11.properties.files.additionalProperties.properties.summary, data: data18 }];
                                          return false;
                                        } else {
                                          if (data18.covered_lines !== void 0) {
                                            let data19 = data18.covered_lines;
                                            const _errs40 = errors;
                                            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines, data: data19 }];
                                              return false;
                                            }
                                            if (errors === _errs40) {
                                              if (typeof data19 == "number" && isFinite(data19)) {
                                                if (data19 < 0 || isNaN(data19)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_lines, data: data19 }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid11 = _errs40 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data18.num_statements !== void 0) {
                                              let data20 = data18.num_statements;
                                              const _errs42 = errors;
                                              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_statements", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_statements/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements, data: data20 }];
                                                return false;
                                              }
                                              if (errors === _errs42) {
                                                if (typeof data20 == "number" && isFinite(data20)) {
                                                  if (data20 < 0 || isNaN(data20)) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_statements", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_statements/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_statements, data: data20 }];
                                                    return false;
                                                  }
                                                }
                                              }
                                              var valid11 = _errs42 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data18.missing_lines !== void 0) {
                                                let data21 = data18.missing_lines;
                                                const _errs44 = errors;
                                                if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                                  validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines, data: data21 }];
                                                  return false;
                                                }
                                                if (errors === _errs44) {
                                                  if (typeof data21 == "number" && isFinite(data21)) {
                                                    if (data21 < 0 || isNaN(data21)) {
                                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_lines, data: data21 }];
                                                      return false;
                                                    }
                                                  }
                                                }
                                                var valid11 = _errs44 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data18.excluded_lines !== void 0) {
                                                  let data22 = data18.excluded_lines;
                                                  const _errs46 = errors;
                                                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/excluded_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines, data: data22 }];
                                                    return false;
                                                  }
                                                  if (errors === _errs46) {
                                                    if (typeof data22 == "number" && isFinite(data22)) {
                                                      if (data22 < 0 || isNaN(data22)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/excluded_lines", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/excluded_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.excluded_lines, data: data22 }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                  var valid11 = _errs46 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data18.num_branches !== void 0) {
                                                    let data23 = data18.num_branches;
                                                    const _errs48 = errors;
                                                    if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches, data: data23 }];
                                                      return false;
                                                    }
                                                    if (errors === _errs48) {
                                                      if (typeof data23 == "number" && isFinite(data23)) {
                                                        if (data23 < 0 || isNaN(data23)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_branches, data: data23 }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                    var valid11 = _errs48 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                  if (valid11) {
                                                    if (data18.num_partial_branches !== void 0) {
                                                      let data24 = data18.num_partial_branches;
                                                      const _errs50 = errors;
                                                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_partial_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_partial_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches, data: data24 }];
                                                        return false;
                                                      }
                                                      if (errors === _errs50) {
                                                        if (typeof data24 == "number" && isFinite(data24)) {
                                                          if (data24 < 0 || isNaN(data24)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/num_partial_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/num_partial_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.num_partial_branches, data: data24 }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid11 = _errs50 === errors;
                                                    } else {
                                                      var valid11 = true;
                                                    }
                                                    if (valid11) {
                                                      if (data18.covered_branches !== void 0) {
                                                        let data25 = data18.covered_branches;
                                                        const _errs52 = errors;
                                                        if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                                                          validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches, data: data25 }];
                                                          return false;
                                                        }
                                                        if (errors === _errs52) {
                                                          if (typeof data25 == "number" && isFinite(data25)) {
                                                            if (data25 < 0 || isNaN(data25)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/covered_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/covered_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.covered_branches, data: data25 }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid11 = _errs52 === errors;
                                                      } else {
                                                        var valid11 = true;
                                                      }
                                                      if (valid11) {
                                                        if (data18.missing_branches !== void 0) {
                                                          let data26 = data18.missing_branches;
                                                          const _errs54 = errors;
                                                          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches, data: data26 }];
                                                            return false;
                                                          }
                                                          if (errors === _errs54) {
                                                            if (typeof data26 == "number" && isFinite(data26)) {
                                                              if (data26 < 0 || isNaN(data26)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/missing_branches", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/missing_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.missing_branches, data: data26 }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid11 = _errs54 === errors;
                                                        } else {
                                                          var valid11 = true;
                                                        }
                                                        if (valid11) {
                                                          if (data18.percent_covered !== void 0) {
                                                            let data27 = data18.percent_covered;
                                                            const _errs56 = errors;
                                                            if (!(typeof data27 == "number" && isFinite(data27))) {
                                                              validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary/percent_covered", schemaPath: "#/properties/files/additionalProperties/properties/summary/properties/percent_covered/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.files.additionalProperties.properties.summary.properties.percent_covered.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary.properties.percent_covered, data: data27 }];
                                                              return false;
                                                            }
                                                            var valid11 = _errs56 === errors;
                                                          } else {
                                                            var valid11 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/summary", schemaPath: "#/properties/files/additionalProperties/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.additionalProperties.properties.summary.type, parentSchema: schema11.properties.files.additionalProperties.properties.summary, data: data18 }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs38 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/files/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/files/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.additionalProperties.type, parentSchema: schema11.properties.files.additionalProperties, data: data5 }];
                      return false;
                    }
                  }
                  var valid2 = _errs12 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.files.type, parentSchema: schema11.properties.files, data: data4 }];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.totals !== void 0) {
              let data28 = data.totals;
              const _errs58 = errors;
              if (errors === _errs58) {
                if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                  let missing3;
                  if (data28.covered_lines === void 0 && (missing3 = "covered_lines") || data28.num_statements === void 0 && (missing3 = "num_statements") || data28.missing_lines === void 0 && (missing3 = "missing_lines")) {
                    validate10.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'", schema: schema11.properties.totals.required, parentSchema: schema11.properties.totals, data: data28 }];
                    return false;
                  } else {
                    if (data28.covered_lines !== void 0) {
                      let data29 = data28.covered_lines;
                      const _errs60 = errors;
                      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                        validate10.errors = [{ instancePath: instancePath + "/totals/covered_lines", schemaPath: "#/properties/totals/properties/covered_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.covered_lines.type, parentSchema: schema11.properties.totals.properties.covered_lines, data: data29 }];
                        return false;
                      }
                      if (errors === _errs60) {
                        if (typeof data29 == "number" && isFinite(data29)) {
                          if (data29 < 0 || isNaN(data29)) {
                            validate10.errors = [{ instancePath: instancePath + "/totals/covered_lines", schemaPath: "#/properties/totals/properties/covered_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.covered_lines, data: data29 }];
                            return false;
                          }
                        }
                      }
                      var valid12 = _errs60 === errors;
                    } else {
                      var valid12 = true;
                    }
                    if (valid12) {
                      if (data28.num_statements !== void 0) {
                        let data30 = data28.num_statements;
                        const _errs62 = errors;
                        if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                          validate10.errors = [{ instancePath: instancePath + "/totals/num_statements", schemaPath: "#/properties/totals/properties/num_statements/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_statements.type, parentSchema: schema11.properties.totals.properties.num_statements, data: data30 }];
                          return false;
                        }
                        if (errors === _errs62) {
                          if (typeof data30 == "number" && isFinite(data30)) {
                            if (data30 < 0 || isNaN(data30)) {
                              validate10.errors = [{ instancePath: instancePath + "/totals/num_statements", schemaPath: "#/properties/totals/properties/num_statements/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_statements, data: data30 }];
                              return false;
                            }
                          }
                        }
                        var valid12 = _errs62 === errors;
                      } else {
                        var valid12 = true;
                      }
                      if (valid12) {
                        if (data28.missing_lines !== void 0) {
                          let data31 = data28.missing_lines;
                          const _errs64 = errors;
                          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                            validate10.errors = [{ instancePath: instancePath + "/totals/missing_lines", schemaPath: "#/properties/totals/properties/missing_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.missing_lines.type, parentSchema: schema11.properties.totals.properties.missing_lines, data: data31 }];
                            return false;
                          }
                          if (errors === _errs64) {
                            if (typeof data31 == "number" && isFinite(data31)) {
                              if (data31 < 0 || isNaN(data31)) {
                                validate10.errors = [{ instancePath: instancePath + "/totals/missing_lines", schemaPath: "#/properties/totals/properties/missing_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.missing_lines, data: data31 }];
                                return false;
                              }
                            }
                          }
                          var valid12 = _errs64 === errors;
                        } else {
                          var valid12 = true;
                        }
                        if (valid12) {
                          if (data28.excluded_lines !== void 0) {
                            let data32 = data28.excluded_lines;
                            const _errs66 = errors;
                            if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                              validate10.errors = [{ instancePath: instancePath + "/totals/excluded_lines", schemaPath: "#/properties/totals/properties/excluded_lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.excluded_lines.type, parentSchema: schema11.properties.totals.properties.excluded_lines, data: data32 }];
                              return false;
                            }
                            if (errors === _errs66) {
                              if (typeof data32 == "number" && isFinite(data32)) {
                                if (data32 < 0 || isNaN(data32)) {
                                  validate10.errors = [{ instancePath: instancePath + "/totals/excluded_lines", schemaPath: "#/properties/totals/properties/excluded_lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.excluded_lines, data: data32 }];
                                  return false;
                                }
                              }
                            }
                            var valid12 = _errs66 === errors;
                          } else {
                            var valid12 = true;
                          }
                          if (valid12) {
                            if (data28.num_branches !== void 0) {
                              let data33 = data28.num_branches;
                              const _errs68 = errors;
                              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                                validate10.errors = [{ instancePath: instancePath + "/totals/num_branches", schemaPath: "#/properties/totals/properties/num_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_branches.type, parentSchema: schema11.properties.totals.properties.num_branches, data: data33 }];
                                return false;
                              }
                              if (errors === _errs68) {
                                if (typeof data33 == "number" && isFinite(data33)) {
                                  if (data33 < 0 || isNaN(data33)) {
                                    validate10.errors = [{ instancePath: instancePath + "/totals/num_branches", schemaPath: "#/properties/totals/properties/num_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_branches, data: data33 }];
                                    return false;
                                  }
                                }
                              }
                              var valid12 = _errs68 === errors;
                            } else {
                              var valid12 = true;
                            }
                            if (valid12) {
                              if (data28.num_partial_branches !== void 0) {
                                let data34 = data28.num_partial_branches;
                                const _errs70 = errors;
                                if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                                  validate10.errors = [{ instancePath: instancePath + "/totals/num_partial_branches", schemaPath: "#/properties/totals/properties/num_partial_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.num_partial_branches.type, parentSchema: schema11.properties.totals.properties.num_partial_branches, data: data34 }];
                                  return false;
                                }
                                if (errors === _errs70) {
                                  if (typeof data34 == "number" && isFinite(data34)) {
                                    if (data34 < 0 || isNaN(data34)) {
                                      validate10.errors = [{ instancePath: instancePath + "/totals/num_partial_branches", schemaPath: "#/properties/totals/properties/num_partial_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.num_partial_branches, data: data34 }];
                                      return false;
                                    }
                                  }
                                }
                                var valid12 = _errs70 === errors;
                              } else {
                                var valid12 = true;
                              }
                              if (valid12) {
                                if (data28.covered_branches !== void 0) {
                                  let data35 = data28.covered_branches;
                                  const _errs72 = errors;
                                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                                    validate10.errors = [{ instancePath: instancePath + "/totals/covered_branches", schemaPath: "#/properties/totals/properties/covered_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.covered_branches.type, parentSchema: schema11.properties.totals.properties.covered_branches, data: data35 }];
                                    return false;
                                  }
                                  if (errors === _errs72) {
                                    if (typeof data35 == "number" && isFinite(data35)) {
                                      if (data35 < 0 || isNaN(data35)) {
                                        validate10.errors = [{ instancePath: instancePath + "/totals/covered_branches", schemaPath: "#/properties/totals/properties/covered_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.covered_branches, data: data35 }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid12 = _errs72 === errors;
                                } else {
                                  var valid12 = true;
                                }
                                if (valid12) {
                                  if (data28.missing_branches !== void 0) {
                                    let data36 = data28.missing_branches;
                                    const _errs74 = errors;
                                    if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                                      validate10.errors = [{ instancePath: instancePath + "/totals/missing_branches", schemaPath: "#/properties/totals/properties/missing_branches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.totals.properties.missing_branches.type, parentSchema: schema11.properties.totals.properties.missing_branches, data: data36 }];
                                      return false;
                                    }
                                    if (errors === _errs74) {
                                      if (typeof data36 == "number" && isFinite(data36)) {
                                        if (data36 < 0 || isNaN(data36)) {
                                          validate10.errors = [{ instancePath: instancePath + "/totals/missing_branches", schemaPath: "#/properties/totals/properties/missing_branches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.totals.properties.missing_branches, data: data36 }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid12 = _errs74 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                  if (valid12) {
                                    if (data28.percent_covered !== void 0) {
                                      let data37 = data28.percent_covered;
                                      const _errs76 = errors;
                                      if (!(typeof data37 == "number" && isFinite(data37))) {
                                        validate10.errors = [{ instancePath: instancePath + "/totals/percent_covered", schemaPath: "#/properties/totals/properties/percent_covered/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.totals.properties.percent_covered.type, parentSchema: schema11.properties.totals.properties.percent_covered, data: data37 }];
                                        return false;
                                      }
                                      var valid12 = _errs76 === errors;
                                    } else {
                                      var valid12 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.totals.type, parentSchema: schema11.properties.totals, data: data28 }];
                  return false;
                }
              }
              var valid0 = _errs58 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/report/coveragepy.ts
function jsonPointerToPath(pointer) {
  if (!pointer) return "(top level)";
  const parts = pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (i === 1 && parts[0] === "files") out += `[${JSON.stringify(part)}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
function describeSchemaError(error) {
  const where = jsonPointerToPath(error.instancePath);
  if (error.keyword === "required") {
    const missing = error.params.missingProperty;
    return `${where === "(top level)" ? "the report" : where} has no "${missing}"`;
  }
  const described = error.parentSchema?.description;
  const shown = preview(error.data);
  const got = shown === void 0 ? "" : `, got ${shown}`;
  return `${where} must be ${described ?? error.message ?? "valid"}${got}`;
}
function preview(value) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const first = value[0];
    const inner = first !== null && typeof first === "object" ? Array.isArray(first) ? "[...]" : "{...}" : preview(first);
    return `[${inner}${value.length > 1 ? ", ..." : ""}]`;
  }
  if (value !== null && typeof value === "object") {
    return Object.keys(value).length === 0 ? "{}" : "{...}";
  }
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const shown = JSON.stringify(value);
  return shown !== void 0 && shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}
function sortedUnique(lines) {
  let sorted = true;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] <= lines[i - 1]) {
      sorted = false;
      break;
    }
  }
  if (sorted) return lines;
  return [...new Set(lines)].sort((a, b) => a - b);
}
function readCoveragePy(document, source) {
  if (!validateCoveragePy(document)) {
    const error = validateCoveragePy.errors?.[0];
    throw new InputError(
      source,
      error ? describeSchemaError(error) : "is not a coverage.py report"
    );
  }
  const raw = document;
  const names = Object.keys(raw.files);
  const branchFlag = raw.meta?.branch_coverage;
  const firstSummary = names.length ? raw.files[names[0]]?.summary : void 0;
  const hasBranches = branchFlag ?? firstSummary?.num_branches !== void 0;
  const files = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = raw.files[name];
    files.set(name, readFile(name, file, hasBranches, source));
  }
  checkTotals(raw, files, source);
  const report2 = { format: "coverage.py", files, hasBranches, source };
  if (raw.meta?.version) report2.producerVersion = raw.meta.version;
  if (raw.meta?.repository_relative_paths === true) report2.repositoryPaths = true;
  return report2;
}
function readFile(name, file, hasBranches, source) {
  const where = `files[${JSON.stringify(name)}]`;
  const s = file.summary;
  const executedLines = sortedUnique(file.executed_lines);
  const missingLines = sortedUnique(file.missing_lines);
  const disagree = (field, stated, derived, how) => {
    throw new InputError(
      source,
      `${where}.summary.${field} is ${stated} but ${how} gives ${derived}; the summary disagrees with the line lists`
    );
  };
  if (s.missing_lines !== missingLines.length) {
    disagree("missing_lines", s.missing_lines, missingLines.length, "missing_lines[]");
  }
  if (s.covered_lines !== s.num_statements - missingLines.length) {
    disagree(
      "covered_lines",
      s.covered_lines,
      s.num_statements - missingLines.length,
      "num_statements \u2212 missing_lines[]"
    );
  }
  if (executedLines.length < s.covered_lines) {
    disagree("covered_lines", s.covered_lines, executedLines.length, "executed_lines[]");
  }
  const missingSet = new Set(missingLines);
  for (const line of executedLines) {
    if (missingSet.has(line)) {
      throw new InputError(source, `${where}: line ${line} is both executed and missing`);
    }
  }
  let branches = null;
  let coveredBranches = null;
  let partialBranches = null;
  let executedBranches = null;
  let missingBranches = null;
  if (hasBranches) {
    if (s.num_branches === void 0 || s.covered_branches === void 0) {
      throw new InputError(
        source,
        `${where}.summary has no "num_branches"/"covered_branches" although the report measured branches`
      );
    }
    if (s.covered_branches > s.num_branches) {
      disagree("covered_branches", s.covered_branches, s.num_branches, "num_branches");
    }
    branches = s.num_branches;
    coveredBranches = s.covered_branches;
    partialBranches = s.num_partial_branches ?? null;
    if (file.executed_branches && file.missing_branches) {
      executedBranches = file.executed_branches;
      missingBranches = file.missing_branches;
      if (s.num_branches - missingBranches.length !== s.covered_branches) {
        disagree(
          "covered_branches",
          s.covered_branches,
          s.num_branches - missingBranches.length,
          "num_branches \u2212 missing_branches[]"
        );
      }
    }
  }
  return {
    path: name,
    reportPath: name,
    statements: s.num_statements,
    covered: s.covered_lines,
    branches,
    coveredBranches,
    executedLines,
    missingLines,
    excludedLines: file.excluded_lines ? sortedUnique(file.excluded_lines) : [],
    executedBranches,
    missingBranches,
    partialBranches
  };
}
function checkTotals(raw, files, source) {
  const totals = raw.totals;
  if (!totals) return;
  let statements = 0;
  let covered = 0;
  for (const file of files.values()) {
    statements += file.statements;
    covered += file.covered;
  }
  if (totals.num_statements !== statements || totals.covered_lines !== covered) {
    throw new InputError(
      source,
      `totals say ${totals.covered_lines} of ${totals.num_statements} statements covered but the files add up to ${covered} of ${statements}`
    );
  }
}

// src/report/fast-json.ts
var UNUSED_FILE_MEMBERS = ["contexts", "functions", "classes"];
var TOP_LEVEL = ["meta", "files", "totals"];
var bytesOf = (word) => Uint8Array.from(word, (c) => c.charCodeAt(0));
var CUT_KEYS = UNUSED_FILE_MEMBERS.map(bytesOf);
var TOP_KEYS = TOP_LEVEL.map(bytesOf);
var FILES = bytesOf("files");
var TRUE = bytesOf("true");
var FALSE = bytesOf("false");
var NULL = bytesOf("null");
var QUOTE = 34;
var BACKSLASH = 92;
var OTHER = 0;
var ROOT = 1;
var FILES_OBJECT = 2;
var FILE_ENTRY = 3;
var Reject = class extends Error {
};
var reject = () => {
  throw new Reject();
};
function equals(b, start, end, word) {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[start + k] !== word[k]) return false;
  return true;
}
function isHex(c) {
  return c !== void 0 && (c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102);
}
function skipString(b, start) {
  let i = start + 1;
  for (; ; ) {
    let c = b[i];
    while (c >= 32 && c !== QUOTE && c !== BACKSLASH) c = b[++i];
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return reject();
    const e = b[i + 1];
    if (e === QUOTE || e === BACKSLASH || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      i += 2;
    } else if (e === 117 && isHex(b[i + 2]) && isHex(b[i + 3]) && isHex(b[i + 4]) && isHex(b[i + 5])) {
      i += 6;
    } else {
      return reject();
    }
  }
}
function isDigit(c) {
  return c !== void 0 && c >= 48 && c <= 57;
}
function skipNumber(b, start) {
  let i = start;
  if (b[i] === 45) i++;
  if (b[i] === 48) i++;
  else if (isDigit(b[i])) while (isDigit(b[i])) i++;
  else return reject();
  if (b[i] === 46) {
    i++;
    if (!isDigit(b[i])) return reject();
    while (isDigit(b[i])) i++;
  }
  if (b[i] === 101 || b[i] === 69) {
    i++;
    if (b[i] === 43 || b[i] === 45) i++;
    if (!isDigit(b[i])) return reject();
    while (isDigit(b[i])) i++;
  }
  return i;
}
function skipIntegerArray(b, start) {
  let i = skipWhitespace2(b, start + 1);
  if (b[i] === 93) return i + 1;
  for (; ; ) {
    let c = b[i];
    if (c === 45) c = b[++i];
    if (c === 48) c = b[++i];
    else if (c >= 49 && c <= 57) {
      do
        c = b[++i];
      while (c >= 48 && c <= 57);
    } else return -1;
    if (c === 44) {
      c = b[++i];
      while (c === 32) c = b[++i];
      if (c === 10 || c === 13 || c === 9) i = skipWhitespace2(b, i);
      continue;
    }
    if (c === 93) return i + 1;
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i = skipWhitespace2(b, i);
      if (b[i] === 93) return i + 1;
      if (b[i] !== 44) return -1;
      i = skipWhitespace2(b, i + 1);
      continue;
    }
    return -1;
  }
}
function skipWhitespace2(b, start) {
  let i = start;
  let c = b[i];
  while (c === 32 || c === 10 || c === 13 || c === 9) c = b[++i];
  return i;
}
function findCuts(b, from) {
  const cuts = [];
  const kinds = [];
  const roles = [];
  let cutDepth = -1;
  let cutStart = 0;
  let i = skipWhitespace2(b, from);
  if (b[i] !== 123) return reject();
  let nextRole = ROOT;
  let cutNext = false;
  let atKey = false;
  for (; ; ) {
    if (atKey) {
      atKey = false;
      if (b[i] !== QUOTE) return reject();
      const keyEnd = skipString(b, i);
      const role = roles[roles.length - 1];
      const colon = skipWhitespace2(b, keyEnd);
      if (b[colon] !== 58) return reject();
      const value = skipWhitespace2(b, colon + 1);
      nextRole = OTHER;
      cutNext = false;
      if (role === ROOT) {
        if (!isOneOf(b, i + 1, keyEnd - 1, TOP_KEYS)) return reject();
        if (equals(b, i + 1, keyEnd - 1, FILES)) nextRole = FILES_OBJECT;
      } else if (role === FILES_OBJECT) {
        nextRole = FILE_ENTRY;
      } else if (role === FILE_ENTRY && b[value] === 123) {
        cutNext = isOneOf(b, i + 1, keyEnd - 1, CUT_KEYS);
      }
      i = value;
    }
    const c = b[i];
    const arrayEnd = c === 91 ? skipIntegerArray(b, i) : -1;
    if (arrayEnd !== -1) {
      i = arrayEnd;
      nextRole = OTHER;
      cutNext = false;
    } else if (c === 123 || c === 91) {
      if (cutNext) {
        cutDepth = kinds.length;
        cutStart = i;
      }
      const isObject4 = c === 123;
      kinds.push(isObject4 ? 1 : 2);
      roles.push(isObject4 ? nextRole : OTHER);
      nextRole = OTHER;
      cutNext = false;
      i = skipWhitespace2(b, i + 1);
      const close = b[i];
      if (isObject4 ? close !== 125 : close !== 93) {
        atKey = isObject4;
        continue;
      }
    } else if (c === QUOTE) {
      i = skipString(b, i);
    } else if (c === 116 || c === 102 || c === 110) {
      const word = c === 116 ? TRUE : c === 102 ? FALSE : NULL;
      if (!equals(b, i, i + word.length, word)) return reject();
      i += word.length;
    } else {
      i = skipNumber(b, i);
    }
    for (; ; ) {
      i = skipWhitespace2(b, i);
      const depth = kinds.length;
      if (depth === 0) {
        if (i !== b.length) return reject();
        return cuts;
      }
      const kind = kinds[depth - 1];
      const d = b[i];
      if (d === 125 && kind === 1 || d === 93 && kind === 2) {
        i++;
        kinds.pop();
        roles.pop();
        if (cutDepth === depth - 1) {
          cuts.push(cutStart, i);
          cutDepth = -1;
        }
        continue;
      }
      if (d !== 44) return reject();
      i = skipWhitespace2(b, i + 1);
      atKey = kind === 1;
      break;
    }
  }
}
function isOneOf(b, start, end, words) {
  for (const word of words) if (equals(b, start, end, word)) return true;
  return false;
}
function copyInto(out, at2, b, start, end) {
  if (end - start < 512) {
    for (let k = start; k < end; k++) out[at2++] = b[k];
    return at2;
  }
  out.set(b.subarray(start, end), at2);
  return at2 + end - start;
}
function mayHaveCuts(bytes) {
  return ["functions", "classes", "contexts"].some((name) => bytes.includes(`"${name}"`));
}
function parseCoveragePyLean(input) {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const from = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (!mayHaveCuts(bytes)) return void 0;
  let cuts;
  try {
    cuts = findCuts(bytes, from);
  } catch (error) {
    if (error instanceof Reject || error instanceof RangeError) return void 0;
    throw error;
  }
  if (cuts.length === 0) return void 0;
  let size = bytes.length - from;
  for (let k = 0; k < cuts.length; k += 2)
    size -= cuts[k + 1] - cuts[k] - 2;
  const kept = Buffer.allocUnsafe(size);
  let at2 = 0;
  let last = from;
  for (let k = 0; k < cuts.length; k += 2) {
    at2 = copyInto(kept, at2, bytes, last, cuts[k]);
    kept[at2++] = 123;
    kept[at2++] = 125;
    last = cuts[k + 1];
  }
  copyInto(kept, at2, bytes, last, bytes.length);
  try {
    return JSON.parse(kept.toString("utf8"));
  } catch {
    return void 0;
  }
}

// src/report/istanbul.ts
var isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var isCount = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
var quote = (key) => JSON.stringify(key);
function isIstanbulFinal(document) {
  if (!isObject(document)) return false;
  const first = Object.values(document)[0];
  return isObject(first) && "statementMap" in first;
}
function isIstanbulSummary(document) {
  if (!isObject(document)) return false;
  const total = document.total;
  return isObject(total) && isObject(total.lines) && "pct" in total.lines;
}
function countsOf(record, where, source) {
  if (!isObject(record)) throw new InputError(source, `${where} must be an object`);
  const keys = Object.keys(record);
  const values = keys.map((key) => {
    const value = record[key];
    if (!isCount(value)) {
      throw new InputError(
        source,
        `${where}[${quote(key)}] must be a non-negative integer hit count, got ${JSON.stringify(value)}`
      );
    }
    return value;
  });
  return { keys, values };
}
function startLine(location, where, source) {
  const start = isObject(location) ? location.start : void 0;
  const end = isObject(location) ? location.end : void 0;
  const line = isObject(start) ? start.line : void 0;
  if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
    throw new InputError(
      source,
      `${where}.start.line must be a line number (1 or more), got ${JSON.stringify(line)}`
    );
  }
  const endLine = isObject(end) ? end.line : void 0;
  if (typeof endLine === "number" && endLine < line) {
    throw new InputError(
      source,
      `${where} ends on line ${endLine}, before it starts (line ${line}); the statement map is corrupt`
    );
  }
  return line;
}
function perLineMap(raw, where, source) {
  const { keys, values } = countsOf(raw, where, source);
  const hits = /* @__PURE__ */ new Map();
  keys.forEach((key, i) => {
    if (!/^[1-9]\d*$/.test(key) || !Number.isSafeInteger(Number(key))) {
      throw new InputError(source, `${where} has the key ${quote(key)}, not a line number`);
    }
    hits.set(Number(key), values[i]);
  });
  return hits;
}
function metric(total, covered) {
  return { total, covered };
}
function readFinalFile(key, raw, source) {
  const where = `[${quote(key)}]`;
  if (!isObject(raw)) throw new InputError(source, `${where} must be an object`);
  for (const field of ["statementMap", "s", "fnMap", "f", "branchMap", "b"]) {
    if (!isObject(raw[field])) {
      throw new InputError(
        source,
        `${where} has no "${field}" object; an Istanbul file entry needs statementMap, s, fnMap, f, branchMap and b`
      );
    }
  }
  const statementMap = raw.statementMap;
  const s = countsOf(raw.s, `${where}.s`, source);
  const f = countsOf(raw.f, `${where}.f`, source);
  const lineHits = /* @__PURE__ */ new Map();
  s.keys.forEach((id, i) => {
    const location = statementMap[id];
    if (location === void 0) {
      throw new InputError(
        source,
        `${where}.s[${quote(id)}] has no statementMap entry; the map and the counts disagree`
      );
    }
    const line = startLine(location, `${where}.statementMap[${quote(id)}]`, source);
    const count = s.values[i];
    const previous = lineHits.get(line);
    if (previous === void 0 || previous < count) lineHits.set(line, count);
  });
  let branchTotal = 0;
  let branchCovered = 0;
  const b = raw.b;
  for (const id of Object.keys(b)) {
    const counts = b[id];
    if (!Array.isArray(counts) || !counts.every(isCount)) {
      throw new InputError(
        source,
        `${where}.b[${quote(id)}] must be an array of non-negative integer hit counts`
      );
    }
    branchTotal += counts.length;
    branchCovered += counts.filter((n) => n > 0).length;
  }
  const path = typeof raw.path === "string" && raw.path !== "" ? raw.path : key;
  const hits = raw.l === void 0 ? lineHits : perLineMap(raw.l, `${where}.l`, source);
  return lineFileCoverage(path, path, hits, (file) => ({
    statements: metric(s.keys.length, s.values.filter((n) => n > 0).length),
    lines: metric(file.statements, file.covered),
    branches: metric(branchTotal, branchCovered),
    functions: metric(f.keys.length, f.values.filter((n) => n > 0).length)
  }));
}
function addFile(files, file, source) {
  if (files.has(file.path)) {
    throw new InputError(
      source,
      `names ${quote(file.path)} twice; a report must name each file once`
    );
  }
  files.set(file.path, file);
}
function readIstanbulFinal(document, source) {
  if (!isObject(document)) {
    throw new InputError(source, "is not an Istanbul coverage-final.json (not an object)");
  }
  const files = /* @__PURE__ */ new Map();
  let sourceMapped = false;
  for (const [key, raw] of Object.entries(document)) {
    addFile(files, readFinalFile(key, raw, source), source);
    if (isObject(raw) && raw.inputSourceMap !== void 0) sourceMapped = true;
  }
  const report2 = {
    format: "istanbul",
    files,
    hasBranches: false,
    source,
    rounding: "truncate"
  };
  if (sourceMapped) {
    report2.notes = [
      `${source} carries inputSourceMap: its line numbers are those of the instrumented code, read as they are (not remapped to the original sources).`
    ];
  }
  return report2;
}
var SUMMARY_KEYS = ["lines", "statements", "functions", "branches"];
function readSummaryEntry(entry, where, source) {
  if (!isObject(entry)) throw new InputError(source, `${where} must be an object`);
  const out = {};
  for (const key of SUMMARY_KEYS) {
    const value = entry[key];
    if (!isObject(value)) {
      throw new InputError(source, `${where} has no "${key}" object with total and covered`);
    }
    for (const field of ["total", "covered"]) {
      if (!isCount(value[field])) {
        throw new InputError(
          source,
          `${where}.${key}.${field} must be a non-negative integer, got ${JSON.stringify(value[field])}`
        );
      }
    }
    const total = value.total;
    const covered = value.covered;
    if (covered > total) {
      throw new InputError(
        source,
        `${where}.${key}.covered is ${covered}, more than total ${total}`
      );
    }
    out[key] = { total, covered };
  }
  return out;
}
function readIstanbulSummary(document, source) {
  if (!isObject(document)) throw new InputError(source, "is not an Istanbul coverage-summary.json");
  const files = /* @__PURE__ */ new Map();
  const sum = {
    lines: [0, 0],
    statements: [0, 0],
    functions: [0, 0],
    branches: [0, 0]
  };
  for (const [key, entry] of Object.entries(document)) {
    if (key === "total") continue;
    const m = readSummaryEntry(entry, `[${quote(key)}]`, source);
    for (const name of SUMMARY_KEYS) {
      sum[name][0] += m[name].total;
      sum[name][1] += m[name].covered;
    }
    addFile(
      files,
      {
        path: key,
        reportPath: key,
        statements: m.lines.total,
        covered: m.lines.covered,
        branches: null,
        coveredBranches: null,
        executedLines: [],
        missingLines: [],
        excludedLines: [],
        executedBranches: null,
        missingBranches: null,
        partialBranches: null,
        metrics: m
      },
      source
    );
  }
  const total = readSummaryEntry(document.total, "total", source);
  for (const name of SUMMARY_KEYS) {
    const [t, c] = sum[name];
    if (total[name].total !== t || total[name].covered !== c) {
      throw new InputError(
        source,
        `total.${name} says ${total[name].covered} of ${total[name].total} but the files add up to ${c} of ${t}`
      );
    }
  }
  return {
    format: "istanbul",
    files,
    hasBranches: false,
    source,
    rounding: "truncate",
    notes: [
      `${source} is an Istanbul coverage-summary.json, which has no line lists: changed lines cannot be matched to coverage (no patch coverage, no annotations). Use coverage-final.json for those.`
    ]
  };
}

// src/report/lcov.ts
var LINE_NUMBER = /^[1-9]\d*$/;
var ANCHOR_LINE = /^\d+$/;
var COUNT = /^-?\d+$/;
var DETECTION_WINDOW = 64 * 1024;
function looksLikeLcov(text2) {
  for (const raw of text2.slice(0, DETECTION_WINDOW).split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return /^(TN|SF):/.test(line);
  }
  return false;
}
function readLcov(text2, source) {
  const records = /* @__PURE__ */ new Map();
  let current = null;
  let section = { lines: /* @__PURE__ */ new Map(), lf: null, lh: null };
  const stated = { total: 0, covered: 0 };
  const listed = { total: 0, covered: 0 };
  let disagreeing = 0;
  const closeSection = () => {
    if (section.lf === null) return;
    const hit = [...section.lines.values()].filter((n) => n > 0).length;
    const lh = section.lh ?? hit;
    stated.total += section.lf;
    stated.covered += lh;
    listed.total += section.lines.size;
    listed.covered += hit;
    if (section.lf !== section.lines.size || lh !== hit) disagreeing++;
  };
  let openedAt = 0;
  const lines = text2.split("\n");
  const fail = (lineNo, problem) => {
    throw new InputError(source, `line ${lineNo}: ${problem}`);
  };
  const parseCount = (value, lineNo, what) => {
    if (value === void 0 || !COUNT.test(value))
      fail(lineNo, `${what} must be an integer, got ${JSON.stringify(value ?? "")}`);
    const count = Number(value);
    if (count < 0) fail(lineNo, `${what} is negative (${count})`);
    return Math.min(count, Number.MAX_SAFE_INTEGER);
  };
  const parseLine = (value, lineNo) => {
    if (value === void 0 || !LINE_NUMBER.test(value)) {
      fail(lineNo, `the line number must be 1 or more, got ${JSON.stringify(value ?? "")}`);
    }
    return Number(value);
  };
  const parseAnchor = (value, lineNo) => {
    if (value === void 0 || !ANCHOR_LINE.test(value)) {
      fail(lineNo, `the line number must be 0 or more, got ${JSON.stringify(value ?? "")}`);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].replace(/\r$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line === "end_of_record") {
      if (!current) fail(lineNo, "end_of_record without an SF: record before it");
      closeSection();
      current = null;
      continue;
    }
    const colon = line.indexOf(":");
    const key = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1);
    if (key === "TN") continue;
    if (key === "SF") {
      if (current)
        fail(
          lineNo,
          `SF: while the record for ${JSON.stringify(current.path)} (line ${openedAt}) has no end_of_record`
        );
      if (value === "") fail(lineNo, "SF: has no file name");
      current = records.get(value) ?? {
        path: value,
        lines: /* @__PURE__ */ new Map(),
        functions: /* @__PURE__ */ new Map(),
        branches: /* @__PURE__ */ new Map()
      };
      records.set(value, current);
      section = { lines: /* @__PURE__ */ new Map(), lf: null, lh: null };
      openedAt = lineNo;
      continue;
    }
    if (!/^[A-Z]+$/.test(key))
      fail(lineNo, `${JSON.stringify(line.slice(0, 40))} is not an LCOV record line`);
    const record = current;
    if (!record) {
      if (["DA", "FN", "FNDA", "BRDA", "LF", "LH", "FNF", "FNH", "BRF", "BRH"].includes(key)) {
        fail(lineNo, `${key}: before any SF: line; every record must start with SF:<file>`);
      }
      continue;
    }
    const parts = value.split(",");
    switch (key) {
      case "DA": {
        if (parts.length < 2 || parts.length > 3)
          fail(lineNo, `DA: must be DA:<line>,<count>, got ${JSON.stringify(line)}`);
        const number = parseLine(parts[0], lineNo);
        const count = parseCount(parts[1], lineNo, "the DA hit count");
        record.lines.set(number, (record.lines.get(number) ?? 0) + count);
        section.lines.set(number, (section.lines.get(number) ?? 0) + count);
        break;
      }
      case "FN": {
        if (parts.length < 2)
          fail(lineNo, `FN: must be FN:<line>,<name>, got ${JSON.stringify(line)}`);
        parseAnchor(parts[0], lineNo);
        const name = parts.length >= 3 && LINE_NUMBER.test(parts[1]) ? parts.slice(2).join(",") : parts.slice(1).join(",");
        if (!record.functions.has(name)) record.functions.set(name, 0);
        break;
      }
      case "FNDA": {
        if (parts.length < 2)
          fail(lineNo, `FNDA: must be FNDA:<count>,<name>, got ${JSON.stringify(line)}`);
        const count = parseCount(parts[0], lineNo, "the FNDA call count");
        const name = parts.slice(1).join(",");
        record.functions.set(name, (record.functions.get(name) ?? 0) + count);
        break;
      }
      case "BRDA": {
        if (parts.length !== 4)
          fail(
            lineNo,
            `BRDA: must be BRDA:<line>,<block>,<branch>,<taken>, got ${JSON.stringify(line)}`
          );
        const [at2, block, branch, taken] = parts;
        parseAnchor(at2, lineNo);
        if (block === "" || branch === "") fail(lineNo, `BRDA: has an empty block or branch id`);
        const id = `${at2},${block},${branch}`;
        const count = taken === "-" ? null : parseCount(taken, lineNo, "the BRDA taken count");
        const old = record.branches.get(id);
        record.branches.set(
          id,
          old === void 0 || old === null ? count : count === null ? old : old + count
        );
        break;
      }
      case "LF":
        section.lf = parseCount(value, lineNo, "the LF value");
        break;
      case "LH":
        section.lh = parseCount(value, lineNo, "the LH value");
        break;
      case "FNF":
      case "FNH":
      case "BRF":
      case "BRH":
        parseCount(value, lineNo, `the ${key} value`);
        break;
      default:
        break;
    }
  }
  if (current) {
    throw new InputError(
      source,
      `ends inside the record for ${JSON.stringify(current.path)} (line ${openedAt}) without end_of_record (truncated?)`
    );
  }
  const files = /* @__PURE__ */ new Map();
  for (const record of records.values()) {
    if (record.lines.size === 0) continue;
    files.set(record.path, toFileCoverage2(record));
  }
  if (files.size === 0) throw new InputError(source, "has no SF: record with DA: line data");
  fillMetrics(files);
  const report2 = { format: "lcov", files, hasBranches: false, source };
  if (disagreeing > 0) {
    report2.notes = [
      statedTotalsNote(
        source,
        `LF/LH (in ${disagreeing} record${disagreeing === 1 ? "" : "s"})`,
        stated,
        listed
      )
    ];
  }
  return report2;
}
function toFileCoverage2(record) {
  return lineFileCoverage(record.path, record.path, record.lines, (file) => {
    const metrics = { lines: { total: file.statements, covered: file.covered } };
    if (record.functions.size > 0) {
      metrics.functions = {
        total: record.functions.size,
        covered: [...record.functions.values()].filter((n) => n > 0).length
      };
    }
    if (record.branches.size > 0) {
      metrics.branches = {
        total: record.branches.size,
        covered: [...record.branches.values()].filter((n) => n !== null && n > 0).length
      };
    }
    return metrics;
  });
}

// src/report/load.ts
var FORMAT_CHOICES = [
  "auto",
  "coverage.py",
  "istanbul",
  "lcov",
  "cobertura"
];
var TRIED = 'tried: coverage.py JSON (an object with "files"), Istanbul coverage-final.json (entries with "statementMap") and coverage-summary.json ("total" with "lines.pct"), LCOV (lines starting TN: or SF:), Cobertura XML (a <coverage> element)';
async function resolveReportPaths(patterns, cwd) {
  const found = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    if (!isGlob(pattern)) {
      found.push(pattern);
      continue;
    }
    const { glob: glob2 } = await Promise.resolve().then(() => (init_dist2(), dist_exports));
    const matches = await glob2(pattern, {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false
    });
    if (matches.length === 0) throw new InputError(pattern, "no file matches this pattern");
    found.push(...matches.sort());
  }
  return [...new Set(found)];
}
async function readReportFile(path, format = "auto", cwd = process.cwd()) {
  let bytes;
  try {
    bytes = await readFile2(cwd && !path.startsWith("/") ? `${cwd}/${path}` : path);
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") throw new InputError(path, "file not found");
    if (code2 === "EISDIR") throw new InputError(path, "is a directory, not a report file");
    throw new InputError(path, `cannot be read (${code2 ?? String(error)})`);
  }
  return parseReport(bytes, path, format, cwd);
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes);
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString(
    "utf8"
  );
}
async function parseReport(bytes, source, format = "auto", cwd = process.cwd()) {
  const lean = format === "auto" || format === "coverage.py" ? parseCoveragePyLean(bytes) : void 0;
  if (lean !== void 0 && detectJsonFormat(lean) === "coverage.py")
    return readCoveragePy(lean, source);
  const text2 = decodeText(bytes);
  if (text2.trim() === "") throw new InputError(source, "is empty");
  const first = text2.trimStart()[0];
  if (first === "{" || first === "[") {
    const document = parseJson(text2, source);
    const detected2 = detectJsonFormat(document);
    if (format !== "auto" && detected2 !== format && detected2 !== void 0) {
      throw new InputError(source, `is ${describeFormat(detected2)}, not ${describeFormat(format)}`);
    }
    const chosen = format === "auto" ? detected2 : format;
    switch (chosen) {
      case "coverage.py":
        return readCoveragePy(document, source);
      case "istanbul":
        return isIstanbulSummary(document) ? readIstanbulSummary(document, source) : readIstanbulFinal(document, source);
      case void 0:
        throw new InputError(
          source,
          `is JSON but not a coverage report this tool reads (${TRIED})`
        );
      default:
        throw new InputError(source, `is JSON, not ${describeFormat(chosen)}`);
    }
  }
  const detected = looksLikeXml(text2) ? "cobertura" : looksLikeLcov(text2) ? "lcov" : void 0;
  if (format !== "auto" && detected !== format) {
    throw new InputError(
      source,
      `is ${detected ? describeFormat(detected) : "not a coverage report this tool reads"}, not ${describeFormat(format)}`
    );
  }
  if (detected === "cobertura") {
    const exists = (path) => existsSync(isAbsolute4(path) ? path : join(cwd, path));
    return readCobertura(text2, source, { exists });
  }
  if (detected === "lcov") return readLcov(text2, source);
  throw new InputError(source, `is not a coverage report this tool reads (${TRIED})`);
}
function parseJson(text2, source) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    const detail = describeError(error);
    const position = /at position (\d+)/.exec(detail);
    const truncated = /end of JSON input|Unterminated string/i.test(detail) || position !== null && Number(position[1]) >= text2.trimEnd().length;
    throw new InputError(
      source,
      truncated ? `is not valid JSON: the file ends early (truncated?): ${detail}` : `is not valid JSON: ${detail}`
    );
  }
}
var FORMAT_NAMES = {
  "coverage.py": "a coverage.py JSON report",
  istanbul: "an Istanbul coverage-final.json",
  lcov: "an LCOV tracefile",
  cobertura: "a Cobertura XML report"
};
function describeFormat(format) {
  return FORMAT_NAMES[format];
}
function detectJsonFormat(document) {
  if (!document || typeof document !== "object" || Array.isArray(document)) return void 0;
  const record = document;
  if ("files" in record && (record.meta !== void 0 || record.totals !== void 0 || isObject2(record.files))) {
    return "coverage.py";
  }
  if (isIstanbulFinal(record) || isIstanbulSummary(record)) return "istanbul";
  return void 0;
}
function isObject2(value) {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

// src/report/merge.ts
function unionSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === void 0 || x !== void 0 && x < y) {
      out.push(x);
      i++;
    } else if (x === void 0 || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}
function intersectSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x < y) i++;
    else if (y < x) j++;
    else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}
var arcKey = (arc) => `${arc[0]},${arc[1]}`;
var compareArcs = (a, b) => a[0] - b[0] || a[1] - b[1];
function unionArcs(a, b) {
  const seen = /* @__PURE__ */ new Map();
  for (const arc of [...a, ...b]) seen.set(arcKey(arc), arc);
  return [...seen.values()].sort(compareArcs);
}
function intersectArcs(a, b) {
  const inB = new Set(b.map(arcKey));
  const seen = /* @__PURE__ */ new Map();
  for (const arc of a) if (inB.has(arcKey(arc))) seen.set(arcKey(arc), arc);
  return [...seen.values()].sort(compareArcs);
}
function hasLineLists(file) {
  return file.statements === 0 || file.executedLines.length + file.missingLines.length > 0;
}
function mergeFile(a, b, aSource, bSource) {
  if (a.statements !== b.statements) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.statements} statements here but ${a.statements} in ${aSource}: the reports measured different versions of the file and cannot be merged`
    );
  }
  for (const [file, source] of [
    [a, aSource],
    [b, bSource]
  ]) {
    if (!hasLineLists(file)) {
      throw new InputError(
        source,
        `has no line lists for ${JSON.stringify(file.path)} (a coverage-summary.json?), so it cannot be merged with another report of that file; give the coverage-final.json instead`
      );
    }
  }
  const missingLines = intersectSorted(a.missingLines, b.missingLines);
  const merged = {
    ...a,
    covered: a.statements - missingLines.length,
    executedLines: unionSorted(a.executedLines, b.executedLines),
    missingLines,
    excludedLines: unionSorted(a.excludedLines, b.excludedLines)
  };
  delete merged.metrics;
  if (a.branches === null || b.branches === null) return merged;
  if (a.branches !== b.branches) {
    throw new InputError(
      bSource,
      `${JSON.stringify(a.path)} has ${b.branches} branches here but ${a.branches} in ${aSource}: the reports measured different versions of the file and cannot be merged`
    );
  }
  const missingA = a.missingBranches;
  const missingB = b.missingBranches;
  if (!missingA || !missingB || !a.executedBranches || !b.executedBranches) {
    const without = missingA ? bSource : aSource;
    throw new InputError(
      without,
      `has branch counts for ${JSON.stringify(a.path)} but no arc lists (executed_branches/missing_branches), so it cannot be merged exactly; merge the data with "coverage combine" first or use a coverage.py that writes the arcs`
    );
  }
  const missingBranches = intersectArcs(missingA, missingB);
  const missingLineSet = new Set(missingLines);
  let partialArcs = 0;
  for (const arc of missingBranches) if (!missingLineSet.has(arc[0])) partialArcs++;
  return {
    ...merged,
    coveredBranches: a.branches - missingBranches.length,
    executedBranches: unionArcs(a.executedBranches, b.executedBranches),
    missingBranches,
    partialBranches: partialArcs
  };
}
function mergeReports(reports) {
  const [first, ...rest] = reports;
  if (!first) throw new InputError("", "no coverage report given");
  if (rest.length === 0) return first;
  for (const other of rest) {
    if (other.format !== first.format) {
      throw new InputError(
        other.source,
        `is a ${other.format} report and ${first.source} is ${first.format}; reports of different formats cannot be merged`
      );
    }
    if (other.hasBranches !== first.hasBranches) {
      const [withBranches, without] = first.hasBranches ? [first, other] : [other, first];
      throw new InputError(
        without.source,
        `has line coverage only but ${withBranches.source} measured branches; an exact merge needs both with or both without --branch`
      );
    }
  }
  const files = /* @__PURE__ */ new Map();
  const sourceOf = /* @__PURE__ */ new Map();
  for (const report2 of reports) {
    for (const [path, file] of report2.files) {
      const existing = files.get(path);
      if (existing) {
        files.set(path, mergeFile(existing, file, sourceOf.get(path), report2.source));
      } else {
        files.set(path, file);
        sourceOf.set(path, report2.source);
      }
    }
  }
  const sorted = new Map([...files.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return {
    format: first.format,
    files: sorted,
    hasBranches: first.hasBranches,
    source: reports.map((r) => r.source).join(" + "),
    ...first.producerVersion ? { producerVersion: first.producerVersion } : {},
    ...first.rounding ? { rounding: first.rounding } : {},
    ...mergedNotes(reports),
    ...mergedRoots(reports)
  };
}
function mergedRoots(reports) {
  const pathRoots = [...new Set(reports.flatMap((r) => r.pathRoots ?? []))];
  return pathRoots.length ? { pathRoots } : {};
}
function mergedNotes(reports) {
  const notes = [...new Set(reports.flatMap((r) => r.notes ?? []))];
  return notes.length ? { notes } : {};
}

// src/pipeline.ts
function pathOptions(settings, workspace, checkoutFiles, reportDir) {
  return {
    workspace,
    ...settings.pathPrefix ? { pathPrefix: settings.pathPrefix } : {},
    ...checkoutFiles ? { checkoutFiles } : {},
    ...reportDir === void 0 ? {} : { reportDir }
  };
}
function reportDirHint(patterns, cwd, root) {
  const only = patterns.length === 1 ? patterns[0] : void 0;
  if (!only || isGlob(only)) return void 0;
  return reportDirectory(only, cwd, root);
}
async function loadReports(patterns, format, paths, cwd) {
  const files = await resolveReportPaths(patterns, cwd);
  const reports = [];
  for (const file of files) {
    const reportDir = reportDirectory(file, cwd, paths.workspace);
    const options = reportDir === void 0 ? paths : { ...paths, reportDir };
    reports.push(normaliseReport(await readReportFile(file, format, cwd), options));
  }
  return refuseEmptyReport(mergeReports(reports));
}
function runAnalysis(input) {
  return analyse({
    head: input.head,
    base: input.base,
    ...input.baseline ? { baseline: input.baseline } : {},
    changes: input.changes,
    gates: input.settings.gates,
    impact: input.settings.impact,
    notes: input.notes ?? [],
    ...input.measured ? { measured: input.measured } : {}
  });
}

// src/render/json.ts
function renderJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}

// src/render/format.ts
var percentText = (value, precision, rounding = "half-even") => `${displayPercent(value, precision, rounding)}%`;
var deltaText = (value, precision) => displayDelta(value, precision);
var countText = (value) => value.toLocaleString("en-US");
var counted2 = (value, noun, plural = `${noun}s`) => `${countText(value)} ${value === 1 ? noun : plural}`;
function lineRanges(lines, limit = Number.POSITIVE_INFINITY, dash = "\u2013") {
  const ranges = groupRanges(lines);
  const shown = ranges.slice(0, limit).map(([a, b]) => a === b ? `${a}` : `${a}${dash}${b}`);
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(", ");
}
function groupRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function code(text2) {
  const flat = escapePipes(showBidiControls(text2.replace(/[\r\n\t]+/g, " ")));
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function escapePipes(text2) {
  return text2.replace(
    /(\\*)\|/g,
    (_, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}\\\\|`
  );
}
function inert(text2) {
  return showBidiControls(text2).replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]()#+\-.!|~:]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@\u2060");
}
function showBidiControls(text2) {
  return text2.replace(
    /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`
  );
}
function shortSha(sha) {
  return sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7) : null;
}

// src/render/measured.ts
var at = (sha) => code(shortSha(sha) ?? "?");
function measuredNote(m) {
  const commit = at(m.commit);
  switch (m.checkout) {
    case "merge":
      return `Measured ${commit}, the pull request's merge commit: changed lines and baseline against its first parent ${at(m.anchor)}${m.parentsAssumed ? " (its parents could not be read; the event's base commit was assumed)" : ""}.`;
    case "merge-group":
      return `Measured ${commit}, the merge queue's head; anchored at its base ${at(m.anchor)}.`;
    case "other":
      return `Measured ${commit}, which is neither the pull request's head nor its merge commit${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ""}.`;
    default:
      return `Measured ${commit}, the pull request's head${m.anchor ? `; anchored at the merge base ${at(m.anchor)}` : ""}.`;
  }
}

// src/render/tables.ts
function fitTable(measure, room, header, rows, total, rest) {
  let used = measure(header) + measure(rest(total)) + 4;
  const kept = [];
  for (const row of rows) {
    const size = measure(row) + 1;
    if (used + size > room) break;
    kept.push(row);
    used += size;
  }
  if (kept.length === 0) return "";
  const left = total - kept.length;
  return `${header}
${kept.join("\n")}${left > 0 ? `

${rest(left)}` : ""}
`;
}
function* lazily(items, format) {
  let i = 0;
  for (const item of items) yield format(item, i++);
}
function patchCell(row, p, r) {
  if (row.patchLines === 0) return "\u2014";
  return `${percentText(100 * row.patchCovered / row.patchLines, p, r)} (${countText(row.patchCovered)}/${countText(row.patchLines)})`;
}
function renderChangedFiles(result, measure, room) {
  if (!result.patch) return "";
  const p = result.precision;
  const r = result.rounding;
  const changed = result.files.filter((f) => f.changed);
  if (changed.length === 0) return "";
  const title = `Files changed in this PR (${countText(changed.length)})`;
  const folded = changed.length > 15;
  const open = folded ? `<details><summary>${title}</summary>

` : `#### ${title}

`;
  const close = folded ? "\n</details>\n" : "";
  const table2 = fitTable(
    measure,
    room - measure(open) - measure(close),
    "| File | Coverage | \u0394 | Changed lines covered | Not covered |\n|:--|--:|--:|--:|:--|",
    lazily(
      changed,
      (row) => `| ${code(row.path)} | ${percentText(row.percent, p, r)} | ${row.delta === null ? "new" : deltaText(row.delta, p)} | ${patchCell(row, p, r)} | ${row.patchMissing.length ? lineRanges(row.patchMissing, 8) : ""} |`
    ),
    changed.length,
    (left) => `\u2026and ${counted2(left, "more changed file")} (see the job summary).`
  );
  if (!table2)
    return `_${counted2(changed.length, "file")} changed in this PR; see the job summary._
`;
  return `${open}${table2}${close}`;
}
var MIN_ROW_LENGTH = 20;
function movedVisibly(row, p, r) {
  if (row.delta === null || row.basePercent === null) return false;
  if (displayPercent(row.basePercent, p, r) === displayPercent(row.percent, p, r)) return false;
  return deltaText(row.delta, p) !== deltaText(0, p);
}
function renderOtherChanges(result, measure, room) {
  const p = result.precision;
  const r = result.rounding;
  const moved = result.files.filter((f) => !f.changed && movedVisibly(f, p, r));
  const added = result.files.filter((f) => !f.changed && f.basePercent === null && result.base);
  const total = moved.length + added.length + result.removedFiles.length;
  if (total === 0) return "";
  const fits = Math.max(0, Math.floor(room / MIN_ROW_LENGTH));
  const biggest = firstSorted(
    moved,
    fits,
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.path < b.path ? -1 : 1)
  );
  function* rows() {
    for (const f of biggest)
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | ${percentText(f.percent, p, r)} | ${deltaText(f.delta, p)} |`;
    for (const f of added.slice(0, fits))
      yield `| ${code(f.path)} | new | ${percentText(f.percent, p, r)} | |`;
    for (const f of result.removedFiles.slice(0, fits))
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | removed | |`;
  }
  const summary = `Coverage changed in ${counted2(total, "other file")}`;
  const open = `<details><summary>${summary}</summary>

`;
  const close = "\n</details>\n";
  const table2 = fitTable(
    measure,
    room - measure(open) - measure(close),
    "| File | Base | Now | \u0394 |\n|:--|--:|--:|--:|",
    rows(),
    total,
    (left) => `\u2026and ${countText(left)} more.`
  );
  return table2 ? `${open}${table2}${close}` : `_${summary}; see the job summary._
`;
}
function renderImpact(result, measure, room) {
  const p = result.precision;
  const r = result.rounding;
  const s = result.impactSummary;
  if (result.impact.length === 0) return "";
  const intro = [
    "#### \u{1F3AF} Test these next",
    "",
    `Testing these ${counted2(s.files, "file")} to ${s.target}% adds **~${s.gain.toFixed(p)} pp** (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
    ""
  ].join("\n");
  const unit = result.format === "coverage.py" ? "Statements" : "Lines";
  const notes = [];
  if (result.impact.some((e) => e.changed)) notes.push("\u270F\uFE0F this PR changes the file.");
  if (s.more > 0) notes.push(`${counted2(s.more, "more file")} qualify.`);
  const folders = s.folders.slice(0, 5).map(
    (g) => `${code(`${g.folder}/`)} (${counted2(g.files, "file")}, ${countText(g.uncovered)} uncovered)`
  );
  const related = folders.length ? `Related files to test together: ${folders.join("; ")}.` : "";
  const tail = (withFolders2) => {
    const all = withFolders2 && related ? [related, ...notes] : notes;
    return all.length ? `
${all.join(" ")}
` : "";
  };
  const withFolders = measure(intro) + measure(tail(true)) < room / 2;
  const ending = tail(withFolders);
  const table2 = fitTable(
    measure,
    room - measure(intro) - measure(ending),
    `| # | File | ${unit} | Coverage | Uncovered | Tier | Gain |
|--:|:--|--:|--:|--:|:-:|--:|`,
    lazily(
      result.impact,
      (entry, i) => `| ${i + 1} | ${code(entry.path)}${entry.changed ? " \u270F\uFE0F" : ""} | ${countText(entry.statements)} | ${percentText(entry.percent, p, r)} | ${countText(entry.uncovered)} | ${entry.tier} | +${entry.gain.toFixed(p)} pp |`
    ),
    result.impact.length,
    (left) => `\u2026and ${counted2(left, "more suggestion")} (see the job summary).`
  );
  return table2 ? `${intro}
${table2}${ending}` : intro;
}

// src/render/trend.ts
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var PALETTE = "#0969da, #1a7f37";
function chartPoints(view, max, precision, rounding) {
  const shown = (v) => Number(percentText(v, precision, rounding).slice(0, -1));
  const room = view.pullRequest ? max - 1 : max;
  const points = view.points.slice(-Math.max(1, room)).map((p) => ({
    label: p.time.slice(0, 10),
    value: shown(p.percent),
    pullRequest: false
  }));
  if (view.pullRequest)
    points.push({ label: "this PR", value: shown(view.pullRequest.percent), pullRequest: true });
  return points;
}
function sparkline(values) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => BARS[hi === lo ? 3 : Math.round((v - lo) / (hi - lo) * (BARS.length - 1))]).join("");
}
var fixed = (v, p) => v.toFixed(p);
function paceText(pace, p) {
  if (!pace.enough)
    return `not enough history yet for a pace (${pace.points} point${pace.points === 1 ? "" : "s"} over ${pace.spanDays} day${pace.spanDays === 1 ? "" : "s"}; it needs 4 over 14 days)`;
  const perPr = pace.perPullRequest === null ? "" : `, ${deltaText(pace.perPullRequest, p)} pp per merged PR`;
  return `${deltaText(pace.perWeek, p)} pp/week over 12 weeks${perPr}`;
}
function etaText(eta, target) {
  if (eta === null || target === null) return "";
  switch (eta.kind) {
    case "date":
      return `${target}% around ${eta.date} (in ${Math.ceil(eta.weeks)} week${Math.ceil(eta.weeks) === 1 ? "" : "s"})`;
    case "reached":
      return `the ${target}% target is reached`;
    case "not-in-sight":
      return `at this pace ${target}% is not in sight`;
    case "no-course":
      return `no ETA for ${target}% without a pace`;
  }
}
function stepText(view, p) {
  const pr = view.pullRequest;
  if (!pr) return "";
  const step = `${deltaText(pr.step, p)} pp`;
  if (pr.days === null || Math.abs(pr.days) < 0.5) return `this PR: ${step}`;
  const days = Math.round(Math.abs(pr.days));
  return pr.days > 0 ? `this PR: ${step}, about ${days} day${days === 1 ? "" : "s"} of the current pace` : `this PR: ${step}, setting the push back about ${days} day${days === 1 ? "" : "s"} of the current pace`;
}
function trendTextLine(view, points, p) {
  const history = points.filter((x) => !x.pullRequest);
  const first = history[0];
  const last = history[history.length - 1];
  const pr = points.find((x) => x.pullRequest);
  const parts = [
    `${sparkline(points.map((x) => x.value))} ${fixed(first.value, p)}% (${first.label}) \u2192 ${fixed(last.value, p)}% (${last.label})${pr ? ` \u2192 ${fixed(pr.value, p)}% (this PR)` : ""}`,
    `pace ${paceText(view.pace, p)}`
  ];
  const eta = etaText(view.eta, view.target);
  if (eta) parts.push(eta);
  return parts.join(" \xB7 ");
}
function trendLine(view, options) {
  const points = chartPoints(view, options.maxPoints, options.precision, options.rounding);
  const step = stepText(view, options.precision);
  return `${trendTextLine(view, points, options.precision)}${step ? ` \xB7 ${step}` : ""}`;
}
function yRange(values, target) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const spread = Math.max(hi - lo, 1);
  let bottom = Math.max(0, Math.floor(lo - spread * 0.2));
  let top = Math.min(100, Math.ceil(hi + spread * 0.2));
  if (target !== null) {
    top = Math.max(top, Math.min(100, Math.ceil(target + spread * 0.1)));
    bottom = Math.min(bottom, Math.max(0, Math.floor(target - spread * 0.1)));
  }
  return [bottom, top];
}
function mermaidChart(points, target, p) {
  const values = points.map((x) => x.value);
  const [bottom, top] = yRange(values, target);
  const withTarget = target !== null;
  const labels = points.map(
    (x) => JSON.stringify(
      x.pullRequest ? "PR" : `${Number(x.label.slice(5, 7))}/${Number(x.label.slice(8, 10))}`
    )
  );
  const lines = [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    "    width: 860",
    "    height: 360",
    "    xAxis:",
    "      labelFontSize: 11",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${PALETTE}"`,
    "---",
    "xychart-beta",
    `  title "Coverage, %${withTarget ? ` (blue) and target ${target}% (green)` : ""}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "%" ${bottom} --> ${top}`,
    `  line [${values.map((v) => fixed(v, p)).join(", ")}]`
  ];
  if (withTarget) lines.push(`  line [${points.map(() => String(target)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
function renderTrend(view, options) {
  const p = options.precision;
  const r = options.rounding;
  const points = chartPoints(view, options.maxPoints, p, r);
  const now = percentText(view.now, p, r);
  const head = [];
  if (view.target !== null) {
    const toGo = view.target - view.now;
    head.push(
      `**${now}** now \u2192 target **${view.target}%**${toGo > 0 ? ` (${fixed(toGo, p)} pp to go)` : ""}`
    );
  } else head.push(`**${now}** now`);
  head.push(`pace ${paceText(view.pace, p)}`);
  const eta = etaText(view.eta, view.target);
  if (eta) head.push(eta);
  const step = stepText(view, p);
  const chartNote = view.historyLength > points.filter((x) => !x.pullRequest).length ? ` (last ${points.length} points)` : "";
  return [
    "#### \u{1F4C8} Coverage push",
    "",
    `${head.join(" \xB7 ")}.${step ? ` ${step[0]?.toUpperCase()}${step.slice(1)}.` : ""}`,
    "",
    `\`${trendTextLine(view, points, p)}\``,
    "",
    `<details><summary>Chart${chartNote}</summary>`,
    "",
    mermaidChart(points, view.target, p),
    "",
    "</details>",
    ""
  ].join("\n");
}

// src/render/markdown.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
function utf8Length(text2) {
  let bytes = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c < 56320 && i + 1 < text2.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
function commentMarker(commentId) {
  return `<!-- coverage-gate:${commentId.replace(/--+/g, "-").replace(/[<>]/g, "")} -->`;
}
var GATE_LABELS = {
  "min-coverage": "Total coverage",
  "min-file-coverage": "Every file",
  "file-thresholds": "Per-path thresholds",
  "max-coverage-drop": "Drop against base",
  "min-patch-coverage": "Patch coverage",
  "min-branch-coverage": "Branch coverage",
  baseline: "Baseline present"
};
var Budget = class {
  constructor(limit, measure) {
    this.limit = limit;
    this.measure = measure;
  }
  limit;
  measure;
  parts = [];
  used = 0;
  /** Room left for one more block after keeping `reserve`. */
  room(reserve = 0) {
    return this.limit - this.used - reserve - 1;
  }
  fits(text2, reserve = 0) {
    return this.measure(text2) <= this.room(reserve);
  }
  add(text2) {
    this.parts.push(text2);
    this.used += this.measure(text2) + 1;
  }
  toString() {
    return this.parts.join("\n");
  }
};
var LEFT_OUT = "_Some sections were left out to keep this comment within GitHub's size limit; the job summary and the `report-json` output have everything._\n";
function renderMarkdown(result, options = {}) {
  const p = result.precision;
  const r = result.rounding;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const measure = options.unit === "bytes" ? utf8Length : (text2) => text2.length;
  const out = new Budget(limit, measure);
  const footer = renderFooter(result);
  const reserve = measure(footer) + measure(LEFT_OUT) + 2;
  if (options.commentId !== void 0) out.add(commentMarker(options.commentId));
  out.add(renderHeadline(result));
  out.add("");
  if (result.push)
    out.add(
      renderTrend(result.push, { maxPoints: options.chartPoints ?? 30, precision: p, rounding: r })
    );
  out.add(renderFigures(result));
  out.add("");
  const impact = renderImpact(result, measure, Math.floor(out.room(reserve) / 2));
  const held = impact ? measure(impact) + 1 : 0;
  let leftOut = false;
  const place = (block, keep) => {
    const room = out.room(reserve + keep);
    const text2 = room > 0 ? block(room) : "";
    if (text2 && out.fits(text2, reserve + keep)) out.add(text2);
    else if (text2 || room <= 0) leftOut = true;
  };
  place((room) => renderGates(result, p, r, measure, room), held);
  for (const caveat of renderCaveats(result)) place(() => caveat, held);
  for (const note of result.notes) place(() => `> [!NOTE]
> ${inert(note)}
`, held);
  if (impact) out.add(impact);
  place((room) => renderChangedFiles(result, measure, room), 0);
  place((room) => renderOtherChanges(result, measure, room), 0);
  if (leftOut) out.add(LEFT_OUT);
  out.add(footer);
  return out.toString();
}
function renderHeadline(result) {
  const p = result.precision;
  const r = result.rounding;
  const basis = result.deltaBasis ? ` on ${result.deltaBasis}` : "";
  const delta = result.delta === null ? "" : ` (${deltaText(result.delta, p)} pp${basis})`;
  const verdict = result.passed ? result.warnedGates?.length ? "\u26A0\uFE0F Coverage Gate passed with warnings" : "\u2705 Coverage Gate passed" : "\u274C Coverage Gate failed";
  return `### ${verdict} \xB7 ${percentText(result.totals.percent, p, r)}${delta}`;
}
function renderFigures(result) {
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const unit = result.format === "coverage.py" ? "statements" : "lines";
  const head = `${percentText(t.percent, p, r)}`;
  const headDetail = t.branches !== null ? `${countText(t.covered)} / ${countText(t.statements)} ${unit}, ${countText(t.coveredBranches ?? 0)} / ${countText(t.branches)} branches` : `${countText(t.covered)} / ${countText(t.statements)} ${unit}`;
  const basis = result.deltaBasis ? ` (${result.deltaBasis})` : "";
  const rows = ["| | Coverage | Covered | \u0394 vs base |", "|:--|--:|--:|--:|"];
  rows.push(
    `| **This PR** | **${head}** | ${headDetail} | ${result.delta === null ? "\u2014" : `**${deltaText(result.delta, p)} pp**${basis}`} |`
  );
  if (result.base) {
    const sha = shortSha(result.base.commit);
    rows.push(
      `| Base${sha ? ` (${code(sha)})` : ""} | ${percentText(result.base.percent, p, r)} | ${countText(result.base.covered)} / ${countText(result.base.statements)} | |`
    );
  } else {
    rows.push("| Base | \u2014 | no baseline found | |");
  }
  if (result.patch) {
    const patch = result.patch;
    const caveat = result.patchNonStatements?.length ? " \xB9" : "";
    rows.push(
      `| Changed lines | ${patch.percent === null ? "n/a" : percentText(patch.percent, p, r)}${caveat} | ${countText(patch.covered)} / ${countText(patch.lines)} lines | |`
    );
  }
  if (t.metrics) {
    for (const [name, metric2] of Object.entries(t.metrics)) {
      if (!metric2 || metric2.total === 0) continue;
      if (name === "lines" && unit === "lines") continue;
      rows.push(
        `| _${name}_ | ${percentText(100 * metric2.covered / metric2.total, p, r)} | ${countText(metric2.covered)} / ${countText(metric2.total)} | |`
      );
    }
  }
  return rows.join("\n");
}
function renderCaveats(result) {
  const p = result.precision;
  const r = result.rounding;
  const caveats = [];
  if (result.deltaBasis === "statements" && result.deltaFrom && result.base) {
    const side = result.totals.branches !== null ? "this run" : "the baseline";
    caveats.push(
      `> [!NOTE]
> Only ${side} measured branches, so the change against the base compares statements alone: ${percentText(result.deltaFrom.base, p, r)} \u2192 ${percentText(result.deltaFrom.head, p, r)} of statements (${deltaText(result.delta ?? 0, p)} pp). The drop gate uses the same figure.
`
    );
  }
  const files = result.patchNonStatements ?? [];
  if (files.length > 0) {
    const shown = files.slice(0, 5).map((path) => code(path));
    const more = files.length > 5 ? ` and ${counted2(files.length - 5, "more file")}` : "";
    caveats.push(
      `> [!NOTE]
> \xB9 The changed-lines figure may count lines that are not statements: coverage.py before 7.13.1 lists a module docstring among the executed lines, and ${files.length === 1 ? "this file lists" : "these files list"} more executed and missing lines than statements: ${shown.join(", ")}${more}.
`
    );
  }
  return caveats;
}
function gateValue(gate, p, r) {
  if (gate.actual === null) return gate.name === "min-branch-coverage" ? "n/a" : "\u2014";
  return gate.name === "max-coverage-drop" ? `${deltaText(gate.actual, p)} pp` : percentText(gate.actual, p, r);
}
function gateThreshold(gate) {
  if (gate.threshold === null) return "\u2014";
  if (gate.name === "max-coverage-drop") return `drop \u2264 ${gate.threshold} pp`;
  return `\u2265 ${gate.threshold}%`;
}
function gateIcon(gate) {
  if (gate.skipped) return "\u2796";
  if (gate.passed) return "\u2705";
  return gate.informational ? "\u26A0\uFE0F" : "\u274C";
}
function renderGates(result, p, r, measure, room) {
  const gates = result.gates;
  const shown = gates.filter((g) => !(g.name === "min-coverage" && g.threshold === 0 && g.passed));
  if (shown.length === 0) return "";
  const rows = ["| Gate | | Value | Required |", "|:--|:-:|--:|--:|"];
  for (const gate of shown) {
    rows.push(
      `| ${GATE_LABELS[gate.name] ?? inert(gate.name)}${gate.informational ? " (informational)" : ""} | ${gateIcon(gate)} | ${gateValue(gate, p, r)} | ${gateThreshold(gate)} |`
    );
  }
  const text2 = `${rows.join("\n")}
`;
  const failures = gates.flatMap((g) => g.passed ? [] : g.files ?? []);
  if (failures.length === 0) return text2;
  const summary = `${counted2(failures.length, "file")} below ${failures.length === 1 ? "its" : "their"} threshold`;
  const open = `
<details><summary>${summary}</summary>

`;
  const close = "\n</details>\n";
  const table2 = fitTable(
    measure,
    room - measure(text2) - measure(open) - measure(close),
    "| File | Coverage | Required |\n|:--|--:|--:|",
    lazily(
      failures.slice(0, 20),
      (f) => `| ${code(f.path)} | ${percentText(f.percent, p, r)} | \u2265 ${f.threshold}%${f.rule ? ` (${code(f.rule)})` : ""} |`
    ),
    failures.length,
    (left) => `\u2026and ${counted2(left, "more file")} below their threshold.`
  );
  return table2 ? `${text2}${open}${table2}${close}` : `${text2}
_${summary}._
`;
}
var FIGURES_NOTE = {
  "coverage.py": "Figures as `coverage report` computes them.",
  istanbul: "Line figures as Istanbul's text summary prints them.",
  lcov: "Line figures as `lcov --summary` computes them.",
  cobertura: "Line figures from the Cobertura XML."
};
function renderFooter(result) {
  const parts = [];
  if (result.base) {
    const sha = shortSha(result.base.commit);
    const from = result.base.source === "artifact" ? "an earlier run's artifact" : "a local file";
    parts.push(
      `Baseline: ${sha ? `commit ${code(sha)}, ` : ""}from ${from}${result.base.how ? `: ${inert(result.base.how)}` : ""}.`
    );
  }
  if (result.measured) parts.push(measuredNote(result.measured));
  parts.push(FIGURES_NOTE[result.format] ?? "");
  return `<sub>${parts.join(" ")}</sub>
`;
}

// src/render/text.ts
function painter(on, code2) {
  return on ? (text2) => `\x1B[${code2}m${text2}\x1B[0m` : (text2) => text2;
}
function table(rows, rightAligned = []) {
  const widths = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  return rows.map(
    (row) => row.map((cell, i) => {
      const pad = " ".repeat((widths[i] ?? 0) - visibleLength(cell));
      return rightAligned.includes(i) ? pad + cell : cell + pad;
    }).join("  ").trimEnd()
  ).join("\n");
}
function visibleLength(text2) {
  return text2.replace(/\u001b\[\d+m/g, "").length;
}
function safe(text2) {
  return showBidiControls(text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?"));
}
function renderText(result, options = {}) {
  const colour = options.colour ?? false;
  const green = painter(colour, 32);
  const red = painter(colour, 31);
  const yellow = painter(colour, 33);
  const bold = painter(colour, 1);
  const dim = painter(colour, 2);
  const p = result.precision;
  const r = result.rounding;
  const t = result.totals;
  const out = [];
  const warned = result.warnedGates?.length ? ` with warnings (${result.warnedGates.join(", ")})` : "";
  const verdict = result.passed ? green(`PASSED${warned}`) : red(`FAILED (${result.failedGates.join(", ")})`);
  out.push(`${bold("Coverage Gate")}  ${verdict}`);
  out.push("");
  const summary = [["", "Coverage", "Covered", "Total", "\u0394"]];
  const unit = result.format === "coverage.py" ? "statements" : "lines";
  summary.push([
    "Head",
    bold(percentText(t.percent, p, r)),
    countText(t.covered),
    `${countText(t.statements)} ${unit}`,
    result.delta === null ? "" : `${deltaText(result.delta, p)} pp${result.deltaBasis ? ` (${result.deltaBasis})` : ""}`
  ]);
  if (t.branches !== null) {
    summary.push([
      "  branches",
      "",
      countText(t.coveredBranches ?? 0),
      `${countText(t.branches)} branches`,
      ""
    ]);
  }
  if (result.base)
    summary.push([
      "Base",
      percentText(result.base.percent, p, r),
      countText(result.base.covered),
      countText(result.base.statements),
      ""
    ]);
  else summary.push(["Base", dim("none"), "", "", ""]);
  if (result.patch) {
    summary.push([
      "Patch",
      result.patch.percent === null ? "n/a" : percentText(result.patch.percent, p, r),
      countText(result.patch.covered),
      `${countText(result.patch.lines)} changed lines`,
      ""
    ]);
  }
  out.push(table(summary, [1, 2]));
  if (result.push) {
    out.push("", bold("Coverage push"));
    out.push(`  ${trendLine(result.push, { maxPoints: 30, precision: p, rounding: r })}`);
  }
  const gates = result.gates.filter(
    (g) => !(g.name === "min-coverage" && g.threshold === 0 && g.passed)
  );
  if (gates.length) {
    out.push("", bold("Gates"));
    for (const gate of gates) {
      const mark = gate.skipped ? dim("skip") : gate.passed ? green("pass") : gate.informational ? yellow("WARN") : red("FAIL");
      out.push(`  ${mark}  ${gate.name}: ${safe(gate.message)}`);
    }
  }
  if (result.impact.length) {
    const s = result.impactSummary;
    out.push("", bold("Test these next"));
    const size = result.format === "coverage.py" ? "Stmts" : "Lines";
    const rows = [["#", "File", size, "Cover", "Uncovered", "Tier", "Gain"]];
    result.impact.forEach((e, i) => {
      rows.push([
        `${i + 1}`,
        `${safe(e.path)}${e.changed ? " *" : ""}`,
        countText(e.statements),
        percentText(e.percent, p, r),
        countText(e.uncovered),
        `${e.tier}`,
        `+${e.gain.toFixed(p)} pp`
      ]);
    });
    out.push(indent(table(rows, [0, 2, 3, 4, 6])));
    out.push(
      `  Testing these ${counted2(s.files, "file")} to ${s.target}% adds ~${s.gain.toFixed(p)} pp (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`
    );
    if (result.impact.some((e) => e.changed)) out.push(dim("  * changed in this diff"));
    if (s.folders.length) {
      out.push(
        dim(
          `  Related: ${s.folders.slice(0, 5).map((g) => `${safe(g.folder)}/ (${counted2(g.files, "file")})`).join(", ")}`
        )
      );
    }
  }
  const changed = result.files.filter((f) => f.changed);
  if (changed.length) {
    const max = options.maxRows ?? 50;
    out.push("", bold(`Changed files (${changed.length})`));
    const rows = [["File", "Coverage", "\u0394", "Patch", "Uncovered changed lines"]];
    for (const row of changed.slice(0, max)) {
      rows.push([
        safe(row.path),
        percentText(row.percent, p, r),
        row.delta === null ? "new" : deltaText(row.delta, p),
        row.patchLines ? `${row.patchCovered}/${row.patchLines}` : "-",
        lineRanges(row.patchMissing, 6, "-")
      ]);
    }
    out.push(indent(table(rows, [1, 2, 3])));
    if (changed.length > max) out.push(dim(`  ...and ${countText(changed.length - max)} more`));
  }
  if (result.deltaBasis && result.deltaFrom) {
    out.push(
      "",
      `Note: only one side measured branches, so the change compares statements alone: ${percentText(result.deltaFrom.base, p, r)} -> ${percentText(result.deltaFrom.head, p, r)}.`
    );
  }
  if (result.patchNonStatements?.length) {
    out.push(
      "",
      `Note: the patch figure may count lines that are not statements (coverage.py before 7.13.1 lists a module docstring among the executed lines): ${result.patchNonStatements.map(safe).join(", ")}.`
    );
  }
  for (const note of result.notes) out.push("", `Note: ${safe(note)}`);
  return `${out.join("\n")}
`;
}
function indent(text2) {
  return text2.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/report/history.ts
var HISTORY_SCHEMA = "coverage-gate-history/1";
var MAX_HISTORY_ENTRIES = 5e3;
var MAX_HISTORY_BYTES = 5 * 1024 * 1024;
var DAY_MS2 = 864e5;
var YEAR_MS = 365 * DAY_MS2;
var WEEK_MS2 = 7 * DAY_MS2;
var COUNT_MAX = 1e12;
var ENTRY_KEYS = /* @__PURE__ */ new Set([
  "commit",
  "time",
  "run",
  "pullRequest",
  "statements",
  "covered",
  "branches",
  "coveredBranches",
  "percent"
]);
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount2 = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;
var isPercent = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;
function isIsoTime(v) {
  if (typeof v !== "string" || v.length > 40) return false;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v))
    return false;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && ms >= 0;
}
function entryProblem(e, at2) {
  if (!isObject3(e)) return `${at2} is not an object`;
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) return `${at2}.${key} is not allowed`;
  if (typeof e.commit !== "string" || !/^[0-9a-f]{7,64}$/i.test(e.commit))
    return `${at2}.commit must be a commit sha`;
  if (!isIsoTime(e.time)) return `${at2}.time must be an ISO 8601 time`;
  if (!isCount2(e.run) || e.run === 0) return `${at2}.run must be a run id`;
  if (e.pullRequest !== void 0 && (!isCount2(e.pullRequest) || e.pullRequest === 0))
    return `${at2}.pullRequest must be a pull request number`;
  if (!isCount2(e.statements)) return `${at2}.statements must be a whole number`;
  if (!isCount2(e.covered) || e.covered > e.statements)
    return `${at2}.covered must be a whole number no larger than statements`;
  if (e.branches === void 0 !== (e.coveredBranches === void 0))
    return `${at2} must have both branches and coveredBranches, or neither`;
  if (e.branches !== void 0) {
    if (!isCount2(e.branches)) return `${at2}.branches must be a whole number`;
    if (!isCount2(e.coveredBranches) || e.coveredBranches > e.branches)
      return `${at2}.coveredBranches must be a whole number no larger than branches`;
  }
  if (!isPercent(e.percent)) return `${at2}.percent must be a number from 0 to 100`;
  return null;
}
function validateHistory(data, source) {
  if (!isObject3(data) || data.schema !== HISTORY_SCHEMA)
    throw new InputError(source, `the history's schema is not ${JSON.stringify(HISTORY_SCHEMA)}`);
  const entries = data.entries;
  if (!Array.isArray(entries)) throw new InputError(source, "the history has no entries array");
  if (entries.length > MAX_HISTORY_ENTRIES)
    throw new InputError(
      source,
      `the history has ${entries.length} entries, more than ${MAX_HISTORY_ENTRIES}`
    );
  for (const [i, e] of entries.entries()) {
    const problem = entryProblem(e, `entries[${i}]`);
    if (problem) throw new InputError(source, problem);
  }
  return entries;
}
var DATE_KEYS = ["time", "date", "timestamp"];
var PERCENT_KEYS = ["percent", "coverage", "total", "pct"];
var importKey = (ms) => ms.toString(16).padStart(12, "0").slice(-12).padStart(7, "0");
function pointEntry(point, at2, source, index) {
  const pick = (keys) => keys.map((k) => point[k] ?? point[k.toUpperCase()]).find((v) => v !== void 0 && v !== "");
  const rawTime = pick(DATE_KEYS);
  if (!isIsoTime(rawTime))
    throw new InputError(source, `${at2} needs a date (YYYY-MM-DD or ISO 8601 time)`);
  const rawPercent = pick(PERCENT_KEYS);
  const percent = typeof rawPercent === "string" ? Number(rawPercent.replace(/%$/, "")) : rawPercent;
  if (!isPercent(percent)) throw new InputError(source, `${at2} needs a percent from 0 to 100`);
  const number = (key) => {
    const raw = point[key];
    if (raw === void 0 || raw === "") return void 0;
    const value = typeof raw === "string" ? Number(raw) : raw;
    if (!isCount2(value)) throw new InputError(source, `${at2}.${key} must be a whole number`);
    return value;
  };
  const statements = number("statements");
  const covered = number("covered");
  const ms = Date.parse(rawTime);
  const commit = typeof point.commit === "string" ? point.commit : void 0;
  const entry = {
    commit: commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit : importKey(ms),
    time: new Date(ms).toISOString(),
    run: index + 1,
    statements: statements ?? 0,
    covered: covered ?? 0,
    percent
  };
  if (entry.covered > entry.statements)
    throw new InputError(source, `${at2}.covered is larger than statements`);
  return entry;
}
function csvCells(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
function parseCsv(text2, source) {
  const lines = text2.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = csvCells(lines[0] ?? "").map((h) => h.toLowerCase());
  if (!header.some((h) => DATE_KEYS.includes(h)) || !header.some((h) => PERCENT_KEYS.includes(h)))
    throw new InputError(
      source,
      "the CSV header must name a date column (date or time) and a percent column (percent or coverage)"
    );
  return lines.slice(1).map((line, i) => {
    const cells = csvCells(line);
    if (cells.length !== header.length)
      throw new InputError(
        source,
        `line ${i + 2} has ${cells.length} cells, the header has ${header.length}`
      );
    return Object.fromEntries(header.map((h, j) => [h, cells[j]]));
  });
}
function importHistory(bytes, source) {
  const size = typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_HISTORY_BYTES)
    throw new InputError(source, `is larger than 5 MB (${size} bytes); refused`);
  const text2 = (typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes)).replace(
    /^\uFEFF/,
    ""
  );
  const trimmed = text2.trimStart();
  let points;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data;
    try {
      data = JSON.parse(text2);
    } catch (error) {
      throw new InputError(source, `is not valid JSON (${error.message})`);
    }
    if (isObject3(data)) return validateHistory(data, source);
    points = data;
  } else {
    points = parseCsv(text2, source);
  }
  if (points.length === 0) throw new InputError(source, "holds no points");
  if (points.length > MAX_HISTORY_ENTRIES)
    throw new InputError(source, `holds ${points.length} points, more than ${MAX_HISTORY_ENTRIES}`);
  return points.map((p, i) => {
    if (!isObject3(p)) throw new InputError(source, `point ${i + 1} is not an object`);
    return pointEntry(p, `point ${i + 1}`, source, i);
  });
}

// src/settings.ts
var SETTING_DEFAULTS = {
  "coverage-file": "coverage.json",
  "base-coverage-file": "",
  "coverage-format": "auto",
  "path-prefix": "",
  "min-coverage": "0",
  "min-file-coverage": "0",
  "min-file-statements": "0",
  "file-thresholds": "",
  "max-coverage-drop": "",
  "min-patch-coverage": "",
  "min-branch-coverage": "",
  "fail-on-missing-baseline": "false",
  informational: "",
  "impact-min-statements": "150",
  "impact-max-coverage": "30",
  "impact-target": "50",
  "impact-count": "10",
  "impact-include": "",
  "impact-exclude": "",
  precision: "2"
};
function numberSetting(name, raw, { min, max, integer = false }) {
  const text2 = raw.trim();
  const value = Number(text2);
  const kind = integer ? "a whole number" : "a number";
  if (
    // Plain decimals only, as `coverage report --fail-under` takes them: no hex, binary or "Infinity".
    !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text2) || !Number.isFinite(value) || value < min || value > max || integer && !Number.isInteger(value)
  ) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new InputError("", `${name} must be ${kind} ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
function booleanSetting(name, raw) {
  const text2 = raw.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(text2)) return true;
  if (["false", "no", "0", "off"].includes(text2)) return false;
  throw new InputError("", `${name} must be true or false, got ${JSON.stringify(raw)}`);
}
function splitList(raw) {
  return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
function readSettings(raw, label = (n) => n) {
  const get = (name) => {
    const value = raw(name);
    return value === void 0 || value.trim() === "" ? SETTING_DEFAULTS[name] : value;
  };
  const percent = (name) => numberSetting(label(name), get(name), { min: 0, max: 100 });
  const optionalPercent = (name) => get(name).trim() === "" ? null : percent(name);
  const count = (name) => numberSetting(label(name), get(name), { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });
  const format = get("coverage-format").trim();
  if (!FORMAT_CHOICES.includes(format)) {
    throw new InputError(
      "",
      `${label("coverage-format")} must be one of ${FORMAT_CHOICES.join(", ")}, got ${JSON.stringify(format)}`
    );
  }
  const fileThresholds = parseFileThresholds(
    get("file-thresholds"),
    label("file-thresholds")
  );
  const precision = numberSetting(label("precision"), get("precision"), {
    min: 0,
    max: 10,
    integer: true
  });
  return {
    coverageFiles: splitList(get("coverage-file")),
    baseCoverageFile: get("base-coverage-file").trim() || null,
    coverageFormat: format,
    pathPrefix: get("path-prefix").trim() || null,
    gates: {
      minCoverage: percent("min-coverage"),
      minFileCoverage: percent("min-file-coverage"),
      minFileStatements: count("min-file-statements"),
      fileThresholds,
      maxCoverageDrop: optionalPercent("max-coverage-drop"),
      minPatchCoverage: optionalPercent("min-patch-coverage"),
      minBranchCoverage: optionalPercent("min-branch-coverage"),
      failOnMissingBaseline: booleanSetting(
        label("fail-on-missing-baseline"),
        get("fail-on-missing-baseline")
      ),
      precision,
      informational: parseInformational(get("informational"), label("informational"))
    },
    impact: {
      minStatements: count("impact-min-statements"),
      maxCoverage: percent("impact-max-coverage"),
      target: percent("impact-target"),
      count: count("impact-count"),
      include: splitList(get("impact-include")),
      exclude: splitList(get("impact-exclude"))
    }
  };
}

// src/cli.ts
var VERSION = "0.1.0";
var SETTING_FLAGS = {
  "min-coverage": "min-coverage",
  "min-file-coverage": "min-file-coverage",
  "min-file-statements": "min-file-statements",
  "file-thresholds": "file-thresholds",
  "max-coverage-drop": "max-coverage-drop",
  "min-patch-coverage": "min-patch-coverage",
  "min-branch-coverage": "min-branch-coverage",
  informational: "informational",
  "impact-min-statements": "impact-min-statements",
  "impact-max-coverage": "impact-max-coverage",
  "impact-target": "impact-target",
  "impact-count": "impact-count",
  "impact-include": "impact-include",
  "impact-exclude": "impact-exclude",
  "path-prefix": "path-prefix",
  precision: "precision",
  "coverage-format": "coverage-format"
};
var HELP_ROWS = [
  [
    "--coverage FILE...",
    "report(s) of this run; several are merged; globs allowed",
    SETTING_DEFAULTS["coverage-file"]
  ],
  ["--base FILE", "baseline report to compare with (the base branch's)", "none"],
  ["--diff FILE|-", "unified diff of the change (git diff base...head), - for stdin", "none"],
  ["--format text|markdown|json", "output format", "text"],
  [
    "--coverage-format FORMAT",
    "report format: auto (from the content), coverage.py, istanbul, lcov or cobertura",
    SETTING_DEFAULTS["coverage-format"]
  ],
  ["--min-coverage PCT", "minimum total coverage", SETTING_DEFAULTS["min-coverage"]],
  [
    "--min-file-coverage PCT",
    "minimum for every file with --min-file-statements or more",
    SETTING_DEFAULTS["min-file-coverage"]
  ],
  [
    "--min-file-statements N",
    "smaller files are exempt from --min-file-coverage",
    SETTING_DEFAULTS["min-file-statements"]
  ],
  [
    "--file-thresholds RULES",
    '"glob: pct" rules, newline-separated or repeated; last match wins',
    "none"
  ],
  ["--max-coverage-drop PP", "largest allowed fall against the base, in points", "off"],
  ["--min-patch-coverage PCT", "minimum coverage of the changed executable lines", "off"],
  [
    "--min-branch-coverage PCT",
    "minimum share of branches covered; n/a when the report has no branch data",
    "off"
  ],
  [
    "--informational GATES",
    "gate names (as failed-gates lists them) or all: their failure warns, exit 0; repeatable",
    "none"
  ],
  ["--fail-on-missing-baseline", "fail when no --base is given", "false"],
  [
    "--impact-min-statements N",
    "files below this size are not suggested",
    SETTING_DEFAULTS["impact-min-statements"]
  ],
  [
    "--impact-max-coverage PCT",
    "files at or above this coverage are not suggested",
    SETTING_DEFAULTS["impact-max-coverage"]
  ],
  [
    "--impact-target PCT",
    "coverage each suggested file is projected to reach",
    SETTING_DEFAULTS["impact-target"]
  ],
  ["--impact-count N", "how many files to suggest", SETTING_DEFAULTS["impact-count"]],
  ["--impact-include GLOBS", "suggest only files matching these globs; repeatable", "all"],
  ["--impact-exclude GLOBS", "never suggest files matching these globs; repeatable", "none"],
  [
    "--path-prefix RULE",
    "OLD, OLD => NEW or => NEW: strip, replace or add a report path prefix",
    "learnt from the checkout"
  ],
  ["--precision N", "decimals for display and threshold comparison", SETTING_DEFAULTS.precision],
  [
    "--history FILE",
    "coverage history (coverage-history.json, or a JSON array / CSV of date and percent points); this report is drawn as the next point",
    "none"
  ],
  ["--target-coverage PCT", "the long-term goal: where the push stands and when it comes", "off"],
  ["--comment-id ID", "marker id written into --format markdown", "none"],
  ["--no-color", "never colour the text output (colour is used only on a terminal)", "false"],
  ["--version", "print the version", ""],
  ["-h, --help", "print this help", ""]
];
function helpText() {
  const width = Math.max(...HELP_ROWS.map(([flag]) => flag.length));
  const rows = HELP_ROWS.map(
    ([flag, text2, def]) => `  ${flag.padEnd(width)}  ${text2}${def ? ` (default: ${def})` : ""}`
  );
  return `Usage: coverage-gate --coverage coverage.json [--base base.json] [--diff pr.diff] [options]

Reads a coverage report (coverage.py's coverage.json, Istanbul, LCOV or
Cobertura XML), compares it with a baseline, applies the gates and lists
which files to test next. Exit status: 0 every gate passed (or only
informational ones failed), 1 a gate failed, 2 bad input or usage.

Options:
${rows.join("\n")}
`;
}
async function main(argv, io) {
  try {
    return await runCli(argv, io);
  } catch (error) {
    const message = describeError(error);
    io.stderr(`coverage-gate: ${message}
`);
    if (!(error instanceof InputError) && io.env.COVERAGE_GATE_DEBUG && error instanceof Error)
      io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function runCli(argv, io) {
  const options = {
    coverage: { type: "string", multiple: true },
    base: { type: "string" },
    diff: { type: "string" },
    format: { type: "string", default: "text" },
    "comment-id": { type: "string" },
    history: { type: "string" },
    "target-coverage": { type: "string" },
    "fail-on-missing-baseline": { type: "boolean", default: false },
    "no-color": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
    version: { type: "boolean", default: false },
    ...Object.fromEntries(
      Object.keys(SETTING_FLAGS).map((flag) => [
        flag,
        {
          type: "string",
          multiple: [
            "file-thresholds",
            "impact-include",
            "impact-exclude",
            "informational"
          ].includes(flag)
        }
      ])
    )
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: attachNegativeValues(argv, options),
      options,
      allowPositionals: true,
      strict: true
    });
  } catch (error) {
    throw new InputError("", usageProblem(error));
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout(helpText());
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format = values.format;
  if (!["text", "markdown", "json"].includes(format)) {
    throw new InputError(
      "",
      `--format must be text, markdown or json, got ${JSON.stringify(format)}`
    );
  }
  const coverage = [...values.coverage ?? [], ...parsed.positionals];
  const settings = readSettings(
    (name) => {
      if (name === "coverage-file") return coverage.join("\n");
      if (name === "fail-on-missing-baseline")
        return values["fail-on-missing-baseline"] ? "true" : "false";
      const value = values[name];
      return Array.isArray(value) ? value.join("\n") : value;
    },
    (name) => name === "coverage-file" ? "--coverage" : `--${name}`
  );
  const root = await checkoutRoot(io.cwd);
  const paths = pathOptions(
    settings,
    root,
    await listCheckoutFiles(root),
    reportDirHint(settings.coverageFiles, io.cwd, root)
  );
  const head = await loadReports(settings.coverageFiles, settings.coverageFormat, paths, io.cwd);
  const baseFile = values.base;
  const base = baseFile ? await loadReports([baseFile], settings.coverageFormat, paths, io.cwd) : null;
  const diffFile = values.diff;
  let changes = null;
  if (diffFile) {
    const text2 = diffFile === "-" ? await io.readStdin() : await readText(diffFile, io.cwd);
    changes = parseUnifiedDiff(text2, diffFile === "-" ? "(stdin)" : diffFile);
  }
  const notes = base ? [] : ["No baseline was given (--base), so there is no comparison with the base branch."];
  const result = runAnalysis({
    settings,
    head,
    base,
    changes,
    notes,
    ...base ? { baseline: { commit: null, source: "file" } } : {}
  });
  const historyFile = values.history;
  const targetRaw = values["target-coverage"];
  const target = targetRaw === void 0 || targetRaw.trim() === "" ? null : numberSetting("--target-coverage", targetRaw, { min: 0, max: 100 });
  if (historyFile) {
    const history = importHistory(await readBytes(historyFile, io.cwd), historyFile);
    const view = trendView(history, target, result.totals.percent);
    if (view) result.push = view;
  }
  if (format === "json") io.stdout(renderJson(result));
  else if (format === "markdown") {
    const commentId = values["comment-id"];
    io.stdout(renderMarkdown(result, commentId === void 0 ? {} : { commentId }));
  } else
    io.stdout(renderText(result, { colour: io.isTTY && !values["no-color"] && !io.env.NO_COLOR }));
  return result.passed ? 0 : 1;
}
async function readBytes(path, cwd) {
  try {
    return await readFile3(path.startsWith("/") ? path : `${cwd}/${path}`);
  } catch (error) {
    const code2 = error.code;
    throw new InputError(path, code2 === "ENOENT" ? "file not found" : `cannot be read (${code2})`);
  }
}
async function readText(path, cwd) {
  try {
    return await readFile3(path.startsWith("/") ? path : `${cwd}/${path}`, "utf8");
  } catch (error) {
    const code2 = error.code;
    throw new InputError(path, code2 === "ENOENT" ? "file not found" : `cannot be read (${code2})`);
  }
}
function attachNegativeValues(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    const flag = arg.startsWith("--") ? arg.slice(2) : null;
    if (flag && options[flag]?.type === "string" && next !== void 0 && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
function usageProblem(error) {
  const code2 = error?.code;
  const message = describeError(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    return `unknown option ${option}; see --help`;
  }
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /argument missing|argument is ambiguous/.test(message) ? `${option.replace(/ .*/, "")} needs a value; see --help` : `${message.replace(/\.$/, "")}; see --help`;
  }
  return `${message}; see --help`;
}

// src/cli-main.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
  readStdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env
});
