const __cgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
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
var __commonJS = (cb, mod) => function __require() {
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
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
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
    module2.exports = {
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
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
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
    var scan3 = (input, options) => {
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
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
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
    module2.exports = scan3;
  }
});

// lib:picomatch
var require_picomatch = __commonJS({
  "lib:picomatch"(exports2, module2) {
    module2.exports = require("./lib/picomatch.cjs");
  }
});

// first-call:picomatch
var require_picomatch2 = __commonJS({
  "first-call:picomatch"(exports2, module2) {
    module2.exports = (...call) => require_picomatch()(...call);
  }
});

// src/git.ts
var git_exports = {};
__export(git_exports, {
  git: () => git,
  startGit: () => startGit
});
function git(dir, args) {
  return startGit(dir, args).output;
}
function startGit(dir, args) {
  const running = run("git", [...args], { cwd: dir, encoding: "utf8", maxBuffer: MAX_BUFFER });
  return {
    output: running.then(({ stdout }) => stdout),
    stop: () => {
      running.child.kill();
    }
  };
}
var import_node_child_process, import_node_util2, run, MAX_BUFFER;
var init_git = __esm({
  "src/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_util2 = require("node:util");
    run = (0, import_node_util2.promisify)(import_node_child_process.execFile);
    MAX_BUFFER = 512 * 1024 * 1024;
  }
});

// lib:ignore
var require_ignore = __commonJS({
  "lib:ignore"(exports2, module2) {
    module2.exports = require("./lib/ignore.cjs");
  }
});

// lib:fast-xml-parser
var require_fast_xml_parser = __commonJS({
  "lib:fast-xml-parser"(exports2, module2) {
    module2.exports = require("./lib/fast-xml-parser.cjs");
  }
});

// lib:tinyglobby
var require_tinyglobby = __commonJS({
  "lib:tinyglobby"(exports2, module2) {
    module2.exports = require("./lib/tinyglobby.cjs");
  }
});

// src/cli.ts
var import_node_util3 = require("node:util");

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
function groupThousands(value) {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
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
function lastOfEachDay(points) {
  const days = /* @__PURE__ */ new Map();
  for (const p of points) days.set(Math.floor(Date.parse(p.time) / DAY_MS), p);
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
  const used = inWindow.length > MAX_PACE_POINTS ? lastOfEachDay(inWindow) : inWindow;
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
var targetReached = (percent, target, o) => !isBelowThreshold(percent, target, o.precision, o.rounding);
function computeEta(now, target, pace, o) {
  if (targetReached(now.percent, target, o)) return { kind: "reached" };
  if (!pace.enough) return { kind: "no-course" };
  if (!(pace.perWeek > 0)) return { kind: "not-in-sight" };
  const from = Date.parse(now.time);
  const at2 = from + (target - now.percent) / pace.perWeek * WEEK_MS;
  if (!Number.isFinite(at2) || at2 > twoYearsAfter(from)) return { kind: "not-in-sight" };
  const date = new Date(at2).toISOString().slice(0, 10);
  if (date < new Date(o.today).toISOString().slice(0, 10))
    return { kind: "overdue", date, since: new Date(from).toISOString().slice(0, 10) };
  return { kind: "date", weeks: Math.max(0, (at2 - o.today) / WEEK_MS), date };
}
var MAX_VIEW_POINTS = 100;
function trendView(history, target, pullRequestPercent, options) {
  const newest = history[history.length - 1];
  if (!newest) return null;
  const pace = computePace(history);
  const step = pullRequestPercent === null ? null : pullRequestPercent - newest.percent;
  return {
    points: lastOfEachDay(history).slice(-MAX_VIEW_POINTS).map((e) => ({ time: new Date(e.time).toISOString(), percent: e.percent, commit: e.commit })),
    historyLength: history.length,
    now: newest.percent,
    target,
    pace,
    eta: target === null ? null : computeEta(newest, target, pace, options),
    pullRequest: step === null || pullRequestPercent === null ? null : {
      percent: pullRequestPercent,
      step,
      days: pace.enough && pace.perWeek > 0 ? step / pace.perWeek * 7 : null
    }
  };
}

// src/analysis/component-pace.ts
function componentTrends(history, rows, options) {
  const trends = [];
  for (const row of rows) {
    const own = [];
    for (const entry of history) {
      const point = entry.components?.[row.name];
      if (point) own.push({ commit: entry.commit, time: entry.time, run: entry.run, ...point });
    }
    const view = trendView(own, row.target ?? null, null, options);
    if (view) {
      trends.push({
        name: row.name,
        now: view.now,
        target: view.target,
        pace: view.pace,
        eta: view.eta
      });
    }
  }
  return trends;
}
function pushView(history, target, pullRequestPercent, components, options) {
  const view = trendView(history, target, pullRequestPercent, options);
  const trends = componentTrends(history, components ?? [], options);
  if (view && trends.length) view.components = trends;
  return view;
}

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

// src/report/model.ts
function sortedUnique(lines) {
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] <= lines[i - 1]) {
      return [...new Set(lines)].sort((a, b) => a - b);
    }
  }
  return lines;
}
function unionSorted(a, b) {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const union = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x <= y) {
      union.push(x);
      i++;
      if (x === y) j++;
    } else {
      union.push(y);
      j++;
    }
  }
  while (i < a.length) union.push(a[i++]);
  while (j < b.length) union.push(b[j++]);
  return union;
}
function flattenArcs(pairs) {
  const flat = new Array(pairs.length * 2);
  pairs.forEach(([from, to], k) => {
    flat[2 * k] = from;
    flat[2 * k + 1] = to;
  });
  return flat;
}
function arcPairs(arcs) {
  const pairs = [];
  for (let k = 0; k < arcs.length; k += 2) pairs.push([arcs[k], arcs[k + 1]]);
  return pairs;
}
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
function computeTotals(report) {
  let statements = 0;
  let covered = 0;
  let branches = 0;
  let coveredBranches = 0;
  let metrics;
  const filesWith = /* @__PURE__ */ new Map();
  for (const file of report.files.values()) {
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
    if (metrics && filesWith.get(key) !== report.files.size) delete metrics[key];
  }
  if (report.declaredMetrics) metrics = { ...metrics, ...report.declaredMetrics };
  if (metrics && Object.keys(metrics).length === 0) metrics = void 0;
  const b = report.hasBranches ? branches : null;
  const cb = report.hasBranches ? coveredBranches : null;
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

// src/report/path-notes.ts
function describeRoot(count, first, root, relative2, learnt) {
  const keys = relative2 ? counted(count, "relative key") : `${counted(count, "absolute key")} from another machine`;
  const dropped = first.slice(0, root.strip).join("/");
  const change = [
    ...root.strip ? [`${JSON.stringify(`${relative2 ? "" : "/"}${dropped}/`)} dropped`] : [],
    ...root.add.length ? [`${JSON.stringify(`${root.add.join("/")}/`)} put in front`] : []
  ];
  const how = change.length ? change.join(", ") : "read from the repository root";
  const why = learnt ? `learnt from ${counted(root.confirmed, "file")} of the checkout` : "no checkout file confirms a root";
  return `${keys}: ${how} (${why})`;
}
function counted(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function unconfirmedRootNote(source, example) {
  return `${source}: its paths are from another machine and no file of the checkout confirms where they belong here, so they read as ${JSON.stringify(example)} and the like. Set path-prefix if that is wrong.`;
}

// src/report/path-roots.ts
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
  const paths = /* @__PURE__ */ new Map();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    const list = paths.get(name);
    if (list) list.push(file);
    else paths.set(name, [file]);
  }
  return { paths, split: /* @__PURE__ */ new Map() };
}
function filesNamed(index, name) {
  let split = index.split.get(name);
  if (!split) {
    split = (index.paths.get(name) ?? []).map((path) => path.split("/"));
    index.split.set(name, split);
  }
  return split;
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
var holdsReport = (folder, dir) => !!dir && folder.length > 0 && folder.length <= dir.length && folder.every((p, i) => p === dir[i]);
var LEARNING_SAMPLE = 4e3;
var sampleStep = (count) => Math.ceil(count / LEARNING_SAMPLE);
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
  const step = sampleStep(keys.length);
  for (let k = 0; k < keys.length; k += step) {
    const parts = keys[k];
    const seen = /* @__PURE__ */ new Set();
    for (const file of filesNamed(index, parts[parts.length - 1])) {
      const tail = sharedTail(parts, file);
      let candidate = null;
      const add2 = file.slice(0, file.length - tail);
      if (tail === parts.length && options.mayAdd && onReportsLine(add2, options.reportDir))
        candidate = { strip: 0, add: add2, confirmed: 0 };
      else if (parts.length - tail <= maxStrip && (tail === file.length || !options.mayAdd && holdsReport(add2, options.reportDir)))
        candidate = { strip: parts.length - tail, add: add2, confirmed: 0 };
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
function confirmedAsIs(keys) {
  return { strip: 0, add: [], confirmed: Math.ceil(keys / sampleStep(keys)) };
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
  return joinedSegments(windows ? toSlashes(path) : path);
}
var UNCLEAN = /(?:^|\/)\.{0,2}(?:\/|$)/;
function joinedSegments(slashed) {
  return UNCLEAN.test(slashed) ? segments(slashed).join("/") : slashed;
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
function normaliseReport(report, options) {
  const keys = [...report.files.keys()];
  const {
    paths: mapped,
    roots,
    unconfirmed
  } = report.repositoryPaths ? {
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
        report.source,
        `${JSON.stringify(earlier)} and ${JSON.stringify(key)} both normalise to ${JSON.stringify(path)}; a report must name each file once`
      );
    }
    if (path === "")
      throw new InputError(report.source, `${JSON.stringify(key)} is not a file path`);
    firstKey.set(path, key);
    const file = report.files.get(key);
    files.set(path, { ...file, path, reportPath: file.reportPath });
  });
  return {
    ...report,
    files,
    pathRoots: roots.map((root) => `${report.source}: ${root}`),
    ...unconfirmed ? { notes: [...report.notes ?? [], unconfirmedRootNote(report.source, unconfirmed)] } : {}
  };
}
function pathsConfirmingKeys(keys, options) {
  if (options.pathPrefix || options.reportDir !== void 0 && options.reportDir !== "") {
    return null;
  }
  const workspace = withTrailingSlash(options.workspace);
  const relative2 = [];
  for (const key of keys) {
    if (key.includes("\\") || DRIVE.test(key)) return null;
    if (!key.startsWith("/")) relative2.push(key);
    else if (!sameStart(key, workspace)) return null;
  }
  const step = sampleStep(relative2.length);
  const sample = [];
  for (let k = 0; k < relative2.length; k += step) {
    const path = joinedSegments(relative2[k]);
    if (path === "" || path === ".." || path.startsWith("../")) return null;
    sample.push(path);
  }
  return sample;
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
    (p) => isAbsoluteKey(p, windows) && sameStart(p, workspace) ? joinedSegments(p.slice(workspace.length)) : null
  );
  const relative2 = [];
  const foreign = [];
  slashed.forEach((p, i) => {
    if (out[i] !== null) return;
    (isAbsoluteKey(p, windows) ? foreign : relative2).push(i);
  });
  const roots = [];
  let unconfirmed;
  const inWorkspace = out.filter((p) => p !== null).length;
  if (inWorkspace) roots.push(`${counted(inWorkspace, "absolute key")} under the workspace`);
  const reportDir = options.reportDir === void 0 ? null : segments(options.reportDir);
  for (const [group, mayAdd] of [
    [relative2, true],
    [foreign, false]
  ]) {
    if (group.length === 0) continue;
    if (mayAdd && options.keysConfirmed) {
      for (const index of group) out[index] = joinedSegments(slashed[index]);
      roots.push(describeRoot(group.length, [], confirmedAsIs(group.length), true, true));
      continue;
    }
    const split = group.map((i) => keyParts(slashed[i]));
    const fallback = { strip: mayAdd ? 0 : commonDepth(split), add: [], confirmed: 0 };
    const learnt = learnRoot(split, checkout, { mayAdd, reportDir });
    const root = learnt ?? fallback;
    const asIs = root.strip === 0 && root.add.length === 0;
    group.forEach((index, j) => {
      const parts = split[j];
      out[index] = asIs ? parts.join("/") : [...root.add, ...parts.slice(root.strip)].join("/");
    });
    roots.push(describeRoot(split.length, split[0] ?? [], root, mayAdd, learnt !== null));
    if (!mayAdd && learnt === null) unconfirmed = out[group[0]];
  }
  return { paths: out, roots, ...unconfirmed === void 0 ? {} : { unconfirmed } };
}
function isAbsoluteKey(slashed, windows) {
  return slashed.startsWith("/") || windows && DRIVE.test(slashed);
}
function applyRule(slashed, rule, windows) {
  const prefix = rule.strip ? withTrailingSlash(windows ? toSlashes(rule.strip) : rule.strip) : "";
  const add2 = rule.add ? segments(rule.add) : [];
  return slashed.map((p) => {
    const rest = prefix && sameStart(p, prefix) ? p.slice(prefix.length) : p;
    return [...add2, ...segments(rest.replace(DRIVE, ""))].join("/");
  });
}

// src/analysis/diff.ts
function remainingFiles(changes) {
  return changes.filter((change) => change.status !== "deleted");
}
function stripSide(name, side) {
  if (!name || name === "/dev/null") return null;
  let n = name;
  if (n.startsWith('"') && n.endsWith('"')) n = JSON.parse(n);
  if (n.startsWith(side)) n = n.slice(2);
  return cleanPath(n, false);
}
function parseUnifiedDiff(text2, source) {
  if (text2.trim() === "") return [];
  const byPath3 = /* @__PURE__ */ new Map();
  let headers = false;
  let start = 0;
  while (start < text2.length) {
    const next = text2.indexOf("\ndiff --git ", start);
    const end = next === -1 ? text2.length : next + 1;
    let patches;
    try {
      patches = parsePatch(text2.slice(start, end));
    } catch {
      throw new InputError(source, `is not a unified diff: ${wholeDiffError(text2)}`);
    }
    for (const patch of patches) {
      if (patch.newFileName || patch.oldFileName || patch.hunks.length > 0) headers = true;
      addPatch(byPath3, patch);
    }
    start = end;
  }
  if (!headers) throw new InputError(source, "is not a unified diff (no file headers found)");
  return [...byPath3.values()];
}
function wholeDiffError(text2) {
  try {
    parsePatch(text2);
  } catch (error) {
    return describeError(error);
  }
  return "jsdiff could not read one of its sections";
}
function addPatch(byPath3, patch) {
  const newPath = stripSide(patch.newFileName, "b/");
  const previous = stripSide(patch.oldFileName, "a/");
  const path = newPath ?? previous;
  if (path === null) return;
  const added = [];
  const deleted = [];
  for (const hunk of patch.hunks) hunkLines(hunk, added, deleted);
  const status = newPath === null ? "deleted" : previous === null ? "added" : previous !== path ? "renamed" : "modified";
  const key = `${status === "deleted" ? "-" : "+"}${path}`;
  const existing = byPath3.get(key);
  if (existing) {
    existing.addedLines = unionSorted(existing.addedLines, sortedUnique(added));
    existing.deletedLines = unionSorted(existing.deletedLines ?? [], sortedUnique(deleted));
  } else {
    byPath3.set(key, {
      path,
      previousPath: status === "renamed" ? previous : null,
      status,
      // git writes hunks in order; a hand-made diff need not.
      addedLines: sortedUnique(added),
      deletedLines: sortedUnique(deleted)
    });
  }
}
function hunkLines(hunk, added, deleted) {
  const { lines } = hunk;
  let line = hunk.newStart;
  let old = hunk.oldStart;
  for (let i = 0; i < lines.length; i++) {
    const mark = lines[i].charCodeAt(0);
    if (mark === PLUS) added.push(line++);
    else if (mark === MINUS) deleted.push(old++);
    else if (mark === SPACE) {
      line++;
      old++;
    }
  }
}
var PLUS = 43;
var MINUS = 45;
var SPACE = 32;

// src/pipeline.ts
var import_node_path3 = require("node:path");

// src/analysis/components.ts
var import_scan = __toESM(require_scan(), 1);

// src/analysis/gates.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function parseFileThresholds(text2, source = "file-thresholds") {
  const rules = [];
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const colon = line.lastIndexOf(":");
    const glob = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    const percent = Number(value);
    if (!glob || value === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new InputError(
        source,
        `each line must be "glob: percent" with a percent from 0 to 100, got ${JSON.stringify(line)}`
      );
    }
    rules.push({ glob, percent });
  }
  return rules;
}
function compileGlob(glob) {
  return (0, import_picomatch.default)(glob, { dot: true, basename: !glob.includes("/") });
}
function compileRule(rule) {
  return compileGlob(rule.glob);
}
var pct = (value, precision, rounding) => `${displayPercent(value, precision, rounding)}%`;
function newUncoveredGate(count, limit) {
  if (count === null) {
    return {
      name: "max-new-uncovered-lines",
      passed: true,
      skipped: true,
      actual: null,
      threshold: limit,
      message: "The changed lines were not read (see the notes), so new uncovered lines were not counted"
    };
  }
  const fails = count > limit;
  const lines = `${count} ${count === 1 ? "line" : "lines"}`;
  return {
    name: "max-new-uncovered-lines",
    passed: !fails,
    skipped: false,
    actual: count,
    threshold: limit,
    message: `${lines} changed or covered at base ${count === 1 ? "is" : "are"} uncovered (allowed: ${limit})`
  };
}
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
  if (options.maxNewUncoveredLines !== void 0 && options.maxNewUncoveredLines !== null) {
    gates.push(newUncoveredGate(input.newUncovered ?? null, options.maxNewUncoveredLines));
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
    const own = file.rounding ?? rounding;
    const roundingOf = file.rounding ? { rounding: file.rounding } : {};
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
      if (isBelowThreshold(file.percent, rule.percent, precision, own)) {
        byRule.push({
          path: file.path,
          percent: file.percent,
          threshold: rule.percent,
          rule: rule.glob,
          ...roundingOf
        });
      }
      continue;
    }
    if (options.minFileCoverage <= 0 || file.statements < options.minFileStatements) continue;
    if (isBelowThreshold(file.percent, options.minFileCoverage, precision, own)) {
      byDefault.push({
        path: file.path,
        percent: file.percent,
        threshold: options.minFileCoverage,
        rule: null,
        ...roundingOf
      });
    }
  }
  const order = (a, b) => a.percent - b.percent || (a.path < b.path ? -1 : 1);
  const gates = [];
  const describe = (failures) => {
    const shown = failures.slice(0, 3).map(
      (f) => `${f.path} (${pct(f.percent, precision, f.rounding ?? rounding)} < ${f.threshold}%)`
    ).join(", ");
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

// src/analysis/components-config.ts
var COMPONENT_GATE_KEYS = [
  "min-coverage",
  "max-coverage-drop",
  "min-patch-coverage",
  "min-branch-coverage",
  "target-coverage"
];
var OTHER = "(other)";
var NAME = /^[A-Za-z0-9 _.-]{1,40}$/;
var refuse = (source, line, problem) => {
  throw new InputError(source, `line ${line}: ${problem}`);
};
function balanced(glob) {
  const stack = [];
  const pairs = { "]": "[", "}": "{", ")": "(" };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "[" || c === "{" || c === "(") stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0;
}
function contentLines(text2) {
  return text2.split(/\r?\n/).map((raw, i) => [i + 1, raw.trim()]).filter(([, line]) => line !== "" && !line.startsWith("#"));
}
function splitNamed(source, n, line, shape) {
  const colon = line.indexOf(":");
  if (colon <= 0) refuse(source, n, `expected ${shape}, got ${JSON.stringify(line)}`);
  return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}
function parseComponents(text2, source = "components") {
  const components = [];
  for (const [n, line] of contentLines(text2)) {
    const [name, rest] = splitNamed(source, n, line, '"name: glob glob !glob"');
    if (!NAME.test(name) || name === OTHER) {
      refuse(
        source,
        n,
        `the name ${JSON.stringify(name)} must be 1 to 40 letters, digits, spaces, "_", "." or "-"`
      );
    }
    if (components.some((c) => c.name === name)) refuse(source, n, `duplicate name "${name}"`);
    const globs = rest.split(/\s+/).filter(Boolean);
    if (!globs.some((g) => !g.startsWith("!"))) {
      refuse(source, n, `component "${name}" needs at least one glob that is not an exclusion`);
    }
    for (const glob of globs) {
      const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
      let compiles = pattern !== "" && balanced(pattern);
      try {
        if (compiles) compileGlob(pattern);
      } catch {
        compiles = false;
      }
      if (!compiles) refuse(source, n, `the glob ${JSON.stringify(glob)} cannot compile`);
    }
    components.push({ name, globs });
  }
  return components;
}
function parseComponentGates(text2, components, source = "component-gates") {
  const gates = new Map(components.map((c) => [c.name, {}]));
  for (const [n, line] of contentLines(text2)) {
    const [name, rest] = splitNamed(source, n, line, '"name: key=value ..."');
    if (name !== "*" && !gates.has(name)) {
      refuse(source, n, `no component is named ${JSON.stringify(name)} (see components)`);
    }
    const pairs = rest.split(/\s+/).filter(Boolean);
    if (pairs.length === 0) refuse(source, n, "expected at least one key=value");
    const set = {};
    for (const pair of pairs) {
      const [key = "", value = ""] = pair.split("=", 2);
      if (!COMPONENT_GATE_KEYS.includes(key)) {
        refuse(
          source,
          n,
          `unknown key ${JSON.stringify(key)}; the keys are ${COMPONENT_GATE_KEYS.join(", ")}`
        );
      }
      const number = Number(value);
      if (!/^(\d+\.?\d*|\.\d+)$/.test(value) || number > 100) {
        refuse(source, n, `${key} must be a number from 0 to 100, got ${JSON.stringify(value)}`);
      }
      set[key] = number;
    }
    for (const [target, current] of gates) {
      if (name === "*" || name === target) gates.set(target, { ...current, ...set });
    }
  }
  return gates;
}

// src/analysis/informational.ts
var GATE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var COMPONENT_GATE = /^component:[A-Za-z0-9 _.-]{1,40}:[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
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

// src/analysis/components.ts
function leadingFolder(glob) {
  const { base } = (0, import_scan.default)(glob);
  return glob.includes("/") && base && base !== glob ? base : "";
}
function under(sorted, folder) {
  if (!folder) return sorted;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (sorted[mid] < folder) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && sorted[end].startsWith(folder)) end++;
  return sorted.slice(low, end);
}
function globMatcher(glob, folder) {
  if (folder && glob === `${folder}/**`) {
    return (path) => path === folder || path.startsWith(`${folder}/`);
  }
  return compileGlob(glob);
}
function componentMembers(def, sorted) {
  const members = /* @__PURE__ */ new Set();
  for (const glob of def.globs.filter((g) => !g.startsWith("!"))) {
    const folder = leadingFolder(glob);
    const matches = globMatcher(glob, folder);
    for (const path of under(sorted, folder)) if (matches(path)) members.add(path);
  }
  for (const glob of def.globs.filter((g) => g.startsWith("!"))) {
    const pattern = glob.slice(1);
    const matches = globMatcher(pattern, leadingFolder(pattern));
    for (const path of members) if (matches(path)) members.delete(path);
  }
  return members;
}
function subset(report, members) {
  const files = /* @__PURE__ */ new Map();
  let format;
  let oneFormat = true;
  for (const path of members) {
    const file = report.files.get(path);
    if (!file) continue;
    files.set(path, file);
    const own = file.format ?? report.format;
    if (format === void 0) format = own;
    else if (own !== format) oneFormat = false;
  }
  const { declaredMetrics: _declared, roundings, ...rest } = report;
  if (!roundings || !oneFormat || format === void 0 || format === report.format) {
    return { ...rest, files };
  }
  return { ...rest, files, format, hasBranches: false, rounding: roundings[format] ?? "half-even" };
}
var statementsPercent = (t) => percentCovered(t.statements, t.covered, null, null);
function componentRow(scope, rows, patched, head, base) {
  const own = subset(head, scope.members);
  const totals = computeTotals(own);
  const baseOwn = base ? subset(base, scope.members) : null;
  const baseTotals = baseOwn && baseOwn.files.size > 0 ? computeTotals(baseOwn) : null;
  const mixed = baseOwn !== null && baseOwn.hasBranches !== own.hasBranches;
  const rounding = own.rounding ?? "half-even";
  let lines = 0;
  let covered = 0;
  for (const path of own.files.keys()) {
    const file = rows.get(path);
    if (!file?.changed) continue;
    lines += file.patchLines;
    covered += file.patchCovered;
  }
  return {
    name: scope.name,
    statements: totals.statements,
    covered: totals.covered,
    branches: totals.branches,
    coveredBranches: totals.coveredBranches,
    percent: totals.percent,
    basePercent: baseTotals ? baseTotals.percent : null,
    delta: baseTotals ? mixed ? statementsPercent(totals) - statementsPercent(baseTotals) : totals.percent - baseTotals.percent : null,
    patch: patched ? { percent: lines > 0 ? 100 * covered / lines : null, lines, covered } : null,
    uncovered: totals.statements - totals.covered,
    files: own.files.size,
    ...rounding === (head.rounding ?? "half-even") ? {} : { rounding }
  };
}
function componentGates(row, set, result) {
  const evaluated = evaluateGates(
    {
      totalPercent: row.percent,
      files: [],
      delta: row.delta,
      hasBaseline: row.basePercent !== null,
      patch: row.patch,
      branches: row.branches === null ? null : { total: row.branches, covered: row.coveredBranches ?? 0 }
    },
    {
      minCoverage: set["min-coverage"] ?? 0,
      minFileCoverage: 0,
      minFileStatements: 0,
      fileThresholds: [],
      maxCoverageDrop: set["max-coverage-drop"] ?? null,
      minPatchCoverage: set["min-patch-coverage"] ?? null,
      minBranchCoverage: set["min-branch-coverage"] ?? null,
      failOnMissingBaseline: false,
      precision: result.precision,
      rounding: row.rounding ?? result.rounding
    }
  );
  return evaluated.filter((gate) => gate.name !== "min-coverage" || set["min-coverage"] !== void 0).map((gate) => ({
    ...gate,
    name: `component:${row.name}:${gate.name}`,
    message: `${row.name}: ${gate.message}`,
    ...row.rounding ? { rounding: row.rounding } : {}
  }));
}
var emptyNote = (name) => `Component "${name}" matches no file of the report.`;
function withComponents(input) {
  const { result, head, base, config } = input;
  if (config.components.length === 0) return result;
  const paths = [.../* @__PURE__ */ new Set([...head.files.keys(), ...base ? base.files.keys() : []])].sort();
  const matched = /* @__PURE__ */ new Set();
  const scopes = config.components.map((def) => {
    const members = componentMembers(def, paths);
    for (const path of members) matched.add(path);
    return { name: def.name, members };
  });
  const fileRows = new Map(result.files.map((row) => [row.path, row]));
  const rows = [];
  const gates = [];
  const notes = [];
  for (const scope of scopes) {
    const row = componentRow(scope, fileRows, result.patch !== null, head, base);
    if (row.files === 0) {
      notes.push(emptyNote(scope.name));
    }
    const set = config.gates.get(scope.name) ?? {};
    const evaluated = componentGates(row, set, result);
    const checked = row.files === 0 ? evaluated.map((gate) => ({
      ...gate,
      passed: true,
      skipped: true,
      actual: null,
      message: emptyNote(scope.name)
    })) : evaluated;
    const own = markInformational(checked, input.informational);
    gates.push(...own);
    rows.push({
      ...row,
      ...set["target-coverage"] === void 0 ? {} : { target: set["target-coverage"] },
      passed: !own.some(blocks)
    });
  }
  if ([...head.files.keys()].some((path) => !matched.has(path))) {
    rows.push({
      ...componentRow(
        { name: OTHER, members: new Set(paths.filter((p) => !matched.has(p))) },
        fileRows,
        result.patch !== null,
        head,
        base
      ),
      passed: true
    });
  }
  const impact = result.impact.map((entry) => {
    const names = scopes.filter((s) => s.members.has(entry.path)).map((s) => s.name);
    return { ...entry, components: names.length ? names : [OTHER] };
  });
  const allGates = [...result.gates, ...gates];
  const failedGates = [...result.failedGates, ...gates.filter(blocks).map((g) => g.name)];
  const warned = [...result.warnedGates ?? [], ...gates.filter(warns).map((g) => g.name)];
  return {
    ...result,
    passed: failedGates.length === 0,
    gates: allGates,
    failedGates,
    ...warned.length ? { warnedGates: warned } : {},
    components: rows,
    impact,
    notes: [...result.notes, ...notes]
  };
}

// src/analysis/delta-tally.ts
function add(into, covered, total) {
  into.covered += covered;
  into.total += total;
}
function subtract(into, covered, total) {
  into.covered -= covered;
  into.total -= total;
}
function tallyAdded(tally, added) {
  add(tally["changed-covered"].statements, added.coveredLines, added.coveredLines);
  add(tally["changed-covered"].branches, added.coveredArcsRan, added.coveredArcs);
  add(tally["changed-uncovered"].statements, 0, added.uncoveredLines);
  add(tally["changed-uncovered"].branches, added.uncoveredArcsRan, added.uncoveredArcs);
}
function tallyLinesAndArcs(tally, counts) {
  subtract(tally["lost-coverage"].statements, counts.lostLines, 0);
  add(tally["lost-coverage"].branches, counts.lostArcs, 0);
  add(tally["gained-coverage"].statements, counts.gainedLines, 0);
  add(tally["gained-coverage"].branches, counts.gainedArcs, 0);
}
function tallyDeleted(tally, counts) {
  subtract(tally["deleted-covered"].statements, counts.deletedRan, counts.deletedRan);
  subtract(tally["deleted-covered"].branches, counts.deletedRanArcsRan, counts.deletedRanArcs);
  subtract(tally["deleted-uncovered"].statements, 0, counts.deletedMissed);
  subtract(
    tally["deleted-uncovered"].branches,
    counts.deletedMissedArcsRan,
    counts.deletedMissedArcs
  );
}

// src/wasm.ts
var PAGE = 65536;
function growTo(memory, bytes) {
  const pages = Math.ceil((bytes - memory.buffer.byteLength) / PAGE);
  if (pages <= 0) return false;
  memory.grow(pages);
  return true;
}
function compileWasm(base64) {
  return new WebAssembly.Module(Buffer.from(base64, "base64"));
}
function instantiateWasm(module2) {
  return new WebAssembly.Instance(module2, {}).exports;
}
function isWasmTrap(error) {
  return error instanceof WebAssembly.RuntimeError;
}

// src/analysis/delta-lines.generated.js
var DELTA_LINES_WASM = "AGFzbQEAAAABMAZgBH9/f38AYAABf2ABfwBgB39/f39/f38AYAJ/fwBgDn9/f39/f39/f39/f39/AAMJCAIAAwAEAQEFBQMBAAEGEAN/AUEAC38BQQALfwFBAAsHLwQKaW5wdXRTdGFydAAFC2NvdW50c1N0YXJ0AAYHY29tcGFyZQAHBm1lbW9yeQIACsUTCIsBAQR/IAAoAhghAkEBIQMDQCADIAAoAhxIBEAgAiADQQJ0aigCACEEIANBAWshAQNAIAFBAE4EfyACIAFBAnRqKAIAIARKBUEACwRAIAIgAUEBakECdGogAiABQQJ0aigCADYCACABQQFrIQEMAQsLIAIgAUEBakECdGogBDYCACADQQFqIQMMAQsLC40BAQF/IwIhBCMCIAFBAnRqJAIgACAENgIAIwIhBCMCIAFBAnRqJAIgACAENgIEIwIhBCMCIAFBAnRqJAIgACAENgIIIwIhBCMCIAFBAnRqJAIgACAENgIMIAAgAwR/IwIjAiABQQJ0aiQCBUEACzYCECMCIQEjAiACQQJ0aiQCIAAgATYCGCAAQQA2AhwLjwMBCX8gASACQQJ0aiIOIANBAnRqIgwgBEECdGohDSABIQggAiEJQQAhAQNAIAMgC0oiAiAHIAlIcgRAIAFBAnQiDyAAKAIIakEANgIAIAAoAgwgD2pBADYCACACBEAgDiALQQJ0aigCACEPIAcgCU4Ef0EBBSAPIAggB0ECdGooAgBMCwRAIAAoAgAgAUECdGogDzYCACABIgJBAWohASAAKAIEIAJBAnRqQQA2AgAgC0EBaiELIAdBAWogByAHIAlIBH8gCCAHQQJ0aigCACAPRgVBAAsbIQcMAwsLIAciAkEBaiEHIAggAkECdGooAgAhAgNAIAQgCkoEfyAMIApBAnRqKAIAIAJIBUEACwRAIApBAWohCgwBCwsgAkEATAR/QQEFIAQgCkoEfyAMIApBAnRqKAIAIAJGBUEACwsNASAAKAIAIAFBAnRqIAI2AgAgASICQQFqIQEgACgCBCACQQJ0akEBNgIADAELCyAAIAE2AhQgACANIAVBARADIAAgDSAFQQJ0aiAGQQAQAwusAgEGfyAAKAIUIQYDQCACIAdKBEAgASAHQQJ0aigCACEIIAlBAEoEfyAAKAIAIAlBAWtBAnRqKAIAIAhOBUEACwRAQQAhCSAAKAIUIQUDQCAFIAlKBEAgACgCACAFIAlqQQF2IgRBAnRqKAIAIAhIBEAgBEEBaiEJBSAEIQULDAELCwUDQCAGIAlKBH8gACgCACAJQQJ0aigCACAISAVBAAsEQCAJQQFqIQkMAQsLCwJAIAYgCUYEf0EBBSAAKAIAIAlBAnRqKAIAIAhHCwRAIAAoAhggACAAKAIcIgRBAWo2AhwgBEECdGogCDYCAAwBCyAJQQJ0IgUgACgCCGoiBCAEKAIAQQFqNgIAIAAoAgwgBWoiBCAEKAIAIANqNgIACyAHQQJqIQcMAQsLC90DARB/A0AgA0G0CCgCAEgEQCADQQJ0Ig9BpAgoAgBqKAIAQQFGIRBBqAgoAgAgD2ooAgAhEQJAIAAgD2ooAgAiBEUEQCABRQ0BIBAEQCAGQQFqIQYgByARaiEHIAhBrAgoAgAgD2ooAgBqIQgFIAlBAWohCSAKIBFqIQogC0GsCCgCACADQQJ0aigCAGohCwsMAQsDQCACQZQIKAIASAR/IARBgAgoAgAgAkECdGooAgBKBUEACwRAIAJBAWohAgwBCwsgAkGUCCgCAEYEf0EBBSAEQYAIKAIAIAJBAnRqKAIARwsNAEGECCgCACACQQJ0aigCAEEBRiIPRSAQcQRAIAxBAWohDCMBIg9BAWokASMAIA9BAnRqIAQ2AgAFIAVBAWogBSAPIBBFcRshBQsgEQR/IBFBiAgoAgAgAkECdGooAgBHBUEBCw0AQYwIKAIAIAJBAnRqKAIAQawIKAIAIANBAnRqKAIAayIEQQBIBEAgBCANaiENBSAEIA5qIQ4LCyADQQFqIQMMAQsLQcAIIAw2AgBBxAggBTYCAEHICCANNgIAQcwIIA42AgBB0AggBjYCAEHUCCAJNgIAQdgIIAc2AgBB3AggCDYCAEHgCCAKNgIAQeQIIAs2AgALBQBBwAkLBQBBwAgL/AcBBn9BwAkkAiAAIAFqIhMgAmogA2ogBGpBAnRBwAlqJAIjAiEQIwIgBSAGaiIOIAdqIAhqIAlqQQJ0aiQCIwIhESMCIApBAnRqJAIjAiEPIwIgC0ECdGokAiMCIRIjAiAMQQJ0aiQCQYAIIBMgAyAEakECbUEBakEAEAFBoAggDiAIIAlqQQJtQQFqQQEQASMCIwIgDkECdGokAiQAQQAkAUGACEHACSAAIAEgAiADIAQQAkGgCCAQIAUgBiAHIAggCRACQQAhAEEAIQJBACEEQQAhBUEAIQZBACEHQQAhCEEAIQkDQCACIAxIBEACQCASIAJBAnRqKAIAIQEDQCAAQZQIKAIASAR/IAFBgAgoAgAgAEECdGooAgBKBUEACwRAIABBAWohAAwBCwsgAEGUCCgCAEYNACAAQQJ0IgNBgAgoAgBqKAIAIAFGBEBBhAgoAgAgA2ooAgBBAUYEQCAEQQFqIQQgBUGICCgCACADaigCAGohBSAGQYwIKAIAIANqKAIAaiEGBSAHQQFqIQcgCCAAQQJ0IgFBiAgoAgBqKAIAaiEIIAlBjAgoAgAgAWooAgBqIQkLCyACQQFqIQIMAgsLC0HoCCAENgIAQewIIAU2AgBB8AggBjYCAEH0CCAHNgIAQfgIIAg2AgBB/AggCTYCACANQQFxBEBBACEBQQAhAkEAIQMDQCADQbQIKAIASARAQaAIKAIAIANBAnRqKAIAIQADQCABIAtIBH8gACAPIAFBAnRqKAIASgVBAAsEQCABQQFqIQEMAQsLAkAgASALSAR/IAAgDyABQQJ0aigCAEYFQQALBEBBsAgoAgAgA0ECdGpBADYCAAwBCyAAIAFrIQADQCACIApIBH8gESACQQJ0aigCACAAIAJqTAVBAAsEQCACQQFqIQIMAQsLQbAIKAIAIANBAnRqIAAgAmo2AgALIANBAWohAwwBCwtBsAgoAgAgDUECcUEARxAEBUEAIQICQEGUCCgCAEG0CCgCAEcEf0EBBUGcCCgCAEG8CCgCAEcLDQBBACEAA0AgAEGUCCgCAEgEQCAAQQJ0IgFBgAgoAgBqKAIAQaAIKAIAIAFqKAIARwR/QQEFIABBAnQiAUGICCgCAGooAgBBqAgoAgAgAWooAgBHCw0CIABBAWohAAwBCwtBgAgQAEGgCBAAQQAhAANAIABBnAgoAgBIBEAgAEECdCIBQZgIKAIAaigCAEG4CCgCACABaigCAEcNAiAAQQFqIQAMAQsLQQEhAgsgAgRAQaAIKAIAQQAQBAVBACEAA0AgAEEKSARAIABBAnRBwAhqQQA2AgAgAEEBaiEADAELCwsLQYAJIwA2AgBBhAkjATYCAAs=";

// src/analysis/delta-wasm.ts
var CHANGED = 10;
var LOST = 16;
var comparer;
function loadComparer() {
  if (comparer !== void 0) return comparer;
  try {
    const exports2 = instantiateWasm(compileWasm(DELTA_LINES_WASM));
    const input = exports2.inputStart() >> 2;
    comparer = {
      exports: exports2,
      input,
      counts: exports2.countsStart() >> 2,
      words: new Int32Array(exports2.memory.buffer)
    };
  } catch {
    comparer = null;
  }
  return comparer;
}
var NONE = [];
function write(words, list, at2) {
  if (list.length > 0) words.set(list, at2);
  return at2 + list.length;
}
function compareInWasm(tally, head, base, change, own) {
  const wasm = loadComparer();
  if (!wasm) return null;
  const hRun = head.executedLines;
  const hMissed = head.missingLines;
  const hArcsRun = head.executedBranches ?? NONE;
  const hArcsMissed = head.missingBranches ?? NONE;
  const bRun = base.executedLines;
  const bMissed = base.missingLines;
  const bArcsRun = base.executedBranches ?? NONE;
  const bArcsMissed = base.missingBranches ?? NONE;
  const added = change?.addedLines ?? NONE;
  const deleted = change?.deletedLines ?? NONE;
  const hCap = hRun.length + hMissed.length;
  const bCap = bRun.length + bMissed.length;
  const arcs = hArcsRun.length + hArcsMissed.length + bArcsRun.length + bArcsMissed.length;
  const lines = head.excludedLines.length + base.excludedLines.length + added.length + deleted.length;
  const needed = 4 * (wasm.input + 6 * hCap + 8 * bCap + 2 * arcs + lines + own.added.length + 16);
  const { memory } = wasm.exports;
  if (growTo(memory, needed)) wasm.words = new Int32Array(memory.buffer);
  const { words } = wasm;
  let at2 = write(words, hRun, wasm.input);
  at2 = write(words, hMissed, at2);
  at2 = write(words, head.excludedLines, at2);
  at2 = write(words, hArcsRun, at2);
  at2 = write(words, hArcsMissed, at2);
  at2 = write(words, bRun, at2);
  at2 = write(words, bMissed, at2);
  at2 = write(words, base.excludedLines, at2);
  at2 = write(words, bArcsRun, at2);
  at2 = write(words, bArcsMissed, at2);
  at2 = write(words, added, at2);
  at2 = write(words, deleted, at2);
  write(words, own.added, at2);
  wasm.exports.compare(
    hRun.length,
    hMissed.length,
    head.excludedLines.length,
    hArcsRun.length,
    hArcsMissed.length,
    bRun.length,
    bMissed.length,
    base.excludedLines.length,
    bArcsRun.length,
    bArcsMissed.length,
    added.length,
    deleted.length,
    own.added.length,
    (change ? 1 : 0) | (own.deletes ? 2 : 0)
  );
  const c = wasm.counts;
  const changed = c + CHANGED;
  tallyAdded(tally, {
    coveredLines: words[changed],
    coveredArcs: words[changed + 1],
    coveredArcsRan: words[changed + 2],
    uncoveredLines: words[changed + 3],
    uncoveredArcs: words[changed + 4],
    uncoveredArcsRan: words[changed + 5]
  });
  const counts = {
    lostLines: words[c],
    gainedLines: words[c + 1],
    lostArcs: words[c + 2],
    gainedArcs: words[c + 3],
    deletedRan: words[c + 4],
    deletedMissed: words[c + 5],
    deletedRanArcs: words[c + 6],
    deletedRanArcsRan: words[c + 7],
    deletedMissedArcs: words[c + 8],
    deletedMissedArcsRan: words[c + 9]
  };
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  const lostAt = words[c + LOST] >> 2;
  return { lost: Array.from(words.subarray(lostAt, lostAt + words[c + LOST + 1])) };
}

// src/analysis/delta-lines.ts
var sized = (capacity) => ({
  lines: new Int32Array(capacity),
  ran: new Uint8Array(capacity),
  arcs: new Int32Array(capacity),
  arcsRan: new Int32Array(capacity),
  headLine: new Int32Array(capacity),
  size: 0,
  strays: null
});
function fillSide(side, file) {
  const capacity = file.executedLines.length + file.missingLines.length;
  const filled = side.lines.length < capacity ? sized(capacity * 2) : side;
  filled.size = mergeLines(filled, file.executedLines, file.missingLines, file.excludedLines);
  filled.strays = null;
  countArcs(filled, file.executedBranches, 1);
  countArcs(filled, file.missingBranches, 0);
  return filled;
}
function mergeLines(side, run2, missed, excluded) {
  const { lines, ran, arcs, arcsRan } = side;
  let n = 0;
  let i = 0;
  let j = 0;
  let x = 0;
  while (i < run2.length || j < missed.length) {
    const r = i < run2.length ? run2[i] : Number.MAX_SAFE_INTEGER;
    const m = j < missed.length ? missed[j] : Number.MAX_SAFE_INTEGER;
    arcs[n] = 0;
    arcsRan[n] = 0;
    if (m <= r) {
      lines[n] = m;
      ran[n++] = 0;
      j++;
      if (r === m) i++;
      continue;
    }
    i++;
    while (x < excluded.length && excluded[x] < r) x++;
    if (r <= 0 || x < excluded.length && excluded[x] === r) continue;
    lines[n] = r;
    ran[n++] = 1;
  }
  return n;
}
function countArcs(side, arcs, ran) {
  if (!arcs) return;
  const { lines, size } = side;
  let k = 0;
  for (let a = 0; a < arcs.length; a += 2) {
    const from = arcs[a];
    if (k > 0 && lines[k - 1] >= from) k = lowerBound(side, from);
    else while (k < size && lines[k] < from) k++;
    if (k === size || lines[k] !== from) {
      addStray(side, from);
      continue;
    }
    side.arcs[k] = side.arcs[k] + 1;
    side.arcsRan[k] = side.arcsRan[k] + ran;
  }
}
function addStray(side, from) {
  side.strays ??= /* @__PURE__ */ new Map();
  side.strays.set(from, (side.strays.get(from) ?? 0) + 1);
}
function lowerBound(side, line) {
  const { lines } = side;
  let lo = 0;
  let hi = side.size;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (lines[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function mapToHead(baseLines, size, deleted, added, into) {
  let d = 0;
  let a = 0;
  for (let k = 0; k < size; k++) {
    const baseLine = baseLines[k];
    while (d < deleted.length && deleted[d] < baseLine) d++;
    if (d < deleted.length && deleted[d] === baseLine) {
      into[k] = 0;
      continue;
    }
    const kept = baseLine - d;
    while (a < added.length && added[a] <= kept + a) a++;
    into[k] = kept + a;
  }
}
function compareFile(tally, head, base, change, own) {
  const inWasm = compareInWasm(tally, head, base, change, own);
  if (inWasm) return inWasm;
  const headSide = fillSide(sides.head, head);
  const baseSide = fillSide(sides.base, base);
  sides.head = headSide;
  sides.base = baseSide;
  const lost = [];
  tallyChanged(tally, headSide, own.added);
  if (!change) {
    if (sameLines(headSide, baseSide)) {
      tallyLinesAndArcs(tally, compareMapped(headSide, baseSide, baseSide.lines, false, lost));
    }
    return { lost };
  }
  mapToHead(
    baseSide.lines,
    baseSide.size,
    change.deletedLines ?? [],
    change.addedLines ?? [],
    baseSide.headLine
  );
  const counts = compareMapped(headSide, baseSide, baseSide.headLine, own.deletes, lost);
  tallyLinesAndArcs(tally, counts);
  tallyDeleted(tally, counts);
  return { lost };
}
function compareMapped(head, base, mapped, deletes, lost) {
  const { lines: headLines, ran: headRan, size: headSize } = head;
  const { ran: baseRan, size: baseSize } = base;
  let lostLines = 0;
  let gainedLines = 0;
  let lostArcs = 0;
  let gainedArcs = 0;
  let deletedRan = 0;
  let deletedMissed = 0;
  let deletedRanArcs = 0;
  let deletedRanArcsRan = 0;
  let deletedMissedArcs = 0;
  let deletedMissedArcsRan = 0;
  let h = 0;
  for (let k = 0; k < baseSize; k++) {
    const headLine = mapped[k];
    const ranAtBase = baseRan[k] === 1;
    const arcs = base.arcs[k];
    if (headLine === 0) {
      if (!deletes) continue;
      if (ranAtBase) {
        deletedRan++;
        deletedRanArcs += arcs;
        deletedRanArcsRan += base.arcsRan[k];
      } else {
        deletedMissed++;
        deletedMissedArcs += arcs;
        deletedMissedArcsRan += base.arcsRan[k];
      }
      continue;
    }
    while (h < headSize && headLines[h] < headLine) h++;
    if (h === headSize || headLines[h] !== headLine) continue;
    const ranAtHead = headRan[h] === 1;
    if (ranAtBase && !ranAtHead) {
      lostLines++;
      lost.push(headLine);
    } else if (!ranAtBase && ranAtHead) gainedLines++;
    if (arcs === 0 || head.arcs[h] !== arcs) continue;
    const arcChange = head.arcsRan[h] - base.arcsRan[k];
    if (arcChange < 0) lostArcs += arcChange;
    else gainedArcs += arcChange;
  }
  return {
    lostLines,
    gainedLines,
    lostArcs,
    gainedArcs,
    deletedRan,
    deletedMissed,
    deletedRanArcs,
    deletedRanArcsRan,
    deletedMissedArcs,
    deletedMissedArcsRan
  };
}
function tallyChanged(tally, head, added) {
  let coveredLines = 0;
  let coveredArcs = 0;
  let coveredArcsRan = 0;
  let uncoveredLines = 0;
  let uncoveredArcs = 0;
  let uncoveredArcsRan = 0;
  let h = 0;
  for (let i = 0; i < added.length; i++) {
    const line = added[i];
    while (h < head.size && head.lines[h] < line) h++;
    if (h === head.size) break;
    if (head.lines[h] !== line) continue;
    if (head.ran[h] === 1) {
      coveredLines++;
      coveredArcs += head.arcs[h];
      coveredArcsRan += head.arcsRan[h];
    } else {
      uncoveredLines++;
      uncoveredArcs += head.arcs[h];
      uncoveredArcsRan += head.arcsRan[h];
    }
  }
  tallyAdded(tally, {
    coveredLines,
    coveredArcs,
    coveredArcsRan,
    uncoveredLines,
    uncoveredArcs,
    uncoveredArcsRan
  });
}
var sides = { head: sized(256), base: sized(256) };
function sameCoverage(a, b) {
  return sameList(a.executedLines, b.executedLines) && sameList(a.missingLines, b.missingLines) && sameList(a.excludedLines, b.excludedLines) && sameArcs(a.executedBranches, b.executedBranches) && sameArcs(a.missingBranches, b.missingBranches);
}
function sameList(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
function sameArcs(x, y) {
  return x === y || x !== null && y !== null && sameList(x, y);
}
function sameLines(a, b) {
  if (a.size !== b.size || (a.strays?.size ?? 0) !== (b.strays?.size ?? 0)) return false;
  for (let k = 0; k < a.size; k++) {
    if (a.lines[k] !== b.lines[k] || a.arcs[k] !== b.arcs[k]) return false;
  }
  for (const [line, arcs] of a.strays ?? []) if (b.strays?.get(line) !== arcs) return false;
  return true;
}

// src/analysis/delta-parts.ts
var DELTA_PART_NAMES = [
  "changed-covered",
  "changed-uncovered",
  "deleted-covered",
  "deleted-uncovered",
  "lost-coverage",
  "gained-coverage",
  "files-added",
  "files-removed",
  "not-in-diff"
];
function groupRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function emptyTally() {
  const tally = {};
  for (const name of DELTA_PART_NAMES)
    tally[name] = { statements: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  return tally;
}
function addWhole(tally, name, file, sign) {
  const into = sign === 1 ? add : subtract;
  into(tally[name].statements, file.covered, file.statements);
  into(tally[name].branches, file.coveredBranches ?? 0, file.branches ?? 0);
}
function byPath(changes) {
  const remaining = /* @__PURE__ */ new Map();
  const deleted = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.status === "deleted") deleted.add(change.path);
    else remaining.set(change.path, change);
  }
  return { remaining, deleted };
}
function explainDelta(input) {
  const { head, base } = input;
  const tally = emptyTally();
  const own = byPath(input.changes ?? []);
  const mapping = input.baselineChanges ? byPath(input.baselineChanges) : own;
  const comparedBase = new Set(input.renamedFrom.values());
  const lost = /* @__PURE__ */ new Map();
  for (const file of head.files.values()) {
    const baseFile = base.files.get(input.renamedFrom.get(file.path) ?? file.path);
    const ownChange = own.remaining.get(file.path);
    if (!baseFile) {
      addWhole(tally, ownChange?.status === "added" ? "files-added" : "not-in-diff", file, 1);
      continue;
    }
    const change = mapping.remaining.get(file.path) ?? null;
    if (!change && !ownChange && sameCoverage(file, baseFile)) continue;
    const compared = compareFile(tally, file, baseFile, change, {
      added: ownChange?.addedLines ?? [],
      deletes: ownChange !== void 0
    });
    if (compared.lost.length) lost.set(file.path, compared.lost);
  }
  for (const file of base.files.values()) {
    if (head.files.has(file.path) || comparedBase.has(file.path)) continue;
    addWhole(tally, own.deleted.has(file.path) ? "files-removed" : "not-in-diff", file, -1);
  }
  const statements = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  for (const name of DELTA_PART_NAMES) {
    if (name === "not-in-diff") continue;
    add(statements, tally[name].statements.covered, tally[name].statements.total);
    add(branches, tally[name].branches.covered, tally[name].branches.total);
  }
  const stmtChange = {
    covered: input.headStatements.covered - input.baseStatements.covered,
    total: input.headStatements.total - input.baseStatements.total
  };
  const residue = tally["not-in-diff"];
  residue.statements.covered = stmtChange.covered - statements.covered;
  residue.statements.total = stmtChange.total - statements.total;
  residue.branches.covered = input.headTotals.covered - input.baseTotals.covered - stmtChange.covered - branches.covered;
  residue.branches.total = input.headTotals.total - input.baseTotals.total - stmtChange.total - branches.total;
  const { covered: c, total: t } = input.baseTotals;
  const headTotal = input.headTotals.total;
  const p = t > 0 ? c / t : 1;
  const parts = DELTA_PART_NAMES.map((name) => {
    const s = tally[name].statements;
    const b = tally[name].branches;
    const covered = s.covered + (input.branches ? b.covered : 0);
    const total = s.total + (input.branches ? b.total : 0);
    const points = headTotal > 0 ? 100 * (covered - p * total) / headTotal : name === "not-in-diff" ? 100 - 100 * p : 0;
    return { part: name, statements: s, ...input.branches ? { branches: b } : {}, points };
  });
  const lostCoverage = [...lost].map(([path, lines]) => ({ path, ranges: groupRanges(lines), lines: lines.length })).sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    parts: {
      basis: input.branches ? "statements-and-branches" : "statements",
      parts,
      lostCoverage
    },
    lost
  };
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
      changed: changedPaths.has(file.path),
      ...file.rounding ? { rounding: file.rounding } : {}
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

// src/analysis/patch.ts
function matchReportPath(diffPath, report) {
  return report.files.has(diffPath) ? diffPath : null;
}
function filePatch(path, file, added) {
  const { missingLines: missing, executedLines: executed, excludedLines: excluded } = file;
  const lines = [];
  const uncovered = [];
  let m = 0;
  let e = 0;
  let x = 0;
  for (const line of added) {
    while (m < missing.length && missing[m] < line) m++;
    if (missing[m] === line) {
      lines.push(line);
      uncovered.push(line);
      continue;
    }
    while (e < executed.length && executed[e] < line) e++;
    if (executed[e] !== line) continue;
    while (x < excluded.length && excluded[x] < line) x++;
    if (excluded[x] !== line) lines.push(line);
  }
  return { path, lines, uncovered };
}
function computePatchCoverage(changed, head) {
  const files = /* @__PURE__ */ new Map();
  const changedPaths = /* @__PURE__ */ new Set();
  let lines = 0;
  let uncovered = 0;
  for (const change of remainingFiles(changed)) {
    const path = matchReportPath(change.path, head) ?? change.path;
    changedPaths.add(path);
    const file = head.files.get(path);
    if (!file) continue;
    const patch = filePatch(path, file, change.addedLines);
    const existing = files.get(path);
    if (existing) {
      const merged = filePatch(path, file, unionSorted(existing.lines, change.addedLines));
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

// src/analysis/pr-lines.ts
function newUncoveredLines(files, lost) {
  const byFile = [];
  for (const file of files) {
    const lostLines = lost.get(file.path);
    if (file.patchMissing.length === 0 && !lostLines?.length) continue;
    byFile.push({ path: file.path, lines: unionSorted(file.patchMissing, lostLines ?? []) });
  }
  return byFile.map(({ path, lines }) => ({ path, ranges: groupRanges(lines), lines: lines.length })).sort((a, b) => b.lines - a.lines || (a.path < b.path ? -1 : 1));
}
function measuredExtensions(report) {
  const extensions = /* @__PURE__ */ new Set();
  if (report.format === "coverage.py") {
    extensions.add(".py");
    if (!report.roundings) return extensions;
  }
  for (const [path, file] of report.files) {
    if ((file.format ?? report.format) === "coverage.py") continue;
    const extension = extensionOf(path);
    if (extension) extensions.add(extension);
  }
  return extensions;
}
function extensionOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : null;
}
var TEST_FILE = /(^|\/)(tests?|__tests__)\/|(^|\/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$/;
function unmeasuredChangedFiles(changes, head) {
  if (!changes) return [];
  const extensions = measuredExtensions(head);
  const paths = /* @__PURE__ */ new Set();
  for (const change of remainingFiles(changes)) {
    if (head.files.has(change.path) || TEST_FILE.test(change.path)) continue;
    const extension = extensionOf(change.path);
    if (extension && extensions.has(extension)) paths.add(change.path);
  }
  return [...paths].sort();
}
function unmeasuredNote(paths) {
  const shown = paths.slice(0, 5);
  const more = paths.length > 5 ? ` and ${paths.length - 5} more` : "";
  return `${paths.length === 1 ? "A changed file is" : `${paths.length} changed files are`} not in the report (no test imports ${paths.length === 1 ? "it" : "them"}, or the coverage source setting does not include ${paths.length === 1 ? "it" : "them"}): ${shown.join(", ")}${more}.`;
}

// src/analysis/result.ts
var RESULT_SCHEMA = "coverage-gate-result/1";
var byPath2 = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
var statementsPercent2 = (t) => percentCovered(t.statements, t.covered, null, null);
function executedStatements(file) {
  const excluded = file.excludedLines;
  let count = 0;
  let x = 0;
  for (const line of file.executedLines) {
    if (line <= 0) continue;
    while (x < excluded.length && excluded[x] < line) x++;
    if (excluded[x] !== line) count++;
  }
  return count;
}
function filesCountingNonStatements(head, patches) {
  const paths = [];
  for (const [path, filePatch2] of patches) {
    const file = head.files.get(path);
    if (!file || filePatch2.lines.length === filePatch2.uncovered.length) continue;
    if (file.executedLines.length + file.missingLines.length <= file.statements) continue;
    if (executedStatements(file) + file.missingLines.length > file.statements) paths.push(path);
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
function ownRounding(report, file) {
  if (!file.format || file.format === report.format || !report.roundings) return null;
  return { format: file.format, rounding: report.roundings[file.format] ?? "half-even" };
}
function countedTotals(totals, withBranches) {
  return {
    covered: totals.covered + (withBranches ? totals.coveredBranches ?? 0 : 0),
    total: totals.statements + (withBranches ? totals.branches ?? 0 : 0)
  };
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
    const fileDelta = baseFile ? mixedBranches ? statementsPercent2(file) - statementsPercent2(baseFile) : filePercent(file) - basePercent : null;
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
    const own = ownRounding(head, file);
    if (own) Object.assign(row, own);
    files.push(row);
  }
  files.sort(byPath2);
  const removedFiles = [];
  if (base) {
    for (const file of base.files.values()) {
      if (!head.files.has(file.path) && !comparedBase.has(file.path))
        removedFiles.push({ path: file.path, basePercent: filePercent(file) });
    }
    removedFiles.sort(byPath2);
  }
  const onBasis = mixedBranches ? statementsPercent2 : (t) => t.percent;
  const delta = baseTotals ? onBasis(totals) - onBasis(baseTotals) : null;
  const explained = base && baseTotals ? explainDelta({
    head,
    base,
    changes: input.changes,
    ...input.baselineChanges ? { baselineChanges: input.baselineChanges } : {},
    renamedFrom,
    branches: !mixedBranches && head.hasBranches,
    headTotals: countedTotals(totals, !mixedBranches),
    baseTotals: countedTotals(baseTotals, !mixedBranches),
    headStatements: countedTotals(totals, false),
    baseStatements: countedTotals(baseTotals, false)
  }) : null;
  const newUncovered = patch ? newUncoveredLines(files, explained?.lost ?? /* @__PURE__ */ new Map()) : null;
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
      branches,
      newUncovered: newUncovered ? newUncovered.reduce((sum, f) => sum + f.lines, 0) : null
    },
    { ...input.gates, rounding, unit: head.format === "coverage.py" ? "statements" : "lines" }
  );
  const gates = markInformational(evaluated, input.gates.informational);
  const branchNote = noBranchNote(input.gates.minBranchCoverage, branches, head.source);
  const unmeasured = unmeasuredChangedFiles(input.changes, head);
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
      deltaFrom: { head: statementsPercent2(totals), base: statementsPercent2(baseTotals) }
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
      ...branchNote ? [branchNote] : [],
      ...unmeasured.length ? [unmeasuredNote(unmeasured)] : []
    ],
    ...input.measured ? { measured: input.measured } : {},
    ...explained ? { deltaParts: explained.parts } : {},
    ...newUncovered ? { newUncovered } : {},
    ...unmeasured.length ? { unmeasuredFiles: unmeasured } : {}
  };
  return result;
}

// src/report/checkout.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// src/report/fs-async.ts
var import_node_fs = require("node:fs");
var import_node_util = require("node:util");
var readFile = (0, import_node_util.promisify)(import_node_fs.readFile);
var stat = (0, import_node_util.promisify)(import_node_fs.stat);
var readdir = (0, import_node_util.promisify)(import_node_fs.readdir);
var writeFile = (0, import_node_util.promisify)(import_node_fs.writeFile);
var copyFile = (0, import_node_util.promisify)(import_node_fs.copyFile);
var mkdir = (0, import_node_util.promisify)(import_node_fs.mkdir);
var open = (0, import_node_util.promisify)(import_node_fs.open);
var close = (0, import_node_util.promisify)(import_node_fs.close);
var read = (0, import_node_util.promisify)(import_node_fs.read);
var READ_STEP = 1 << 30;
async function readWhole(path, size, allocate = Buffer.allocUnsafe) {
  const fd = await open(path, "r");
  try {
    const buffer = allocate(size);
    let filled = 0;
    while (filled < size) {
      const length = Math.min(size - filled, READ_STEP);
      const { bytesRead } = await read(fd, buffer, filled, length, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === size ? buffer : buffer.subarray(0, filled);
  } finally {
    await close(fd);
  }
}
var SMALL_FILE = 256 * 1024;
var LARGEST_BUFFER = 2 ** 31;
async function readFileBytes(path, allocate) {
  const size = (0, import_node_fs.statSync)(path).size;
  return size < SMALL_FILE ? (0, import_node_fs.readFileSync)(path) : size < LARGEST_BUFFER ? await readWhole(path, size, allocate) : await readFile(path);
}

// src/report/checkout.ts
var WALK_LIMIT = 1e4;
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
function checkoutRoot(dir) {
  for (let at2 = (0, import_node_path.resolve)(dir); ; ) {
    if ((0, import_node_fs2.statSync)((0, import_node_path.join)(at2, ".git"), { throwIfNoEntry: false })) return at2;
    const up = (0, import_node_path.dirname)(at2);
    if (up === at2) return dir;
    at2 = up;
  }
}
var exists = (path) => stat(path).then(
  () => true,
  () => false
);
function scanCheckout(root) {
  const halt = { stopped: false, stopGit: null };
  let cut = false;
  let used = false;
  let files;
  const start = () => {
    files ??= Promise.resolve(root).then(async (dir) => {
      const listed = await exists((0, import_node_path.join)(dir, ".git")) ? await gitFiles(dir, halt) : null;
      if (listed) return listed;
      const walked = await walk(dir, halt);
      cut = walked.cut;
      return walked.files;
    });
    return files;
  };
  return {
    prefetch: () => {
      start().catch(() => void 0);
    },
    started: () => files !== void 0,
    files: (learning = true) => {
      used ||= learning;
      return start();
    },
    note: () => cut && used ? `The checkout is not a git repository and its walk stopped at ${groupThousands(WALK_LIMIT)} files (never entering node_modules, .git or ignored folders); report paths were learnt from those. Set path-prefix if they come out wrong.` : void 0,
    stop: () => {
      halt.stopped = true;
      halt.stopGit?.();
    }
  };
}
function allFilesExist(root, paths) {
  for (const path of paths) {
    if (!(0, import_node_fs2.statSync)((0, import_node_path.join)(root, path), { throwIfNoEntry: false })?.isFile()) return false;
  }
  return true;
}
async function gitFiles(root, halt) {
  if (halt.stopped) return null;
  const { startGit: startGit2 } = await Promise.resolve().then(() => (init_git(), git_exports));
  const args = ["-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--others"];
  const listing = startGit2(root, [...args, "--exclude-standard"]);
  halt.stopGit = listing.stop;
  const stdout = await listing.output.catch(
    // Not a git checkout after all (or no git), or stopped: walk the directory instead.
    () => null
  );
  halt.stopGit = null;
  const files = stdout?.split("\0").filter(Boolean) ?? [];
  return files.length > 0 ? new Set(files) : null;
}
async function walk(root, halt) {
  const files = /* @__PURE__ */ new Set();
  const list = (folder) => readdir(folder.path ? (0, import_node_path.join)(root, folder.path) : root, { withFileTypes: true }).catch(
    () => null
  );
  let level = [{ path: "", rules: [] }];
  while (level.length > 0) {
    const next = [];
    let listing = list(level[0]);
    for (let k = 0; k < level.length; k++) {
      const folder = level[k];
      if (halt.stopped) return { files, cut: false };
      const entries = await listing;
      if (k + 1 < level.length) listing = list(level[k + 1]);
      if (!entries) continue;
      const rules = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? [...folder.rules, await gitignoreRules(root, folder.path)] : folder.rules;
      for (const entry of entries) {
        if (SKIPPED.has(entry.name)) continue;
        const path = folder.path ? `${folder.path}/${entry.name}` : entry.name;
        const isDirectory = entry.isDirectory();
        if (!isDirectory && !entry.isFile()) continue;
        if (rules.some((r) => r.ignores(path, isDirectory))) continue;
        if (isDirectory) next.push({ path, rules });
        else {
          if (files.size >= WALK_LIMIT) return { files, cut: true };
          files.add(path);
        }
      }
    }
    level = next;
  }
  return { files, cut: false };
}
async function gitignoreRules(root, folder) {
  let text2 = "";
  try {
    text2 = await readFile((0, import_node_path.join)(root, folder, ".gitignore"), "utf8");
  } catch {
  }
  const { default: ignore } = await Promise.resolve().then(() => __toESM(require_ignore(), 1));
  const matcher = ignore().add(text2);
  const prefix = folder ? `${folder}/` : "";
  return {
    ignores: (path, isDirectory) => {
      const own = path.slice(prefix.length);
      return matcher.ignores(isDirectory ? `${own}/` : own);
    }
  };
}
function reportDirectory(reportFile, cwd, root) {
  const dir = (0, import_node_path.relative)(root, (0, import_node_path.resolve)(cwd, reportFile, ".."));
  if (dir === ".." || dir.startsWith(`..${import_node_path.sep}`) || (0, import_node_path.isAbsolute)(dir)) return void 0;
  return dir.split(import_node_path.sep).join("/");
}

// src/report/empty.ts
function refuseEmptyReport(report) {
  if (report.files.size === 0) {
    throw new InputError(report.source, "no data to report: the report lists no files");
  }
  for (const file of report.files.values()) if (file.statements > 0) return report;
  const unit = report.format === "coverage.py" ? "statements" : "lines";
  const files = report.files.size === 1 ? "its one file has" : `its ${report.files.size} files have`;
  throw new InputError(report.source, `no data to report: ${files} no executable ${unit}`);
}

// src/report/glob.ts
var import_scan2 = __toESM(require_scan(), 1);
function isGlob(pattern) {
  const found = (0, import_scan2.default)(pattern);
  return found.isGlob || found.negated;
}

// src/report/load.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");

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
  const { XMLParser, XMLValidator } = await Promise.resolve().then(() => __toESM(require_fast_xml_parser(), 1));
  parser ??= new XMLParser(PARSER_OPTIONS);
  return { parser, validate: XMLValidator.validate };
}
var PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_ELEMENTS.has(name)
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
function checkWellFormed(xml, source, validate) {
  const root = xml.search(/<coverage[\s>/]/);
  const prolog = root < 0 ? xml : xml.slice(0, root);
  if (/<!ENTITY/i.test(prolog)) {
    throw new InputError(
      source,
      "declares XML entities (<!ENTITY>); a coverage report needs none and they are not expanded, so the file is refused"
    );
  }
  const verdict = validate(xml, { allowBooleanAttributes: true });
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
  const { parser: parser2, validate } = await xmlLibrary();
  checkWellFormed(xml, source, validate);
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
  const resolve3 = sourceResolver(sources, options.exists);
  const files = /* @__PURE__ */ new Map();
  const rates = [];
  let classIndex = 0;
  for (const cls of classesOf(coverage)) {
    classIndex++;
    const where = `<class> #${classIndex}`;
    const filename = typeof cls.filename === "string" ? cls.filename.trim() : "";
    if (filename === "") throw new InputError(source, `${where} has no filename attribute`);
    const path = resolve3(filename);
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
  const report = {
    format: "cobertura",
    files: result,
    hasBranches: false,
    source,
    rounding: statedRounding(rates)
  };
  const declared = statedBranches(coverage);
  if (declared) report.declaredMetrics = { branches: declared };
  if (typeof coverage.version === "string" && coverage.version !== "") {
    report.producerVersion = coverage.version;
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
  if (notes.length) report.notes = notes;
  return report;
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
function sourceResolver(sources, exists2) {
  return (filename) => {
    if (isAbsolute2(filename) || sources.length === 0) return filename;
    if (sources.length === 1) return joinSource(sources[0], filename);
    for (const dir of sources) {
      const candidate = joinSource(dir, filename);
      if (exists2?.(candidate)) return candidate;
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

// src/report/history-components.ts
var NAME2 = /^[A-Za-z0-9 _.-]{1,40}$/;
var MAX_COMPONENTS = 200;
function componentPointsProblem(value, at2, checks) {
  if (value === void 0) return null;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `${at2}.components must be an object`;
  const entries = Object.entries(value);
  if (entries.length > MAX_COMPONENTS)
    return `${at2}.components has more than ${MAX_COMPONENTS} components`;
  for (const [name, point] of entries) {
    const where = `${at2}.components[${JSON.stringify(name.slice(0, 50))}]`;
    if (!NAME2.test(name)) return `${where} is not a component name`;
    if (typeof point !== "object" || point === null || Array.isArray(point))
      return `${where} must be an object`;
    const p = point;
    if (Object.keys(p).some((key) => !["statements", "covered", "percent"].includes(key)))
      return `${where} may hold only statements, covered and percent`;
    if (!checks.isCount(p.statements) || !checks.isCount(p.covered))
      return `${where} must have whole numbers statements and covered`;
    if (p.covered > p.statements)
      return `${where}.covered must be no larger than statements`;
    if (!checks.isPercent(p.percent)) return `${where}.percent must be a number from 0 to 100`;
  }
  return null;
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
  "percent",
  "components"
]);
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= COUNT_MAX;
var isPercent = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
var isIsoForm = (v) => typeof v === "string" && v.length <= 40 && ISO_TIME.test(v);
function isRealTime(v) {
  const m = ISO_TIME.exec(v);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (m[4] && (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[8] ?? 0) > 59)) return false;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && ms >= 0;
}
function isIsoTime(v) {
  return isIsoForm(v) && isRealTime(v);
}
function entryProblem(e, at2) {
  if (!isObject(e)) return `${at2} is not an object`;
  for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) return `${at2}.${key} is not allowed`;
  if (typeof e.commit !== "string" || !/^[0-9a-f]{7,64}$/i.test(e.commit))
    return `${at2}.commit must be a commit sha`;
  if (!isIsoTime(e.time)) return `${at2}.time must be an ISO 8601 time`;
  if (!isCount(e.run) || e.run === 0) return `${at2}.run must be a run id`;
  if (e.pullRequest !== void 0 && (!isCount(e.pullRequest) || e.pullRequest === 0))
    return `${at2}.pullRequest must be a pull request number`;
  if (!isCount(e.statements)) return `${at2}.statements must be a whole number`;
  if (!isCount(e.covered) || e.covered > e.statements)
    return `${at2}.covered must be a whole number no larger than statements`;
  if (e.branches === void 0 !== (e.coveredBranches === void 0))
    return `${at2} must have both branches and coveredBranches, or neither`;
  if (e.branches !== void 0) {
    if (!isCount(e.branches)) return `${at2}.branches must be a whole number`;
    if (!isCount(e.coveredBranches) || e.coveredBranches > e.branches)
      return `${at2}.coveredBranches must be a whole number no larger than branches`;
  }
  if (!isPercent(e.percent)) return `${at2}.percent must be a number from 0 to 100`;
  return componentPointsProblem(e.components, at2, { isCount, isPercent });
}
function validateHistory(data, source) {
  if (!isObject(data) || data.schema !== HISTORY_SCHEMA)
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
var timeOf = (e) => Date.parse(e.time);
function byTime(a, b) {
  return timeOf(a) - timeOf(b) || a.run - b.run;
}
function uniteHistories(sources, imported = []) {
  const chosen = /* @__PURE__ */ new Map();
  for (const entries of sources) {
    for (const entry of entries) {
      const key = entry.commit.toLowerCase();
      const held = chosen.get(key);
      if (!held || entry.run > held.run) chosen.set(key, entry);
    }
  }
  for (const entry of imported) {
    const key = entry.commit.toLowerCase();
    if (!chosen.has(key)) chosen.set(key, entry);
  }
  return [...chosen.values()].sort(byTime);
}
var CLOCK_SKEW_MS = 5 * 6e4;

// src/report/coveragepy-shape.ts
function isCount2(value) {
  return Number.isInteger(value) && value >= 0;
}
var isOptionalCount = (value) => value === void 0 || isCount2(value);
function isLineList(value) {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isCount2(value[i])) return false;
  return true;
}
function isFlatArcList(value) {
  if (!Array.isArray(value) || value.length % 2 !== 0) return false;
  for (let i = 0; i < value.length; i++) if (!Number.isInteger(value[i])) return false;
  return true;
}
function isArcList(value) {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const arc = value[i];
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1]))
      return false;
  }
  return true;
}
function isSummary(value) {
  if (!isObject(value)) return false;
  const percent = value.percent_covered;
  return isCount2(value.covered_lines) && isCount2(value.num_statements) && isCount2(value.missing_lines) && isOptionalCount(value.excluded_lines) && isOptionalCount(value.num_branches) && isOptionalCount(value.num_partial_branches) && isOptionalCount(value.covered_branches) && isOptionalCount(value.missing_branches) && (percent === void 0 || typeof percent === "number" && Number.isFinite(percent));
}
function isFileEntry(value, flatArcs) {
  if (!isObject(value)) return false;
  const arcs = flatArcs ? isFlatArcList : isArcList;
  return isLineList(value.executed_lines) && isLineList(value.missing_lines) && (value.excluded_lines === void 0 || isLineList(value.excluded_lines)) && (value.executed_branches === void 0 || arcs(value.executed_branches)) && (value.missing_branches === void 0 || arcs(value.missing_branches)) && isSummary(value.summary);
}
function isMeta(value) {
  if (value === void 0) return true;
  if (!isObject(value)) return false;
  const { version, branch_coverage: branches, format } = value;
  return (version === void 0 || typeof version === "string") && (branches === void 0 || typeof branches === "boolean") && (format === void 0 || Number.isInteger(format));
}
function hasCoveragePyShape(document, flatArcs = false) {
  if (!isObject(document) || !isMeta(document.meta)) return false;
  const files = document.files;
  if (!isObject(files)) return false;
  for (const name in files) if (!isFileEntry(files[name], flatArcs)) return false;
  return document.totals === void 0 || isSummary(document.totals);
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

// src/report/merge.ts
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
  for (const arc of [...arcPairs(a), ...arcPairs(b)]) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
}
function intersectArcs(a, b) {
  const inB = new Set(arcPairs(b).map(arcKey));
  const seen = /* @__PURE__ */ new Map();
  for (const arc of arcPairs(a)) if (inB.has(arcKey(arc))) seen.set(arcKey(arc), arc);
  return flattenArcs([...seen.values()].sort(compareArcs));
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
  for (let k = 0; k < missingBranches.length; k += 2)
    if (!missingLineSet.has(missingBranches[k])) partialArcs++;
  return {
    ...merged,
    coveredBranches: a.branches - missingBranches.length / 2,
    executedBranches: unionArcs(a.executedBranches, b.executedBranches),
    missingBranches,
    partialBranches: partialArcs
  };
}
function referenceOf(reports) {
  return reports.find((r) => r.format === "coverage.py") ?? reports[0];
}
function checkBranchFlags(reports) {
  for (const report of reports) {
    const first = reports.find((r) => r.format === report.format);
    if (report.hasBranches === first.hasBranches) continue;
    const [withBranches, without] = first.hasBranches ? [first, report] : [report, first];
    throw new InputError(
      without.source,
      `has line coverage only but ${withBranches.source} measured branches; an exact merge needs both with or both without --branch`
    );
  }
}
function mergeReports(reports) {
  const [first, ...rest] = reports;
  if (!first) throw new InputError("", "no coverage report given");
  if (rest.length === 0) return first;
  checkBranchFlags(reports);
  const reference = referenceOf(reports);
  const mixed = rest.some((r) => r.format !== first.format);
  const files = /* @__PURE__ */ new Map();
  const origin = /* @__PURE__ */ new Map();
  for (const report of reports) {
    for (const [path, file] of report.files) {
      const existing = files.get(path);
      const from = origin.get(path);
      if (existing && from) {
        if (from.format !== report.format) {
          throw new InputError(
            report.source,
            `${JSON.stringify(path)} is in this ${report.format} report and in ${from.source} (${from.format}); ${report.format === "coverage.py" || from.format === "coverage.py" ? "its statements and its lines are different units" : "the two producers count different lines"}, so one file cannot be merged across formats`
          );
        }
        files.set(path, mergeFile(existing, file, from.source, report.source));
      } else {
        files.set(path, mixed ? { ...file, format: report.format } : file);
        origin.set(path, report);
      }
    }
  }
  const sorted = new Map([...files.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return {
    format: reference.format,
    files: sorted,
    hasBranches: reports.some((r) => r.hasBranches),
    source: reports.map((r) => r.source).join(" + "),
    ...reference.producerVersion ? { producerVersion: reference.producerVersion } : {},
    ...reference.rounding ? { rounding: reference.rounding } : {},
    ...mixed ? { roundings: roundingsOf(reports) } : {},
    ...mergedNotes(reports, mixed ? [mixNote(reference, reports, sorted)] : []),
    ...mergedRoots(reports)
  };
}
function roundingsOf(reports) {
  const roundings = {};
  for (const report of reports) roundings[report.format] ??= report.rounding ?? "half-even";
  return roundings;
}
var fileCount = (n) => `${n} ${n === 1 ? "file" : "files"}`;
function mixNote(reference, reports, files) {
  const counts = new Map(
    [reference, ...reports].map((r) => [r.format, 0])
  );
  for (const file of files.values()) {
    const format = file.format ?? reference.format;
    counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  const parts = [...counts].map(([format, n]) => `${format} (${fileCount(n)})`);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts.join("");
  const lineFormats = [...counts.keys()].filter((f) => f !== "coverage.py");
  const lines = reference.format === "coverage.py" && lineFormats.length ? `; the ${lineFormats.join(" and ")} files count lines` : "";
  return `Merged ${listed}${lines}.`;
}
function mergedRoots(reports) {
  const pathRoots = [...new Set(reports.flatMap((r) => r.pathRoots ?? []))];
  return pathRoots.length ? { pathRoots } : {};
}
function mergedNotes(reports, extra) {
  const notes = [.../* @__PURE__ */ new Set([...extra, ...reports.flatMap((r) => r.notes ?? [])])];
  return notes.length ? { notes } : {};
}
var LINE_FORMATS = ["istanbul", "lcov", "cobertura"];
function applyProducersMeta(report, value, source) {
  if (value === void 0) return;
  const shape = `must map a format (${LINE_FORMATS.join(", ")}) to {"rounding": "half-even" or "truncate", "files": [paths]}`;
  if (!isObject(value)) throw new InputError(source, `meta.producers ${shape}`);
  const roundings = {
    [report.format]: report.rounding ?? "half-even"
  };
  for (const [format, entry] of Object.entries(value)) {
    const where = `meta.producers[${JSON.stringify(format)}]`;
    if (!LINE_FORMATS.includes(format) || !isObject(entry) || entry.rounding !== "half-even" && entry.rounding !== "truncate" || !Array.isArray(entry.files)) {
      throw new InputError(source, `meta.producers ${shape}; ${where} does not`);
    }
    roundings[format] = entry.rounding;
    for (const path of entry.files) {
      const file = typeof path === "string" ? report.files.get(path) : void 0;
      if (!file) {
        throw new InputError(
          source,
          `${where} names ${JSON.stringify(path)}, which is not in files`
        );
      }
      Object.assign(file, {
        format,
        branches: null,
        coveredBranches: null,
        partialBranches: null,
        executedBranches: null,
        missingBranches: null
      });
    }
  }
  for (const file of report.files.values()) file.format ??= report.format;
  report.roundings = roundings;
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
function readCoveragePy(document, source) {
  if (!hasCoveragePyShape(document) && !validateCoveragePy(document)) {
    const error = validateCoveragePy.errors?.[0];
    throw new InputError(
      source,
      error ? describeSchemaError(error) : "is not a coverage.py report"
    );
  }
  return readValid(document, source, false);
}
function readLeanCoveragePy(document, source) {
  if (!hasCoveragePyShape(document, true)) return void 0;
  return readValid(document, source, true);
}
function readValid(raw, source, flatArcs) {
  const names = Object.keys(raw.files);
  const branchFlag = raw.meta?.branch_coverage;
  const firstSummary = names.length ? raw.files[names[0]]?.summary : void 0;
  const hasBranches = branchFlag ?? firstSummary?.num_branches !== void 0;
  const files = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = raw.files[name];
    files.set(name, readFile2(name, file, hasBranches, source, flatArcs));
  }
  checkTotals(raw, files, source);
  const report = { format: "coverage.py", files, hasBranches, source };
  if (raw.meta?.version) report.producerVersion = raw.meta.version;
  if (raw.meta?.repository_relative_paths === true) {
    report.repositoryPaths = true;
    applyProducersMeta(report, raw.meta.producers, source);
  }
  return report;
}
function readFile2(name, file, hasBranches, source, flatArcs) {
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
  for (let i = 0, j = 0; i < executedLines.length && j < missingLines.length; ) {
    const executed = executedLines[i];
    const missing = missingLines[j];
    if (executed === missing) {
      throw new InputError(source, `${where}: line ${executed} is both executed and missing`);
    }
    if (executed < missing) i++;
    else j++;
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
      const flat = (arcs) => flatArcs ? arcs : flattenArcs(arcs);
      executedBranches = flat(file.executed_branches);
      missingBranches = flat(file.missing_branches);
      if (s.num_branches - missingBranches.length / 2 !== s.covered_branches) {
        disagree(
          "covered_branches",
          s.covered_branches,
          s.num_branches - missingBranches.length / 2,
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

// src/report/json-walk.generated.js
var JSON_WALK_WASM = "AGFzbQEAAAABEANgAX8Bf2AAAX9gAn9/AX8DCwoAAAAAAAEAAAIBBQMBAAEGFQR/AUEAC38BQQALfwFBAAt/AUEACwcqBAppbnB1dFN0YXJ0AAkJc3BhbkNvdW50AAUEbGVhbgAIBm1lbW9yeQIADAEQCs4kCoMDAgJ/AXsgAEEBaiEAA0ADQCAAIAD9AAQAIgP9DCIiIiIiIiIiIiIiIiIiIiL9IyAD/QxcXFxcXFxcXFxcXFxcXFxc/SP9UCAD/QwgICAgICAgICAgICAgICAg/Sb9UP1kIgJoaiEBIAJFBEAgAEEQaiEADAELCyABLQAAIgBBIkYEQCABQQFqDwsgAEHcAEcEQAAFIAEtAAEiAEHcAEYgAEEiRnIgAEEvRnIgAEHiAEZyIABB5gBGciAAQe4ARnIgAEHyAEZyIABB9ABGcgR/IAFBAmoFIABB9QBGBH8gAS0AAiIAQTBrQQpJBH9BAQUgAEEgckHhAGtBBkkLBUEACwR/IAEtAAMiAEEwa0EKSQR/QQEFIABBIHJB4QBrQQZJCwVBAAsEfyABLQAEIgBBMGtBCkkEf0EBBSAAQSByQeEAa0EGSQsFQQALBH8gAS0ABSIAQTBrQQpJBH9BAQUgAEEgckHhAGtBBkkLBUEACwR/IAFBBmoFAAsLIQAMAQsACwALoQEBAX8gAC0AAEEiRwRAAAsgABAAIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQTpHBEAACyAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABC+kBAQF/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBaiEABSAALQAAQTBrQQpJBEADQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwUACwsgAC0AAEEuRgRAIABBAWoiAC0AAEEwa0EKTwRAAAsDQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwsgAC0AACIBQcUARiABQeUARnIEQCAAQQFqIgAtAAAiAUEtRiABQStGcgRAIABBAWohAAsgAC0AAEEwa0EKTwRAAAsDQCAALQAAQTBrQQpJBEAgAEEBaiEADAELCwsgAAu9AQEBfyAALQAAIgFB9ABGBEAgAC0AAUHyAEYEfyAALQACQfUARgVBAAsEfyAALQADQeUARgVBAAsEQCAAQQRqDwsFIAFB5gBGBEAgAC0AAUHhAEYEfyAALQACQewARgVBAAsEfyAALQADQfMARgVBAAsEfyAALQAEQeUARgVBAAsEQCAAQQVqDwsFIAAtAAFB9QBGBH8gAC0AAkHsAEYFQQALBH8gAC0AA0HsAEYFQQALBEAgAEEEag8LCwsAC9wCAQF/IABBAWoiAC0AACEBA0AgAUEgTQR/IAFBCkYgAUEgRnIgAUENRnIgAUEJRnIFQQALBEAgAEEBaiIALQAAIQEMAQsLIAAtAAAiAUHdAEYEQCAAQQFqDwsDQCABQS1GBEAgAEEBaiIALQAAIQELIAFBMEYEQCAAQQFqIgAtAAAhAQUgAUExa0EJSQRAA0AgAEEBaiIALQAAIgFBMGtBCkkNAAsFQX8PCwsgAUEsRwRAIAAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAIgFB3QBGBEAgAEEBag8LIAFBLEcEQEF/DwsLIABBAWoiAC0AACEBA0AgAUEgTQR/IAFBCkYgAUEgRnIgAUENRnIgAUEJRnIFQQALBEAgAEEBaiIALQAAIQEMAQsLIAAtAAAhAQwACwALBAAjAwvDBAEEf0EBIQIjAEGAgARqIgNBAToAACAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABLQAAQf0ARgRAIAFBAWoPCyABEAEhAANAIAAtAAAiAUEiRgR/IAAQAAUgAUHbAEYiBCABQfsARnIEfyAEBH8gABAEBUF/CyIEQX9HBH8gBAUgAUH7AEYhBCAAQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABIgAtAABB/QBB3QAgBBtGBH8gAUEBagUgAkGAgAJGBEAACyACIgFBAWohAiABIANqQQFBAiAEGzoAACAEBEAgABABIQALDAQLCwUgAUHmAEYgAUH0AEZyIAFB7gBGcgR/IAAQAwUgABACCwsLIQADQAJAIAIgA2pBAWstAAAhBCAAIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABLQAAIgBBLEYEQCABQQFqIgEtAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAFBAWoiAS0AACEADAELCyABIQAgBEEBRgRAIAEQASEACwwBCyAAQf0AQd0AIARBAUYbRwRAAAsgAUEBaiEAIAJBAWsiAg0BIAAPCwsMAAsAC9MFAQF/IAAtAABB2wBHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQd0ARgRAIABBAWoPCwNAIAAtAABB2wBHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCwJ/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBagwBCyAALQAAQTBrQQpPBEAACwNAIAAtAABBMGtBCkkEQCAAQQFqIQAMAQsLIAALIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQSxHBEAACyAAQQFqIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCwJ/IABBAWogACAALQAAQS1GGyIALQAAQTBGBEAgAEEBagwBCyAALQAAQTBrQQpPBEAACwNAIAAtAABBMGtBCkkEQCAAQQFqIQAMAQsLIAALIgAtAAAhAQNAIAFBIE0EfyABQQpGIAFBIEZyIAFBDUZyIAFBCUZyBUEACwRAIABBAWoiAC0AACEBDAELCyAALQAAQd0ARwRAAAsgAEEBaiIALQAAIQEDQCABQSBNBH8gAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIgAtAAAhAQwBCwsgAC0AAEHdAEYEQCAAQQFqDwsgAC0AAEEsRwRAAAUgAEEBaiIALQAAIQEDQCABQSBNBH8gAUEKRiABQSBGciABQQ1GciABQQlGcgVBAAsEQCAAQQFqIgAtAAAhAQwBCwsMAQsACwAL8A8BDH8gACQBIAAkAkEAJAMgACICLQAAIQADQCAAQSBNBH8gAEEKRiAAQSBGciAAQQ1GciAAQQlGcgVBAAsEQCACQQFqIgItAAAhAAwBCwsgAiIALQAAQfsARwRAAAsjACEKIwBBgIACaiEJQQEhBUEAIQIDQCACBH8gAC0AAEEiRwRAAAsgCSALakEBay0AACEEIAAQACIIIQUgCC0AACEDA0AgA0EgTQR/IANBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgBUEBaiIFLQAAIQMMAQsLIAUtAABBOkcEQAALIAVBAWoiBS0AACEDA0AgA0EgTQR/IANBCkYgA0EgRnIgA0ENRnIgA0EJRnIFQQALBEAgBUEBaiIFLQAAIQMMAQsLIAUhAkEAIQVBACENIARBAUYEQAJ/QQAhA0EAQZwIKAIAQQF2IgcgCEEBayAAQQFqIgZrRw0AGgNAIAMgB0gEQCADIAZqLQAAIQRBACADQZwIKAIAQQF2TwR/QX8FIANBAXRBoAhqLwEACyAERw0CGiADQQFqIQMMAQsLQQELBEBBAiEFBQJ/QQAhA0EAQbwIKAIAQQF2IgcgCEEBayAAQQFqIgZrRw0AGgNAIAMgB0gEQCADIAZqLQAAIQRBACADQbwIKAIAQQF2TwR/QX8FIANBAXRBwAhqLwEACyAERw0CGiADQQFqIQMMAQsLQQELBH9BAQUCf0EAIQNBAEHcCCgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCADIAZIBEAgAyAEai0AACEAQQAgA0HcCCgCAEEBdk8Ef0F/BSADQQF0QeAIai8BAAsgAEcNAhogA0EBaiEDDAELC0EBCwtFBEAACwsFIARBAkYEQEEDIQUFIARBA0YEQCACLQAAQfsARgRAAn9BAEH8CCgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCAGIA1KBEAgBCANai0AACEDQQAgDUH8CCgCAEEBdk8Ef0F/BSANQQF0QYAJai8BAAsgA0cNAhogDUEBaiENDAELC0EBCwR/QQEFAn9BACENQQBBrAkoAgBBAXYiBiAIQQFrIABBAWoiBGtHDQAaA0AgBiANSgRAIAQgDWotAAAhA0EAIA1BrAkoAgBBAXZPBH9BfwUgDUEBdEGwCWovAQALIANHDQIaIA1BAWohDQwBCwtBAQsLBH9BAQUCf0EAIQNBAEHcCSgCAEEBdiIGIAhBAWsgAEEBaiIEa0cNABoDQCADIAZIBEAgAyAEai0AACEAQQAgA0HcCSgCAEEBdk8Ef0F/BSADQQF0QeAJai8BAAsgAEcNAhogA0EBaiEDDAELC0EBCwshDQUCf0EAIQNBAEGMCigCAEEBdiIHIAhBAWsgAEEBaiIGa0cNABoDQCADIAdIBEAgAyAGai0AACEEQQAgA0GMCigCAEEBdk8Ef0F/BSADQQF0QZAKai8BAAsgBEcNAhogA0EBaiEDDAELC0EBCwR/QQEFAn9BACEMQQBBzAooAgBBAXYiBCAIQQFrIABBAWoiA2tHDQAaA0AgBCAMSgRAIAMgDGotAAAhAEEAIAxBzAooAgBBAXZPBH9BfwUgDEEBdEHQCmovAQALIABHDQIaIAxBAWohDAwBCwtBAQsLIQwLCwsLIAIFIAALIQQgDEUgBC0AACIDQdsARnEEfyAEEAQFQX8LIQAgDARAIAQQByECIwEjAkcEQCMBIwIgBCMCa/wKAAALIwEgBCMCa2okASAEJAIjASIAQdsAOgAAIABBAWohAyAEQQFqIQADQCAAIAJBAWtIBEAgAC0AACIEQd0ARyAEQdsAR3EEQCADIAQ6AAAgA0EBaiEDCyAAQQFqIQAMAQsLIANB3QA6AAAgA0EBaiQBIAIkAiMDQQFqJAMgAiEAQQAhDEEAIQUFIABBf0cEQEEAIQVBACENBSANBEAgBBAGIQAjASMCRwRAIwEjAiAEIwJr/AoAAAsjASAEIwJraiQBIAQkAiMBQfsAOgAAIwFB/QA6AAEjAUECaiQBIAAkAiMDQQFqJANBACEFQQAhDQUgA0H7AEYiAiADQdsARnIEQCALQYCAAkYEQAALIAogC2pBAUECIAIbOgAAIAkgC2ogBUEAIAIbOgAAIAtBAWohC0EAIQVBACENIARBAWoiAy0AACEAA0AgAEEgTQR/IABBCkYgAEEgRnIgAEENRnIgAEEJRnIFQQALBEAgA0EBaiIDLQAAIQAMAQsLIAMiAC0AAEH9AEHdACACG0cNBAUgA0EiRgR/IAQQAAUgA0HmAEYgA0H0AEZyIANB7gBGcgR/IAQQAwUgBBACCwshAAsLCwsDQCAAIgItAAAhAANAIABBIE0EfyAAQQpGIABBIEZyIABBDUZyIABBCUZyBUEACwRAIAJBAWoiAi0AACEADAELCyALRQRAIAEgAkcEQAALIwEjAkcEQCMBIwIgASMCa/wKAAALIwEgASMCa2okASABJAIjAQ8LIAogC2pBAWstAAAiA0EBRiACLQAAIgBB/QBGcQR/QQEFIANBAkYgAEHdAEZxCwRAIAJBAWohACALQQFrIQsMAQsLIABBLEcEQAAFIAJBAWoiAi0AACEAA0AgAEEgTQR/IABBCkYgAEEgRnIgAEENRnIgAEEJRnIFQQALBEAgAkEBaiICLQAAIQAMAQsLIAIhACADQQFGIQIMAQsACwALCwBBgAskAEGAiwYLC7ECEABBjAgLARwAQZgICxECAAAACgAAAGYAaQBsAGUAcwBBrAgLARwAQbgICw8CAAAACAAAAG0AZQB0AGEAQcwICwEcAEHYCAsTAgAAAAwAAAB0AG8AdABhAGwAcwBB7AgLASwAQfgICxcCAAAAEAAAAGMAbwBuAHQAZQB4AHQAcwBBnAkLASwAQagJCxkCAAAAEgAAAGYAdQBuAGMAdABpAG8AbgBzAEHMCQsBLABB2AkLFQIAAAAOAAAAYwBsAGEAcwBzAGUAcwBB/AkLATwAQYgKCykCAAAAIgAAAGUAeABlAGMAdQB0AGUAZABfAGIAcgBhAG4AYwBoAGUAcwBBvAoLATwAQcgKCycCAAAAIAAAAG0AaQBzAHMAaQBuAGcAXwBiAHIAYQBuAGMAaABlAHM=";

// src/report/json-walk.ts
var PAD = 16;
var compiled;
var walkers = /* @__PURE__ */ new WeakMap();
var spent = /* @__PURE__ */ new WeakSet();
var fits = (walker, size) => walker.exports.memory.buffer.byteLength >= walker.offset + size + PAD;
var RESERVED_PER_BYTE = 2;
function newWalker(size) {
  try {
    compiled ??= compileWasm(JSON_WALK_WASM);
    const exports2 = instantiateWasm(compiled);
    const walker = { exports: exports2, offset: exports2.inputStart() };
    const { memory } = exports2;
    const reserved = walker.offset + RESERVED_PER_BYTE * size + PAD;
    growTo(memory, reserved);
    walkers.set(memory.buffer, walker);
    return { walker, bytes: Buffer.from(memory.buffer, walker.offset, size) };
  } catch {
    return null;
  }
}
function walkableBuffer(size) {
  return newWalker(size)?.bytes ?? Buffer.allocUnsafe(size);
}
function walkedOver(bytes) {
  return spent.has(bytes.buffer);
}
function walkerOf(bytes) {
  const walker = walkers.get(bytes.buffer);
  if (!walker || bytes.byteOffset !== walker.offset || !fits(walker, bytes.length)) return null;
  const memory = new Uint8Array(bytes.buffer);
  const end = bytes.byteOffset + bytes.length;
  for (let k = end; k < end + PAD; k++) if (memory[k] !== 0) return null;
  return walker;
}
var SCRATCH_KEPT = 16 * 1024 * 1024;
var scratch = null;
function copied(bytes) {
  const size = bytes.length;
  let walker = scratch;
  if (!walker || !fits(walker, size)) {
    walker = newWalker(size)?.walker ?? null;
    if (!walker) return null;
    if (size <= SCRATCH_KEPT) scratch = walker;
  }
  const memory = new Uint8Array(walker.exports.memory.buffer);
  memory.set(bytes, walker.offset);
  memory.fill(0, walker.offset + size, walker.offset + size + PAD);
  return walker;
}
function leanText(bytes, from) {
  if (walkedOver(bytes)) throw new Error("the report in this buffer has been walked over");
  const own = walkerOf(bytes);
  const walker = own ?? copied(bytes);
  if (!walker) return void 0;
  const { offset, exports: exports2 } = walker;
  const start = offset + from;
  let end = -1;
  try {
    end = exports2.lean(start, offset + bytes.length);
  } catch (error) {
    if (!isWasmTrap(error)) throw error;
  }
  const written = exports2.spanCount() > 0;
  if (own && written) spent.add(exports2.memory.buffer);
  if (end === -1 || !written) return void 0;
  return Buffer.from(exports2.memory.buffer, start, end - start).toString("utf8");
}

// src/report/fast-json.ts
function mayHaveCuts(bytes) {
  return ["functions", "classes", "contexts"].some((name) => bytes.includes(`"${name}"`));
}
function parseCoveragePyLean(input) {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const from = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (!mayHaveCuts(bytes)) return void 0;
  const text2 = leanText(bytes, from);
  if (text2 === void 0) return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}

// src/report/istanbul.ts
var isObject2 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var isCount3 = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
var quote = (key) => JSON.stringify(key);
function isIstanbulFinal(document) {
  if (!isObject2(document)) return false;
  const first = Object.values(document)[0];
  return isObject2(first) && "statementMap" in first;
}
function isIstanbulSummary(document) {
  if (!isObject2(document)) return false;
  const total = document.total;
  return isObject2(total) && isObject2(total.lines) && "pct" in total.lines;
}
function countsOf(record, where, source) {
  if (!isObject2(record)) throw new InputError(source, `${where} must be an object`);
  const keys = Object.keys(record);
  const values = keys.map((key) => {
    const value = record[key];
    if (!isCount3(value)) {
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
  const start = isObject2(location) ? location.start : void 0;
  const end = isObject2(location) ? location.end : void 0;
  const line = isObject2(start) ? start.line : void 0;
  if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
    throw new InputError(
      source,
      `${where}.start.line must be a line number (1 or more), got ${JSON.stringify(line)}`
    );
  }
  const endLine = isObject2(end) ? end.line : void 0;
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
  if (!isObject2(raw)) throw new InputError(source, `${where} must be an object`);
  for (const field of ["statementMap", "s", "fnMap", "f", "branchMap", "b"]) {
    if (!isObject2(raw[field])) {
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
    if (!Array.isArray(counts) || !counts.every(isCount3)) {
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
  if (!isObject2(document)) {
    throw new InputError(source, "is not an Istanbul coverage-final.json (not an object)");
  }
  const files = /* @__PURE__ */ new Map();
  let sourceMapped = false;
  for (const [key, raw] of Object.entries(document)) {
    addFile(files, readFinalFile(key, raw, source), source);
    if (isObject2(raw) && raw.inputSourceMap !== void 0) sourceMapped = true;
  }
  const report = {
    format: "istanbul",
    files,
    hasBranches: false,
    source,
    rounding: "truncate"
  };
  if (sourceMapped) {
    report.notes = [
      `${source} carries inputSourceMap: its line numbers are those of the instrumented code, read as they are (not remapped to the original sources).`
    ];
  }
  return report;
}
var SUMMARY_KEYS = ["lines", "statements", "functions", "branches"];
function readSummaryEntry(entry, where, source) {
  if (!isObject2(entry)) throw new InputError(source, `${where} must be an object`);
  const out = {};
  for (const key of SUMMARY_KEYS) {
    const value = entry[key];
    if (!isObject2(value)) {
      throw new InputError(source, `${where} has no "${key}" object with total and covered`);
    }
    for (const field of ["total", "covered"]) {
      if (!isCount3(value[field])) {
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
  if (!isObject2(document)) throw new InputError(source, "is not an Istanbul coverage-summary.json");
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
  const report = { format: "lcov", files, hasBranches: false, source };
  if (disagreeing > 0) {
    report.notes = [
      statedTotalsNote(
        source,
        `LF/LH (in ${disagreeing} record${disagreeing === 1 ? "" : "s"})`,
        stated,
        listed
      )
    ];
  }
  return report;
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
    const { glob } = await Promise.resolve().then(() => __toESM(require_tinyglobby(), 1));
    const matches = await glob(pattern, {
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
  const file = cwd && !path.startsWith("/") ? `${cwd}/${path}` : path;
  const read2 = async (walkable) => {
    try {
      return await readFileBytes(file, walkable ? walkableBuffer : void 0);
    } catch (error) {
      const code2 = error.code;
      if (code2 === "ENOENT") throw new InputError(path, "file not found");
      if (code2 === "EISDIR") throw new InputError(path, "is a directory, not a report file");
      throw new InputError(path, `cannot be read (${code2 ?? String(error)})`);
    }
  };
  const bytes = await read2(format === "auto" || format === "coverage.py");
  return parseReport(bytes, path, format, cwd, () => read2(false));
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes);
  const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString(
    "utf8"
  );
}
var LEAN_BYTES = 256 * 1024;
async function parseReport(bytes, source, format = "auto", cwd = process.cwd(), again) {
  const lean = (format === "auto" || format === "coverage.py") && bytes.length >= LEAN_BYTES ? parseCoveragePyLean(bytes) : void 0;
  if (lean !== void 0 && detectJsonFormat(lean) === "coverage.py") {
    const report = readLeanCoveragePy(lean, source);
    if (report) return report;
  }
  let whole = bytes;
  if (walkedOver(bytes)) {
    if (!again)
      throw new Error(`${source}: written over by the lean read, with no way to read it again`);
    whole = await again();
  }
  const text2 = decodeText(whole);
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
    const exists2 = (path) => (0, import_node_fs3.existsSync)((0, import_node_path2.isAbsolute)(path) ? path : (0, import_node_path2.join)(cwd, path));
    return readCobertura(text2, source, { exists: exists2 });
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
  if ("files" in record && (record.meta !== void 0 || record.totals !== void 0 || isObject(record.files))) {
    return "coverage.py";
  }
  if (isIstanbulFinal(record) || isIstanbulSummary(record)) return "istanbul";
  return void 0;
}

// src/pipeline.ts
function pathOptions(settings, workspace, scan3, reportDir) {
  return {
    workspace,
    ...settings.pathPrefix ? { pathPrefix: settings.pathPrefix } : {},
    ...scan3 ? { scan: scan3 } : {},
    ...reportDir === void 0 ? {} : { reportDir }
  };
}
var PREFETCH_BYTES = 1 << 20;
async function normalise(report, paths) {
  const { scan: scan3, ...options } = paths;
  if (!scan3 || options.pathPrefix || report.repositoryPaths) {
    return normaliseReport(report, options);
  }
  const confirming = pathsConfirmingKeys([...report.files.keys()], options);
  const listed = confirming && scan3.started() ? await scan3.files(false) : null;
  const confirmed = confirming !== null && (listed !== null && confirming.every((path) => listed.has(path)) || allFilesExist(options.workspace, confirming));
  if (confirmed) return normaliseReport(report, { ...options, keysConfirmed: true });
  return normaliseReport(report, { ...options, checkoutFiles: await scan3.files() });
}
function reportDirHint(patterns, cwd, root) {
  const only = patterns.length === 1 ? patterns[0] : void 0;
  if (!only || isGlob(only)) return void 0;
  return reportDirectory(only, cwd, root);
}
async function loadReports(patterns, format, paths, cwd) {
  const files = await resolveReportPaths(patterns, cwd);
  const reports = await Promise.all(
    files.map(async (file) => {
      const reportDir = reportDirectory(file, cwd, paths.workspace);
      const options = reportDir === void 0 ? paths : { ...paths, reportDir };
      if (paths.scan) prefetchFor(file, cwd, paths.scan);
      return normalise(await readReportFile(file, format, cwd), options);
    })
  );
  return refuseEmptyReport(mergeReports(reports));
}
function prefetchFor(file, cwd, scan3) {
  stat((0, import_node_path3.resolve)(cwd, file)).then(
    (s) => {
      if (s.size >= PREFETCH_BYTES) scan3.prefetch();
    },
    () => void 0
    // the read reports a missing file
  );
}
function runAnalysis(input) {
  const result = analyse({
    head: input.head,
    base: input.base,
    ...input.baseline ? { baseline: input.baseline } : {},
    changes: input.changes,
    ...input.baselineChanges ? { baselineChanges: input.baselineChanges } : {},
    gates: input.settings.gates,
    impact: input.settings.impact,
    notes: input.notes ?? [],
    ...input.measured ? { measured: input.measured } : {}
  });
  const { components, gates } = input.settings;
  return withComponents({
    result,
    head: input.head,
    base: input.base,
    config: components ?? { components: [], gates: /* @__PURE__ */ new Map() },
    ...gates.informational ? { informational: gates.informational } : {}
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
var countText = (value) => Number.isSafeInteger(value) ? groupThousands(value) : value.toLocaleString("en-US");
function countUnit(result) {
  if (result.format !== "coverage.py") return "lines";
  const mixed = result.files.some((f) => f.format !== void 0 && f.format !== "coverage.py");
  return mixed ? "statements and lines" : "statements";
}
var counted2 = (value, noun, plural = `${noun}s`) => `${countText(value)} ${value === 1 ? noun : plural}`;
var testedFiles = (count) => count === 1 ? "this file" : `these ${counted2(count, "file")}`;
function lineRanges(lines, limit = Number.POSITIVE_INFINITY, dash = "\u2013") {
  const ranges = groupRanges(lines);
  const shown = ranges.slice(0, limit).map(([a, b]) => a === b ? `${a}` : `${a}${dash}${b}`);
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(", ");
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

// src/render/components.ts
var FOLD_AFTER = 10;
function gatesOf(result, name) {
  const prefix = `component:${name}:`;
  return result.gates.filter((gate) => gate.name.startsWith(prefix));
}
function orderedComponents(result) {
  const rows = result.components ?? [];
  return [...rows.filter((row) => !row.passed), ...rows.filter((row) => row.passed)];
}
function componentGateLabel(name, labels) {
  const match = /^component:(.+):([^:]+)$/.exec(name);
  if (!match) return null;
  const [, component = "", gate = ""] = match;
  return `${inert(component)} \xB7 ${labels[gate] ?? inert(gate)}`;
}
function cells(row, result) {
  const p = result.precision;
  const r = row.rounding ?? result.rounding;
  if (row.files === 0) return ["no file", "", ""];
  const delta = row.delta === null ? "" : `${deltaText(row.delta, p)} pp`;
  const patch = !row.patch ? "" : row.patch.percent === null ? "n/a" : `${percentText(row.patch.percent, p, r)} (${countText(row.patch.covered)}/${countText(row.patch.lines)})`;
  return [percentText(row.percent, p, r), delta, patch];
}
function marks(result, row) {
  return gatesOf(result, row.name).map((gate) => {
    const name = gate.name.slice(`component:${row.name}:`.length);
    const icon = gate.skipped ? "\u2796" : gate.passed ? "\u2705" : gate.informational ? "\u26A0\uFE0F" : "\u274C";
    return `${icon} ${name}`;
  }).join(" ");
}
function renderComponentsMarkdown(result) {
  const rows = orderedComponents(result);
  if (rows.length === 0) return "";
  const lines = [
    "| Component | Coverage | \u0394 | Patch | Gates |",
    "|---|---:|---:|---:|---|",
    ...rows.map((row) => {
      const [coverage, delta, patch] = cells(row, result);
      return `| ${inert(row.name)} | ${coverage} | ${delta} | ${patch} | ${marks(result, row)} |`;
    })
  ];
  const table2 = lines.join("\n");
  if (rows.length <= FOLD_AFTER) return `**Components**

${table2}
`;
  const failing = rows.filter((row) => !row.passed).length;
  return `<details${failing ? " open" : ""}><summary><b>Components</b> (${rows.length}${failing ? `, ${failing} failing` : ""})</summary>

${table2}

</details>
`;
}
function componentTextRows(result) {
  return orderedComponents(result).map((row) => [
    row.name,
    ...cells(row, result),
    row.passed ? "" : "FAIL"
  ]);
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
  const open2 = folded ? `<details><summary>${title}</summary>

` : `#### ${title}

`;
  const close2 = folded ? "\n</details>\n" : "";
  const table2 = fitTable(
    measure,
    room - measure(open2) - measure(close2),
    "| File | Coverage | \u0394 | Changed lines covered | Not covered |\n|:--|--:|--:|--:|:--|",
    lazily(
      changed,
      (row) => `| ${code(row.path)} | ${percentText(row.percent, p, row.rounding ?? r)} | ${row.delta === null ? "new" : deltaText(row.delta, p)} | ${patchCell(row, p, row.rounding ?? r)} | ${row.patchMissing.length ? lineRanges(row.patchMissing, 8) : ""} |`
    ),
    changed.length,
    (left) => `\u2026and ${counted2(left, "more changed file")} (see the job summary).`
  );
  if (!table2)
    return `_${counted2(changed.length, "file")} changed in this PR; see the job summary._
`;
  return `${open2}${table2}${close2}`;
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
  const moved = result.files.filter((f) => !f.changed && movedVisibly(f, p, f.rounding ?? r));
  const added = result.files.filter((f) => !f.changed && f.basePercent === null && result.base);
  const total = moved.length + added.length + result.removedFiles.length;
  if (total === 0) return "";
  const fits2 = Math.max(0, Math.floor(room / MIN_ROW_LENGTH));
  const biggest = firstSorted(
    moved,
    fits2,
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.path < b.path ? -1 : 1)
  );
  function* rows() {
    for (const f of biggest)
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, f.rounding ?? r)} | ${percentText(f.percent, p, f.rounding ?? r)} | ${deltaText(f.delta, p)} |`;
    for (const f of added.slice(0, fits2))
      yield `| ${code(f.path)} | new | ${percentText(f.percent, p, f.rounding ?? r)} | |`;
    for (const f of result.removedFiles.slice(0, fits2))
      yield `| ${code(f.path)} | ${percentText(f.basePercent, p, r)} | removed | |`;
  }
  const summary = `Coverage changed in ${counted2(total, "other file")}`;
  const open2 = `<details><summary>${summary}</summary>

`;
  const close2 = "\n</details>\n";
  const table2 = fitTable(
    measure,
    room - measure(open2) - measure(close2),
    "| File | Base | Now | \u0394 |\n|:--|--:|--:|--:|",
    rows(),
    total,
    (left) => `\u2026and ${countText(left)} more.`
  );
  return table2 ? `${open2}${table2}${close2}` : `_${summary}; see the job summary._
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
    `Testing ${testedFiles(s.files)} to ${s.target}% adds **~${s.gain.toFixed(p)} pp** (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`,
    ""
  ].join("\n");
  const unit = { statements: "Statements", lines: "Lines", "statements and lines": "Size" }[countUnit(result)];
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
  const byComponent = result.components?.length ? " Component |" : "";
  const table2 = fitTable(
    measure,
    room - measure(intro) - measure(ending),
    `| # | File |${byComponent} ${unit} | Coverage | Uncovered | Tier | Gain |
|--:|:--|${byComponent ? ":--|" : ""}--:|--:|--:|:-:|--:|`,
    lazily(
      result.impact,
      (entry, i) => `| ${i + 1} | ${code(entry.path)}${entry.changed ? " \u270F\uFE0F" : ""} |${byComponent ? ` ${(entry.components ?? []).map(inert).join(", ")} |` : ""} ${countText(entry.statements)} | ${percentText(entry.percent, p, entry.rounding ?? r)} | ${countText(entry.uncovered)} | ${entry.tier} | +${entry.gain.toFixed(p)} pp |`
    ),
    result.impact.length,
    (left) => `\u2026and ${counted2(left, "more suggestion")} (see the job summary).`
  );
  return table2 ? `${intro}
${table2}${ending}` : intro;
}

// src/render/delta.ts
var PART_LABELS = {
  "changed-covered": "Changed lines, covered",
  "changed-uncovered": "Changed lines, uncovered",
  "deleted-covered": "Deleted lines, covered at base",
  "deleted-uncovered": "Deleted lines, uncovered at base",
  "lost-coverage": "Lost coverage (unchanged lines)",
  "gained-coverage": "Gained coverage (unchanged lines)",
  "files-added": "Files added",
  "files-removed": "Files removed",
  "not-in-diff": "Not in this PR's diff"
};
var signed2 = (value) => value > 0 ? `+${countText(value)}` : value < 0 ? `-${countText(-value)}` : "0";
var changeText = (change) => `${signed2(change.covered)} / ${signed2(change.total)}`;
function shownParts(result) {
  const parts = result.deltaParts?.parts ?? [];
  const moves = (c) => !!c && (c.covered !== 0 || c.total !== 0);
  return parts.filter((part) => moves(part.statements) || moves(part.branches));
}
function roundingLine(result) {
  if (result.delta === null || !result.deltaParts) return null;
  const p = result.precision;
  const sum = shownParts(result).reduce((total, part) => total + roundHalfEven(part.points, p), 0);
  const shown = roundHalfEven(sum, p);
  if (shown === roundHalfEven(result.delta, p)) return null;
  return `Each part is rounded on its own, so the shown parts add up to ${deltaText(shown, p)} pp, not ${deltaText(result.delta, p)} pp; unrounded they add up exactly.`;
}
var crypto;
function diffAnchor(path) {
  crypto ??= process.getBuiltinModule?.("node:crypto") ?? require("node:crypto");
  return `diff-${crypto.createHash("sha256").update(path).digest("hex")}`;
}
var encodeSegment = (segment) => encodeURIComponent(segment).replace(
  /[!'()*]/g,
  (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
);
function fileLink(path, links) {
  if (!links) return code(path);
  const url = `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${path.split("/").map(encodeSegment).join("/")}`;
  return `[${code(path)}](${url})`;
}
function rangesText(path, ranges, links, limit = 10) {
  const shown = ranges.slice(0, limit).map(([from, to]) => {
    const text2 = from === to ? `${from}` : `${from}\u2013${to}`;
    if (!links) return text2;
    return `[${text2}](${links.serverUrl}/${links.repository}/pull/${links.pull}/files#${diffAnchor(path)}R${from})`;
  });
  if (ranges.length > limit) shown.push(`+${ranges.length - limit} more`);
  return shown.join(", ");
}
function rangeRows(files, links) {
  return lazily(
    files.slice(0, 50),
    (file) => `| ${fileLink(file.path, links)} | ${countText(file.lines)} | ${rangesText(file.path, file.ranges, links)} |`
  );
}
function renderWhyCoverageChanged(result, measure, room, links) {
  if (result.delta === null || !result.deltaParts) return "";
  const p = result.precision;
  const branches = result.deltaParts.basis === "statements-and-branches";
  const unit = countUnit(result);
  const header = branches ? `| Part | Covered / total ${unit} | Branches | Change |
|:--|--:|--:|--:|` : `| Part | Covered / total ${unit} | Change |
|:--|--:|--:|`;
  const rows = shownParts(result).map((part) => {
    const cells2 = [PART_LABELS[part.part], changeText(part.statements)];
    if (branches) cells2.push(part.branches ? changeText(part.branches) : "\u2014");
    cells2.push(`**${deltaText(part.points, p)} pp**`);
    return `| ${cells2.join(" | ")} |`;
  });
  const open2 = `<details><summary>Why coverage changed (${deltaText(result.delta, p)} pp)</summary>

`;
  const close2 = "\n</details>\n";
  const rounding = roundingLine(result);
  let text2 = rows.length ? `${header}
${rows.join("\n")}
` : "_No line changed its coverage._\n";
  if (rounding) text2 += `
_${rounding}_
`;
  const lost = result.deltaParts.lostCoverage;
  if (lost.length) {
    const title = `
**Lines that lost coverage** (${counted2(
      lost.reduce((sum, file) => sum + file.lines, 0),
      "line"
    )}, largest first):

`;
    const table2 = fitTable(
      measure,
      room - measure(open2) - measure(close2) - measure(text2) - measure(title),
      "| File | Lines | Where |\n|:--|--:|:--|",
      rangeRows(lost, links),
      lost.length,
      (left) => `\u2026and ${counted2(left, "more file")}.`
    );
    if (table2) text2 += `${title}${table2}`;
  }
  const block = `${open2}${text2}${close2}`;
  return measure(block) <= room ? block : "";
}
function renderNewUncovered(result, measure, room, links) {
  const gate = result.gates.find((g) => g.name === "max-new-uncovered-lines");
  const files = result.newUncovered ?? [];
  if (!gate || gate.skipped || files.length === 0) return "";
  const total = files.reduce((sum, file) => sum + file.lines, 0);
  const open2 = `<details><summary>${counted2(total, "new uncovered line")} (changed, or covered at base)</summary>

`;
  const close2 = "\n</details>\n";
  const table2 = fitTable(
    measure,
    room - measure(open2) - measure(close2),
    "| File | Lines | Where |\n|:--|--:|:--|",
    rangeRows(files, links),
    files.length,
    (left) => `\u2026and ${counted2(left, "more file")}.`
  );
  return table2 ? `${open2}${table2}${close2}` : "";
}
function deltaPartsText(result) {
  if (result.delta === null || !result.deltaParts) return null;
  const p = result.precision;
  const branches = result.deltaParts.basis === "statements-and-branches";
  const unit = countUnit(result);
  const rows = [["Part", `Covered/total ${unit}`, ...branches ? ["Branches"] : [], "Change"]];
  for (const part of shownParts(result)) {
    rows.push([
      PART_LABELS[part.part],
      changeText(part.statements),
      ...branches ? [part.branches ? changeText(part.branches) : "-"] : [],
      `${deltaText(part.points, p)} pp`
    ]);
  }
  const lost = result.deltaParts.lostCoverage.slice(0, 20).map((file) => `${file.path}: ${rangesText(file.path, file.ranges, void 0)}`);
  return { rows, lost };
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

// src/render/trend.ts
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var PALETTE = "#0969da, #1a7f37";
function chartPoints(view, max, precision, rounding) {
  const shown = (v) => Number(percentText(v, precision, rounding).slice(0, -1));
  const room = view.pullRequest ? max - 1 : max;
  const points = lastOfEachDay(view.points).slice(-Math.max(1, room)).map((p) => ({
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
var paceDecimals = (p) => Math.max(2, p);
function distanceText(value, p) {
  let decimals = p;
  while (decimals < 9 && Number(value.toFixed(decimals)) === 0) decimals++;
  return value.toFixed(decimals);
}
function paceText(pace, p) {
  if (!pace.enough)
    return `not enough history yet for a pace (${pace.points} point${pace.points === 1 ? "" : "s"} over ${pace.spanDays} day${pace.spanDays === 1 ? "" : "s"}; it needs 4 over 14 days)`;
  const d = paceDecimals(p);
  const perPr = pace.perPullRequest === null ? "" : `, ${deltaText(pace.perPullRequest, d)} pp per merged PR`;
  return `${deltaText(pace.perWeek, d)} pp/week over 12 weeks${perPr}`;
}
function etaText(eta, target) {
  if (eta === null || target === null) return "";
  switch (eta.kind) {
    case "date": {
      const weeks = Math.max(1, Math.ceil(eta.weeks));
      return `${target}% around ${eta.date} (in ${weeks} week${weeks === 1 ? "" : "s"})`;
    }
    case "overdue":
      return `at this pace ${target}% was due ${eta.date}; no push since ${eta.since}`;
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
var AXIS_PX = 800;
var labelPx = (label) => label.length * 5 + 8;
function axisLabels(points) {
  const dated = points.filter((x) => !x.pullRequest);
  const years = new Set(dated.map((x) => x.label.slice(0, 4)));
  const seen = /* @__PURE__ */ new Map();
  const labels = points.map((x) => {
    if (x.pullRequest) return "PR";
    const day = `${Number(x.label.slice(5, 7))}/${Number(x.label.slice(8, 10))}`;
    const base = years.size > 1 ? `${day}/${x.label.slice(2, 4)}` : day;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}\xB7${n}`;
  });
  const widest = Math.max(...labels.map(labelPx));
  const every = Math.ceil(labels.length * widest / AXIS_PX);
  if (every <= 1) return labels;
  const last = labels.length - 1;
  let hidden = 0;
  return labels.map((label, i) => (last - i) % every === 0 ? label : "\u200B".repeat(++hidden));
}
function mermaidChart(points, target, p) {
  const values = points.map((x) => x.value);
  const [bottom, top] = yRange(values, target);
  const withTarget = target !== null;
  const labels = axisLabels(points).map((l) => JSON.stringify(l));
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
    const reached = !isBelowThreshold(view.now, view.target, p, r);
    const toGo = view.target - view.now;
    head.push(
      `**${now}** now \u2192 target **${view.target}%**${reached || toGo <= 0 ? "" : ` (${distanceText(toGo, p)} pp to go)`}`
    );
  } else head.push(`**${now}** now`);
  head.push(`pace ${paceText(view.pace, p)}`);
  const eta = etaText(view.eta, view.target);
  if (eta) head.push(eta);
  const step = stepText(view, p);
  const days = points.filter((x) => !x.pullRequest).length;
  const chartNote = view.historyLength > days ? ` (${days} day${days === 1 ? "" : "s"}, the last point of each; ${view.historyLength} in the history)` : "";
  return [
    "#### \u{1F4C8} Coverage push",
    "",
    `${head.join(" \xB7 ")}.${step ? ` ${step[0]?.toUpperCase()}${step.slice(1)}.` : ""}`,
    "",
    `\`${trendTextLine(view, points, p)}\``,
    "",
    ...componentTrendRows(view, p, r),
    `<details><summary>Chart${chartNote}</summary>`,
    "",
    mermaidChart(points, view.target, p),
    "",
    "</details>",
    ""
  ].join("\n");
}
function componentTrendRows(view, p, r) {
  const trends = view.components ?? [];
  if (trends.length === 0) return [];
  return [
    "| Component | Now | Target | Pace | ETA |",
    "|:--|--:|--:|:--|:--|",
    ...trends.map(
      (t) => `| ${inert(t.name)} | ${percentText(t.now, p, r)} | ${t.target === null ? "" : `${t.target}%`} | ${paceText(t.pace, p)} | ${etaText(t.eta, t.target) ?? ""} |`
    ),
    ""
  ];
}
function componentTrendLines(view, p, r) {
  return (view.components ?? []).map((t) => {
    const target = t.target === null ? "" : ` \u2192 target ${t.target}%`;
    const eta = etaText(t.eta, t.target);
    return `${t.name}: ${percentText(t.now, p, r)} now${target} \xB7 pace ${paceText(t.pace, p)}${eta ? ` \xB7 ${eta}` : ""}`;
  });
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
  "max-new-uncovered-lines": "New uncovered lines",
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
  const components = renderComponentsMarkdown(result);
  if (components) out.add(components);
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
  place((room) => renderNewUncovered(result, measure, room, options.links), held);
  for (const caveat of renderCaveats(result)) place(() => caveat, held);
  for (const note of result.notes) place(() => `> [!NOTE]
> ${inert(note)}
`, held);
  if (impact) out.add(impact);
  place((room) => renderWhyCoverageChanged(result, measure, room, options.links), 0);
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
  const unit = countUnit(result);
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
  if (gate.name === "max-new-uncovered-lines") return counted2(gate.actual, "line");
  return gate.name === "max-coverage-drop" ? `${deltaText(gate.actual, p)} pp` : percentText(gate.actual, p, gate.rounding ?? r);
}
function gateThreshold(gate) {
  if (gate.threshold === null) return "\u2014";
  if (gate.name === "max-coverage-drop") return `drop \u2264 ${gate.threshold} pp`;
  if (gate.name === "max-new-uncovered-lines") return `\u2264 ${counted2(gate.threshold, "line")}`;
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
      `| ${GATE_LABELS[gate.name] ?? componentGateLabel(gate.name, GATE_LABELS) ?? inert(gate.name)}${gate.informational ? " (informational)" : ""} | ${gateIcon(gate)} | ${gateValue(gate, p, r)} | ${gateThreshold(gate)} |`
    );
  }
  const text2 = `${rows.join("\n")}
`;
  const failures = gates.flatMap((g) => g.passed ? [] : g.files ?? []);
  if (failures.length === 0) return text2;
  const summary = `${counted2(failures.length, "file")} below ${failures.length === 1 ? "its" : "their"} threshold`;
  const open2 = `
<details><summary>${summary}</summary>

`;
  const close2 = "\n</details>\n";
  const table2 = fitTable(
    measure,
    room - measure(text2) - measure(open2) - measure(close2),
    "| File | Coverage | Required |\n|:--|--:|--:|",
    lazily(
      failures.slice(0, 20),
      (f) => `| ${code(f.path)} | ${percentText(f.percent, p, f.rounding ?? r)} | \u2265 ${f.threshold}%${f.rule ? ` (${code(f.rule)})` : ""} |`
    ),
    failures.length,
    (left) => `\u2026and ${counted2(left, "more file")} below their threshold.`
  );
  return table2 ? `${text2}${open2}${table2}${close2}` : `${text2}
_${summary}._
`;
}
var FIGURES_NOTE = {
  "coverage.py": "Figures as `coverage report` computes them.",
  istanbul: "Line figures as Istanbul's text summary prints them.",
  lcov: "Line figures as `lcov --summary` computes them.",
  cobertura: "Line figures from the Cobertura XML."
};
var PRODUCER_FIGURES = {
  "coverage.py": "coverage.py's as `coverage report` computes them",
  istanbul: "Istanbul's (lines) as its text summary prints them",
  lcov: "LCOV's (lines) as `lcov --summary` computes them",
  cobertura: "Cobertura's (lines) from the XML"
};
function figuresNote(result) {
  const others = /* @__PURE__ */ new Set();
  for (const file of result.files) if (file.format) others.add(file.format);
  others.delete(result.format);
  if (others.size === 0) return FIGURES_NOTE[result.format] ?? "";
  const producers = [result.format, ...[...others].sort()];
  return `Figures as each producer computes them: ${producers.map((f) => PRODUCER_FIGURES[f]).join("; ")}.`;
}
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
  parts.push(figuresNote(result));
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
  const unit = countUnit(result);
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
  const components = componentTextRows(result);
  if (components.length) {
    out.push("", bold("Components"));
    out.push(
      indent(table([["Component", "Coverage", "\u0394", "Patch", ""], ...components], [1, 2, 3]))
    );
  }
  if (result.push) {
    out.push("", bold("Coverage push"));
    out.push(`  ${trendLine(result.push, { maxPoints: 30, precision: p, rounding: r })}`);
    for (const line of componentTrendLines(result.push, p, r)) out.push(`  ${safe(line)}`);
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
    const size = { statements: "Stmts", lines: "Lines", "statements and lines": "Size" }[countUnit(result)];
    const rows = [["#", "File", size, "Cover", "Uncovered", "Tier", "Gain"]];
    result.impact.forEach((e, i) => {
      rows.push([
        `${i + 1}`,
        `${safe(e.path)}${e.changed ? " *" : ""}`,
        countText(e.statements),
        percentText(e.percent, p, e.rounding ?? r),
        countText(e.uncovered),
        `${e.tier}`,
        `+${e.gain.toFixed(p)} pp`
      ]);
    });
    out.push(indent(table(rows, [0, 2, 3, 4, 6])));
    out.push(
      `  Testing ${testedFiles(s.files)} to ${s.target}% adds ~${s.gain.toFixed(p)} pp (from ${percentText(s.from, p, r)} to ${percentText(s.to, p, r)}).`
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
        percentText(row.percent, p, row.rounding ?? r),
        row.delta === null ? "new" : deltaText(row.delta, p),
        row.patchLines ? `${row.patchCovered}/${row.patchLines}` : "-",
        lineRanges(row.patchMissing, 6, "-")
      ]);
    }
    out.push(indent(table(rows, [1, 2, 3])));
    if (changed.length > max) out.push(dim(`  ...and ${countText(changed.length - max)} more`));
  }
  out.push(...whyCoverageChanged(result, bold));
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
function whyCoverageChanged(result, bold) {
  const why = deltaPartsText(result);
  if (!why || why.rows.length === 1) return [];
  const out = ["", bold("Why coverage changed"), indent(table(why.rows, [1, 2, 3]))];
  const rounding = roundingLine(result);
  if (rounding) out.push(`  ${rounding}`);
  if (why.lost.length) {
    out.push("  Lines that lost coverage:");
    for (const line of why.lost) out.push(`    ${safe(line)}`);
  }
  return out;
}
function indent(text2) {
  return text2.split("\n").map((l) => `  ${l}`).join("\n");
}

// src/report/history-import.ts
var DATE_KEYS = ["time", "date", "timestamp"];
var PERCENT_KEYS = ["percent", "coverage", "total", "pct"];
var importKey = (ms) => ms.toString(16).padStart(12, "0").slice(-12).padStart(7, "0");
function pointEntry(point, at2, source, index) {
  const pick = (keys) => keys.map((k) => point[k]).find((v) => v !== void 0 && v !== "");
  const rawTime = pick(DATE_KEYS);
  if (!isIsoForm(rawTime))
    throw new InputError(source, `${at2} needs a date (YYYY-MM-DD or ISO 8601 time)`);
  if (!isRealTime(rawTime))
    throw new InputError(source, `${at2} has a date that does not exist (${rawTime})`);
  const rawPercent = pick(PERCENT_KEYS);
  const percent = typeof rawPercent === "string" ? Number(rawPercent.replace(/%$/, "")) : rawPercent;
  if (!isPercent(percent)) throw new InputError(source, `${at2} needs a percent from 0 to 100`);
  const number = (key) => {
    const raw = point[key];
    if (raw === void 0 || raw === "") return void 0;
    const value = typeof raw === "string" ? Number(raw) : raw;
    if (!isCount(value)) throw new InputError(source, `${at2}.${key} must be a whole number`);
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
  const cells2 = [];
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
      cells2.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells2.push(cell.trim());
  return cells2;
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
    const cells2 = csvCells(line);
    if (cells2.length !== header.length)
      throw new InputError(
        source,
        `line ${i + 2} has ${cells2.length} cells, the header has ${header.length}`
      );
    return Object.fromEntries(header.map((h, j) => [h, cells2[j]]));
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
    if (isObject(data)) {
      if (data.schema !== HISTORY_SCHEMA)
        throw new InputError(
          source,
          `is neither a ${HISTORY_SCHEMA} file ({"schema": "${HISTORY_SCHEMA}", "entries": [...]}) nor a JSON array of points with a date and a percent (or a CSV with date and percent columns)`
        );
      return uniteHistories([], validateHistory(data, source));
    }
    points = data;
  } else {
    points = parseCsv(text2, source);
  }
  if (points.length === 0) throw new InputError(source, "holds no points");
  if (points.length > MAX_HISTORY_ENTRIES)
    throw new InputError(source, `holds ${points.length} points, more than ${MAX_HISTORY_ENTRIES}`);
  const entries = points.map((p, i) => {
    if (!isObject(p)) throw new InputError(source, `point ${i + 1} is not an object`);
    const point = Object.fromEntries(Object.entries(p).map(([k, v]) => [k.toLowerCase(), v]));
    return pointEntry(point, `point ${i + 1}`, source, i);
  });
  return uniteHistories([], entries);
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
  "max-new-uncovered-lines": "",
  "fail-on-missing-baseline": "false",
  informational: "",
  "impact-min-statements": "150",
  "impact-max-coverage": "30",
  "impact-target": "50",
  "impact-count": "10",
  "impact-include": "",
  "impact-exclude": "",
  precision: "2",
  components: "",
  "component-gates": ""
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
  const components = parseComponents(get("components"), label("components"));
  const componentGates2 = parseComponentGates(
    get("component-gates"),
    components,
    label("component-gates")
  );
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
      maxNewUncoveredLines: get("max-new-uncovered-lines").trim() === "" ? null : count("max-new-uncovered-lines"),
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
    },
    components: { components, gates: componentGates2 }
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
  "max-new-uncovered-lines": "max-new-uncovered-lines",
  informational: "informational",
  "impact-min-statements": "impact-min-statements",
  "impact-max-coverage": "impact-max-coverage",
  "impact-target": "impact-target",
  "impact-count": "impact-count",
  "impact-include": "impact-include",
  "impact-exclude": "impact-exclude",
  "path-prefix": "path-prefix",
  precision: "precision",
  "coverage-format": "coverage-format",
  components: "components",
  "component-gates": "component-gates"
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
    "--max-new-uncovered-lines N",
    "most lines left uncovered that the change touched or that ran at base",
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
    "--components LINES",
    '"name: glob glob !glob" per component (monorepos); newline-separated or repeated',
    "none"
  ],
  [
    "--component-gates LINES",
    '"name: min-coverage=60 max-coverage-drop=0.5 ..." (* for all); last match wins per key',
    "none"
  ],
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
            "informational",
            "components",
            "component-gates"
          ].includes(flag)
        }
      ])
    )
  };
  let parsed;
  try {
    parsed = (0, import_node_util3.parseArgs)({
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
  const root = checkoutRoot(io.cwd);
  const scan3 = scanCheckout(root);
  const paths = pathOptions(
    settings,
    root,
    scan3,
    reportDirHint(settings.coverageFiles, io.cwd, root)
  );
  const baseFile = values.base;
  const diffFile = values.diff;
  const diffRead = diffFile && diffFile !== "-" ? readText(diffFile, io.cwd) : null;
  diffRead?.catch(() => void 0);
  const [head, base] = await Promise.all([
    loadReports(settings.coverageFiles, settings.coverageFormat, paths, io.cwd),
    baseFile ? loadReports([baseFile], settings.coverageFormat, paths, io.cwd) : null
  ]).finally(() => scan3.stop());
  let changes = null;
  if (diffFile) {
    const text2 = diffRead ? await diffRead : await io.readStdin();
    changes = parseUnifiedDiff(text2, diffFile === "-" ? "(stdin)" : diffFile);
  }
  const walkNote = scan3.note();
  const notes = [
    ...base ? [] : ["No baseline was given (--base), so there is no comparison with the base branch."],
    ...walkNote ? [walkNote] : []
  ];
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
    const view = pushView(history, target, result.totals.percent, result.components, {
      precision: result.precision,
      rounding: result.rounding,
      today: Date.now()
    });
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
    return await readFileBytes(path.startsWith("/") ? path : `${cwd}/${path}`);
  } catch (error) {
    throw cannotRead(path, error);
  }
}
async function readText(path, cwd) {
  const bytes = await readBytes(path, cwd);
  try {
    return bytes.toString("utf8");
  } catch (error) {
    throw cannotRead(path, error);
  }
}
function cannotRead(path, error) {
  const code2 = error.code;
  return new InputError(path, code2 === "ENOENT" ? "file not found" : `cannot be read (${code2})`);
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

// src/stdout.ts
var import_node_fs4 = require("node:fs");
function isPipeOrFile(fd) {
  const stat2 = (0, import_node_fs4.fstatSync)(fd);
  if (stat2.isFIFO() || stat2.isSocket() || stat2.isFile()) return true;
  return stat2.isCharacterDevice() && stat2.rdev === (0, import_node_fs4.statSync)("/dev/null").rdev;
}
function directWriter(fd, fallback) {
  if (process.platform === "win32") return null;
  try {
    if (!isPipeOrFile(fd)) return null;
  } catch {
    return null;
  }
  let mode = "direct";
  return (text2) => {
    if (mode === "closed") return;
    const bytes = Buffer.from(text2, "utf8");
    if (mode === "fallback") return fallback(bytes);
    let at2 = 0;
    while (at2 < bytes.length) {
      try {
        at2 += (0, import_node_fs4.writeSync)(fd, bytes, at2);
      } catch (error) {
        const code2 = error.code;
        if (code2 === "EPIPE") mode = "closed";
        else if (code2 === "EAGAIN") {
          mode = "fallback";
          fallback(bytes.subarray(at2));
        } else throw error;
        return;
      }
    }
  };
}

// src/cli-main.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
var direct = directWriter(1, (bytes) => process.stdout.write(bytes));
void main(process.argv.slice(2), {
  stdout: direct ?? ((text2) => process.stdout.write(text2)),
  stderr: (text2) => process.stderr.write(text2),
  readStdin,
  cwd: process.cwd(),
  // A pipe or a file is no terminal (asking the stream would load it).
  isTTY: direct ? false : process.stdout.isTTY === true,
  env: process.env
}).then((code2) => {
  process.exitCode = code2;
});
