#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
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

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
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
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
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
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
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

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
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

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
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

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
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

const repeatedExtglobRecursion = pattern => {
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

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
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
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
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

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
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

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
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

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
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

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
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

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
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
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
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
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
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


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
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
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
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

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
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
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
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


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ byBytes)
/* harmony export */ });
/**
 * Go's string order, which arduino-cli and arduino-builder sort files and names by: byte-wise over
 * UTF-8 (JavaScript's `<` compares UTF-16 units, which differs beyond ASCII).
 */
function byBytes(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}


/***/ }),

/***/ 83:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ compilerUseOf),
/* harmony export */   Py: () => (/* binding */ resolvedCompilerPath),
/* harmony export */   x7: () => (/* binding */ GCC_DRIVER)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _properties_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8326);
/* harmony import */ var _recipes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8236);
/**
 * What the platform's recipes say about its compiler, for locating and identifying it: the C
 * driver (`compiler.c.cmd`), every program the recipes run (`compiler.*.cmd`), the board's
 * machine flags (they select gcc's multilib) and `compiler.path` when it resolves. Pure.
 */



/** gcc's drivers and binutils by their usual names: `avr-gcc`, `arm-none-eabi-g++`, `gcc`. */
const GCC_DRIVER = /(^|-)(gcc|g\+\+|c\+\+|cc)$/;
function compilerUseOf(props) {
    const commandOf = (key) => node_path__WEBPACK_IMPORTED_MODULE_0__.basename((0,_properties_js__WEBPACK_IMPORTED_MODULE_1__/* .expandProperties */ .o3)(props.get(key) ?? '', props).trim());
    const programs = new Set();
    for (const key of props.keys()) {
        if (/^compiler\.[A-Za-z0-9_.]*cmd$/.test(key)) {
            const command = commandOf(key);
            if (command !== '' && !command.includes('{'))
                programs.add(command);
        }
    }
    return {
        driver: commandOf('compiler.c.cmd'),
        programs: [...programs].sort(),
        machineFlags: machineFlagsOf(props)
    };
}
/** `-m...` options of the link recipe (`-mcpu=cortex-m0plus -mthumb`, `-mmcu=atmega328p`). */
function machineFlagsOf(props) {
    if (!props.has('recipe.c.combine.pattern'))
        return [];
    const argv = (0,_recipes_js__WEBPACK_IMPORTED_MODULE_2__/* .recipeArgv */ .NI)(props, 'recipe.c.combine.pattern', { object_files: '', archive_file: '' });
    return argv.slice(1).filter(arg => /^-m[a-z]/.test(arg));
}
/** `compiler.path` expanded, or null when it names a tool nothing set (`{runtime.tools.X.path}/bin/`). */
function resolvedCompilerPath(props) {
    const value = (0,_properties_js__WEBPACK_IMPORTED_MODULE_1__/* .expandProperties */ .o3)(props.get('compiler.path') ?? '', props);
    return value === '' || /\{[^{}]+\}/.test(value) ? null : value;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ SKETCH_EXTENSIONS),
/* harmony export */   eX: () => (/* binding */ languageOf),
/* harmony export */   ln: () => (/* binding */ HEADER_EXTENSIONS)
/* harmony export */ });
/**
 * What the Arduino tools make of a file by its extension (arduino-cli globals.go): a sketch's main
 * file, a header, or a source compiled with the `.S`, `.c` or `.cpp` recipe. Extensions match
 * case-sensitively (`x.CPP` and `x.s` are not compiled), as in arduino-cli and arduino-builder.
 */
const SKETCH_EXTENSIONS = ['.ino', '.pde'];
const HEADER_EXTENSIONS = ['.h', '.hpp', '.hh'];
// arduino-cli SourceFilesValidExtensions: .cc and .cxx fall back to the .cpp recipe.
const LANGUAGE_BY_EXTENSION = {
    '.S': 'S',
    '.c': 'c',
    '.cpp': 'cpp',
    '.cc': 'cpp',
    '.cxx': 'cpp'
};
/** The recipe family a source file compiles with, or null when it is not compiled. */
function languageOf(file) {
    const dot = file.lastIndexOf('.');
    return dot < 0 ? null : (LANGUAGE_BY_EXTENSION[file.slice(dot)] ?? null);
}


/***/ }),

/***/ 2174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseFqbn),
/* harmony export */   Z: () => (/* binding */ formatFqbn)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1469);
/**
 * Fully Qualified Board Names (`arduino:avr:nano:cpu=atmega328old`), parsed and validated the way
 * arduino-cli does (pkg/fqbn): three or four `:`-separated fields, restricted character sets.
 */

const FIELD = /^[a-zA-Z0-9_.-]*$/;
// An option's value may itself contain `=`.
const OPTION_VALUE = /^[a-zA-Z0-9=_.-]*$/;
const EXPECTED = 'expected PACKAGER:ARCH:BOARD[:OPTION=VALUE,...]';
function parseFqbn(text) {
    const invalid = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`fqbn "${text}" is not valid: ${why}`);
    const parts = text.split(':');
    const [packager = '', arch = '', board = '', optionList] = parts;
    if (parts.length < 3 || parts.length > 4)
        throw invalid(EXPECTED);
    for (const field of [packager, arch, board]) {
        if (field === '')
            throw invalid(`empty field; ${EXPECTED}`);
        if (!FIELD.test(field))
            throw invalid(`"${field}" may only contain letters, digits, "_", "." and "-"`);
    }
    const options = new Map();
    if (optionList !== undefined) {
        for (const pair of optionList.split(',')) {
            const eq = pair.indexOf('=');
            const key = eq < 0 ? '' : pair.slice(0, eq).trim();
            if (key === '')
                throw invalid(`option "${pair}": ${EXPECTED}`);
            const value = pair.slice(eq + 1).trim();
            if (!FIELD.test(key))
                throw invalid(`option name "${key}" contains an invalid character`);
            if (!OPTION_VALUE.test(value))
                throw invalid(`option value "${value}" contains an invalid character`);
            options.set(key, value);
        }
    }
    return { packager, arch, board, options };
}
/** The canonical text: options in the order they were given, as arduino-cli prints `build.fqbn`. */
function formatFqbn(fqbn) {
    const base = `${fqbn.packager}:${fqbn.arch}:${fqbn.board}`;
    if (fqbn.options.size === 0)
        return base;
    return `${base}:${[...fqbn.options].map(([key, value]) => `${key}=${value}`).join(',')}`;
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ libraryOwnIncludeDirs),
/* harmony export */   Jz: () => (/* binding */ scanLibraries),
/* harmony export */   _Q: () => (/* binding */ librarySourceFiles),
/* harmony export */   _e: () => (/* binding */ loadLibrary),
/* harmony export */   oV: () => (/* binding */ libraryIncludeDirs),
/* harmony export */   wm: () => (/* binding */ libraryRootOfExamples)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1469);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3963);
/* harmony import */ var _byteOrder_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(437);
/* harmony import */ var _fileKinds_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4890);
/* harmony import */ var _properties_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8326);
/**
 * Arduino libraries on disk: loading one (1.5 "recursive" layout or legacy "flat" layout), scanning
 * `--library` folders, and listing what a library compiles, following arduino-cli
 * (internal/arduino/libraries/loader.go, builder/libraries.go, builder/compilation.go).
 */








// arduino-cli utils.sourceControlFolders: never compiled, never walked into.
const SOURCE_CONTROL_NAMES = new Set([
    'CVS',
    'RCS',
    '.git',
    '.github',
    '.svn',
    '.hg',
    '.bzr',
    '.vscode',
    '.settings',
    '.pioenvs',
    '.piolibdeps'
]);
const EXAMPLES_FOLDERS = new Set(['examples', 'example']);
/** Entries sorted by name (like Go's os.ReadDir), symlinks followed; dangling links are dropped. */
async function listDir(dir) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).sort(_byteOrder_js__WEBPACK_IMPORTED_MODULE_5__/* .byBytes */ .b);
    const entries = [];
    for (const name of names) {
        const info = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .statOrNull */ .xX)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name));
        if (info !== null)
            entries.push({ name, isDir: info.isDirectory() });
    }
    return entries;
}
function hasExtension(name, extensions) {
    return extensions.some(ext => name.endsWith(ext));
}
function commaList(value) {
    return value.split(',').map(item => item.trim());
}
function notALibrary(dir) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--library ${dir}: not an Arduino library (no library.properties, no headers)`);
}
async function headersIn(dir) {
    const entries = await listDir(dir);
    return entries.filter(entry => !entry.isDir && hasExtension(entry.name, _fileKinds_js__WEBPACK_IMPORTED_MODULE_4__/* .HEADER_EXTENSIONS */ .ln)).map(e => e.name);
}
async function utilityDirOf(dir) {
    const utility = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'utility');
    return (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .statOrNull */ .xX)(utility))?.isDirectory() ? utility : null;
}
/** Loads the library in `dir`: library.properties makes it a 1.5 library, headers alone a legacy one. */
async function loadLibrary(dir, location) {
    const info = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .statOrNull */ .xX)(dir);
    if (info === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--library ${dir}: no such folder`);
    if (!info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--library ${dir}: not a folder`);
    const canonical = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
    const dirName = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir));
    const propertiesFile = node_path__WEBPACK_IMPORTED_MODULE_2__.join(canonical, 'library.properties');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(propertiesFile)) {
        return loadSpec15Library(canonical, dirName, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(propertiesFile, 'utf8'), location);
    }
    const headers = await headersIn(canonical);
    if (headers.length === 0)
        throw notALibrary(dir);
    return {
        name: dirName,
        dirName,
        dir: canonical,
        sourceDir: canonical,
        layout: 'flat',
        utilityDir: await utilityDirOf(canonical),
        properties: new Map(),
        architectures: ['*'],
        headers,
        location,
        version: null,
        precompiled: false
    };
}
async function loadSpec15Library(dir, dirName, propertiesText, location) {
    const properties = (0,_properties_js__WEBPACK_IMPORTED_MODULE_7__/* .parseProperties */ .$9)(propertiesText);
    // arduino-cli: a `src` entry (any kind) selects the recursive layout.
    const recursive = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'src'));
    const sourceDir = recursive ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'src') : dir;
    const architectures = properties.get('architectures') ?? '';
    const version = (properties.get('version') ?? '').trim();
    const precompiled = properties.get('precompiled');
    return {
        // arduino-cli fills a missing mandatory property with "-".
        name: (properties.get('name') ?? '').trim() || '-',
        dirName,
        dir,
        sourceDir,
        layout: recursive ? 'recursive' : 'flat',
        utilityDir: recursive ? null : await utilityDirOf(dir),
        properties,
        architectures: architectures === '' ? ['*'] : commaList(architectures),
        headers: await headersIn(sourceDir),
        location,
        version: version === '' ? null : version,
        precompiled: precompiled === 'true' || precompiled === 'full'
    };
}
/** A folder is a library itself when it has library.properties or headers at its top level. */
async function isLibraryFolder(dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'library.properties')))
        return true;
    return (await headersIn(dir)).length > 0;
}
/** The libraries in a folder of libraries; subfolders that are no library are skipped (as arduino-cli does). */
async function librariesInFolder(dir, location) {
    const libraries = [];
    for (const entry of await listDir(dir)) {
        if (!entry.isDir || entry.name.startsWith('.'))
            continue;
        try {
            libraries.push(await loadLibrary(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, entry.name), location));
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb))
                throw error;
        }
    }
    return libraries;
}
/**
 * Loads each `--library DIR`: a library, or a folder of libraries. Like arduino-cli, a library named
 * directly is `unmanaged` when `location` is `user` (`--library` vs `--libraries`). Order: the
 * order of `dirs`, then by folder name; a folder seen twice is loaded once.
 */
async function scanLibraries(dirs, location) {
    const found = [];
    for (const dir of dirs) {
        const info = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .statOrNull */ .xX)(dir);
        if (info === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--library ${dir}: no such folder`);
        if (!info.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--library ${dir}: not a folder`);
        if (await isLibraryFolder(dir)) {
            found.push(await loadLibrary(dir, location === 'user' ? 'unmanaged' : location));
            continue;
        }
        const inside = await librariesInFolder(dir, location);
        if (inside.length === 0)
            throw notALibrary(dir);
        found.push(...inside);
    }
    const seen = new Set();
    return found.filter(library => !seen.has(library.dir) && seen.add(library.dir));
}
/**
 * The library folder above the nearest `examples/` (or `example/`) folder holding the sketch, when
 * that folder is a library (it holds library.properties or a src/ folder); null otherwise. The path
 * is canonical, like `Library.dir`.
 */
function libraryRootOfExamples(sketchPath) {
    let folder = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(sketchPath));
    while (folder !== node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(folder)) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(folder);
        if (EXAMPLES_FOLDERS.has(node_path__WEBPACK_IMPORTED_MODULE_2__.basename(folder).toLowerCase()) && isLibraryRoot(root))
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        folder = root;
    }
    return null;
}
function isLibraryRoot(dir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'library.properties')))
        return true;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'src')).isDirectory();
    }
    catch {
        return false;
    }
}
function isWalkable(name) {
    return !name.startsWith('.') && !SOURCE_CONTROL_NAMES.has(name);
}
/** Source files under `dir` (recursively when asked), skipping hidden and source-control entries. */
async function findSources(dir, recurse, visited = new Set()) {
    const canonical = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
    if (visited.has(canonical))
        return []; // a symlink loop: arduino-cli fails, we just stop
    visited.add(canonical);
    const sources = [];
    for (const entry of await listDir(dir)) {
        if (!isWalkable(entry.name))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, entry.name);
        if (entry.isDir) {
            if (recurse)
                sources.push(...(await findSources(full, recurse, visited)));
        }
        else if ((0,_fileKinds_js__WEBPACK_IMPORTED_MODULE_4__/* .languageOf */ .eX)(entry.name) !== null) {
            sources.push(full);
        }
    }
    visited.delete(canonical);
    return sources;
}
/** Sorted as arduino-cli sorts the object files it links: by `<path relative to base>.o`, bytewise. */
function sortLikeObjects(sources, base) {
    const key = (source) => `${node_path__WEBPACK_IMPORTED_MODULE_2__.relative(base, source)}.o`;
    return [...sources].sort((a, b) => (0,_byteOrder_js__WEBPACK_IMPORTED_MODULE_5__/* .byBytes */ .b)(key(a), key(b)));
}
/**
 * The source files a library compiles, in its link order: the recursive layout takes everything
 * under src/; the flat layout takes the top level, then utility/. The object of a file is
 * `<build>/libraries/<dirName>/<path relative to sourceDir>.o`.
 */
async function librarySourceFiles(lib) {
    if (lib.layout === 'recursive')
        return sortLikeObjects(await findSources(lib.sourceDir, true), lib.sourceDir);
    const top = sortLikeObjects(await findSources(lib.sourceDir, false), lib.sourceDir);
    if (lib.utilityDir === null)
        return top;
    return [...top, ...sortLikeObjects(await findSources(lib.utilityDir, false), lib.utilityDir)];
}
/** The -I folder every translation unit of the build gets once the library is imported. */
function libraryIncludeDirs(lib) {
    return [lib.sourceDir];
}
/** Extra -I folders for the library's own translation units only (arduino-cli: a flat layout's utility/). */
function libraryOwnIncludeDirs(lib) {
    return lib.layout === 'flat' && lib.utilityDir !== null ? [lib.utilityDir] : [];
}


/***/ }),

/***/ 5624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ loadPlatform)
/* harmony export */ });
/* unused harmony export platformIdFromPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1469);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3963);
/* harmony import */ var _properties_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8326);
/**
 * An Arduino platform folder (boards.txt, platform.txt, cores/, variants/) loaded the way arduino-cli's
 * package manager loads an installed platform release; programmers.txt is for uploads, never read.
 */





// Boards manager layout: packages/<packager>/hardware/<arch>/<version>.
const VERSION_FOLDER = /^\d+(\.\d+)*([-+][0-9A-Za-z.+-]*)?$/;
/**
 * The packager and architecture a platform folder's location implies: `<packager>/<arch>` (IDE and
 * sketchbook layout), or `<packager>/hardware/<arch>/<version>` (boards manager layout).
 */
function platformIdFromPath(dir) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    if (VERSION_FOLDER.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute))) {
        const archDir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(absolute);
        return { packager: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(archDir))), arch: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(archDir) };
    }
    return { packager: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(absolute)), arch: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(absolute) };
}
/** Splits boards.txt-style properties on their first key segment; `menu` is not an id. */
function splitById(props) {
    const byId = new Map();
    for (const [key, value] of props) {
        const dot = key.indexOf('.');
        if (dot <= 0)
            continue;
        const id = key.slice(0, dot);
        if (id === 'menu')
            continue;
        let entry = byId.get(id);
        if (entry === undefined)
            byId.set(id, (entry = new Map()));
        entry.set(key.slice(dot + 1), value);
    }
    return byId;
}
function menuLabelsOf(boardsTxt) {
    const labels = new Map();
    for (const [key, value] of boardsTxt) {
        const match = /^menu\.([^.]+)$/.exec(key);
        if (match?.[1] !== undefined)
            labels.set(match[1], value);
    }
    return labels;
}
async function readPropertiesFiles(dir, names, os) {
    const texts = await Promise.all(names.map(name => (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileOrNull */ .xB)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name))));
    const [main, ...locals] = texts.map(text => text?.toString('utf8') ?? null);
    if (main === null || main === undefined)
        return null;
    return (0,_properties_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeProperties */ .g2)((0,_properties_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProperties */ .$9)(main, os), ...locals.filter(text => text !== null && text !== undefined).map(text => (0,_properties_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProperties */ .$9)(text, os)));
}
async function loadPlatform(dir, opts = {}) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    const notPlatform = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--core ${dir}: not an Arduino platform folder (${why})`);
    const info = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .orMissing */ .Mr)((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute), null);
    if (info === null)
        throw notPlatform('it does not exist');
    if (!info.isDirectory())
        throw notPlatform('it is not a folder');
    const os = opts.os ?? (0,_properties_js__WEBPACK_IMPORTED_MODULE_3__/* .hostOs */ .pY)();
    const boardsTxt = await readPropertiesFiles(absolute, ['boards.txt', 'boards.local.txt'], os);
    if (boardsTxt === null)
        throw notPlatform('no boards.txt');
    // arduino-cli loads a platform without platform.txt too: an old third-party platform that takes its
    // core and recipes from a referenced platform (`build.core=arduino:arduino`) has none.
    const properties = (await readPropertiesFiles(absolute, ['platform.txt', 'platform.local.txt'], os)) ??
        new Map();
    const boards = splitById(boardsTxt);
    // arduino-cli gives each board its id as `_id`, for platform.txt files that key flags on it.
    for (const [id, board] of boards)
        board.set('_id', id);
    const implied = platformIdFromPath(absolute);
    return {
        packager: opts.packager ?? implied.packager,
        arch: opts.arch ?? implied.arch,
        dir: absolute,
        properties,
        boards,
        menuLabels: menuLabelsOf(boardsTxt)
    };
}


/***/ }),

/***/ 2489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ unsupportedPlatformFeatures)
/* harmony export */ });
/* harmony import */ var _compilerRecipes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83);
/* harmony import */ var _properties_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8326);
/**
 * What a platform needs that this builder does not do (yet), read from its platform.txt layers:
 * recipes it lacks, and a compiler that is not GCC
 * (the compile cache learns a unit's inputs from gcc's -MMD output, and the toolchain's identity
 * asks gcc's driver what it runs). Each item names the key, so the message says what is missing.
 * Pure.
 */


const REQUIRED_RECIPES = [
    'recipe.c.o.pattern',
    'recipe.cpp.o.pattern',
    'recipe.ar.pattern',
    'recipe.c.combine.pattern',
    'recipe.objcopy.hex.pattern'
];
/** `layers`: the platform.txt properties in arduino-cli's order (referenced core first, board platform last). */
function unsupportedPlatformFeatures(layers) {
    const props = (0,_properties_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeProperties */ .g2)(new Map(), ...layers);
    const problems = [];
    const missing = REQUIRED_RECIPES.filter(key => (props.get(key) ?? '').trim() === '');
    if (missing.length > 0)
        problems.push(`no ${missing.join(', ')} in its platform.txt`);
    for (const key of ['compiler.c.cmd', 'compiler.cpp.cmd']) {
        const command = props.get(key);
        if (command === undefined)
            continue;
        const program = (0,_properties_js__WEBPACK_IMPORTED_MODULE_1__/* .expandProperties */ .o3)(command, props).trim().split('/').pop() ?? '';
        if (!_compilerRecipes_js__WEBPACK_IMPORTED_MODULE_0__/* .GCC_DRIVER */ .x7.test(program))
            problems.push(`a compiler that is not GCC (${key}=${command.trim()})`);
    }
    return problems;
}


/***/ }),

/***/ 8326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ parseProperties),
/* harmony export */   aL: () => (/* binding */ splitCommandLine),
/* harmony export */   dY: () => (/* binding */ subtree),
/* harmony export */   g2: () => (/* binding */ mergeProperties),
/* harmony export */   o3: () => (/* binding */ expandProperties),
/* harmony export */   pY: () => (/* binding */ hostOs)
/* harmony export */ });
/**
 * Arduino properties files (boards.txt, platform.txt, programmers.txt, library.properties) and
 * `{key}` expansion, following the Arduino platform specification.
 */
const OS_SUFFIXES = ['linux', 'macosx', 'windows'];
/** The `os` value arduino-cli uses for the host this process runs on. */
function hostOs(platform = process.platform) {
    if (platform === 'darwin')
        return 'macosx';
    if (platform === 'win32')
        return 'windows';
    return 'linux';
}
/**
 * Parses `key=value` lines. Comments start with `#` at the line start; a key with an OS suffix
 * (`.linux`, `.macosx`, `.windows`) replaces the plain key on that OS and is dropped on the others.
 */
function parseProperties(text, os = hostOs()) {
    const plain = new Map();
    const forThisOs = new Map();
    for (const rawLine of text.split(/\r?\n/)) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        const suffix = OS_SUFFIXES.find(candidate => key.endsWith(`.${candidate}`));
        if (suffix === undefined)
            plain.set(key, value);
        else if (suffix === os)
            forThisOs.set(key.slice(0, -(suffix.length + 1)), value);
    }
    for (const [key, value] of forThisOs)
        plain.set(key, value);
    return plain;
}
/** The properties under `prefix.`, with the prefix removed. */
function subtree(props, prefix) {
    const result = new Map();
    const head = `${prefix}.`;
    for (const [key, value] of props) {
        if (key.startsWith(head))
            result.set(key.slice(head.length), value);
    }
    return result;
}
/** A new map: `base` with every entry of each of `layers` set on top, in order. */
function mergeProperties(base, ...layers) {
    const result = new Map(base);
    for (const layer of layers)
        for (const [key, value] of layer)
            result.set(key, value);
    return result;
}
// arduino-cli expands at most this many times, so self-references cannot loop forever.
const MAX_EXPANSION_PASSES = 10;
/** Replaces `{key}` with its value, repeatedly; unknown keys are left as they are (as arduino-cli does). */
function expandProperties(value, props) {
    let current = value;
    for (let pass = 0; pass < MAX_EXPANSION_PASSES; pass++) {
        const next = current.replace(/\{([^{}]+)\}/g, (whole, key) => props.get(key) ?? whole);
        if (next === current)
            break;
        current = next;
    }
    return current;
}
/**
 * Splits a recipe into argv the way arduino-cli does (`SplitQuotedString(cmd, "\"'", false)`):
 * whitespace separates arguments, a quote character starts a quoted argument only at the start of an
 * argument, and the quotes are removed; empty arguments are dropped.
 */
function splitCommandLine(commandLine) {
    const args = [];
    let rest = commandLine;
    for (;;) {
        rest = rest.replace(/^\s+/, '');
        if (rest === '')
            return args;
        const quote = rest[0];
        if (quote === '"' || quote === "'") {
            const end = rest.indexOf(quote, 1);
            if (end < 0)
                throw new Error(`invalid quoting in command line: ${commandLine}`);
            const arg = rest.slice(1, end);
            if (arg !== '')
                args.push(arg);
            rest = rest.slice(end + 1);
        }
        else {
            const end = rest.search(/\s/);
            args.push(end < 0 ? rest : rest.slice(0, end));
            rest = end < 0 ? '' : rest.slice(end);
        }
    }
}


/***/ }),

/***/ 8236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ sizeArgv),
/* harmony export */   Jz: () => (/* binding */ archiveArgv),
/* harmony export */   NI: () => (/* binding */ recipeArgv),
/* harmony export */   YS: () => (/* binding */ objcopyArgvs),
/* harmony export */   b2: () => (/* binding */ linkArgv),
/* harmony export */   eU: () => (/* binding */ compileArgv),
/* harmony export */   fd: () => (/* binding */ preprocessArgv)
/* harmony export */ });
/* unused harmony export includesValue */
/* harmony import */ var _properties_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8326);

/** Arduino joins include folders as `"-Idir"` arguments. */
function includesValue(includeDirs) {
    return includeDirs.map(dir => `"-I${dir}"`).join(' ');
}
function quotedList(files) {
    return files.map(file => `"${file}"`).join(' ');
}
/** Expands a recipe with extra values layered on top of the build properties, then splits it. */
function recipeArgv(props, recipeKey, extra = {}) {
    const recipe = props.get(recipeKey);
    if (recipe === undefined || recipe.trim() === '') {
        throw new Error(`platform.txt has no ${recipeKey}`);
    }
    const layered = (0,_properties_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeProperties */ .g2)(props, new Map(Object.entries(extra)));
    return (0,_properties_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCommandLine */ .aL)((0,_properties_js__WEBPACK_IMPORTED_MODULE_0__/* .expandProperties */ .o3)(recipe, layered));
}
function compileArgv(props, language, source, object, includeDirs) {
    return recipeArgv(props, `recipe.${language}.o.pattern`, {
        includes: includesValue(includeDirs),
        source_file: source,
        object_file: object
    });
}
/** The preprocessor run used to discover which headers a source needs (arduino's library detection). */
function preprocessArgv(props, source, includeDirs, outputFile) {
    const extra = {
        includes: includesValue(includeDirs),
        source_file: source,
        preprocessed_file_path: outputFile
    };
    if (props.has('recipe.preproc.macros'))
        return recipeArgv(props, 'recipe.preproc.macros', extra);
    // Platforms without the recipe: arduino-cli derives it from the C++ recipe.
    const argv = recipeArgv(props, 'recipe.cpp.o.pattern', { ...extra, object_file: outputFile });
    return argv.map(arg => (arg === '-c' ? '-E' : arg)).filter(arg => arg !== '-MMD');
}
function archiveArgv(props, archive, objects) {
    // One `ar` call for all members gives the same archive as arduino's one call per member.
    const argv = recipeArgv(props, 'recipe.ar.pattern', {
        archive_file_path: archive,
        archive_file: archive,
        object_file: '\u0000objects\u0000'
    });
    return argv.flatMap(arg => (arg === '\u0000objects\u0000' ? [...objects] : [arg]));
}
function linkArgv(props, objects, archiveFile) {
    return recipeArgv(props, 'recipe.c.combine.pattern', {
        object_files: quotedList(objects),
        archive_file: archiveFile
    });
}
/** The objcopy steps of the platform (eep, hex, ...), in a stable order. */
function objcopyArgvs(props) {
    const names = new Set();
    for (const key of props.keys()) {
        const match = /^recipe\.objcopy\.([^.]+)\.pattern$/.exec(key);
        if (match?.[1] !== undefined)
            names.add(match[1]);
    }
    return [...names].sort().map(name => ({ name, argv: recipeArgv(props, `recipe.objcopy.${name}.pattern`) }));
}
function sizeArgv(props) {
    return recipeArgv(props, 'recipe.size.pattern');
}


/***/ }),

/***/ 4909:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5873);
/* harmony import */ var _plainOutput_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9736);


// In a workflow step the runner reads workflow commands; anywhere else they are noise.
if (process.env.GITHUB_ACTIONS !== 'true')
    (0,_plainOutput_js__WEBPACK_IMPORTED_MODULE_1__/* .plainWorkflowCommands */ .s)(process.stdout);
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: summaryLine

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./build/lib/errors.js
var errors = __nccwpck_require__(1469);
// EXTERNAL MODULE: ./build/lib/arduino/fqbn.js
var arduino_fqbn = __nccwpck_require__(2174);
// EXTERNAL MODULE: ./build/lib/arduino/properties.js
var properties = __nccwpck_require__(8326);
;// CONCATENATED MODULE: ./build/lib/arduino/board.js
/**
 * The build properties of one board, resolved the way arduino-cli does it (cores/board.go
 * `GetBuildProperties`, packagemanager `ResolveFQBN`, builder `NewBuilder`): platform.txt layers, the
 * board's keys with its menu options applied, the runtime and build keys, then --build-property.
 * Nothing is expanded here: recipes are expanded by the caller with `expandProperties`.
 */




const WARNING_LEVELS = ['none', 'default', 'more', 'all'];
function isWarningLevel(text) {
    return WARNING_LEVELS.includes(text);
}
const DEFAULT_IDE_VERSION = '10607';
const LISTED_CHOICES = 12;
/** `--build-property KEY=VALUE`; the value may be empty and may contain `=`. */
function parseBuildProperty(text) {
    const eq = text.indexOf('=');
    const key = eq < 0 ? '' : text.slice(0, eq).trim();
    if (key === '')
        throw new errors/* UsageError */.eb(`--build-property "${text}": expected KEY=VALUE`);
    return [key, text.slice(eq + 1).trim()];
}
function listChoices(choices) {
    const all = [...choices];
    if (all.length === 0)
        return 'none';
    const shown = all.slice(0, LISTED_CHOICES).join(', ');
    return all.length > LISTED_CHOICES ? `${shown}, ... (${all.length} in all)` : shown;
}
function describePlatforms(platforms) {
    return listChoices(platforms.map(p => `${p.packager}:${p.arch} (${p.dir})`));
}
/**
 * The platform named by the FQBN's packager:arch. A single platform whose folder is not named that way
 * is taken when it has the board: users pass one --core folder wherever it lives.
 */
function selectBoardPlatform(fqbn, platforms) {
    const named = platforms.find(p => p.packager === fqbn.packager && p.arch === fqbn.arch);
    if (named !== undefined)
        return named;
    const [only] = platforms;
    if (platforms.length === 1 && only?.boards.has(fqbn.board))
        return only;
    throw new errors/* UsageError */.eb(`fqbn "${(0,arduino_fqbn/* formatFqbn */.Z)(fqbn)}": no platform ${fqbn.packager}:${fqbn.arch} with board "${fqbn.board}" ` +
        `(platforms given: ${describePlatforms(platforms)})`);
}
/** First-level keys of `props`, in order of first appearance. */
function firstLevelKeys(props) {
    return [...new Set([...props.keys()].map(key => key.split('.', 1)[0] ?? ''))];
}
/**
 * The board's keys with each menu option's `menu.<menu>.<value>.*` applied on top. Options not in the
 * FQBN take the first value boards.txt lists; a menu must be declared (`menu.<menu>=Label`) and a value
 * must have a label (`menu.<menu>.<value>=Label`) to be selectable, as in arduino-cli.
 */
function applyBoardOptions(fqbn, board, menuLabels) {
    const menus = (0,properties/* subtree */.dY)(board, 'menu');
    const chosen = new Map();
    for (const menu of firstLevelKeys(menus)) {
        const [firstValue = ''] = firstLevelKeys((0,properties/* subtree */.dY)(menus, menu));
        chosen.set(menu, firstValue);
    }
    for (const [menu, value] of fqbn.options)
        chosen.set(menu, value);
    const fail = (why) => new errors/* UsageError */.eb(`fqbn "${(0,arduino_fqbn/* formatFqbn */.Z)(fqbn)}": ${why}`);
    const declared = firstLevelKeys(menus).filter(menu => menuLabels.has(menu));
    let result = new Map(board);
    for (const [menu, value] of chosen) {
        if (!declared.includes(menu)) {
            throw fail(`board ${fqbn.board} has no option "${menu}" (valid options: ${listChoices(declared)})`);
        }
        const values = (0,properties/* subtree */.dY)(menus, menu);
        const valid = firstLevelKeys(values).filter(candidate => values.has(candidate));
        if (!valid.includes(value)) {
            throw fail(`invalid value "${value}" for option "${menu}" (valid values: ${listChoices(valid)})`);
        }
        result = (0,properties/* mergeProperties */.g2)(result, (0,properties/* subtree */.dY)(values, value));
    }
    return result;
}
/** `build.core` / `build.variant`: `name`, or `packager:name` naming another platform of the same arch. */
function parseReference(value) {
    const parts = value.split(':');
    if (parts.length > 1)
        return { packager: parts[0] ?? '', name: parts[1] ?? '' };
    return { packager: null, name: value };
}
function findReferencedPlatform(fqbn, key, ref, platforms) {
    const found = platforms.find(p => p.packager === ref.packager && p.arch === fqbn.arch);
    if (found !== undefined)
        return found;
    throw new errors/* UsageError */.eb(`board ${(0,arduino_fqbn/* formatFqbn */.Z)(fqbn)} uses ${key}=${ref.packager}:${ref.name}, but no platform ` +
        `${ref.packager}:${fqbn.arch} was given (platforms given: ${describePlatforms(platforms)})`);
}
function resolveBoardProperties(fqbn, platforms, opts) {
    const platform = selectBoardPlatform(fqbn, platforms);
    const board = platform.boards.get(fqbn.board);
    if (board === undefined) {
        throw new errors/* UsageError */.eb(`fqbn "${(0,arduino_fqbn/* formatFqbn */.Z)(fqbn)}": board "${fqbn.board}" not found in ${platform.dir} ` +
            `(valid boards: ${listChoices(platform.boards.keys())})`);
    }
    const boardProps = applyBoardOptions(fqbn, board, platform.menuLabels);
    boardProps.set('build.fqbn', (0,arduino_fqbn/* formatFqbn */.Z)(fqbn));
    // arduino-cli takes the architecture of the board's platform; it is the FQBN's, also when one --core
    // folder was taken whatever its name.
    boardProps.set('build.arch', fqbn.arch.toUpperCase());
    const core = parseReference((0,properties/* expandProperties */.o3)(boardProps.get('build.core') ?? '', boardProps));
    const variant = parseReference((0,properties/* expandProperties */.o3)(boardProps.get('build.variant') ?? '', boardProps));
    if (core.packager !== null && variant.packager !== null && core.packager !== variant.packager) {
        throw new errors/* UsageError */.eb(`board ${(0,arduino_fqbn/* formatFqbn */.Z)(fqbn)}: build.core and build.variant refer to different platforms: ` +
            `${core.packager}:${core.name} and ${variant.packager}:${variant.name}`);
    }
    const corePlatform = core.packager === null ? platform : findReferencedPlatform(fqbn, 'build.core', core, platforms);
    const variantPlatform = variant.packager === null ? platform : findReferencedPlatform(fqbn, 'build.variant', variant, platforms);
    const props = (0,properties/* mergeProperties */.g2)(variantPlatform.properties, corePlatform.properties, platform.properties, boardProps);
    const coreDir = external_node_path_.join(corePlatform.dir, 'cores', core.name);
    const variantDir = variant.name === '' ? null : external_node_path_.join(variantPlatform.dir, 'variants', variant.name);
    props.set('runtime.platform.path', platform.dir);
    props.set('runtime.hardware.path', external_node_path_.dirname(platform.dir));
    props.set('build.board.platform.path', platform.dir);
    props.set('build.core.platform.path', corePlatform.dir);
    props.set('build.core.path', coreDir);
    props.set('build.system.path', external_node_path_.join(corePlatform.dir, 'system'));
    props.set('build.variant.path', variantDir ?? '');
    if (props.get('runtime.use_core_platform_path_for_runtime_platform_path') === 'true') {
        props.set('runtime.platform.path', corePlatform.dir);
    }
    for (const [key, value] of opts.toolProperties ?? [])
        props.set(key, value);
    if (opts.toolchainDir !== undefined) {
        props.set('runtime.tools.avr-gcc.path', opts.toolchainDir);
        props.set('compiler.path', `${external_node_path_.join(opts.toolchainDir, 'bin')}${external_node_path_.sep}`);
    }
    // arduino-cli stamps the wall clock here; a fixed value keeps firmware reproducible and cacheable.
    for (const key of ['utc', 'local', 'zone', 'dst'])
        props.set(`extra.time.${key}`, '0');
    // arduino-cli uses its executable's folder. We use the folder that holds hardware/<packager>/<arch>
    // (the IDE folder in the IDE layout): stable across runs, and it never names our own install.
    if (!props.has('runtime.ide.path'))
        props.set('runtime.ide.path', external_node_path_.resolve(platform.dir, '../../..'));
    props.set('runtime.os', (0,properties/* hostOs */.pY)());
    props.set('build.library_discovery_phase', '0');
    if ((props.get('build.board') ?? '') === '') {
        props.set('build.board', `${fqbn.arch}_${fqbn.board}`.toUpperCase());
    }
    const ideVersion = opts.ideVersion ?? DEFAULT_IDE_VERSION;
    props.set('ide_version', ideVersion);
    props.set('runtime.ide.version', ideVersion);
    if (!props.has('software'))
        props.set('software', 'ARDUINO');
    props.set('build.path', opts.buildPath);
    props.set('build.project_name', opts.projectName);
    if (opts.sketchDir !== undefined) {
        props.set('sketch_path', opts.sketchDir);
        props.set('build.source.path', opts.sketchDir);
    }
    const releaseFlags = props.get('compiler.optimization_flags.release');
    if (releaseFlags !== undefined)
        props.set('compiler.optimization_flags', releaseFlags);
    // As arduino-cli's builder; before --build-property, so an explicit compiler.warning_flags wins.
    if (opts.warnings !== undefined) {
        props.set('compiler.warning_flags', props.get(`compiler.warning_flags.${opts.warnings}`) ?? '');
    }
    return {
        fqbn,
        boardId: fqbn.board,
        platform,
        corePlatform,
        variantPlatform,
        coreDir,
        variantDir,
        properties: (0,properties/* mergeProperties */.g2)(props, opts.overrides)
    };
}

;// CONCATENATED MODULE: ./build/lib/engine/jobs.js
/** How many compiles run at once: the CLI's `--jobs` and the action's `jobs` input. */


/** A positive whole number; absent or empty: the CPU count. `name` is the option or input, for the error. */
function parseJobs(text, name) {
    if (text === undefined || text === '')
        return (0,external_node_os_namespaceObject.availableParallelism)();
    if (!/^[1-9][0-9]*$/.test(text))
        throw new errors/* UsageError */.eb(`${name}: "${text}" is not a positive whole number`);
    return Number(text);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./build/lib/files.js
var lib_files = __nccwpck_require__(3963);
;// CONCATENATED MODULE: ./build/lib/store/atomic.js
/**
 * File primitives for the store: a file appears under its final name complete or not at all.
 * Temp files live beside their target (same file system, so rename is atomic) and carry the
 * `.tmp-<pid>-<random>` suffix that prune sweeps once they are old.
 *
 * The store never follows a link it finds inside itself (its root may be one; nothing below it):
 * a restored store holds whatever the last writer of its cache key saved, and a link where a
 * folder or file should be would send reads and writes anywhere. Such a link is damage: a read
 * reports it, a write removes it (never what it points to) and writes a real file.
 */




const TEMP_SUFFIX = /\.tmp-\d+-[0-9a-f]+$/;
function tempNameFor(finalPath) {
    return `${finalPath}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
function isTempName(name) {
    return TEMP_SUFFIX.test(name);
}
/**
 * `mkdir -p` that names the real cause: Node's recursive mkdir reports ENOENT when the first missing
 * folder cannot be made (a read-only or forbidden parent); made one level at a time, it says EROFS/EACCES.
 */
async function makeDir(dir) {
    try {
        await external_node_fs_.promises.mkdir(dir, { recursive: true });
    }
    catch (error) {
        if (codeOf(error) !== 'ENOENT' || external_node_path_.dirname(dir) === dir)
            throw error;
        await makeDir(external_node_path_.dirname(dir));
        await external_node_fs_.promises.mkdir(dir).catch((again) => {
            if (codeOf(again) !== 'EEXIST')
                throw again;
        });
    }
}
/**
 * The folders of one store already seen to be real folders (no link) by this run, so that each is
 * checked once per run, not once per file read below it: a warm run reads thousands of files under
 * a few hundred folders. Damage only arrives with a restored store, before the run, and what the
 * run itself removes it forgets.
 */
class RealFolders {
    storeRoot;
    known = new Set();
    /**
     * Each folder's subfolders and links, from one listing: the store fans out into hundreds of
     * folders under a few (blobs/00..ff), so one readdir answers for all of them where each would
     * take an lstat. Only a positive answer is taken from it; a name it lacks is looked at again.
     */
    listings = new Map();
    constructor(storeRoot) {
        this.storeRoot = storeRoot;
    }
    /** The first link on the way from the store's root down to `file`'s folder; null when none. */
    async linkAbove(file) {
        const folder = external_node_path_.dirname(file);
        // A folder is known only once every folder above it is: the common case costs one lookup.
        if (this.known.has(folder))
            return null;
        const relative = external_node_path_.relative(this.storeRoot, folder);
        if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative))
            return null;
        let current = this.storeRoot;
        for (const part of relative.split(external_node_path_.sep)) {
            const parent = current;
            current = external_node_path_.join(current, part);
            if (this.known.has(current))
                continue;
            const kind = (await this.childrenOf(parent)).get(part) ?? kindOf(await lstatOrNull(current));
            if (kind === 'link')
                return current;
            if (kind !== 'folder')
                return null;
            this.known.add(current);
        }
        return null;
    }
    childrenOf(folder) {
        let listed = this.listings.get(folder);
        if (listed === undefined) {
            listed = listChildren(folder);
            this.listings.set(folder, listed);
        }
        return listed;
    }
    /** Whether the folder was seen (or made) real by this run. */
    isKnown(folder) {
        return this.known.has(folder);
    }
    /** After a write into `folder`: it and every folder above it up to the root are real (checked or made). */
    markReal(folder) {
        for (let current = folder; !this.known.has(current); current = external_node_path_.dirname(current)) {
            const relative = external_node_path_.relative(this.storeRoot, current);
            if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative))
                return;
            this.known.add(current);
        }
    }
    /** After damage was removed: the folders are checked again. */
    forget() {
        this.known.clear();
        this.listings.clear();
    }
}
function kindOf(info) {
    if (info === null)
        return null;
    return info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'folder' : 'other';
}
/** A folder's entries by kind (never following a link); none when it cannot be listed. */
async function listChildren(folder) {
    try {
        const entries = await external_node_fs_.promises.readdir(folder, { withFileTypes: true });
        return new Map(entries.map(entry => [entry.name, kindOf(entry) ?? 'other']));
    }
    catch (error) {
        if ((0,lib_files/* isNotFound */.c4)(error) || codeOf(error) === 'ENOTDIR')
            return new Map();
        throw error;
    }
}
async function lstatOrNull(file) {
    try {
        return await external_node_fs_.promises.lstat(file);
    }
    catch (error) {
        if ((0,lib_files/* isNotFound */.c4)(error))
            return null;
        throw error;
    }
}
/** The temp file, then the rename; `folderIsReal`: this run has seen or made the folder (no mkdir). */
async function writeOnce(finalPath, data, folderIsReal) {
    if (!folderIsReal)
        await makeDir(external_node_path_.dirname(finalPath));
    const temp = tempNameFor(finalPath);
    try {
        const handle = await external_node_fs_.promises.open(temp, 'wx');
        try {
            await handle.writeFile(data);
        }
        finally {
            await handle.close();
        }
        await external_node_fs_.promises.rename(temp, finalPath);
    }
    catch (error) {
        await removeIfPresent(temp);
        throw error;
    }
}
/**
 * Writes `data` to a temp file, then renames it over `finalPath`. No fsync: every read checks what
 * it reads (a blob against its hash, an entry against its schema), so a file a crash left short is
 * a miss, never a wrong result; and the store's reader in CI is a later job, after the runner
 * archived the store. If the folder vanished meanwhile (a concurrent wipe or prune) the write is
 * tried once more; so it is when, inside the store (`folders`), something stood in the way (see
 * clearDamage) and was removed. Folders this run has already seen to be real are not checked again.
 */
async function writeFileAtomic(finalPath, data, folders) {
    const folder = external_node_path_.dirname(finalPath);
    const known = folders?.isKnown(folder) ?? false;
    if (folders !== undefined && !known)
        await clearDamage(folders.storeRoot, finalPath, folders);
    try {
        await writeOnce(finalPath, data, known);
    }
    catch (error) {
        const cleared = folders !== undefined && isInTheWay(error) && (await clearDamage(folders.storeRoot, finalPath));
        if (!cleared && !(0,lib_files/* isNotFound */.c4)(error))
            throw error;
        folders?.forget();
        await writeOnce(finalPath, data, false);
    }
    folders?.markReal(folder);
}
function codeOf(error) {
    return error?.code;
}
/** What a file where a folder should be, or a folder where a file should be, makes writes fail with. */
function isInTheWay(error) {
    return ['ENOTDIR', 'EEXIST', 'EISDIR'].includes(codeOf(error) ?? '');
}
/**
 * Removes, between `storeRoot` (never itself) and `target`, a link, a file that stands where a
 * folder should be and a folder that stands where `target`, a file, should be: damage, never a
 * store's own data. A link is removed itself, never followed. True when something was removed.
 */
async function clearDamage(storeRoot, target, folders) {
    const relative = external_node_path_.relative(storeRoot, target);
    if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative))
        return false;
    const parts = relative.split(external_node_path_.sep);
    let current = storeRoot;
    for (const [index, part] of parts.entries()) {
        current = external_node_path_.join(current, part);
        const last = index === parts.length - 1;
        // A folder this run saw or made real needs no second look.
        if (!last && folders?.isKnown(current) === true)
            continue;
        const info = await lstatOrNull(current);
        if (info === null)
            return false;
        if (info.isSymbolicLink() || (last ? info.isDirectory() : !info.isDirectory())) {
            await external_node_fs_.promises.rm(current, { recursive: true, force: true });
            return true;
        }
    }
    return false;
}
/** Opening a link fails (ELOOP) instead of following it. */
const READ_NO_FOLLOW = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
/**
 * A file of the store: its bytes, missing, or damaged (a link on its path, a folder in its place or a
 * file in place of a folder above it). `folders`: this run's checked folders (RealFolders).
 */
async function readStoreFile(file, storeRoot, folders = new RealFolders(storeRoot)) {
    const link = await folders.linkAbove(file);
    if (link !== null)
        return { kind: 'damaged', reason: `a link stands at ${external_node_path_.relative(storeRoot, link)}` };
    try {
        return { kind: 'file', content: await external_node_fs_.promises.readFile(file, { flag: READ_NO_FOLLOW }) };
    }
    catch (error) {
        const code = codeOf(error);
        if (code === 'ENOENT')
            return { kind: 'missing' };
        if (code === 'ELOOP')
            return { kind: 'damaged', reason: `a link stands at ${external_node_path_.relative(storeRoot, file)}` };
        if (code === 'EISDIR')
            return { kind: 'damaged', reason: 'a folder stands where a file should be' };
        if (code === 'ENOTDIR')
            return { kind: 'damaged', reason: 'a file stands where a folder should be' };
        throw error;
    }
}
/** Unlinks a file; another process having removed it first is fine. */
async function removeIfPresent(file) {
    try {
        await external_node_fs_.promises.unlink(file);
    }
    catch (error) {
        if (!(0,lib_files/* isNotFound */.c4)(error))
            throw error;
    }
}
/** Directory entry names, or [] when the directory does not exist or is a link (never followed). */
async function listDir(dir) {
    if ((await lstatOrNull(dir))?.isSymbolicLink())
        return [];
    try {
        return await external_node_fs_.promises.readdir(dir);
    }
    catch (error) {
        if ((0,lib_files/* isNotFound */.c4)(error))
            return [];
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/lib/store/layout.js
/**
 * Every path of the cache root and of the stores in it: two stores under one root, the folders of
 * each store, and what the action hands to @actions/cache.
 * - `objects/`, the object store (`zccache-store-path`): one result per compiled unit (object,
 *   dependency facts, messages) and the manifests that find it.
 * - `sketches/`, the sketch store (`fbuild-store-path`): what each sketch's build decided and made
 *   beyond its units (library detection, link results), the toolchain-identity memo, statistics.
 *   Before it had its own name it was `build/`, a word the build folder and the `build` input use.
 * The cache's version hashes the path strings it is given, so they must not change between runs:
 * a path relative to the workspace (where the runner starts the action) stays the same when the
 * checkout moves.
 */

function storePaths(root) {
    return { objects: external_node_path_.join(root, 'objects'), sketches: external_node_path_.join(root, 'sketches') };
}
/** Stores an older layout kept under the root, which nothing reads any more. */
function retiredStorePaths(root) {
    return [external_node_path_.join(root, 'build')];
}
function storeLayout(root, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const relative = path.relative(workspace, root);
    const inWorkspace = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return {
        root,
        ...storePaths(root),
        coldBuild: path.join(root, 'cold-build.json'),
        cachePaths: [inWorkspace ? relative : root]
    };
}
// ---- inside one store (objects/ or sketches/) ----
/** The folders a store owns; anything else under its root is left alone (version.ts). */
const STORE_FOLDERS = ['blobs', 'entries', 'usage', 'stats'];
function storeFolder(store, folder) {
    return external_node_path_.join(store, folder);
}
/** `<store>/VERSION`: the store's layout number (version.ts). */
function versionFile(store) {
    return external_node_path_.join(store, 'VERSION');
}
/** A blob, by the SHA-256 of its content, sharded by its first two hex digits. */
function blobFile(store, digest) {
    return external_node_path_.join(storeFolder(store, 'blobs'), digest.slice(0, 2), digest);
}
/** An entry, by namespace and key (a SHA-256), sharded by the key's first two hex digits. */
function entryFile(store, namespace, key) {
    return external_node_path_.join(storeFolder(store, 'entries'), namespace, key.slice(0, 2), `${key}.json`);
}
/** The sketch store's namespace for the toolchain-identity memo: per toolchain folder, machine-local stamps. */
const TOOLCHAIN_MEMO_NAMESPACE = 'toolchain';
/**
 * Whether a file (relative to the cache root) changes on every run, even one that reused
 * everything: usage logs, counters, and the toolchain-identity memo (inodes and ctimes, new on
 * every runner). Such changes alone are no reason to save the store again.
 */
function changesEveryRun(relativeFile) {
    const parts = relativeFile.split(/[\\/]/);
    return (parts.includes('usage') ||
        parts.includes('stats') ||
        parts.some((part, i) => part === 'entries' && parts[i + 1] === TOOLCHAIN_MEMO_NAMESPACE));
}

;// CONCATENATED MODULE: ./build/lib/store/usage.js
/**
 * Last-use records without atime: each Store appends `<epochMs>\t<runId>\t<namespace>/<key>` to its
 * own log `<root>/usage/<runId>-<pid>-<rand>.log` for every hit and put. The lines are gathered and
 * appended when the store is flushed: every second of a build and at its end (unitCache/runStats.ts).
 * A warm run hits thousands of entries, and one O_APPEND write each was a tenth of its system calls.
 * An append needs no lock and a kill can only lose the last second or leave a partial last line,
 * which readers skip. Prune
 * compacts the logs (claim by rename, write one compacted log, delete the claimed ones).
 */







const RUN_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** Uses younger than this keep one line per run, so a live run's evictUntouched still sees them. */
const KEEP_PER_RUN_MS = 24 * 60 * 60 * 1000;
function isRunId(text) {
    return RUN_ID.test(text);
}
function assertRunId(runId) {
    if (!isRunId(runId))
        throw new errors/* InternalError */.Gd(`run id "${runId}" must match ${RUN_ID.source}`);
}
function usageDir(root) {
    return storeFolder(root, 'usage');
}
class UsageLog {
    root;
    runId;
    guard;
    file;
    pending = [];
    appending = Promise.resolve();
    constructor(root, runId, 
    /** Runs an append (the store's health guard: a failing file system turns writing off). */
    guard = append => append()) {
        this.root = root;
        this.runId = runId;
        this.guard = guard;
        assertRunId(runId);
        this.file = external_node_path_.join(usageDir(root), `${runId}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.log`);
    }
    /** Notes a use now; it reaches the log at the next flush. */
    record(id) {
        this.pending.push(`${Date.now()}\t${this.runId}\t${id}\n`);
    }
    /** Appends every use noted so far; appends never overlap. */
    flush() {
        this.appending = this.appending.then(async () => {
            if (this.pending.length === 0)
                return;
            const text = this.pending.join('');
            this.pending = [];
            await this.guard(() => this.append(text));
        });
        return this.appending;
    }
    async append(text) {
        try {
            await external_node_fs_.promises.appendFile(this.file, text);
        }
        catch (error) {
            // First use, the store was wiped, or a file stands where the usage folder should be.
            const damaged = await clearDamage(this.root, this.file);
            if (!damaged && !(0,lib_files/* isNotFound */.c4)(error))
                throw error;
            await makeDir(external_node_path_.dirname(this.file));
            await external_node_fs_.promises.appendFile(this.file, text);
        }
    }
}
function parseUses(text) {
    const uses = [];
    for (const line of text.split('\n')) {
        const [at, runId, id, extra] = line.split('\t');
        if (extra !== undefined || id === undefined || runId === undefined || !/^\d+$/.test(at ?? ''))
            continue;
        if (RUN_ID.test(runId) && /^[a-z0-9_-]+\/[0-9a-f]{64}$/.test(id))
            uses.push({ at: Number(at), runId, id });
    }
    return uses;
}
function formatUses(uses) {
    return uses.map(use => `${use.at}\t${use.runId}\t${use.id}\n`).join('');
}
async function usage_readUses(root) {
    const uses = [];
    for (const name of await listDir(usageDir(root))) {
        if (isTempName(name))
            continue;
        const text = await (0,lib_files/* readFileOrNull */.xB)(external_node_path_.join(usageDir(root), name));
        if (text !== null)
            uses.push(...parseUses(text.toString('utf8')));
    }
    return uses;
}
/** The latest use time of each entry id. */
function lastUseById(uses) {
    const latest = new Map();
    for (const use of uses)
        latest.set(use.id, Math.max(latest.get(use.id) ?? 0, use.at));
    return latest;
}
function usage_idsUsedBy(uses, runId) {
    return new Set(uses.filter(use => use.runId === runId).map(use => use.id));
}
/**
 * Keeps, for entries that still exist, the latest use, plus one use per run for recent runs. Uses
 * from `now` on are kept even without an entry: they may be a concurrent build's fresh put.
 */
function compactUses(uses, existing, now) {
    const kept = new Map();
    for (const use of uses) {
        if (!existing.has(use.id) && use.at < now)
            continue;
        const slot = now - use.at < KEEP_PER_RUN_MS ? `${use.id}\t${use.runId}` : use.id;
        const previous = kept.get(slot);
        if (previous === undefined || previous.at < use.at)
            kept.set(slot, use);
    }
    return [...kept.values()].sort((a, b) => a.at - b.at);
}
/** Rewrites all usage logs as one compacted log; appends racing with the claim may lose a line. */
async function compactUsageLogs(root, existing, now) {
    const dir = usageDir(root);
    const claimTag = `claimed-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-`;
    const claimed = [];
    for (const name of await listDir(dir)) {
        if (isTempName(name))
            continue;
        const target = external_node_path_.join(dir, claimTag + name);
        try {
            await external_node_fs_.promises.rename(external_node_path_.join(dir, name), target);
            claimed.push(target);
        }
        catch (error) {
            if (!(0,lib_files/* isNotFound */.c4)(error))
                throw error;
        }
    }
    if (claimed.length === 0)
        return;
    const uses = [];
    for (const file of claimed)
        uses.push(...parseUses((await (0,lib_files/* readFileOrNull */.xB)(file))?.toString('utf8') ?? ''));
    const compacted = compactUses(uses, existing, now);
    if (compacted.length > 0) {
        await writeFileAtomic(external_node_path_.join(dir, `compacted-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.log`), formatUses(compacted));
    }
    for (const file of claimed)
        await removeIfPresent(file);
}

;// CONCATENATED MODULE: ./build/lib/cli/args.js
/** The CLI's arguments (a public contract: USAGE below, README "CLI"), parsed and checked into a build request. */








const USAGE = `usage:
  fbuild-action build [SKETCH|DIR|GLOB ...] [options]
    --fqbn FQBN                 board (default arduino:avr:uno)
    --core DIR                  an Arduino platform folder (repeatable; default: $FBUILD_CORE_DIR, else the installed AVR core)
    --toolchain DIR             folder whose bin/ holds the platform's compiler (compiler.c.cmd:
                                avr-gcc, arm-none-eabi-gcc, ...; default: the platform's
                                compiler.path when it resolves, else the compiler on PATH)
    --tools DIR                 a tools folder, scanned as arduino-builder's -tools does
                                (DIR/NAME/VERSION, or a Boards Manager packages folder): sets
                                runtime.tools.NAME.path and runtime.tools.NAME-VERSION.path (repeatable)
    --library DIR|NAME[@VER]|URL
                                a library folder or a folder of libraries, a Library Manager name
                                (with its dependencies), a git URL (#ref) or a .zip URL (repeatable)
    --library-index URL         the Library Manager index (default: Arduino's)
    --platform PACKAGER:ARCH[@VER]
                                a platform from a Boards Manager index, with its tools (repeatable);
                                with it, the FQBN's platform is installed too unless --core gives it
    --platform-index URL        a Boards Manager index (repeatable; Arduino's is searched last)
    --build-property KEY=VALUE  like arduino-cli (repeatable)
    --warnings LEVEL            none, default, more or all, as arduino-cli (default none)
    --store DIR                 cache root (default: $FBUILD_CACHE_DIR or ~/.cache/fbuild-action)
    --no-cache                  compile everything, touch no store
    --absolute-paths            compile with real paths, as arduino-cli (__FILE__ names the real
                                folder); by default paths are relative to named roots, so the
                                firmware and the cache do not depend on where the build runs
    --build-dir DIR             where outputs go (default: a folder under the system temp dir)
    --jobs N                    parallel compiles (default: CPU count)
    --report FILE               write the JSON report
    --fail-on-new-warnings REPORT
                                exit 1 when a sketch has a warning that the JSON report REPORT
                                (an earlier run's, e.g. of the base branch) does not have
    --verbose                   print each command the build runs
  fbuild-action explain [SKETCH|DIR|GLOB ...] [options]
                                the same build, printing for every unit and link hit or miss and,
                                for a miss, what differs from the nearest stored entry: a file, a
                                flag (and the build property it comes from), the toolchain
  fbuild-action stats [--store DIR] [--json]
  fbuild-action prune [--store DIR] --max-size SIZE      (SIZE: bytes, or 500M, 2G, ...)
  fbuild-action --help | --version`;
/** --store, else $FBUILD_CACHE_DIR, else ~/.cache/fbuild-action (README "CLI"). */
function defaultStoreDir(env = process.env) {
    const fromEnv = env.FBUILD_CACHE_DIR;
    return fromEnv !== undefined && fromEnv !== ''
        ? external_node_path_.resolve(fromEnv)
        : external_node_path_.join((0,external_node_os_namespaceObject.homedir)(), '.cache', 'fbuild-action');
}
/** A build folder per working directory, so two checkouts never share outputs by accident. */
function defaultBuildDir(cwd) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(cwd).digest('hex').slice(0, 12);
    return external_node_path_.join((0,external_node_os_namespaceObject.tmpdir)(), 'fbuild-action', `build-${digest}`);
}
/** The known option closest to a mistyped one: one that starts like it, or differs by a letter or two. */
function closestOption(given, known) {
    const distance = (a, b) => {
        const row = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
            let diagonal = row[0] ?? 0;
            row[0] = i;
            for (let j = 1; j <= b.length; j++) {
                const above = row[j] ?? 0;
                row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length] ?? Infinity;
    };
    const ranked = known
        .map(name => ({
        name,
        score: name.startsWith(given) || given.startsWith(name) ? 0 : distance(given, name)
    }))
        .filter(candidate => candidate.score <= 2)
        .sort((a, b) => a.score - b.score);
    return ranked[0]?.name ?? null;
}
/**
 * parseArgs' own errors (unknown option, missing value) as one line in our words, naming the option
 * and what was expected; `known` (option names) lets an unknown option be matched to a known one.
 */
function asUsageError(parse, known = []) {
    try {
        return parse();
    }
    catch (error) {
        // Read structurally: parseArgs's TypeError may come from another realm (a test's VM context).
        const text = error?.message;
        const message = typeof text === 'string' ? text : String(error);
        const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
        if (unknown !== null) {
            const near = closestOption(unknown[2] ?? '', known);
            throw new errors/* UsageError */.eb(`unknown option ${unknown[1]}${unknown[2]}${near === null ? '' : ` (did you mean --${near}?)`}; see --help`);
        }
        // parseArgs calls a value that looks like an option (`--fqbn --core`) "ambiguous".
        const missing = /^Option '([^' ]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message);
        if (missing !== null)
            throw new errors/* UsageError */.eb(`${missing[1]} needs a value; see --help`);
        const flag = /^Option '([^' ]+)' does not take an argument/.exec(message);
        if (flag !== null)
            throw new errors/* UsageError */.eb(`${flag[1]} takes no value; see --help`);
        throw new errors/* UsageError */.eb(message.split('\n')[0] ?? '');
    }
}
/** Set by the action for the builds of its job (its post step keeps what they used). */
function runIdFromEnv(env) {
    const runId = env.FBUILD_RUN_ID;
    if (runId === undefined || runId === '')
        return undefined;
    if (!isRunId(runId)) {
        throw new errors/* UsageError */.eb(`FBUILD_RUN_ID "${runId}": expected up to 100 letters, digits, '.', '_' or '-'`);
    }
    return runId;
}
const BUILD_OPTIONS = {
    fqbn: { type: 'string', default: 'arduino:avr:uno' },
    core: { type: 'string', multiple: true, default: [] },
    toolchain: { type: 'string' },
    tools: { type: 'string', multiple: true, default: [] },
    library: { type: 'string', multiple: true, default: [] },
    'library-index': { type: 'string' },
    platform: { type: 'string', multiple: true, default: [] },
    'platform-index': { type: 'string', multiple: true, default: [] },
    'build-property': { type: 'string', multiple: true, default: [] },
    warnings: { type: 'string', default: 'none' },
    store: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    'absolute-paths': { type: 'boolean', default: false },
    'build-dir': { type: 'string' },
    jobs: { type: 'string' },
    report: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'fail-on-new-warnings': { type: 'string' }
};
/**
 * `--jobs -3` as `--jobs=-3`: parseArgs takes a value that starts with a dash for a forgotten
 * argument ("ambiguous"), but a negative number is never an option, so the option's own check
 * says what is wrong with it.
 */
function attachNegativeNumbers(argv) {
    const joined = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const next = argv[i + 1];
        const option = BUILD_OPTIONS[arg.slice(2)];
        if (arg.startsWith('--') && option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
            joined.push(`${arg}=${next}`);
            i++;
        }
        else {
            joined.push(arg);
        }
    }
    return joined;
}
function parseBuildArgs(argv, cwd) {
    const { values, positionals } = asUsageError(() => (0,external_node_util_.parseArgs)({
        args: attachNegativeNumbers(argv),
        allowPositionals: true,
        strict: true,
        options: BUILD_OPTIONS
    }), Object.keys(BUILD_OPTIONS));
    const resolve = (dir) => external_node_path_.resolve(cwd, dir);
    const warnings = values.warnings;
    if (!isWarningLevel(warnings))
        throw new errors/* UsageError */.eb(`--warnings "${warnings}": expected ${WARNING_LEVELS.join(', ')}`);
    return {
        sketches: positionals.length > 0 ? positionals : ['.'],
        fqbn: values.fqbn,
        coreDirs: values.core.map(resolve),
        toolchainDir: values.toolchain === undefined ? null : resolve(values.toolchain),
        toolsDirs: values.tools.map(resolve),
        librarySpecs: values.library,
        libraryIndex: values['library-index'] ?? null,
        platforms: values.platform,
        platformIndexes: values['platform-index'],
        buildProperties: values['build-property'].map(parseBuildProperty),
        warnings,
        buildDir: values['build-dir'] === undefined ? defaultBuildDir(cwd) : resolve(values['build-dir']),
        jobs: parseJobs(values.jobs, '--jobs'),
        reportFile: values.report === undefined ? null : resolve(values.report),
        verbose: values.verbose,
        baseReport: values['fail-on-new-warnings'] === undefined ? null : resolve(values['fail-on-new-warnings']),
        storeDir: values['no-cache']
            ? null
            : values.store === undefined
                ? defaultStoreDir()
                : resolve(values.store),
        absolutePaths: values['absolute-paths']
    };
}

// EXTERNAL MODULE: ./build/lib/install/hosts.js
var hosts = __nccwpck_require__(5167);
// EXTERNAL MODULE: ./build/lib/install/sources.js
var sources = __nccwpck_require__(7246);
;// CONCATENATED MODULE: ./build/lib/install/resolveSources.js
/**
 * Where the toolchain and the board's platform (the "core") come from, decided once for the action
 * and the CLI: the pinned download, a mirror of it, a folder, what the machine has (`system`), or a
 * Boards Manager index. Pure: no I/O; a bad combination of inputs is a one-line UsageError naming
 * the input and what was expected.
 */




const ACTION_INPUT_NAMES = {
    toolchain: 'toolchain',
    toolchainUrl: 'toolchain-url',
    toolchainSha256: 'toolchain-sha256',
    core: 'core',
    coreUrl: 'core-url',
    coreSha256: 'core-sha256'
};
const ARDUINO_AVR = 'arduino:avr';
function trimmed(value) {
    return value?.trim() ?? '';
}
/** Mirror inputs with a source that downloads nothing make no sense: say so rather than ignore them. */
function rejectOverride(override, usedWith) {
    const given = [override.url && override.urlName, override.sha256 && override.sha256Name].filter(Boolean);
    if (given.length > 0)
        throw new errors/* UsageError */.eb(`${given.join(' and ')}: only used with the default download, not with ${usedWith}`);
}
/**
 * The pinned archive, its expected SHA-256 replaced, or a mirror (url + sha256). A mirror keeps the
 * pinned name and version: it serves the same release, and the SHA-256 tells archives apart.
 */
function archiveChoice(pinned, base, o) {
    if (o.url !== '' && o.sha256 === '')
        throw new errors/* UsageError */.eb(`${o.urlName}: a mirror needs its checksum too: set ${o.sha256Name}`);
    const sha256 = o.sha256 === '' ? null : (0,sources/* parseSha256 */.tz)(o.sha256, o.sha256Name);
    if (o.url === '') {
        const archive = pinned();
        return { kind: 'pinned', archive: { ...archive, sha256: sha256 ?? archive.sha256 } };
    }
    const archive = base ?? pinned();
    return {
        kind: 'mirror',
        archive: {
            ...archive,
            url: o.url,
            sha256: sha256 ?? '',
            size: null,
            format: (0,sources/* archiveFormatOf */.ji)(o.url, o.urlName)
        }
    };
}
/** A mirror serves any host, pinned or not: only the release's name and version are kept. */
const TOOLCHAIN_MIRROR = {
    name: sources/* TOOLCHAIN_NAME */._7,
    version: sources/* TOOLCHAIN_VERSION */.xB,
    url: '',
    sha256: '',
    size: null,
    format: 'tar.bz2'
};
function toolchainSource(inputs, fromIndex) {
    const { names, host } = inputs;
    const choice = inputs.toolchain.choice.trim();
    const override = {
        url: trimmed(inputs.toolchain.url),
        sha256: trimmed(inputs.toolchain.sha256),
        urlName: names.toolchainUrl,
        sha256Name: names.toolchainSha256
    };
    if (choice === 'system' || (choice !== '' && choice !== 'default')) {
        rejectOverride(override, `'${choice}'`);
        return choice === 'system'
            ? { kind: 'system' }
            : { kind: 'folder', dir: external_node_path_.resolve(inputs.cwd, choice) };
    }
    if (inputs.defaults === 'system') {
        rejectOverride(override, `the compiler on PATH`);
        return fromIndex ? { kind: 'index', otherwise: { kind: 'system' } } : { kind: 'system' };
    }
    const download = () => archiveChoice(() => (0,sources/* pinnedToolchain */.ck)(host.platform, host.arch), TOOLCHAIN_MIRROR, override);
    // A mirror is the user's own choice; a replaced checksum only matters when the pinned one is used.
    if (!fromIndex || override.url !== '')
        return download();
    try {
        return { kind: 'index', otherwise: download() };
    }
    catch (error) {
        // No pinned avr-gcc for this host: fine while the platforms bring their own compiler.
        if (!(error instanceof errors/* UsageError */.eb))
            throw error;
        return { kind: 'index', otherwise: { kind: 'none', why: error.message } };
    }
}
function coreSource(inputs, pinnedBoard, fromIndex) {
    const { names } = inputs;
    const dirs = inputs.core.dirs.map(dir => dir.trim()).filter(dir => dir !== '' && dir !== 'default');
    const override = {
        url: trimmed(inputs.core.url),
        sha256: trimmed(inputs.core.sha256),
        urlName: names.coreUrl,
        sha256Name: names.coreSha256
    };
    if (dirs.length > 0) {
        rejectOverride(override, `'${dirs.join(', ')}'`);
        return { kind: 'folder', dirs: dirs.map(dir => external_node_path_.resolve(inputs.cwd, dir)) };
    }
    if (pinnedBoard)
        return archiveChoice(sources/* pinnedCore */.O2, null, override);
    rejectOverride(override, fromIndex ? `a platform from an index (fqbn ${inputs.fqbn})` : 'the installed core');
    return fromIndex ? { kind: 'index' } : { kind: 'system' };
}
/**
 * The sources a build uses. Indexes are used when platforms or indexes are named, and (for the
 * action) for any board but Arduino AVR's, whose pinned core stays the default download unless an
 * index or `platforms` names its platform.
 */
function resolveSources(inputs) {
    const fqbn = (0,arduino_fqbn/* parseFqbn */.D)(inputs.fqbn);
    const arduinoAvr = `${fqbn.packager}:${fqbn.arch}` === ARDUINO_AVR;
    const fromIndex = inputs.platforms.length > 0 ||
        inputs.platformIndexUrls.length > 0 ||
        (inputs.defaults === 'pinned' && !arduinoAvr);
    const namesArduinoAvr = inputs.platforms.some(spec => spec.trim().split('@')[0] === ARDUINO_AVR);
    const pinnedBoard = inputs.defaults === 'pinned' && arduinoAvr && !namesArduinoAvr && inputs.platformIndexUrls.length === 0;
    const core = coreSource(inputs, pinnedBoard, fromIndex);
    return {
        toolchain: toolchainSource(inputs, fromIndex),
        core,
        indexes: fromIndex ? { platforms: [...inputs.platforms], indexUrls: [...inputs.platformIndexUrls] } : null
    };
}

;// CONCATENATED MODULE: ./build/lib/cli/install.js
/**
 * What the CLI installs before a build: platforms and their tools when `--platform` or
 * `--platform-index` asks for them, and libraries named by the Library Manager or by URL. Installs go
 * to a tool cache as in the action: `$RUNNER_TOOL_CACHE` when set (a step after the action), else a
 * folder under ~/.cache, so a second build finds them without a download. The folder is passed to
 * the installers; the environment is only read.
 */




/** The CLI has no mirror flags: what the machine has, a folder, or an index. */
const CLI_INPUT_NAMES = {
    toolchain: '--toolchain',
    toolchainUrl: '--toolchain',
    toolchainSha256: '--toolchain',
    core: '--core',
    coreUrl: '--core',
    coreSha256: '--core'
};
/** The tool cache the CLI installs into: the runner's, else one under the home folder. Pure. */
function cliToolCache(env, home = external_node_os_namespaceObject.homedir()) {
    return env.RUNNER_TOOL_CACHE || external_node_path_.join(home, '.cache', 'fbuild-action-tools');
}
/** Where the CLI's toolchain and core come from (never a download unless an index is named). Pure. */
function cliSources(args, cwd, host = process.platform, arch = external_node_os_namespaceObject.arch()) {
    return resolveSources({
        fqbn: args.fqbn,
        toolchain: { choice: args.toolchainDir ?? '' },
        core: { dirs: args.coreDirs },
        platforms: args.platforms,
        platformIndexUrls: args.platformIndexes,
        host: { platform: host, arch },
        cwd,
        defaults: 'system',
        names: CLI_INPUT_NAMES
    });
}
async function installPlatformsForBuild(args) {
    const sources = cliSources(args, process.cwd());
    if (sources.indexes === null)
        return null;
    // Loaded only when asked for: a build from folders (every warm CI run) never loads the installers.
    const { installPlatforms } = await Promise.all(/* import() */[__nccwpck_require__.e(940), __nccwpck_require__.e(154), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9918));
    const toolCache = cliToolCache(process.env);
    return installPlatforms({
        platforms: sources.indexes.platforms,
        indexUrls: sources.indexes.indexUrls,
        fqbn: args.fqbn,
        givenCoreDirs: sources.core.kind === 'folder' ? sources.core.dirs : [],
        host: (0,hosts/* hostOf */.w)(process.platform, external_node_os_namespaceObject.arch()),
        toolCache,
        indexDir: external_node_path_.join(toolCache, 'fbuild-indexes')
    });
}
async function installLibrariesForBuild(args, sketchDirs, cwd) {
    if (args.librarySpecs.length === 0)
        return { libraryDirs: [], installed: [], index: null, warnings: [] };
    const { installLibraries } = await Promise.all(/* import() */[__nccwpck_require__.e(940), __nccwpck_require__.e(154), __nccwpck_require__.e(950)]).then(__nccwpck_require__.bind(__nccwpck_require__, 950));
    const toolCache = cliToolCache(process.env);
    return installLibraries({
        specs: args.librarySpecs,
        cwd,
        sketchDirs,
        indexUrl: args.libraryIndex ?? undefined,
        toolCache,
        indexDir: external_node_path_.join(toolCache, 'fbuild-indexes'),
        indexInput: '--library-index'
    });
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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

//#endregion
//#region src/api/functions/push-directory.ts
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
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
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

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
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
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
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
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
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

//#endregion
//#region src/api/counter.ts
var Counter = class {
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

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
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
			fs: options.fs || external_fs_namespaceObject
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
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
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

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
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
		/* c8 ignore next 5 */
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

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
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
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
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
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
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
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
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
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
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
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
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
//#endregion
//#region src/crawler.ts
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
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
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
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
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
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: ./build/lib/arduino/fileKinds.js
var fileKinds = __nccwpck_require__(4890);
;// CONCATENATED MODULE: ./build/lib/arduino/sketchPaths.js
/**
 * Expands the CLI's SKETCH|DIR|GLOB arguments into sketch paths. A path that is not a sketch is
 * passed through unchanged, so the build reports it as that sketch's one-line error.
 *
 * Searching (a DIR, a GLOB) never follows a symbolic link to a folder: a link may lead out of the
 * tree, or around it in a loop, and the folder it names is found under its own path anyway. A link
 * the user names as an argument is used as named. Each sketch is built once, however it was named.
 */






async function sketchPaths_kindOf(file) {
    const info = await (0,lib_files/* orMissing */.Mr)((0,promises_.stat)(file), null);
    if (info === null)
        return null;
    return info.isDirectory() ? 'dir' : 'file';
}
async function isSketchFolder(dir) {
    const name = external_node_path_.basename(dir);
    for (const extension of fileKinds/* SKETCH_EXTENSIONS */._A) {
        if ((await sketchPaths_kindOf(external_node_path_.join(dir, name + extension))) === 'file')
            return true;
    }
    return false;
}
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules';
}
/** Sketch folders at or below `dir`, sorted; a sketch's own subfolders are not searched. */
async function findSketches(dir, search = {}) {
    if (search.exclude?.includes(dir))
        return [];
    if (await isSketchFolder(dir))
        return [dir];
    // Dirents of symbolic links are not directories: links are not followed.
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(dir, { withFileTypes: true }), []);
    const found = [];
    const subfolders = entries
        .filter(entry => entry.isDirectory() && !skipped(entry.name))
        .map(entry => entry.name)
        .sort();
    for (const name of subfolders)
        found.push(...(await findSketches(external_node_path_.join(dir, name), search)));
    return found;
}
async function expandGlob(pattern, cwd, search) {
    const matches = await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: false,
        expandDirectories: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**']
    });
    const sketches = new Set();
    // Folders come back with a trailing slash: resolve them so a folder and its .ino name one sketch.
    for (const match of matches.map(found => external_node_path_.resolve(found)).sort()) {
        const matchKind = await sketchPaths_kindOf(match);
        const folder = matchKind === 'file' ? external_node_path_.dirname(match) : match;
        if (search.exclude?.some(excluded => folder === excluded || folder.startsWith(excluded + external_node_path_.sep)))
            continue;
        if (matchKind === 'file' && fileKinds/* SKETCH_EXTENSIONS */._A.includes(external_node_path_.extname(match))) {
            sketches.add(folder);
        }
        else if (matchKind === 'dir' && (await isSketchFolder(match))) {
            sketches.add(match);
        }
    }
    if (sketches.size === 0)
        throw new errors/* UsageError */.eb(`sketch pattern "${pattern}" matches no sketch`);
    return [...sketches];
}
async function expandOne(arg, cwd, search) {
    const absolute = external_node_path_.resolve(cwd, arg);
    const kind = await sketchPaths_kindOf(absolute);
    if (kind === 'file')
        return [absolute];
    if (kind === 'dir') {
        const sketches = await findSketches(absolute, search);
        return sketches.length > 0 ? sketches : [absolute];
    }
    if (!isDynamicPattern(arg))
        return [absolute];
    return expandGlob(arg, cwd, search);
}
/** The folder a sketch path stands for, by its real path, so two names of one sketch count once. */
async function identity(sketch) {
    const folder = fileKinds/* SKETCH_EXTENSIONS */._A.includes(external_node_path_.extname(sketch)) ? external_node_path_.dirname(sketch) : sketch;
    return (0,lib_files/* orMissing */.Mr)((0,promises_.realpath)(folder), folder);
}
/** Every sketch the arguments name, once each, in argument order. */
async function expandSketchArgs(args, cwd, search = {}) {
    const found = new Map();
    for (const arg of args) {
        for (const sketch of await expandOne(arg, cwd, search)) {
            const id = await identity(sketch);
            if (!found.has(id))
                found.set(id, sketch);
        }
    }
    return [...found.values()];
}
/**
 * A sketch argument that names nothing (not a file, not a folder, not a pattern) is a mistyped path:
 * a usage error (exit 2) before anything is built, not a failed sketch.
 */
async function checkSketchArgsExist(args, cwd, input = 'sketch') {
    for (const arg of args) {
        if (isDynamicPattern(arg))
            continue;
        if ((await sketchPaths_kindOf(external_node_path_.resolve(cwd, arg))) === null)
            throw new errors/* UsageError */.eb(`${input} ${arg}: no such file or folder (expected a sketch folder, an .ino file or a glob)`);
    }
}

// EXTERNAL MODULE: ./build/lib/arduino/platform.js
var arduino_platform = __nccwpck_require__(5624);
;// CONCATENATED MODULE: ./build/lib/arduino/locateCore.js
/** Where an Arduino AVR platform is found when the user names none. */





async function isDir(dir) {
    return (await (0,lib_files/* orMissing */.Mr)((0,promises_.stat)(dir), null))?.isDirectory() ?? false;
}
/** Newest version folder first, by numeric comparison of dotted versions. */
function byVersionDescending(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The platform folders tried in order: the Arduino IDE/CLI's own install, then Debian's package. */
async function defaultCoreCandidates(home = (0,external_node_os_namespaceObject.homedir)()) {
    const boardsManagerDir = external_node_path_.join(home, '.arduino15', 'packages', 'arduino', 'hardware', 'avr');
    const versions = (await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(boardsManagerDir), [])).sort(byVersionDescending);
    return [
        ...versions.map(version => external_node_path_.join(boardsManagerDir, version)),
        external_node_path_.join(external_node_path_.sep, 'usr', 'share', 'arduino', 'hardware', 'arduino', 'avr')
    ];
}
/** FBUILD_CORE_DIR (the action exports the core it installed), else the usual install places. */
async function locateDefaultCore(home = (0,external_node_os_namespaceObject.homedir)(), env = process.env) {
    const fromEnv = env.FBUILD_CORE_DIR;
    if (fromEnv !== undefined && fromEnv !== '')
        return fromEnv;
    const candidates = await defaultCoreCandidates(home);
    for (const candidate of candidates) {
        if (await isDir(candidate))
            return candidate;
    }
    throw new errors/* UsageError */.eb(`no Arduino core found (looked in ${candidates.join(', ')}): pass --core DIR or install arduino-core-avr`);
}

;// CONCATENATED MODULE: ./build/lib/toolchain/identityMemo.js
/**
 * The toolchain identity's memo, one record per toolchain folder, kept in the store: what the
 * driver answered (-dumpversion, -print-prog-name=..., ...), which folders were listed and what
 * they held, and each file's stamp and SHA-256. A warm run re-asks the driver and re-lists only
 * when a stamp of the record changed, and re-hashes only the files whose stamp changed.
 *
 * A stamp is (size, mtime, ctime, inode): replacing a file (a new inode) or writing it (a new
 * ctime, which no utimes can put back) changes it even when its size and mtime are restored. A
 * file changed less than 2 s before it was looked at is not trusted: another write in the same
 * clock tick would leave the same stamp (git's "racy" index entries), so its stamp is kept as
 * unknown and the next run hashes it again. Machine-local facts, never the cross-run truth: the
 * identity is computed from the content digests whether they came from here or were just taken.
 */



/** Changed less than this long ago: the stamp may hide a write in the same clock tick. */
const DISTRUST_MS = 2000;
/** A path that does not exist: a fact as stable as a stamp (it appearing changes it). */
const MISSING = 'missing';
const MEMO_SCHEMA = 1;
function parseVersionMemo(value) {
    const memo = value;
    if (typeof memo !== 'object' || memo === null || memo.schema !== MEMO_SCHEMA)
        return null;
    return isText(memo.stamp) && isText(memo.version) ? memo : null;
}
/** The record's key: the toolchain folder and what a build runs of it (not its stamps). */
function memoKey(binDir, facts) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`toolchain-memo/${MEMO_SCHEMA}\u0000${binDir}\u0000${JSON.stringify(facts)}`)
        .digest('hex');
}
/** The stamp of a file or folder as seen at `now`; null when it changed too recently. Pure. */
function stampOf(facts, now) {
    if (now - Math.max(facts.mtimeMs, facts.ctimeMs) < DISTRUST_MS)
        return null;
    return `${facts.size}:${facts.mtimeMs}:${facts.ctimeMs}:${facts.ino}`;
}
/** Stamps taken once per path within one identity (the listing and the hashing share them). */
class Stamps {
    now;
    taken = new Map();
    constructor(now) {
        this.now = now;
    }
    of(file) {
        let stamp = this.taken.get(file);
        if (stamp === undefined) {
            stamp = this.stampNow(file);
            this.taken.set(file, stamp);
        }
        return stamp;
    }
    /**
     * Synchronous on purpose: a warm run stamps every file of the toolchain (about a thousand), which
     * in a loop of stat calls takes a few milliseconds, and through the thread pool some fifty.
     */
    stampNow(file) {
        try {
            return Promise.resolve(stampOf((0,external_node_fs_.statSync)(file), this.now()));
        }
        catch (error) {
            return (0,lib_files/* isNotFound */.c4)(error) ? Promise.resolve(MISSING) : Promise.reject(error);
        }
    }
    /** Whether every path still has the trusted stamp it was recorded with. */
    async allStand(recorded) {
        const paths = Object.keys(recorded);
        const current = await Promise.all(paths.map(file => this.of(file)));
        return paths.every((file, i) => recorded[file] !== null && current[i] === recorded[file]);
    }
}
/** Whether the driver's answers and the listing of the record still hold: no stamp changed. */
async function answersStand(memo, stamps) {
    const fileStamps = Object.fromEntries(Object.entries(memo.files).map(([file, { stamp }]) => [file, stamp]));
    return (await stamps.allStand(memo.folders)) && (await stamps.allStand(fileStamps));
}
/** The digest recorded for `file` when its stamp is unchanged and was trusted; else null. */
function rememberedDigest(memo, file, stamp) {
    const record = memo?.files[file];
    if (record === undefined || stamp === null || record.stamp !== stamp)
        return null;
    return stamp === MISSING ? MISSING : record.sha256;
}
const isText = (value) => typeof value === 'string';
const isTextOrNull = (value) => value === null || isText(value);
function isAnswers(value) {
    const answers = value;
    return (typeof answers === 'object' &&
        answers !== null &&
        isText(answers.version) &&
        isTextOrNull(answers.gccDir) &&
        isTextOrNull(answers.sysroot) &&
        isText(answers.multilib) &&
        Array.isArray(answers.programs) &&
        answers.programs.every(isText));
}
/** A record read back from the store, or null when it is not one (an older schema, damage). */
function parseMemo(value) {
    const memo = value;
    if (typeof memo !== 'object' || memo === null || memo.schema !== MEMO_SCHEMA)
        return null;
    if (!isAnswers(memo.answers) || typeof memo.folders !== 'object' || memo.folders === null)
        return null;
    if (typeof memo.files !== 'object' || memo.files === null)
        return null;
    if (!Object.values(memo.folders).every(isTextOrNull))
        return null;
    const files = Object.values(memo.files);
    if (!files.every(file => isTextOrNull(file.stamp) && isTextOrNull(file.sha256)))
        return null;
    return memo;
}

// EXTERNAL MODULE: ./build/lib/toolchain/processes.js + 1 modules
var processes = __nccwpck_require__(4785);
;// CONCATENATED MODULE: ./build/lib/toolchain/identity.js
/**
 * The toolchain's identity, never its paths or mtimes, for whichever GCC the platform's recipes
 * name (`compiler.c.cmd`: avr-gcc, arm-none-eabi-gcc, ...). By content: every file that can change
 * an output: the recipes' programs (compilers, archiver, objcopy, size), what the driver runs
 * (`-print-prog-name=cc1plus`, the assembler, the linker, collect2, the LTO plugin), the headers
 * the compiler reads on its own (not in -MMD's output), and the libraries, start files and linker
 * scripts of the multilib the board's flags select (`-print-multi-directory`): an ARM toolchain
 * carries ~2 GB of libraries for other cores, which no build of this board reads. The identity is
 * the hash of those files' names and content digests; a memo kept in the store (identityMemo.ts)
 * spares a warm run the driver's processes, the listing and the hashing of unchanged files. Or, for
 * a toolchain extracted from a verified archive, by that archive's SHA-256 and the list of files
 * extracted from it, which reads no file's content.
 */







const AVR_GCC = {
    driver: 'avr-gcc',
    programs: ['avr-gcc', 'avr-g++', 'avr-gcc-ar', 'avr-objcopy', 'avr-size'],
    machineFlags: []
};
/** What the driver runs itself: the compilers proper, the assembler, the linker and its helpers. */
const DRIVEN_PROGRAMS = ['cc1', 'cc1plus', 'collect2', 'as', 'ld', 'lto-wrapper', 'lto1'];
const DRIVEN_FILES = ['liblto_plugin.so'];
/**
 * `operation` on a toolchain file, or `fallback` when the file is not there (a program or folder this
 * toolchain lacks). A file that is there but cannot be read or run fails the identity, naming the
 * file: an identity that silently left it out would not change when it does.
 */
function fromToolchain(file, doing, operation, fallback) {
    return (0,lib_files/* orUnreadable */.pz)(operation, fallback, code => {
        throw new errors/* UsageError */.eb(`toolchain file ${file}: cannot ${doing} it (${code}), and the toolchain's identity needs every file a build uses`);
    });
}
/** The driver's answer, or '' when it is not there or answers with an error. */
async function askDriver(driver, work, ...question) {
    work.driverAsked++;
    const result = await fromToolchain(driver, 'run', (0,processes/* runProcess */.R)([driver, ...question]), null);
    return result?.code === 0 ? result.stdout.trim() : '';
}
const absoluteOrNull = (file) => (external_node_path_.isAbsolute(file) ? external_node_path_.normalize(file) : null);
async function askAnswers(binDir, use, work) {
    const driver = external_node_path_.join(binDir, use.driver);
    const [version, libgcc, libc, multilib, ...programs] = await Promise.all([
        askDriver(driver, work, '-dumpversion'),
        askDriver(driver, work, '-print-libgcc-file-name'),
        askDriver(driver, work, '-print-file-name=libc.a'),
        askDriver(driver, work, ...use.machineFlags, '-print-multi-directory'),
        ...DRIVEN_PROGRAMS.map(name => askDriver(driver, work, `-print-prog-name=${name}`)),
        ...DRIVEN_FILES.map(name => askDriver(driver, work, `-print-file-name=${name}`))
    ]);
    const dirOf = (file, levels) => {
        const absolute = absoluteOrNull(file);
        return absolute === null ? null : external_node_path_.resolve(absolute, ...Array(levels).fill('..'));
    };
    return {
        version,
        gccDir: dirOf(libgcc, 1),
        sysroot: dirOf(libc, 2),
        multilib: multilib === '' ? '.' : multilib,
        programs: programs.map(absoluteOrNull).filter((file) => file !== null)
    };
}
function includeDirsOf(answers) {
    const { gccDir, sysroot } = answers;
    return [
        ...(gccDir === null ? [] : [external_node_path_.join(gccDir, 'include'), external_node_path_.join(gccDir, 'include-fixed')]),
        ...(sysroot === null ? [] : [external_node_path_.join(sysroot, 'include')])
    ];
}
/** The files directly in `dir` (or in the whole tree) and the folders read; none when it is missing. */
async function listFolder(dir, recursive, listing) {
    listing.folders.push(dir);
    const entries = await fromToolchain(dir, 'read', (0,promises_.readdir)(dir, { recursive, withFileTypes: true }), []);
    for (const entry of entries) {
        const file = external_node_path_.join(entry.parentPath, entry.name);
        if (entry.isFile())
            listing.files.push(file);
        else if (recursive && entry.isDirectory())
            listing.folders.push(file);
    }
}
/**
 * Every file a build of this board can read from the toolchain: programs, headers (the C library's
 * include folder may be a link, as Debian's alternatives make it), and the libraries of the
 * default and the selected multilib, gcc's device specs and the linker scripts.
 */
async function listToolchain(binDir, use, answers) {
    const listing = {
        files: [...use.programs.map(name => external_node_path_.join(binDir, name)), ...answers.programs],
        folders: [binDir, ...answers.programs.map(file => external_node_path_.dirname(file)), ...includeDirsOf(answers)]
    };
    const trees = await Promise.all(includeDirsOf(answers).map(dir => fromToolchain(dir, 'read', (0,promises_.realpath)(dir), dir)));
    const flat = [];
    for (const base of [answers.gccDir, answers.sysroot === null ? null : external_node_path_.join(answers.sysroot, 'lib')]) {
        if (base === null)
            continue;
        flat.push(base, external_node_path_.join(base, answers.multilib));
        trees.push(external_node_path_.join(base, 'device-specs'), external_node_path_.join(base, 'ldscripts'));
    }
    for (const dir of trees)
        await listFolder(dir, true, listing);
    for (const dir of flat)
        await listFolder(dir, false, listing);
    return { files: [...new Set(listing.files)].sort(), folders: [...new Set(listing.folders)].sort() };
}
/** Relative names, so the same toolchain in another folder has the same identity. */
function nameWithin(file, binDir) {
    return file.startsWith(binDir + external_node_path_.sep)
        ? `bin/${external_node_path_.basename(file)}`
        : file.split(external_node_path_.sep).slice(-4).join('/');
}
/** Relative name and size of every file and link under `dir`: shows an extracted folder is whole. */
async function fileList(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const listed = await Promise.all(entries
        .filter(entry => entry.isFile() || entry.isSymbolicLink())
        .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const size = entry.isFile() ? (await stat(file)).size : 'link';
        return `${path.relative(dir, file).split(path.sep).join('/')}\u0000${size}`;
    }));
    return listed.sort();
}
/** The C compiler driver in an extracted toolchain's bin/ (`<target>-gcc`), when not told. */
async function driverIn(binDir) {
    const names = (await fromToolchain(binDir, 'read', readdir(binDir), [])).filter(name => /(^|-)gcc$/.test(name));
    return names.sort()[0] ?? AVR_GCC.driver;
}
/**
 * The identity of the toolchain at `dir` (its root, holding bin/), extracted from the archive whose
 * verified SHA-256 is `archiveSha256`. The same archive extracted anywhere has the same identity.
 */
async function identifyArchiveToolchain(dir, archiveSha256, driver) {
    const binDir = path.join(dir, 'bin');
    const use = { ...AVR_GCC, driver: driver ?? (await driverIn(binDir)) };
    const work = { filesHashed: 0, driverAsked: 0 };
    const [answers, files] = await Promise.all([askAnswers(binDir, use, work), fileList(dir)]);
    const hash = createHash('sha256').update(`archive sha256:${archiveSha256}\n`);
    for (const file of files)
        hash.update(file).update('\n');
    return {
        id: `sha256:${hash.digest('hex')}`,
        version: answers.version,
        fileCount: files.length,
        includeDirs: includeDirsOf(answers),
        work
    };
}
/** Each file's record: the remembered digest when its stamp stands, else its content hashed now. */
async function recordFiles(files, previous, stamps, work) {
    const records = {};
    for (const file of files) {
        const stamp = await fromToolchain(file, 'read', stamps.of(file), null);
        const remembered = rememberedDigest(previous, file, stamp);
        if (remembered !== null) {
            records[file] = { stamp, sha256: remembered === MISSING ? null : remembered };
            continue;
        }
        const content = await fromToolchain(file, 'read', (0,promises_.readFile)(file), null);
        if (content !== null)
            work.filesHashed++;
        const sha256 = content === null ? null : (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
        records[file] = { stamp: content === null ? MISSING : stamp, sha256 };
    }
    return records;
}
/** The identity: the multilib, and each present file's relative name and content digest. */
function identityOf(binDir, multilib, files) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`digests\u0000${multilib}\u0000`);
    for (const [file, { sha256 }] of Object.entries(files)) {
        if (sha256 !== null)
            hash.update(nameWithin(file, binDir)).update('\u0000').update(sha256).update('\u0000');
    }
    return `sha256:${hash.digest('hex')}`;
}
async function identifyToolchain(binDir, memo, use = AVR_GCC, now = Date.now) {
    const key = memoKey(binDir, use);
    const previous = memo === undefined ? null : parseMemo(await memo.get(key));
    const stamps = new Stamps(now);
    const work = { filesHashed: 0, driverAsked: 0 };
    let answers;
    let files;
    let folders;
    if (previous !== null && (await answersStand(previous, stamps))) {
        answers = previous.answers;
        files = Object.keys(previous.files);
        folders = Object.keys(previous.folders);
    }
    else {
        answers = await askAnswers(binDir, use, work);
        ({ files, folders } = await listToolchain(binDir, use, answers));
    }
    const records = await recordFiles(files, previous, stamps, work);
    const folderStamps = Object.fromEntries(await Promise.all(folders.map(async (dir) => [dir, await stamps.of(dir)])));
    const next = { schema: 1, answers, folders: folderStamps, files: records };
    if (memo !== undefined && JSON.stringify(next) !== JSON.stringify(previous))
        await memo.set(key, next);
    return {
        id: identityOf(binDir, answers.multilib, records),
        version: answers.version,
        fileCount: files.length,
        includeDirs: includeDirsOf(answers),
        work
    };
}
/**
 * `<driver> -dumpversion`, or null when it cannot be asked; kept in the memo while the driver file's
 * stamp stands, so that a warm run starts no process to learn it.
 */
async function driverVersion(driver, memo, now = Date.now) {
    const key = memoKey(driver, '-dumpversion');
    const stamp = await new Stamps(now).of(driver);
    const trusted = stamp !== null && stamp !== MISSING;
    const remembered = memo === undefined ? null : parseVersionMemo(await memo.get(key));
    if (trusted && remembered?.stamp === stamp)
        return remembered.version;
    const result = await fromToolchain(driver, 'run', (0,processes/* runProcess */.R)([driver, '-dumpversion']), null);
    const version = result?.code === 0 ? result.stdout.trim() : null;
    if (memo !== undefined && trusted && version !== null)
        await memo.set(key, { schema: 1, stamp, version });
    return version;
}

;// CONCATENATED MODULE: ./build/lib/toolchain/locate.js
/**
 * Finds the toolchain whose bin/ holds the platform's compiler driver (`compiler.c.cmd`: avr-gcc,
 * arm-none-eabi-gcc, ...): the folder the user named, or the one on PATH.
 */



const DEFAULT_DRIVER = 'avr-gcc';
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, promises_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function locateToolchain(dir, searchPath = process.env.PATH ?? '', driver = DEFAULT_DRIVER) {
    if (dir !== null) {
        const binDir = external_node_path_.resolve(dir, 'bin');
        if (!(await isExecutable(external_node_path_.join(binDir, driver)))) {
            throw new errors/* UsageError */.eb(`--toolchain ${dir}: no executable bin/${driver} in that folder`);
        }
        return { dir: external_node_path_.resolve(dir), binDir };
    }
    for (const entry of searchPath.split(external_node_path_.delimiter)) {
        if (entry !== '' && (await isExecutable(external_node_path_.join(entry, driver)))) {
            const binDir = external_node_path_.resolve(entry);
            return { dir: external_node_path_.dirname(binDir), binDir };
        }
    }
    const hint = driver === DEFAULT_DRIVER ? 'install gcc-avr' : `put ${driver} on PATH`;
    throw new errors/* UsageError */.eb(`no toolchain: ${driver} is not on PATH (${hint}, or pass --toolchain DIR)`);
}

;// CONCATENATED MODULE: ./build/lib/cli/debianDefaults.js
/**
 * Debian's avr-gcc 5.4 with Debian's Arduino core (the CLI's defaults on a Debian or Ubuntu machine)
 * fails every sketch: the core's WString.cpp needs DECIMAL_DIG, which that compiler's <float.h> does
 * not define for C++. So that pair gets `-DDECIMAL_DIG=9` in compiler.cpp.extra_flags, appended to the
 * value the user or the platform already gives, and the CLI says so once.
 */








const DEBIAN_CORE_DIR = '/usr/share/arduino/hardware/arduino/avr';
const DEBIAN_COMPILER_DIR = '/usr/bin';
const EXTRA_FLAGS = 'compiler.cpp.extra_flags';
const DECIMAL_DIG = '-DDECIMAL_DIG=9';
/** The compiler.cpp.extra_flags the build should use, or null when nothing is to be added. */
function decimalDigValue(facts) {
    const debianPair = (facts.compilerVersion ?? '').startsWith('5.4.') &&
        facts.compilerBinDir === DEBIAN_COMPILER_DIR &&
        facts.coreDir === DEBIAN_CORE_DIR;
    const current = facts.userValue ?? facts.platformValue;
    if (!debianPair || current.includes('DECIMAL_DIG'))
        return null;
    return `${current} ${DECIMAL_DIG}`.trim();
}
/**
 * The result, or null when the user's setup is at fault (no compiler, no core, a bad platform): the
 * build reports that itself, in its own words. Any other error propagates.
 */
async function unlessSetupError(operation) {
    try {
        return await operation;
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            return null;
        throw error;
    }
}
/** The build properties with the DECIMAL_DIG flag added when the build uses Debian's pair. */
async function debianDefaults(options) {
    const unchanged = { buildProperties: options.buildProperties, note: null };
    const toolchain = await unlessSetupError(locateToolchain(options.toolchainDir));
    const coreDir = options.coreDirs[0] ?? (await unlessSetupError(locateDefaultCore()));
    if (toolchain === null || coreDir === null)
        return unchanged;
    const realCore = await (0,lib_files/* orMissing */.Mr)((0,promises_.realpath)(coreDir), coreDir);
    if (realCore !== DEBIAN_CORE_DIR)
        return unchanged;
    const version = await driverVersion(external_node_path_.join(toolchain.binDir, 'avr-gcc'), options.memo);
    const platform = await unlessSetupError((0,arduino_platform/* loadPlatform */.G)(realCore));
    const userValue = [...options.buildProperties].reverse().find(([key]) => key === EXTRA_FLAGS)?.[1];
    const value = decimalDigValue({
        compilerVersion: version,
        compilerBinDir: await (0,lib_files/* orMissing */.Mr)((0,promises_.realpath)(toolchain.binDir), toolchain.binDir),
        coreDir: realCore,
        platformValue: platform?.properties.get(EXTRA_FLAGS) ?? '',
        userValue
    });
    if (value === null)
        return unchanged;
    return {
        buildProperties: [
            ...options.buildProperties.filter(([key]) => key !== EXTRA_FLAGS),
            [EXTRA_FLAGS, value]
        ],
        note: `note: Debian's avr-gcc 5.4 with Debian's Arduino core: building with ${EXTRA_FLAGS}=${value} ` +
            `(its WString.cpp needs DECIMAL_DIG); give --build-property ${EXTRA_FLAGS}=... to add your own flags`
    };
}

;// CONCATENATED MODULE: ./build/lib/cli/explainPrinter.js
/**
 * `fbuild-action explain`: for every unit and link of the build, hit or miss, and for a miss the
 * labelled key input that differs from the nearest stored entry (unitCache/explain.ts): a file, a
 * flag (with the build property it comes from), the toolchain, the path mode. A miss is named as the
 * report counts it: `reason/detail` (`no-entry/flags-changed`), or the reason alone.
 */

/** A path as the user reads it: relative to the working folder when under it. */
function shown(file, cwd) {
    const relative = external_node_path_.relative(cwd, file);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
/** A miss as the report counts it: its reason, and its finer name when one applies. */
function missName(reason, detail) {
    return detail === null ? reason : `${reason}/${detail}`;
}
/** One line per unit lookup. Pure. */
function unitLine(source, miss, why, cwd) {
    const name = shown(source, cwd);
    return miss === null
        ? `unit ${name}: hit`
        : `unit ${name}: miss (${missName(miss.reason, miss.detail)}): ${why.join('; ')}`;
}
/** One line per sketch's link. Pure. */
function linkLine(result, cwd) {
    const name = shown(result.path, cwd);
    if (result.link === 'skipped')
        return `link ${name}: not linked (${result.ok ? 'nothing to link' : 'a unit failed'})`;
    if (result.link === 'hit')
        return `link ${name}: hit`;
    const miss = result.linkMiss ?? null;
    if (miss === null)
        return `link ${name}: miss (not looked up): the cache is off, or it reads a file no key names`;
    const changed = result.units.misses + result.units.uncacheable;
    const why = miss.detail === 'units-changed'
        ? changed > 0
            ? `${changed} of its units compiled`
            : 'units it shares with a sketch built before it compiled'
        : miss.detail === 'command-changed'
            ? 'its units are the same: the link command, a recipe or a hook changed (or its entry was pruned)'
            : 'its entry in the store was damaged (replaced now)';
    return `link ${name}: miss (${missName(miss.reason, miss.detail)}): ${why}`;
}
function explainPrinter(write, cwd) {
    return event => {
        if (event.type === 'unit-explained') {
            const miss = event.reason === null ? null : { reason: event.reason, detail: event.detail };
            write(unitLine(event.source, miss, event.why, cwd));
        }
        if (event.type === 'sketch-done')
            write(linkLine(event.result, cwd));
    };
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./build/lib/cli/version.js
/**
 * The CLI's version (`--version`): the repository's package.json, two folders up from both src/cli
 * and dist/cli. Read at run time (not a literal path the bundler would copy over dist/cli's own).
 */

function readVersion() {
    try {
        const { version } = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('../../package.json');
        return version ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
const VERSION = readVersion();

;// CONCATENATED MODULE: ./build/lib/store/lookup.js
/** What a store read can find. `corrupt` is a miss the caller counts as `corrupt-entry`. */

const MISS = { kind: 'miss' };
function hit(value) {
    return { kind: 'hit', value };
}
function corrupt(reason) {
    return { kind: 'corrupt', reason };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;
function isSha256Hex(value) {
    return typeof value === 'string' && SHA256_HEX.test(value);
}
function assertSha256Hex(value, what) {
    if (!isSha256Hex(value))
        throw new errors/* InternalError */.Gd(`${what} "${value}" is not a lowercase SHA-256 hex digest`);
}

;// CONCATENATED MODULE: ./build/lib/store/blobs.js
/**
 * Content-addressed blobs: `<root>/blobs/ab/<sha256>`. The name is the hash of the content, so every
 * read re-hashes and a mismatch (bit flip, truncation) is reported as corrupt, for the store to remove.
 */







function sha256Hex(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
function blobPath(root, digest) {
    assertSha256Hex(digest, 'blob digest');
    return blobFile(root, digest);
}
/**
 * Stores `content` and returns its digest. A valid copy already present is not rewritten, only
 * touched: its fresh mtime tells a concurrent prune that someone is about to reference it.
 */
async function putBlob(root, content, folders = new RealFolders(root)) {
    const digest = sha256Hex(content);
    const file = blobPath(root, digest);
    const existing = await readStoreFile(file, root, folders);
    if (existing.kind === 'file' && sha256Hex(existing.content) === digest) {
        const now = new Date();
        await external_node_fs_.promises.utimes(file, now, now).catch(async (error) => {
            // Gone meanwhile (a concurrent prune), or not ours to touch (setting a time needs ownership: a
            // store restored by another user): written afresh, which also freshens it. Else a store fault.
            if (!(0,lib_files/* isNotFound */.c4)(error) && !isNotOwner(error))
                throw error;
            await writeFileAtomic(file, content, folders);
        });
    }
    else {
        await writeFileAtomic(file, content, folders);
    }
    return digest;
}
function isNotOwner(error) {
    const code = error?.code;
    return code === 'EPERM' || code === 'EACCES';
}
/** The blob's content, verified against its digest. A corrupt blob is reported, not removed (see discardBlob). */
async function getBlob(root, digest, folders = new RealFolders(root)) {
    const read = await readStoreFile(blobPath(root, digest), root, folders);
    if (read.kind === 'missing')
        return MISS;
    if (read.kind === 'damaged')
        return corrupt(`blob ${digest}: ${read.reason}`);
    if (sha256Hex(read.content) !== digest) {
        return corrupt(`blob ${digest} does not match its hash (${read.content.length} bytes)`);
    }
    return hit(read.content);
}
/** Removes a blob known to be wrong (bad bytes, a size its entry disagrees with, a folder in its place). */
async function discardBlob(root, digest) {
    const file = blobPath(root, digest);
    if (!(await clearDamage(root, file)))
        await external_node_fs_.promises.rm(file, { force: true });
}
/** Every blob under final names (temp files are skipped). */
async function listBlobs(root) {
    const found = [];
    const blobs = storeFolder(root, 'blobs');
    for (const shard of await listDir(blobs)) {
        for (const name of await listDir(external_node_path_.join(blobs, shard))) {
            if (!isSha256Hex(name))
                continue;
            const stat = await (0,lib_files/* statOrNull */.xX)(external_node_path_.join(blobs, shard, name));
            if (stat?.isFile())
                found.push({ digest: name, size: stat.size, mtimeMs: stat.mtimeMs });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./build/lib/store/entries.js
/**
 * Keyed entries: `<root>/entries/<namespace>/ab/<key>.json`, a small JSON record naming the blobs it
 * references. Written atomically; a record that does not parse, has another schema or names
 * missing/short blobs is corrupt.
 */






const ENTRY_SCHEMA = 1;
const NAMESPACE = /^[a-z0-9][a-z0-9_-]{0,31}$/;
function assertNamespace(namespace) {
    if (!NAMESPACE.test(namespace)) {
        throw new errors/* InternalError */.Gd(`store namespace "${namespace}" must match ${NAMESPACE.source}`);
    }
}
function entryPath(root, namespace, key) {
    assertNamespace(namespace);
    assertSha256Hex(key, 'entry key');
    return entryFile(root, namespace, key);
}
/** An entry's identity in usage logs and eviction plans. */
function entryId(namespace, key) {
    return `${namespace}/${key}`;
}
async function writeEntry(root, record, folders = new RealFolders(root)) {
    await writeFileAtomic(entryPath(root, record.namespace, record.key), JSON.stringify(record), folders);
}
function isBlobRef(value) {
    const ref = value;
    return (typeof ref === 'object' &&
        ref !== null &&
        isSha256Hex(ref.sha256) &&
        Number.isSafeInteger(ref.size) &&
        ref.size >= 0);
}
/** Parses and validates a record read from the entry file for (namespace, key); a string is the defect. */
function parseEntry(text, namespace, key) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return `entry ${namespace}/${key} is not valid JSON (${text.length} bytes)`;
    }
    const record = value;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        return `entry ${namespace}/${key} is not an object`;
    }
    if (record.schema !== ENTRY_SCHEMA)
        return `entry ${namespace}/${key} has schema ${String(record.schema)}`;
    if (record.namespace !== namespace || record.key !== key)
        return `entry ${namespace}/${key} names another key`;
    if (typeof record.runId !== 'string' || typeof record.createdAt !== 'number' || !('meta' in record)) {
        return `entry ${namespace}/${key} lacks runId, createdAt or meta`;
    }
    const blobs = record.blobs;
    if (typeof blobs !== 'object' || blobs === null || !Object.values(blobs).every(isBlobRef)) {
        return `entry ${namespace}/${key} has a malformed blob list`;
    }
    return record;
}
/** Every entry under a final name, all namespaces (temp files are skipped). */
async function listEntries(root) {
    const found = [];
    const entries = storeFolder(root, 'entries');
    for (const namespace of await listDir(entries)) {
        if (!NAMESPACE.test(namespace))
            continue;
        const nsDir = external_node_path_.join(entries, namespace);
        for (const shard of await listDir(nsDir)) {
            for (const name of await listDir(external_node_path_.join(nsDir, shard))) {
                const key = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
                if (!isSha256Hex(key))
                    continue;
                const stat = await (0,lib_files/* statOrNull */.xX)(external_node_path_.join(nsDir, shard, name));
                if (stat?.isFile())
                    found.push({ namespace, key, size: stat.size, mtimeMs: stat.mtimeMs });
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./build/lib/store/version.js
/**
 * `<root>/VERSION` holds the layout number. A store with another (or no readable) version is wiped
 * and recreated rather than misread; files the store does not own are left alone.
 */






const STORE_LAYOUT_VERSION = 1;
/** The layout number; null when VERSION is missing, unreadable as a number, or not a file. */
async function readLayoutVersion(root) {
    const read = await readStoreFile(versionFile(root), root);
    const text = read.kind === 'file' ? read.content.toString('utf8').trim() : '';
    return /^\d+$/.test(text) ? Number(text) : null;
}
/** Makes `root` a store of the current layout; returns true when an old or foreign one was wiped. */
async function version_ensureLayout(root) {
    // A link in place of one of the store's folders is damage (atomic.ts): removed, never followed.
    for (const name of STORE_FOLDERS)
        await clearDamage(root, external_node_path_.join(root, name, 'x'));
    if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION)
        return false;
    await makeDir(root);
    // Rename away first so readers never see a half-deleted tree. VERSION is written before any store
    // folder, so re-reading it just before each rename spares a store another process just created.
    const trash = external_node_path_.join(root, `.trash-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    let wiped = false;
    for (const name of STORE_FOLDERS) {
        if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION)
            break;
        try {
            await external_node_fs_.promises.mkdir(trash, { recursive: true });
            await external_node_fs_.promises.rename(external_node_path_.join(root, name), external_node_path_.join(trash, name));
            wiped = true;
        }
        catch (error) {
            if (!(0,lib_files/* isNotFound */.c4)(error))
                throw error;
        }
    }
    await external_node_fs_.promises.rm(trash, { recursive: true, force: true });
    await writeFileAtomic(versionFile(root), `${STORE_LAYOUT_VERSION}\n`, new RealFolders(root));
    return wiped;
}

;// CONCATENATED MODULE: ./build/lib/store/stats.js
/**
 * Cumulative counters without locks. Each recorder flushes its pending counts as a new, immutable
 * delta file `<root>/stats/<runId>-<pid>-<seq>-<rand>.json`; totals are the sum of all files.
 * Compaction claims files by renaming them into `stats/claim-<id>/` (a rename succeeds once), writes
 * their sum as `stats/compacted-<id>.json`, then removes the claim. Until that sum exists, readers
 * count the claim folder instead, so a compactor killed at any point neither loses nor doubles counts.
 */










const MISS_REASONS = ['no-entry', 'dependency-changed', 'corrupt-entry'];
/** A claim folder left by a compactor that died this long ago may be taken over. */
const STALE_CLAIM_MS = 60 * 60 * 1000;
const FLAT_KEYS = ['hits', 'uncacheable', 'compilerInvocations', 'linkerInvocations', 'bytesStored'];
function emptyCounters() {
    return {
        hits: 0,
        misses: { 'no-entry': 0, 'dependency-changed': 0, 'corrupt-entry': 0 },
        uncacheable: 0,
        compilerInvocations: 0,
        linkerInvocations: 0,
        bytesStored: 0
    };
}
function count(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}
/** Adds `delta` into `into`, reading defensively: unknown or bad fields count as 0. */
function addCounters(into, delta) {
    const source = (typeof delta === 'object' && delta !== null ? delta : {});
    for (const key of FLAT_KEYS)
        into[key] += count(source[key]);
    const misses = (source.misses ?? {});
    for (const reason of MISS_REASONS)
        into.misses[reason] += count(misses[reason]);
    return into;
}
/** What `after` counted beyond `before`, an earlier reading of the same counters. */
function countersSince(after, before) {
    const delta = emptyCounters();
    for (const key of FLAT_KEYS)
        delta[key] = after[key] - before[key];
    for (const reason of MISS_REASONS)
        delta.misses[reason] = after.misses[reason] - before.misses[reason];
    return delta;
}
function statsDir(root) {
    return storeFolder(root, 'stats');
}
class StatsRecorder {
    root;
    runId;
    pending = emptyCounters();
    sequence = 0;
    dirty = false;
    ready;
    constructor(root, runId) {
        this.root = root;
        this.runId = runId;
        assertRunId(runId);
    }
    hit() {
        this.add({ hits: 1 });
    }
    miss(reason) {
        this.add({ misses: { [reason]: 1 } });
    }
    add(delta) {
        addCounters(this.pending, delta);
        this.dirty = true;
    }
    /** Persists what was counted since the last flush as a new delta file. */
    async flush() {
        if (!this.dirty)
            return;
        const delta = this.pending;
        this.pending = emptyCounters();
        this.dirty = false;
        const name = `${this.runId}-${process.pid}-${this.sequence++}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`;
        try {
            this.ready ??= version_ensureLayout(this.root);
            await this.ready;
            await writeFileAtomic(external_node_path_.join(statsDir(this.root), name), JSON.stringify(delta), new RealFolders(this.root));
        }
        catch (error) {
            this.add(delta); // keep the counts for the next flush
            throw error;
        }
    }
}
async function sumFiles(dir, totals) {
    for (const name of await listDir(dir)) {
        if (!name.endsWith('.json') || isTempName(name))
            continue;
        const text = await (0,lib_files/* readFileOrNull */.xB)(external_node_path_.join(dir, name));
        try {
            if (text !== null)
                addCounters(totals, JSON.parse(text.toString('utf8')));
        }
        catch {
            // Files are written atomically; an unparsable one is damage, and counting it as 0 is the best guess.
        }
    }
}
/** Totals over every delta, compacted sum and unfinished claim. */
async function readCounters(root) {
    const totals = emptyCounters();
    const names = await listDir(statsDir(root));
    await sumFiles(statsDir(root), totals);
    for (const name of names) {
        const claimId = /^claim-([0-9a-f]+)$/.exec(name)?.[1];
        if (claimId !== undefined && !names.includes(`compacted-${claimId}.json`)) {
            await sumFiles(external_node_path_.join(statsDir(root), name), totals);
        }
    }
    return totals;
}
async function measureStore(root) {
    const entries = await listEntries(root);
    const blobs = await listBlobs(root);
    return { entries: entries.length, bytes: [...entries, ...blobs].reduce((sum, file) => sum + file.size, 0) };
}
/** Totals, entry count and bytes; a store of another layout version reads as empty. */
async function readStats(root) {
    if ((await readLayoutVersion(root)) !== STORE_LAYOUT_VERSION) {
        return { totals: emptyCounters(), entries: 0, bytesOnDisk: 0 };
    }
    const { entries, bytes } = await measureStore(root);
    return { totals: await readCounters(root), entries, bytesOnDisk: bytes };
}
async function claim(from, claimDir) {
    try {
        await external_node_fs_.promises.rename(from, external_node_path_.join(claimDir, `${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-${external_node_path_.basename(from)}`));
        return true;
    }
    catch (error) {
        if ((0,lib_files/* isNotFound */.c4)(error))
            return false;
        throw error;
    }
}
/** Folds all stat files into one; safe to run beside writers and other compactors. */
async function compactStats(root) {
    const dir = statsDir(root);
    const names = await listDir(dir);
    const claimId = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const claimDir = external_node_path_.join(dir, `claim-${claimId}`);
    await external_node_fs_.promises.mkdir(claimDir, { recursive: true });
    for (const name of names) {
        const file = external_node_path_.join(dir, name);
        const oldClaim = /^claim-([0-9a-f]+)$/.exec(name)?.[1];
        if (oldClaim === undefined) {
            if (name.endsWith('.json') && !isTempName(name))
                await claim(file, claimDir);
        }
        else if (names.includes(`compacted-${oldClaim}.json`)) {
            await external_node_fs_.promises.rm(file, { recursive: true, force: true }); // already summed; its compactor died before cleanup
        }
        else if (Date.now() - ((await (0,lib_files/* statOrNull */.xX)(file))?.mtimeMs ?? Date.now()) > STALE_CLAIM_MS) {
            for (const inner of await listDir(file))
                await claim(external_node_path_.join(file, inner), claimDir);
            await external_node_fs_.promises.rm(file, { recursive: true, force: true });
        }
    }
    if ((await listDir(claimDir)).length === 0) {
        await external_node_fs_.promises.rm(claimDir, { recursive: true, force: true });
        return;
    }
    const totals = emptyCounters();
    await sumFiles(claimDir, totals);
    await writeFileAtomic(external_node_path_.join(dir, `compacted-${claimId}.json`), JSON.stringify(totals));
    await external_node_fs_.promises.rm(claimDir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./build/lib/store/prune.js
/**
 * Eviction. Entries go first (least recently used, by the usage logs), then blobs no entry names.
 * Safe beside a live build: an entry whose file is newer than the prune's start is kept, and a blob
 * is deleted only if its mtime (set or refreshed by every put) is older than start minus a grace.
 */









const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
const DEFAULT_GRACE_MS = 10 * 60 * 1000;
async function scanEntries(root) {
    const scanned = [];
    for (const file of await listEntries(root)) {
        const text = await (0,lib_files/* readFileOrNull */.xB)(entryPath(root, file.namespace, file.key));
        if (text === null)
            continue;
        const record = parseEntry(text.toString('utf8'), file.namespace, file.key);
        const digests = typeof record === 'string' ? [] : [...new Set(Object.values(record.blobs).map(b => b.sha256))];
        scanned.push({ ...file, id: entryId(file.namespace, file.key), digests });
    }
    return scanned;
}
/** Which entries to remove, oldest use first, so that entries plus referenced blobs fit in maxBytes. */
function planEviction(entries, blobs, lastUse, maxBytes) {
    const blobSize = new Map(blobs.map(blob => [blob.digest, blob.size]));
    const refs = new Map();
    for (const entry of entries)
        for (const digest of entry.digests)
            refs.set(digest, (refs.get(digest) ?? 0) + 1);
    let total = entries.reduce((sum, entry) => sum + entry.size, 0);
    for (const blob of blobs)
        if (refs.has(blob.digest))
            total += blob.size;
    const byAge = [...entries].sort((a, b) => Math.max(lastUse.get(a.id) ?? 0, a.mtimeMs) - Math.max(lastUse.get(b.id) ?? 0, b.mtimeMs));
    const evicted = [];
    for (const entry of byAge) {
        if (total <= maxBytes)
            break;
        evicted.push(entry);
        total -= entry.size;
        for (const digest of entry.digests) {
            const left = (refs.get(digest) ?? 1) - 1;
            refs.set(digest, left);
            if (left === 0)
                total -= blobSize.get(digest) ?? 0;
        }
    }
    return evicted;
}
/** Removes an entry unless it was (re)written after `startedAt`, i.e. by a concurrent build. */
async function removeEntryUnlessNewer(root, entry, startedAt) {
    const file = entryPath(root, entry.namespace, entry.key);
    const stat = await (0,lib_files/* statOrNull */.xX)(file);
    if (stat === null || stat.mtimeMs >= startedAt)
        return false;
    await removeIfPresent(file);
    return true;
}
/**
 * Deletes blobs that no entry names: those whose entries this call removed at once, any other only
 * when nobody wrote or touched it since `olderThan` (it may belong to an entry still being written).
 * Losing a race here costs a miss, never a wrong read: an entry whose blob is gone is no hit.
 */
async function collectGarbage(root, olderThan, freed) {
    const referenced = new Set((await scanEntries(root)).flatMap(entry => entry.digests));
    let removed = 0;
    for (const blob of await listBlobs(root)) {
        if (referenced.has(blob.digest) || (blob.mtimeMs >= olderThan && !freed.has(blob.digest)))
            continue;
        await removeIfPresent(blobFile(root, blob.digest));
        removed++;
    }
    return removed;
}
/** Removes `*.tmp-<pid>-<random>` files older than `olderThan` anywhere in the store. */
async function sweepTempFiles(root, olderThan) {
    let removed = 0;
    const walk = async (dir, depth) => {
        for (const name of await listDir(dir)) {
            const file = external_node_path_.join(dir, name);
            const stat = await (0,lib_files/* statOrNull */.xX)(file);
            if (stat?.isDirectory() && depth < 4)
                await walk(file, depth + 1);
            else if (stat?.isFile() && isTempName(name) && stat.mtimeMs < olderThan) {
                await removeIfPresent(file);
                removed++;
            }
        }
    };
    await walk(root, 0);
    return removed;
}
/** Folds usage logs (dropping uses of removed entries) and stat files, so neither grows without end. */
async function compactLogs(root, startedAt) {
    const remaining = new Set((await listEntries(root)).map(entry => entryId(entry.namespace, entry.key)));
    await compactUsageLogs(root, remaining, startedAt);
    await compactStats(root);
}
async function prune(root, options) {
    await version_ensureLayout(root); // never evict by a layout we cannot read
    const startedAt = Date.now();
    const tempFilesRemoved = await sweepTempFiles(root, startedAt - TEMP_MAX_AGE_MS);
    const entries = await scanEntries(root);
    const blobs = await listBlobs(root);
    const bytesBefore = [...entries, ...blobs].reduce((sum, file) => sum + file.size, 0);
    const lastUse = lastUseById(await usage_readUses(root));
    let entriesRemoved = 0;
    const freed = new Set();
    for (const entry of planEviction(entries, blobs, lastUse, options.maxBytes)) {
        if (!(await removeEntryUnlessNewer(root, entry, startedAt)))
            continue;
        entriesRemoved++;
        for (const digest of entry.digests)
            freed.add(digest);
    }
    const blobsRemoved = await collectGarbage(root, startedAt - (options.graceMs ?? DEFAULT_GRACE_MS), freed);
    await compactLogs(root, startedAt);
    return {
        bytesBefore,
        bytesAfter: (await measureStore(root)).bytes,
        entriesRemoved,
        blobsRemoved,
        tempFilesRemoved
    };
}
/** Drops every entry this run neither read nor wrote (the CI action calls it before saving). */
async function evictUntouched(root, runId, options = {}) {
    await ensureLayout(root);
    const startedAt = Date.now();
    const used = idsUsedBy(await readUses(root), runId);
    let entriesRemoved = 0;
    const freed = new Set();
    for (const entry of await scanEntries(root)) {
        if (used.has(entry.id))
            continue;
        if (!(await removeEntryUnlessNewer(root, entry, startedAt)))
            continue;
        entriesRemoved++;
        for (const digest of entry.digests)
            freed.add(digest);
    }
    const blobsRemoved = await collectGarbage(root, startedAt - (options.graceMs ?? DEFAULT_GRACE_MS), freed);
    await sweepTempFiles(root, startedAt - TEMP_MAX_AGE_MS);
    await compactLogs(root, startedAt);
    return { entriesRemoved, blobsRemoved };
}

;// CONCATENATED MODULE: ./build/lib/store/root.js
/** What is done to both stores under one cache root as one: statistics, pruning, retiring old ones. */






/** Removes the stores of an older layout under `root` (a folder holding no store VERSION is left). */
async function retireOldStores(root) {
    for (const dir of retiredStorePaths(root)) {
        if (!(await (0,lib_files/* pathExists */.s0)(versionFile(dir))))
            continue;
        // Renamed away first, so a concurrent build never sees a half-deleted store. Gone already: a
        // concurrent build retired it. Any other error is a store fault (the caller's health warns once).
        const trash = external_node_path_.join(root, `.retired-${process.pid}-${external_node_path_.basename(dir)}`);
        await (0,lib_files/* orMissing */.Mr)(external_node_fs_.promises.rename(dir, trash), undefined);
        await external_node_fs_.promises.rm(trash, { recursive: true, force: true });
    }
}
/** Both stores' statistics as one: counters live in the sketch store, sizes are summed. */
async function readStoreStats(root) {
    const { objects, sketches } = storePaths(root);
    const [objectStats, sketchStats] = await Promise.all([readStats(objects), readStats(sketches)]);
    return {
        totals: sketchStats.totals,
        entries: objectStats.entries + sketchStats.entries,
        bytesOnDisk: objectStats.bytesOnDisk + sketchStats.bytesOnDisk
    };
}
/**
 * Keeps both stores together under `maxBytes`: the object store gives way first (least recently
 * used units), then the sketch store.
 */
async function pruneStores(root, maxBytes) {
    const { objects, sketches } = storePaths(root);
    const sketchBytes = (await readStats(sketches)).bytesOnDisk;
    const fromObjects = await prune(objects, { maxBytes: Math.max(0, maxBytes - sketchBytes) });
    const fromSketches = await prune(sketches, { maxBytes: Math.max(0, maxBytes - fromObjects.bytesAfter) });
    return {
        bytesBefore: fromObjects.bytesBefore + fromSketches.bytesBefore,
        bytesAfter: fromObjects.bytesAfter + fromSketches.bytesAfter,
        entriesRemoved: fromObjects.entriesRemoved + fromSketches.entriesRemoved,
        blobsRemoved: fromObjects.blobsRemoved + fromSketches.blobsRemoved,
        tempFilesRemoved: fromObjects.tempFilesRemoved + fromSketches.tempFilesRemoved
    };
}

;// CONCATENATED MODULE: ./build/lib/store/health.js
/**
 * The store degrades, the build does not (ccache's rule: a cache error never fails a compile). The
 * first file-system error of a store (a full disk, a read-only or unreadable folder, a failing
 * device: ENOSPC, EROFS, EACCES, EIO, ...) ends its use for the rest of the run, with one warning:
 * - a write error stops writing; what the store holds is still read (a read-only store serves hits);
 * - a read error, or a store that cannot be opened, stops using the store at all.
 * Every lookup then misses and every result goes unstored, so the build goes on as `--no-cache`
 * would. Errors that are not the file system's (a TypeError, an InternalError) are bugs: thrown.
 */

class StoreHealth {
    store;
    onFault;
    found = [];
    readingOff = false;
    writingOff = false;
    constructor(store, onFault = () => { }) {
        this.store = store;
        this.onFault = onFault;
    }
    get readable() {
        return !this.readingOff;
    }
    get writable() {
        return !this.readingOff && !this.writingOff;
    }
    /** The faults that turned this store (or its writing) off, in order. */
    get faults() {
        return this.found;
    }
    /** Runs a read; after a fault (now or earlier) the answer is `fallback`. */
    async read(operation, fallback, kind = 'read') {
        if (this.readingOff)
            return fallback;
        try {
            return await operation();
        }
        catch (error) {
            this.fail(kind, error);
            return fallback;
        }
    }
    /** Runs a write unless writing is off; a fault turns writing off. */
    async write(operation) {
        if (!this.writable)
            return false;
        try {
            await operation();
            return true;
        }
        catch (error) {
            this.fail('write', error);
            return false;
        }
    }
    fail(operation, error) {
        if (!(0,errors/* isSystemError */.Or)(error))
            throw error;
        // Operations already under way when a fault turned something off fail the same way: not news.
        const alreadyOff = operation === 'write' ? !this.writable : this.readingOff;
        if (operation === 'write')
            this.writingOff = true;
        else
            this.readingOff = true;
        if (alreadyOff)
            return;
        const fault = { store: this.store, operation, code: error.code, message: error.message };
        this.found.push(fault);
        // One warning per store: a read fault after a write fault is told in the report only.
        if (this.found.length === 1)
            this.onFault(fault);
    }
}
/** The warning line for a fault: what failed, and what the run does without the store. */
function health_faultWarning(fault) {
    const consequence = fault.operation === 'write'
        ? 'storing nothing more in this run (what it holds is still used)'
        : 'building without it for the rest of this run';
    return `store ${fault.store}: cannot ${fault.operation} (${fault.message}); ${consequence}`;
}

;// CONCATENATED MODULE: ./build/lib/store/store.js
/**
 * The store callers use: keyed entries in namespaces (e.g. `objects`, `manifests`, `links`), each
 * referencing named blobs. Reads verify everything; corrupt data (bad bytes, a folder where a file
 * should be, a file where a folder should be) is a miss, reported as such and removed. Its file
 * system failing turns it off for the run (health.ts): reads miss and puts store nothing.
 */










const NOTHING = { found: MISS, blobsToDiscard: [] };
class Store {
    root;
    runId;
    health;
    usage;
    /** The store's folders this run has seen to be real (no link): each is checked once. */
    folders;
    ready;
    constructor(root, options = {}) {
        this.root = root;
        this.runId = options.runId ?? `local-${Date.now()}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
        this.health = new StoreHealth(root, options.onFault);
        this.folders = new RealFolders(root);
        this.usage = new UsageLog(root, this.runId, append => this.health.write(append));
    }
    /** Checks the layout version once; true when an incompatible store was wiped. */
    open() {
        // A store that cannot be opened is never read: it may hold another layout.
        this.ready ??= this.health.read(() => version_ensureLayout(this.root), false, 'open');
        return this.ready;
    }
    /** The entry, after checking its record and that each blob it names exists with its size. */
    async get(namespace, key) {
        const file = entryPath(this.root, namespace, key);
        await this.open();
        const { found, blobsToDiscard } = await this.health.read(() => this.inspect(file, namespace, key), NOTHING);
        if (found.kind === 'corrupt')
            await this.discard(file, blobsToDiscard);
        if (found.kind === 'hit' && this.health.writable)
            this.usage.record(entryId(namespace, key));
        return found;
    }
    /** The entry with all its blobs read and verified; any bad blob makes the entry corrupt. */
    async load(namespace, key) {
        const found = await this.get(namespace, key);
        if (found.kind !== 'hit')
            return found;
        const blobs = new Map();
        for (const [name, ref] of Object.entries(found.value.blobs)) {
            const blob = await this.getBlob(ref);
            if (!this.health.readable)
                return MISS;
            if (blob.kind !== 'hit') {
                await this.discard(entryPath(this.root, namespace, key), []);
                return corrupt(blob.kind === 'corrupt' ? blob.reason : `blob ${ref.sha256} vanished`);
            }
            blobs.set(name, blob.value);
        }
        return hit({ entry: found.value, blobs });
    }
    /**
     * Writes the blobs, then the record that names them, so a visible record never precedes its
     * blobs. False when nothing was stored (the store's writing is off).
     */
    async put(namespace, key, meta, blobs = new Map()) {
        entryPath(this.root, namespace, key); // validates before any write
        await this.open();
        return this.health.write(async () => {
            const refs = {};
            for (const [name, content] of blobs) {
                refs[name] = { sha256: await putBlob(this.root, content, this.folders), size: content.length };
            }
            const record = {
                schema: ENTRY_SCHEMA,
                namespace,
                key,
                runId: this.runId,
                createdAt: Date.now(),
                blobs: refs,
                meta
            };
            await writeEntry(this.root, record, this.folders);
            this.usage.record(entryId(namespace, key));
        });
    }
    /** Writes the uses noted so far (hits and puts) to the usage log: every second of a run and at its end. */
    flush() {
        return this.usage.flush();
    }
    /** A blob by reference (or digest), verified against its hash; a corrupt blob is removed. */
    async getBlob(ref) {
        const digest = typeof ref === 'string' ? ref : ref.sha256;
        blobPath(this.root, digest); // validates the digest
        await this.open();
        const found = await this.health.read(() => getBlob(this.root, digest, this.folders), MISS);
        if (found.kind === 'corrupt') {
            this.folders.forget();
            await this.health.write(() => discardBlob(this.root, digest));
        }
        return found;
    }
    /** Reads only: the entry's record and its blobs' presence and sizes. */
    async inspect(file, namespace, key) {
        const read = await readStoreFile(file, this.root, this.folders);
        if (read.kind === 'missing')
            return NOTHING;
        const id = `entry ${namespace}/${key}`;
        if (read.kind === 'damaged')
            return { found: corrupt(`${id}: ${read.reason}`), blobsToDiscard: [] };
        const record = parseEntry(read.content.toString('utf8'), namespace, key);
        if (typeof record === 'string')
            return { found: corrupt(record), blobsToDiscard: [] };
        for (const ref of Object.values(record.blobs)) {
            const blob = blobPath(this.root, ref.sha256);
            const link = await this.folders.linkAbove(blob);
            const stat = link === null ? await (0,lib_files/* orMissing */.Mr)(external_node_fs_.promises.lstat(blob), null) : null;
            if (link !== null || stat?.isSymbolicLink() === true)
                return {
                    found: corrupt(`${id}: blob ${ref.sha256}: a link stands at ${link ?? blob}`),
                    blobsToDiscard: [ref.sha256]
                };
            if (stat === null)
                return { found: corrupt(`${id}: blob ${ref.sha256} is missing`), blobsToDiscard: [] };
            if (!stat.isFile() || stat.size !== ref.size) {
                const what = stat.isFile() ? `has ${stat.size} bytes, not ${ref.size}` : 'is a folder';
                return { found: corrupt(`${id}: blob ${ref.sha256} ${what}`), blobsToDiscard: [ref.sha256] };
            }
        }
        return { found: hit(record), blobsToDiscard: [] };
    }
    /** Removes a bad entry (and blobs found wrong) so the next put replaces it; a concurrent re-put lost here is only a miss. */
    async discard(file, blobsToDiscard) {
        this.folders.forget();
        await this.health.write(async () => {
            for (const digest of blobsToDiscard)
                await discardBlob(this.root, digest);
            if (!(await clearDamage(this.root, file)))
                await removeIfPresent(file);
        });
    }
}

;// CONCATENATED MODULE: ./build/lib/store/index.js
/** The store's public surface: what the cache logic and the CLI use. */








;// CONCATENATED MODULE: ./build/lib/store/byteSize.js
/** Store sizes as people write them (`--max-size`, `max-store-size`) and as the CLI prints them. */

const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/**
 * `500M`, `2G`, `1.5GB`, `750MiB` or plain bytes; binary multiples, as du and ccache use. `name` is
 * the option or input, for the error.
 */
function parseSize(text, name) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
    const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
    if (match === null || unit === undefined) {
        throw new errors/* UsageError */.eb(`${name}: "${text}" is not a size (expected e.g. 500M, 2G or bytes)`);
    }
    return Math.floor(Number(match[1]) * unit);
}
function formatSize(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./build/lib/cli/storeCommands.js
/** `fbuild-action stats` and `fbuild-action prune`: look into the store and keep it small. */






async function statsCommand(argv, write) {
    const { values } = asUsageError(() => (0,external_node_util_.parseArgs)({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, json: { type: 'boolean' } }
    }), ['store', 'json']);
    const root = typeof values.store === 'string' ? values.store : defaultStoreDir();
    const stats = await readStoreStats(root);
    if (values.json === true) {
        write(`${JSON.stringify({ store: root, ...stats }, null, 2)}\n`);
        return 0;
    }
    const { totals } = stats;
    const misses = MISS_REASONS.map(reason => `${reason} ${totals.misses[reason]}`).join(', ');
    write([
        `store              ${root}`,
        `entries            ${stats.entries} (${formatSize(stats.bytesOnDisk)} on disk)`,
        `hits               ${totals.hits}`,
        `misses             ${misses}`,
        `uncacheable        ${totals.uncacheable}`,
        `compiler runs      ${totals.compilerInvocations}`,
        `linker runs        ${totals.linkerInvocations}`,
        `bytes stored       ${formatSize(totals.bytesStored)}`
    ].join('\n') + '\n');
    return 0;
}
async function pruneCommand(argv, write) {
    const { values } = asUsageError(() => (0,external_node_util_.parseArgs)({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, 'max-size': { type: 'string' } }
    }), ['store', 'max-size']);
    const maxSize = values['max-size'];
    if (typeof maxSize !== 'string')
        throw new errors/* UsageError */.eb('prune: --max-size SIZE is required (e.g. 500M)');
    const root = typeof values.store === 'string' ? values.store : defaultStoreDir();
    const result = await pruneStores(root, parseSize(maxSize, '--max-size'));
    write(`pruned ${root}: ${formatSize(result.bytesBefore)} -> ${formatSize(result.bytesAfter)}, ` +
        `${result.entriesRemoved} entries and ${result.blobsRemoved} blobs removed\n`);
    return 0;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __nccwpck_require__(370);
;// CONCATENATED MODULE: ./build/lib/arduino/size.js
/**
 * Program size from the output of `recipe.size.pattern` (avr-size -A), measured and judged the way
 * arduino-cli's builder does (sizer.go `checkSize`, `computeSize`).
 */

const TIPS_URL = 'https://support.arduino.cc/hc/en-us/articles/360013825179';
/**
 * A Go (RE2) regular expression as a JavaScript one. Covers what platform.txt files use: leading inline
 * flags such as `(?s)` and named groups `(?P<name>...)`; `(?m)` is always on, as arduino-cli prepends it.
 */
function goRegExp(source) {
    let flags = 'gm';
    let body = source;
    const inline = /^\(\?([a-zA-Z]+)\)/.exec(body);
    if (inline?.[1] !== undefined) {
        for (const flag of inline[1]) {
            if (flag === 'i' || flag === 's')
                flags += flag;
            else if (flag !== 'm')
                throw new SyntaxError(`unsupported inline flag "${flag}"`);
        }
        body = body.slice(inline[0].length);
    }
    return new RegExp(body.replaceAll('(?P<', '(?<'), flags);
}
// Go's strconv.Atoi: an optional sign and decimal digits.
function atoi(text) {
    return /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : null;
}
/**
 * Sums, over every match of the regex (applied per line), each submatch that is a whole integer (the
 * full match too, as arduino-cli does); -1 when there is no regex.
 */
function computeSize(key, props, output) {
    const source = props.get(key) ?? '';
    if (source === '')
        return -1;
    let regex;
    try {
        regex = goRegExp(source);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${key} "${source}" is not a valid regular expression: ${error.message}`);
    }
    let size = 0;
    for (const match of output.matchAll(regex)) {
        for (const group of match)
            size += group === undefined ? 0 : (atoi(group) ?? 0);
    }
    return size;
}
function readLimit(key, props) {
    const text = props.get(key) ?? '';
    if (text === '')
        return null;
    const value = atoi(text);
    if (value === null)
        throw new errors/* UsageError */.eb(`${key}="${text}": expected a whole number`);
    return value;
}
function parseSizeOutput(output, props) {
    const flash = computeSize('recipe.size.regex', props, output);
    if (flash < 0)
        throw new errors/* UsageError */.eb('recipe.size.regex is not set: cannot measure the program size');
    const maxFlash = readLimit('upload.maximum_size', props);
    if (maxFlash !== null && maxFlash <= 0) {
        throw new errors/* UsageError */.eb(`upload.maximum_size="${maxFlash}": expected a positive number of bytes`);
    }
    const maxRam = readLimit('upload.maximum_data_size', props);
    return {
        flash,
        ram: computeSize('recipe.size.regex.data', props, output),
        eeprom: computeSize('recipe.size.regex.eeprom', props, output),
        maxFlash,
        maxRam: maxRam !== null && maxRam > 0 ? maxRam : null,
        warnDataPercentage: readLimit('build.warn_data_percentage', props)
    };
}
/**
 * The board's size recipe and limits checked once, before any compile: a broken platform.txt or
 * --build-property is a setup error (one line, exit 2), not the same failure after every link.
 */
function checkSizeRecipe(props) {
    parseSizeOutput('', props);
}
// Go integer division, as arduino-cli computes percentages.
const percent = (part, whole) => Math.trunc((part * 100) / whole);
/** arduino-cli's size messages, and whether the program fits the board. */
function sizeVerdict(size) {
    const { flash, ram, maxFlash, maxRam } = size;
    if (maxFlash === null)
        return { ok: true, lines: [] };
    const lines = [
        `Sketch uses ${flash} bytes (${percent(flash, maxFlash)}%) of program storage space. Maximum is ${maxFlash} bytes.`
    ];
    if (ram >= 0) {
        lines.push(maxRam === null
            ? `Global variables use ${ram} bytes of dynamic memory.`
            : `Global variables use ${ram} bytes (${percent(ram, maxRam)}%) of dynamic memory, leaving ` +
                `${maxRam - ram} bytes for local variables. Maximum is ${maxRam} bytes.`);
    }
    if (flash > maxFlash) {
        lines.push(`Sketch too big; see ${TIPS_URL} for tips on reducing it.`);
        lines.push('text section exceeds available space in board');
        return { ok: false, lines };
    }
    if (maxRam !== null && ram > maxRam) {
        lines.push(`Not enough memory; see ${TIPS_URL} for tips on reducing your footprint.`);
        lines.push('data section exceeds available space in board');
        return { ok: false, lines };
    }
    const warn = size.warnDataPercentage;
    if (warn !== null && maxRam !== null && ram > Math.trunc((maxRam * warn) / 100)) {
        lines.push('Low memory available, stability problems may occur.');
    }
    return { ok: true, lines };
}

// EXTERNAL MODULE: ./build/lib/arduino/libraries.js
var arduino_libraries = __nccwpck_require__(440);
// EXTERNAL MODULE: ./build/lib/arduino/platformSupport.js
var platformSupport = __nccwpck_require__(2489);
// EXTERNAL MODULE: ./build/lib/arduino/compilerRecipes.js
var compilerRecipes = __nccwpck_require__(83);
;// CONCATENATED MODULE: ./build/lib/engine/toolchainChoice.js
/**
 * The toolchain a board builds with: the folder given (--toolchain, the action's install), else
 * the platform's own `compiler.path` when it resolves to the driver (a tool from --tools, a
 * Boards Manager install, a --build-property), else the driver found on PATH.
 */



async function chooseToolchain(props, requested) {
    const { driver } = (0,compilerRecipes/* compilerUseOf */.Ig)(props);
    if (requested !== null)
        return { toolchain: await locateToolchain(requested, undefined, driver), setsCompilerPath: true };
    const own = (0,compilerRecipes/* resolvedCompilerPath */.Py)(props);
    if (own !== null && (await isExecutable(external_node_path_.join(own, driver)))) {
        const binDir = external_node_path_.resolve(own);
        return { toolchain: { dir: external_node_path_.dirname(binDir), binDir }, setsCompilerPath: false };
    }
    return { toolchain: await locateToolchain(null, undefined, driver), setsCompilerPath: true };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./build/lib/arduino/toolsFolder.js
/**
 * Tools found in folders as arduino-builder's `-tools` finds them: `<dir>/<name>/<version>/`, and
 * the Boards Manager layout `<dir>/<packager>/tools/<name>/<version>/` (a `packages` folder). Each
 * gives `runtime.tools.<name>-<version>.path`, and `runtime.tools.<name>.path` names its newest
 * version. Folders are read in the order given; a later folder's tool of the same name and version
 * does not replace an earlier one.
 */




async function subfolders(dir) {
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(dir, { withFileTypes: true }), []);
    return entries
        .filter(entry => entry.isDirectory() && !entry.name.startsWith('.'))
        .map(entry => entry.name)
        .sort();
}
/** A child with a `tools/` folder is a packager (`packages/arduino/tools/...`), any other a tool. */
async function toolsIn(dir) {
    const found = [];
    for (const name of await subfolders(dir)) {
        const versions = await subfolders(external_node_path_.join(dir, name));
        if (versions.includes('tools')) {
            found.push(...(await toolsIn(external_node_path_.join(dir, name, 'tools'))));
            continue;
        }
        for (const version of versions)
            found.push({ name, version, dir: external_node_path_.join(dir, name, version) });
    }
    return found;
}
async function scanToolsFolders(dirs) {
    const seen = new Set();
    const tools = [];
    for (const dir of dirs) {
        for (const tool of await toolsIn(external_node_path_.resolve(dir))) {
            const id = `${tool.name}-${tool.version}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            tools.push(tool);
        }
    }
    return tools;
}
/** Newest first, by semantic version where both read as one (`7-2017q4` does not), else by text. */
function newerFirst(a, b) {
    const [va, vb] = [semver.coerce(a.version), semver.coerce(b.version)];
    if (va !== null && vb !== null && !semver.eq(va, vb))
        return semver.rcompare(va, vb);
    return a.version < b.version ? 1 : a.version > b.version ? -1 : 0;
}
/** The `runtime.tools.*` properties of the tools found. Pure. */
function toolProperties(tools) {
    const properties = tools.map(tool => [
        `runtime.tools.${tool.name}-${tool.version}.path`,
        tool.dir
    ]);
    const names = [...new Set(tools.map(tool => tool.name))];
    for (const name of names) {
        const [newest] = tools.filter(tool => tool.name === name).sort(newerFirst);
        if (newest !== undefined)
            properties.push([`runtime.tools.${name}.path`, newest.dir]);
    }
    return properties;
}

;// CONCATENATED MODULE: ./build/lib/unitCache/keys.js
/**
 * Cache keys: pure functions of what can change an output, never of where things are. Each key
 * names the toolchain by content, commands with roots named and output paths left out. Every kind
 * (unit, result, link, detect) has one `...KeyInputs` builder returning its labelled parts, and
 * `keyOf` hashes them: a miss can then be told part by part (explain.ts), as ccache's
 * `hash_common_info` and debug mode do.
 */

/** Bump when the meaning of a key or an entry changes: old entries then simply stop matching. */
const CACHE_SCHEMA = 3;
/** SHA-256 of a value's JSON: object fields in the order they were written. */
function digestOf(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex');
}
/** The key of any kind: its labelled inputs, hashed. The one place a cache key is made. */
function keyOf(inputs) {
    return digestOf(inputs);
}
// Each builder writes its fields in one fixed order: the JSON, hence the key, depends on it.
function unitKeyInputs({ toolchainId, paths, argv }) {
    return { schema: CACHE_SCHEMA, kind: 'unit', toolchainId, paths, argv: [...argv] };
}
/**
 * The fingerprint of a file that is not there: a result that depends on a header being absent (a
 * failure that names it missing) is found again only while it stays absent.
 */
const ABSENT = '-';
/**
 * Dependencies as a key sees them: each file's content, and, when the unit's output names a
 * location (its preprocessor expanded `__FILE__` in a file known by an absolute path: expansion.ts;
 * with relative paths that is only a toolchain header, or any file in exact-parity mode), every
 * file's location too. The location is that of the file that *expands* the macro, which may be
 * another one (a header's `#define HERE __FILE__` used by the sketch), so one such expansion ties
 * the result to where all of them are.
 */
function dependencyFacts(read, locationBound) {
    return read.map(({ normalized, absolute, facts }) => [
        normalized,
        dependencyPrint(facts, absolute, locationBound)
    ]);
}
/** A dependency set as kept in a blob (detectCache.ts): JSON of DependencyFact pairs. */
function dependencySetBlob(dependencies) {
    return Buffer.from(JSON.stringify(dependencies));
}
/** The pairs of a dependency-set blob; null when it is not one. Pure. */
function parseDependencySet(blob) {
    let value;
    try {
        value = JSON.parse(blob.toString('utf8'));
    }
    catch {
        return null;
    }
    const isFact = (item) => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && typeof item[1] === 'string';
    return Array.isArray(value) && value.every(isFact) ? value : null;
}
/** One file's part of dependencyFacts: what a stored fact is compared with. */
function dependencyPrint(facts, absolute, locationBound) {
    return facts === null ? ABSENT : locationBound ? `${facts.sha256}@${absolute}` : facts.sha256;
}
function resultKeyInputs({ unit, dependencies }) {
    return { schema: CACHE_SCHEMA, kind: 'result', unit, dependencies };
}
function linkKeyInputs(parts) {
    const { toolchainId, paths, linkArgv, objcopyArgvs, sizeArgv, inputs } = parts;
    return {
        schema: CACHE_SCHEMA,
        kind: 'link',
        toolchainId,
        paths,
        linkArgv,
        objcopyArgvs,
        sizeArgv,
        ...(inputs === undefined ? {} : { inputs })
    };
}
function detectKeyInputs({ toolchainId, preprocessArgv, candidates, sources }) {
    return { schema: CACHE_SCHEMA, kind: 'detect', toolchainId, preprocessArgv, candidates, sources };
}

;// CONCATENATED MODULE: ./build/lib/unitCache/roots.js
/**
 * Named roots: the folders a build reads from or writes to (toolchain, core, each library, the
 * sketch, the build folder, home, workspace). Keys hold paths relative to them, so the same build at
 * another location, on another runner, has the same keys. A path under no root stays absolute.
 */

/** Longest folder first, so the most specific root wins; duplicate folders keep their first name. */
function orderRoots(roots) {
    const seen = new Set();
    const unique = roots
        .map(root => ({ name: root.name, dir: external_node_path_.resolve(root.dir) }))
        .filter(root => root.dir !== external_node_path_.parse(root.dir).root && !seen.has(root.dir) && seen.add(root.dir));
    return unique.sort((a, b) => b.dir.length - a.dir.length);
}
// Characters that end a path inside an argument or a line (`-DX=/a/b`, `"/a/b"`, `/a/b:12`).
const PATH_END = /[\s"'=,:;]/;
function endsPath(text, index) {
    const next = text[index];
    return next === undefined || next === '/' || next === '\\' || PATH_END.test(next);
}
/** A root only matches where a path starts: `/tmp/x/usr/lib` does not hold the root `/usr`. */
function startsPath(text, index) {
    for (let i = index - 1; i >= 0; i--) {
        const previous = text[i] ?? '';
        if (previous === '/' || previous === '\\')
            return false;
        if (PATH_END.test(previous))
            return true;
    }
    return true;
}
/**
 * Replaces every occurrence of a root folder in `text` (a path, an argument, a source line) by
 * `{name}` (or what `mark` makes of the name). Only whole path prefixes match: `/a/core2` is not
 * under `/a/core`.
 */
function normalizeText(text, orderedRoots, mark = name => `{${name}}`) {
    let result = text;
    for (const root of orderedRoots) {
        if (!result.includes(root.dir))
            continue;
        let out = '';
        let from = 0;
        for (let at = result.indexOf(root.dir); at >= 0; at = result.indexOf(root.dir, at + 1)) {
            if (at < from || !startsPath(result, at) || !endsPath(result, at + root.dir.length))
                continue;
            out += `${result.slice(from, at)}${mark(root.name)}`;
            from = at + root.dir.length;
        }
        result = out + result.slice(from);
    }
    return result;
}
/** The root a normalized path is under (`{name}/rel` -> `name`); null for a path under none. Pure. */
function rootNameOf(normalized) {
    return /^\{([^}]+)\}/.exec(normalized)?.[1] ?? null;
}
/** The inverse for one path: `{name}/rel` back to an absolute path at this location. */
function resolveNormalized(normalized, orderedRoots) {
    const match = /^\{([^}]+)\}(.*)$/.exec(normalized);
    if (match === null)
        return external_node_path_.isAbsolute(normalized) ? normalized : null;
    const root = orderedRoots.find(candidate => candidate.name === match[1]);
    return root === undefined ? null : root.dir + (match[2] ?? '');
}
/** A compile or link command as a key sees it: roots named, the output path left out. */
function normalizeArgv(argv, orderedRoots) {
    const result = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '-o') {
            i++;
            continue;
        }
        result.push(normalizeText(arg, orderedRoots));
    }
    return result;
}
// Compiler output never holds a NUL, so a marked root cannot be confused with text the compiler printed.
const MARK = '\u0000';
/** Text to keep across locations (compiler messages): every root folder marked by name. */
function portableText(text, orderedRoots) {
    return normalizeText(text, orderedRoots, name => `${MARK}${name}${MARK}`);
}
/** `portableText` at this location: each root back to its folder; null when a root is unknown here. */
function placeText(portable, orderedRoots) {
    // Split on the marks, odd pieces are root names.
    const pieces = portable.split(MARK);
    let placed = '';
    for (const [i, piece] of pieces.entries()) {
        if (i % 2 === 0) {
            placed += piece;
            continue;
        }
        const root = orderedRoots.find(candidate => candidate.name === piece);
        if (root === undefined)
            return null;
        placed += root.dir;
    }
    return placed;
}
/** A path under a root as the toolchain sees it in `relative` mode: `name/rest`; others unchanged. */
function relativeName(file, orderedRoots) {
    return normalizeText(file, orderedRoots, name => name);
}
// A macro's value keeps its meaning: `-DDATA="/abs/x"` stays what the user wrote.
const KEEPS_VALUE = /^-[DU]/;
/**
 * A command for the execution root: every root folder in its arguments (`-I/a/lib/src`,
 * `/a/build/x.o`, `-Wl,-Map,/a/build/x.map`) named relative to it; the program and macro
 * definitions stay as they are.
 */
function relativeArgv(argv, orderedRoots) {
    return argv.map((arg, i) => (i === 0 || KEEPS_VALUE.test(arg) ? arg : relativeName(arg, orderedRoots)));
}
/** Roots by name, longest name first, so `sketch/Blink-2` is tried before `sketch/Blink`. */
function byNameLength(orderedRoots) {
    return [...orderedRoots].sort((a, b) => b.name.length - a.name.length);
}
/** A path the toolchain printed in `relative` mode, at this location; an absolute one as it is. */
function placeRelativePath(file, orderedRoots) {
    if (external_node_path_.isAbsolute(file))
        return file;
    const root = byNameLength(orderedRoots).find(candidate => file === candidate.name || file.startsWith(`${candidate.name}/`));
    return root === undefined ? null : root.dir + file.slice(root.name.length);
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The toolchain's messages in `relative` mode (`sketch/Blink/Blink.ino:6:3: error: ...`, `In file
 * included from lib/user/Tally/src/Tally.h:2`) with each root-relative path placed at this location,
 * as a compile with real paths would have printed them. A name matches only where a path starts and
 * ends (`build/x.o`, not `rebuild/x.o` or `buildings`).
 */
function placeRelativeText(text, orderedRoots) {
    const roots = byNameLength(orderedRoots);
    if (roots.length === 0)
        return text;
    const names = roots.map(root => escapeRegExp(root.name)).join('|');
    const pattern = new RegExp(`(^|[\\s"'(<=,\`])(${names})(?=[/\\s"'=,:;)>\`]|$)`, 'gm');
    const dirs = new Map(roots.map(root => [root.name, root.dir]));
    return text.replace(pattern, (_match, before, name) => `${before}${dirs.get(name) ?? name}`);
}

;// CONCATENATED MODULE: ./build/lib/unitCache/detectCache.js


const DEPENDENCIES_BLOB = 'dependencies';
/** Whether what the entry was found from still holds: its own facts, then the shared set if any. */
async function dependenciesHold(cache, entry, stored) {
    if (!Array.isArray(stored.dependencies) || !(await cache.dependenciesMatch(stored.dependencies)))
        return false;
    const shared = entry.blobs[DEPENDENCIES_BLOB];
    return shared === undefined || (await cache.dependencySetMatches(shared));
}
/** A fact of the sketch's own files: under a root of its own (`sketch/<name>`) or its build folder. */
function isSketchOwn([file]) {
    const root = rootNameOf(file);
    return root === 'build' || root?.startsWith('sketch/') === true;
}
function detectionKeyOf(cache, question) {
    return keyOf(detectKeyInputs({
        toolchainId: question.toolchainId,
        preprocessArgv: question.preprocessArgv.map(arg => cache.normalize(arg)),
        candidates: question.candidates.map(library => [
            cache.normalize(library.dir),
            [...library.headers].sort()
        ]),
        sources: question.sketchFiles.map(file => cache.normalize(file)).sort()
    }));
}
/** What detection found last time, when nothing it was found from has changed. */
async function lookupDetection(cache, key, candidates) {
    const found = await cache.sketchStore.get('detect', key);
    if (found.kind !== 'hit')
        return null;
    const stored = found.value.meta;
    if (stored === null || !(await dependenciesHold(cache, found.value, stored)))
        return null;
    if (stored.libraries === null) {
        const error = typeof stored.error === 'string' ? placeText(stored.error, cache.roots()) : null;
        return error === null ? null : { ok: false, error };
    }
    if (!Array.isArray(stored.libraries))
        return null;
    const libraries = [];
    for (const normalized of stored.libraries) {
        const dir = cache.resolve(normalized);
        const library = candidates.find(candidate => candidate.dir === dir);
        if (library === undefined)
            return null;
        libraries.push(library);
    }
    return { ok: true, libraries };
}
/**
 * Stores what detection found: `read`, the files it read (they must still be there), `absent`, the
 * places a missing header was looked for (it must still not be there). Never a failure the
 * environment caused: the caller does not pass one.
 */
async function storeDetection(cache, key, found, read, absent = []) {
    const files = [...new Set([...read, ...absent])].sort();
    const dependencies = await cache.currentFacts(files.map(file => cache.normalize(file)), false);
    if (dependencies === null)
        return;
    const present = new Set(read);
    // A file read that is gone, or a missing header that is there: what was found no longer holds.
    if (dependencies.some(([, print], i) => (print === ABSENT) === present.has(files[i] ?? '')))
        return;
    const record = 'libraries' in found
        ? { libraries: found.libraries.map(library => cache.normalize(library.dir)), error: null }
        : { libraries: null, error: portableText(found.error, cache.roots()) };
    record.dependencies = dependencies.filter(isSketchOwn);
    const shared = dependencies.filter(fact => !isSketchOwn(fact));
    const blobs = new Map([[DEPENDENCIES_BLOB, dependencySetBlob(shared)]]);
    await cache.sketchStore.put('detect', key, record, blobs);
}

;// CONCATENATED MODULE: ./build/lib/unitCache/linkCache.js
/**
 * Link results (every file the link steps made: ELF, HEX, EEP, BIN, map, ..., and the size tool's
 * output) keyed by the linker's identity, the
 * normalized commands and the result key of every input unit: a warm sketch is a lookup and a copy.
 */




/** A stored name is a file-name suffix: nothing that could lead out of the build folder. */
const OUTPUT_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
/** How a link key names one object: `unit:<result key>`, or `object:<sha256>` for an uncacheable unit. */
function objectName(resultKey, objectSha256) {
    if (resultKey !== null)
        return `unit:${resultKey}`;
    return objectSha256 === null ? null : `object:${objectSha256}`;
}
/**
 * The key of a link, or null when an input has no name (objectName). Objects are named by their
 * units' result keys (command and every file read, by content), not by their bytes: gcc's LTO
 * objects differ run to run (random section suffixes, the build folder in debug info), so equal
 * inputs must name equal links wherever and whenever they were compiled. An uncacheable unit is
 * named by its bytes, so it costs only the links that really consumed it. The core archive is
 * named by its members' names, in order. `inputs`: other files the link reads, named by the
 * caller (a library's `<DirName>.a` by its members, a precompiled archive by its content).
 */
function linkKeyOf(cache, toolchainId, commands, objectNames, archiveMembers, inputs = new Map()) {
    if ([...objectNames.values(), ...archiveMembers, ...inputs.values()].some(name => name === null))
        return null;
    const byNormalizedPath = new Map();
    for (const [file, name] of [...objectNames, ...inputs])
        byNormalizedPath.set(cache.normalize(file), name ?? '');
    byNormalizedPath.set(cache.normalize(commands.archive), `archive:${digestOf(archiveMembers)}`);
    const normalize = (argv) => normalizeArgv(argv, []).map(arg => {
        const normalized = cache.normalize(arg);
        // The recipe names the archive as {build.path}/../../core/..: look paths up resolved.
        return byNormalizedPath.get(cache.normalize(external_node_path_.normalize(arg))) ?? normalized;
    });
    return keyOf(linkKeyInputs({
        toolchainId,
        paths: cache.pathMode,
        linkArgv: normalize(commands.link),
        objcopyArgvs: commands.objcopy.map(step => normalize(step.argv)),
        sizeArgv: normalize(commands.size),
        ...(inputs.size === 0
            ? {}
            : {
                inputs: [...inputs]
                    .map(([file, name]) => [cache.normalize(file), name ?? ''])
                    .sort()
            })
    }));
}
async function lookupLink(cache, key, outputFile) {
    const found = await cache.sketchStore.load('links', key);
    if (found.kind !== 'hit')
        return { kind: 'miss', corrupt: found.kind === 'corrupt' };
    const meta = found.value.entry.meta;
    if (typeof meta?.error === 'string') {
        const error = placeText(meta.error, cache.roots());
        return error === null ? { kind: 'miss', corrupt: false } : { kind: 'failed', error };
    }
    if (typeof meta?.sizeOutput !== 'string')
        return { kind: 'miss', corrupt: true };
    if ([...found.value.blobs.keys()].some(name => !OUTPUT_NAME.test(name)))
        return { kind: 'miss', corrupt: true };
    for (const [name, content] of found.value.blobs) {
        const file = outputFile(name);
        await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
    }
    return { kind: 'hit', sizeOutput: meta.sizeOutput };
}
async function storeLink(cache, key, files, sizeOutput) {
    const record = { sizeOutput };
    if (!(await cache.sketchStore.put('links', key, record, files)))
        return;
    for (const content of files.values())
        cache.bytesStored += content.length;
}
/** A link that failed for its inputs (overflow, undefined reference): never one the environment caused. */
async function storeLinkFailure(cache, key, error) {
    const record = { error: portableText(error, cache.roots()) };
    await cache.sketchStore.put('links', key, record);
}

;// CONCATENATED MODULE: ./build/lib/unitCache/buildCache.js



/** The reason a report and the statistics count: only a store's; a store never asked missed nothing. */
function storeMissReason(reason) {
    return MISS_REASONS.includes(reason) ? reason : null;
}
const OFF_MISS = { kind: 'miss', reason: 'cache-off' };
/** The cache over the store. */
function storeCache(cache) {
    return {
        get bytesStored() {
            return cache.bytesStored;
        },
        keyOf: argv => cache.keyOf(argv),
        lookupUnit: key => cache.lookupUnit(key),
        explainMiss: (...question) => cache.explainMiss(...question),
        materialize: (...unit) => cache.materialize(...unit),
        storeUnit: (...unit) => cache.storeUnit(...unit),
        normalize: text => cache.normalize(text),
        detectionKey: question => detectionKeyOf(cache, question),
        lookupDetection: (key, candidates) => lookupDetection(cache, key, candidates),
        storeDetection: (key, found, read, absent) => storeDetection(cache, key, found, read, absent),
        linkKey: (...link) => linkKeyOf(cache, ...link),
        async lookupLink(key, outputFile) {
            if (key === null)
                return { kind: 'miss', reason: 'unnamed-input' };
            const found = await lookupLink(cache, key, outputFile);
            if (found.kind !== 'miss')
                return found;
            return { kind: 'miss', reason: found.corrupt ? 'corrupt-entry' : 'no-entry' };
        },
        async storeLink(key, files, sizeOutput) {
            if (key !== null)
                await storeLink(cache, key, await files(), sizeOutput);
        },
        async storeLinkFailure(key, error) {
            if (key !== null)
                await storeLinkFailure(cache, key, error);
        }
    };
}
/** `--no-cache`: every lookup misses (`cache-off`), every store is a no-op, no key is computed. */
const CACHE_OFF = {
    bytesStored: 0,
    keyOf: () => '',
    lookupUnit: () => Promise.resolve(OFF_MISS),
    explainMiss: () => Promise.resolve({ detail: null, why: ['the cache is off'] }),
    materialize: () => Promise.resolve(),
    storeUnit: () => Promise.resolve({ kind: 'cache-off' }),
    normalize: text => text,
    detectionKey: () => '',
    lookupDetection: () => Promise.resolve(null),
    storeDetection: () => Promise.resolve(),
    linkKey: () => null,
    lookupLink: () => Promise.resolve(OFF_MISS),
    storeLink: () => Promise.resolve(),
    storeLinkFailure: () => Promise.resolve()
};

;// CONCATENATED MODULE: ./build/lib/toolchain/failures.js
const ENVIRONMENT_MESSAGES = [
    [/No space left on device/, 'the disk is full (ENOSPC)'],
    [/Input\/output error/, 'an I/O error (EIO)'],
    [/out of memory|virtual memory exhausted|Cannot allocate memory/i, 'memory ran out'],
    [
        /error trying to exec|execvp: |cannot find '(ld|as)'|Permission denied$/m,
        'a program of the toolchain is missing or not executable'
    ],
    [
        /internal compiler error|terminated program|not reproducible, so it is likely a hardware or OS problem/,
        'the compiler crashed or was killed'
    ]
];
/** Why the environment, not the inputs, made this process fail; null for a success or a real result. */
function environmentFailure(result) {
    if (result.signal !== null)
        return `killed by ${result.signal}`;
    if (result.code === 0)
        return null;
    const output = `${result.stdout}\n${result.stderr}`;
    return ENVIRONMENT_MESSAGES.find(([pattern]) => pattern.test(output))?.[1] ?? null;
}

// EXTERNAL MODULE: ./build/lib/arduino/recipes.js
var recipes = __nccwpck_require__(8236);
;// CONCATENATED MODULE: ./build/lib/unitCache/depfile.js
/** Make-style dependency files (`-MMD`): what a compile read, and how to write them back on a hit. */
/** The prerequisites of the first rule, unescaped as gcc escapes them (`\ `, `\#`, `$$`). */
function parseDepfile(text) {
    const joined = text.replace(/\\\r?\n/g, ' ');
    const colon = joined.search(/:(\s|$)/);
    if (colon < 0)
        return [];
    const firstRule = joined.slice(colon + 1).split(/\r?\n/)[0] ?? '';
    const files = [];
    let current = '';
    for (let i = 0; i < firstRule.length; i++) {
        const char = firstRule[i] ?? '';
        const next = firstRule[i + 1];
        if (char === '\\' && (next === ' ' || next === '#')) {
            current += next;
            i++;
        }
        else if (char === '$' && next === '$') {
            current += '$';
            i++;
        }
        else if (/\s/.test(char)) {
            if (current !== '')
                files.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    if (current !== '')
        files.push(current);
    return files;
}
// As gcc escapes: a space or # with a backslash, $ doubled.
const depfile_escape = (file) => file.replace(/([ #])/g, '\\$1').replace(/\$/g, '$$$$');
/** A dependency file as gcc writes it with -MMD: the object, then every file it read. */
function formatDepfile(object, files) {
    return `${depfile_escape(object)}: ${files.map(depfile_escape).join(' \\\n ')}\n`;
}
/** gcc -MMD writes `x.o`'s dependencies to `x.d`. */
function depfilePath(objectPath) {
    return objectPath.replace(/\.o$/, '.d');
}

;// CONCATENATED MODULE: ./build/lib/engine/compileUnits.js
/**
 * Translation units: one compile each, described by its argv. A unit that several sketches need with
 * the same flags (core, libraries) maps to the same object path and is compiled once per run.
 */









/**
 * A short hash of a compile configuration (recipes and include folders), so objects built with
 * different flags never share a folder and objects built with the same flags always do.
 */
function flagsDigest(props, includeDirs) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const language of ['S', 'c', 'cpp']) {
        hash.update((0,recipes/* compileArgv */.eU)(props, language, '<source>', '<object>', includeDirs).join('\u0000'));
        hash.update('\u0001');
    }
    return hash.digest('hex').slice(0, 12);
}
/** The units for `sources`, with objects laid out under `objectDir` mirroring `sourceRoot`. */
function planUnits(props, sources, sourceRoot, objectDir, includeDirs) {
    return sources.map(source => {
        const language = (0,fileKinds/* languageOf */.eX)(source);
        if (language === null)
            throw new Error(`not a compilable source: ${source}`);
        const object = external_node_path_.join(objectDir, `${external_node_path_.relative(sourceRoot, source)}.o`);
        return { source, object, argv: (0,recipes/* compileArgv */.eU)(props, language, source, object, includeDirs) };
    });
}
/**
 * Gets each unit's object once per run: from the cache (objects are written only when a link
 * needs them) or from a real compile, whose result is then stored.
 */
class UnitCompiler {
    runner;
    cache;
    exec;
    explainer;
    resolved = new Map();
    written = new Map();
    constructor(runner, 
    /** The cache, or CACHE_OFF (unitCache/buildCache.ts). */
    cache, exec, explainer = null) {
        this.runner = runner;
        this.cache = cache;
        this.exec = exec;
        this.explainer = explainer;
    }
    async compile(unit) {
        const existing = this.resolved.get(unit.object);
        if (existing !== undefined)
            return { ...(await existing), firstHere: false };
        const pending = this.resolve(unit);
        this.resolved.set(unit.object, pending);
        return { ...(await pending), firstHere: true };
    }
    /** Makes sure a unit's object file exists (a cache hit is written out on first need). */
    async ensureObject(outcome) {
        const object = outcome.cachedObject;
        if (object === null)
            return;
        let pending = this.written.get(outcome.unit.object);
        if (pending === undefined) {
            pending = this.cache.materialize(outcome.unit.object, object, outcome.dependencies);
            this.written.set(outcome.unit.object, pending);
        }
        await pending;
    }
    async resolve(unit) {
        const key = this.cache.keyOf(unit.argv);
        const found = await this.cache.lookupUnit(key);
        if (found.kind === 'hit') {
            this.explainer?.tell(unit, null, { detail: null, why: [] });
            return {
                unit,
                ok: found.result.ok,
                messages: found.result.messages,
                source: 'hit',
                missReason: null,
                missDetail: null,
                seconds: 0,
                resultKey: found.resultKey,
                cachedObject: found.result.ok ? found.result.object : null,
                dependencies: found.dependencies,
                objectSha256: null
            };
        }
        const reason = storeMissReason(found.reason);
        const explained = reason === null ? null : await this.explainMiss(unit, key, reason);
        return this.compileNow(unit, key, reason, explained?.detail ?? null);
    }
    /**
     * Why the store missed, for the report's finer reasons and for `explain`: only on a miss (a store
     * read or two beside the compile it costs), never on a hit.
     */
    async explainMiss(unit, key, reason) {
        const properties = this.explainer?.properties ?? [];
        const explained = await this.cache.explainMiss(key, unit.argv, unit.source, reason, properties);
        this.explainer?.tell(unit, reason, explained);
        return explained;
    }
    /**
     * The unit's preprocessor check (unitCache/expansion.ts), counted as a preprocessor run, in the
     * same execution root as the compile: its output keeps the names the compiler saw (the verdict
     * reads them), its messages (`-H`) get real paths.
     */
    runCheck = async (argv) => {
        const ran = await this.runner.run('preprocess', this.exec.command(argv), this.exec.cwd);
        return { ...ran, stderr: this.exec.placeText(ran.stderr) };
    };
    /** The compiler's dependency file with real paths, as a compile with real paths writes it. */
    async placeDepfile(object) {
        if (this.exec.mode === 'absolute')
            return;
        const file = depfilePath(object);
        const text = await (0,lib_files/* readFileOrNull */.xB)(file);
        if (text === null)
            return;
        const placed = parseDepfile(text.toString('utf8')).map(this.exec.placePath);
        await (0,promises_.writeFile)(file, formatDepfile(object, placed));
    }
    async compileNow(unit, key, missReason, missDetail) {
        await (0,promises_.mkdir)(external_node_path_.dirname(unit.object), { recursive: true });
        const result = await this.runner.run('compile', this.exec.command(unit.argv), this.exec.cwd);
        const messages = this.exec.placeText((result.stdout + result.stderr).trim());
        const compiled = {
            unit,
            messages,
            missReason,
            missDetail,
            seconds: result.seconds,
            resultKey: null,
            cachedObject: null,
            dependencies: [],
            objectSha256: null
        };
        if (result.code !== 0 || result.signal !== null) {
            const failed = { ...compiled, ok: false, source: 'failed' };
            // A failure is a result and is stored, unless the environment caused it (toolchain/failures.ts).
            if (environmentFailure(result) !== null)
                return failed;
            const outcome = { ok: false, objectPath: unit.object, messages, exitCode: result.code };
            const stored = await this.cache.storeUnit(key, unit.source, unit.argv, outcome, this.runCheck);
            return stored.kind === 'stored'
                ? { ...failed, resultKey: stored.resultKey, dependencies: stored.dependencies }
                : failed;
        }
        await this.placeDepfile(unit.object);
        const outcome = { ok: true, objectPath: unit.object, messages };
        const stored = await this.cache.storeUnit(key, unit.source, unit.argv, outcome, this.runCheck);
        if (stored.kind === 'cache-off')
            return { ...compiled, ok: true, source: 'compiled' };
        if (stored.kind === 'stored') {
            return {
                ...compiled,
                ok: true,
                source: 'compiled',
                resultKey: stored.resultKey,
                dependencies: stored.dependencies
            };
        }
        const object = await (0,promises_.readFile)(unit.object);
        const objectSha256 = (0,external_node_crypto_.createHash)('sha256').update(object).digest('hex');
        return { ...compiled, ok: true, source: 'uncacheable', dependencies: stored.dependencies, objectSha256 };
    }
}

;// CONCATENATED MODULE: ./build/lib/engine/executionRoot.js
/**
 * The execution root (Bazel's term; ccache's `base_dir` does the same by rewriting): a per-run
 * folder holding one symbolic link per named root (`core-platform`, `lib/user/Tally`,
 * `sketch/Blink`, `build`, ...). Compiles and links run inside it with every path under a root given
 * relative to it, so what the compiler writes into an object (`__FILE__`, `#line` names) is the
 * same text wherever the checkout, the libraries, the core or the build folder really are. The
 * links resolve physically, so `#include "../x.h"` and `#pragma once` behave as with real paths.
 * What the toolchain prints comes back with real paths (roots.ts placeRelativeText).
 *
 * Each run makes its own folder (two builds at once never share one) and removes it at the end.
 */




/** Real paths everywhere, as arduino-cli: exact parity, outputs name their locations. */
const absolutePaths = {
    mode: 'absolute',
    cwd: undefined,
    command: argv => [...argv],
    nameOf: file => file,
    placePath: file => external_node_path_.resolve(file),
    placeText: text => text,
    dispose: () => Promise.resolve()
};
/** Makes this run's execution root: a fresh folder with a link to each root. */
async function createExecutionRoot(orderedRoots) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_namespaceObject.tmpdir)(), 'fbuild-exec-'));
    try {
        for (const root of orderedRoots) {
            const link = external_node_path_.join(dir, root.name);
            await (0,promises_.mkdir)(external_node_path_.dirname(link), { recursive: true });
            await (0,promises_.symlink)(root.dir, link, 'dir');
        }
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
    return {
        mode: 'relative',
        cwd: dir,
        command: argv => relativeArgv(argv, orderedRoots),
        nameOf: file => relativeName(file, orderedRoots),
        placePath: file => placeRelativePath(file, orderedRoots) ?? external_node_path_.resolve(dir, file),
        placeText: text => placeRelativeText(text, orderedRoots),
        // rm removes the links themselves, never what they point to.
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true })
    };
}

;// CONCATENATED MODULE: ./build/lib/arduino/cppScan.js
/**
 * A small C++ lexer for merged sketch sources (.ino.cpp), enough to find top-level declarations the
 * way arduino-ctags does. It follows `#line` directives so every token knows its file and line.
 *
 * What it ignores, and why (arduino-builder runs `gcc -E` first, which we do not):
 * - comments, string and character literals (never seen as code);
 * - text inside `#if 0` / `#if false` (and the `#else` of `#if 1` / `#if true`); we cannot evaluate
 *   other conditions (`#ifdef X`, `#if defined(...)`), so all their branches are scanned;
 * - every other preprocessor line (`#include`, `#define`, ...): macros are not expanded.
 */
const LINE_DIRECTIVE = /^\s*#\s*line\s+(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?/;
/** Maps each row to the file and line that `#line` directives give it (the C preprocessor's rule). */
function rowOrigins(rows) {
    const origins = [];
    let file = '';
    let line = 1;
    for (const row of rows) {
        origins.push({ file, line });
        const m = LINE_DIRECTIVE.exec(row);
        if (m) {
            line = Number(m[1]);
            if (m[2] !== undefined)
                file = m[2].replace(/\\(.)/g, '$1');
        }
        else {
            line++;
        }
    }
    return origins;
}
/** The condition of an `#if`: true, false, or unknown. */
function conditionValue(directive, rest) {
    if (directive !== 'if')
        return undefined;
    const cond = rest.trim();
    if (cond === '0' || cond === 'false')
        return false;
    if (cond === '1' || cond === 'true')
        return true;
    return undefined;
}
/**
 * Updates the conditional stack for one directive. A known-false branch is dead; an unknown condition
 * keeps its branch live and does not kill the #else, so both sides of `#ifdef X ... #else` are scanned.
 */
function applyDirective(stack, name, rest) {
    const top = stack[stack.length - 1];
    if (name === 'if' || name === 'ifdef' || name === 'ifndef') {
        const parentLive = top ? top.live : true;
        const value = conditionValue(name, rest);
        stack.push({ parentLive, live: parentLive && value !== false, takenKnown: value === true });
    }
    else if (name === 'elif' && top) {
        const value = conditionValue('if', rest);
        top.live = top.parentLive && !top.takenKnown && value !== false;
        top.takenKnown ||= value === true;
    }
    else if (name === 'else' && top) {
        top.live = top.parentLive && !top.takenKnown;
    }
    else if (name === 'endif') {
        stack.pop();
    }
}
const PUNCT3 = ['...', '<<=', '>>=', '->*'];
const PUNCT2 = ['::', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=']; // prettier-ignore
/** Tokenizes the merged source: comments, literals' contents and dead preprocessor branches are skipped. */
function tokenize(source) {
    const tokens = [];
    const stack = [];
    let i = 0;
    let row = 0;
    let spaced = true;
    let atLineStart = true;
    const n = source.length;
    const live = () => stack.length === 0 || stack[stack.length - 1]?.live !== false;
    while (i < n) {
        const c = source.charAt(i);
        if (c === '\n') {
            row++;
            i++;
            spaced = true;
            atLineStart = true;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
            i++;
            spaced = true;
            continue;
        }
        if (c === '\\' && source[i + 1] === '\n') {
            row++;
            i += 2;
            continue;
        }
        if (c === '/' && source[i + 1] === '/') {
            while (i < n && source[i] !== '\n')
                i++;
            spaced = true;
            continue;
        }
        if (c === '/' && source[i + 1] === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end < 0 ? n : end + 2;
            for (let k = i; k < stop; k++)
                if (source[k] === '\n')
                    row++;
            i = stop;
            spaced = true;
            continue;
        }
        if (c === '#' && atLineStart) {
            const start = i;
            while (i < n && (source[i] !== '\n' || source[i - 1] === '\\')) {
                if (source[i] === '\n')
                    row++;
                i++;
            }
            const m = /^#\s*(\w+)(.*)/s.exec(source.slice(start, i).replace(/\/\*.*?\*\/|\/\/.*$/gm, ''));
            if (m)
                applyDirective(stack, m[1] ?? '', m[2] ?? '');
            continue;
        }
        atLineStart = false;
        const startRow = row;
        let text;
        let kind;
        if (/[A-Za-z_$]/.test(c)) {
            let j = i + 1;
            while (j < n && /[\w$]/.test(source.charAt(j)))
                j++;
            text = source.slice(i, j);
            kind = 'id';
        }
        else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
            let j = i + 1;
            while (j < n &&
                (/[\w.]/.test(source.charAt(j)) ||
                    (/[+-]/.test(source.charAt(j)) && /[eEpP]/.test(source.charAt(j - 1)))))
                j++;
            text = source.slice(i, j);
            kind = 'num';
        }
        else if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < n && source[j] !== c && source[j] !== '\n')
                j += source[j] === '\\' ? 2 : 1;
            text = source.slice(i, Math.min(j + 1, n));
            kind = 'str';
        }
        else {
            const three = source.slice(i, i + 3);
            const two = source.slice(i, i + 2);
            text = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
            kind = 'punct';
        }
        i += text.length;
        if (live())
            tokens.push({ kind, text, row: startRow, spaced });
        spaced = false;
    }
    return tokens;
}
/** Kept in a return type, each followed by a space, as ctags writes them. */
const TYPE_KEYWORDS = new Set([
    'const', 'volatile', 'unsigned', 'signed', 'short', 'long', 'int', 'char', 'void', 'float', 'double', 'bool',
    'struct', 'union', 'enum', 'class', 'typename', 'template', 'wchar_t', 'char16_t', 'char32_t', 'auto'
]); // prettier-ignore
/** Storage and function specifiers that ctags leaves out of a return type. */
const DROPPED_SPECIFIERS = new Set([
    'static',
    'inline',
    'extern',
    'virtual',
    'explicit',
    'friend',
    'constexpr'
]);
/** Words that cannot name a function, so `word (` is not a declaration. */
const NOT_A_NAME = new Set([...TYPE_KEYWORDS, 'operator', 'return', 'sizeof', 'if', 'while', 'for', 'switch']);
/** Index of the token closing the group opened at `open` (same nesting rules for (), {} and []). */
function matching(tokens, open) {
    let depth = 0;
    for (let k = open; k < tokens.length; k++) {
        const t = tokens[k]?.text;
        if (t === '(' || t === '{' || t === '[')
            depth++;
        else if (t === ')' || t === '}' || t === ']')
            depth--;
        if (depth === 0)
            return k;
    }
    return tokens.length - 1;
}
/** Indexes of a statement's tokens that are outside any bracket group. */
function topLevel(stmt) {
    const out = [];
    for (let k = 0; k < stmt.length; k++) {
        out.push(k);
        if (['(', '[', '{'].includes(stmt[k]?.text ?? ''))
            k = matching(stmt, k);
    }
    return out;
}
/** `type name(params)`: the first top-level `(` (past `__attribute__`s) preceded by a plain name. */
function functionShape(stmt) {
    if (['typedef', 'using', 'static_assert'].includes(stmt[0]?.text ?? ''))
        return undefined;
    const top = topLevel(stmt);
    for (const k of top) {
        const t = stmt[k];
        if (!t)
            continue;
        if (t.text === '=')
            return undefined;
        if (t.text !== '(')
            continue;
        const name = stmt[k - 1];
        if (name?.text === '__attribute__')
            continue;
        if (!name || name.kind !== 'id' || NOT_A_NAME.has(name.text))
            return undefined;
        return { name, before: stmt.slice(0, k - 1), params: stmt.slice(k, matching(stmt, k) + 1) };
    }
    return undefined;
}
/** The return type as ctags prints it: keywords spaced, names and `*`/`&`/`::` glued, `<...>` dropped. */
function ctagsReturnType(before) {
    let out = '';
    for (let k = 0; k < before.length; k++) {
        const t = before[k];
        if (!t)
            break;
        if (t.text === '<') {
            let depth = 0;
            for (; k < before.length; k++) {
                const x = before[k]?.text;
                depth += x === '<' ? 1 : x === '>' ? -1 : x === '>>' ? -2 : 0;
                if (depth <= 0)
                    break;
            }
        }
        else if (t.text === '__attribute__') {
            if (before[k + 1]?.text === '(')
                k = matching(before, k + 1);
        }
        else if (!DROPPED_SPECIFIERS.has(t.text) && t.kind !== 'str') {
            out += TYPE_KEYWORDS.has(t.text) ? t.text + ' ' : t.text;
        }
    }
    return out.trim();
}
/** Tokens joined with one space where the source had blanks or comments; ctags turns `...` into `....`. */
function ctagsSignature(params) {
    return params
        .map((t, k) => (k > 0 && t.spaced ? ' ' : '') + t.text)
        .join('')
        .replace(/\.\.\./g, '....');
}
/** ctags tells `Servo s(9);` (a variable) from `int f(int);` by the literals in the parentheses. */
function looksLikePrototype(params) {
    return !params.some(t => t.kind === 'num' || t.kind === 'str');
}
/** Scans a merged sketch source for the declarations arduino-ctags would report, in source order. */
function scanTags(source) {
    const rows = source.split('\n');
    const origins = rowOrigins(rows);
    const tokens = tokenize(source);
    const tags = [];
    let i = 0;
    const tag = (kind, name, scoped, shape) => {
        const origin = origins[name.row] ?? { file: '', line: 0 };
        tags.push({
            kind,
            name: name.text,
            file: origin.file,
            line: origin.line,
            scoped,
            returnType: shape ? ctagsReturnType(shape.before) : '',
            signature: shape ? ctagsSignature(shape.params) : '',
            code: (rows[name.row] ?? '').replace(/[ \t]+/g, ' '),
            row: name.row
        });
    };
    const declaration = (stmt, scoped) => {
        const shape = functionShape(stmt);
        if (shape && looksLikePrototype(shape.params))
            return tag('prototype', shape.name, scoped, shape);
        if (scoped || ['typedef', 'using', 'template'].includes(stmt[0]?.text ?? ''))
            return;
        const top = topLevel(stmt);
        const end = top.find(k => ['=', '[', '(', ':'].includes(stmt[k]?.text ?? '')) ?? stmt.length;
        // `void (*handler)() = ...`: the name is inside the first parentheses.
        const pointer = stmt[end]?.text === '(' && stmt[end + 1]?.text === '*';
        const words = pointer ? stmt.slice(end, matching(stmt, end)) : stmt.slice(0, end);
        const name = words.filter(t => t.kind === 'id').pop();
        if (name && end > 0)
            tag('variable', name, scoped);
    };
    const openBrace = (stmt, scoped) => {
        const words = stmt.map(t => t.text);
        const top = topLevel(stmt).map(k => stmt[k]?.text ?? '');
        if (words[0] === 'namespace' || (words.length === 2 && words[0] === 'extern' && words[1] === '"C"')) {
            i++;
            parseScope(words[0] === 'namespace' || scoped, true);
            return [];
        }
        const shape = top.includes('=') ? undefined : functionShape(stmt);
        if (shape) {
            tag('function', shape.name, scoped, shape);
        }
        else if (!top.includes('=') && ['class', 'struct', 'union'].some(w => top.includes(w))) {
            const keyword = stmt.findIndex(t => ['class', 'struct', 'union'].includes(t.text));
            const name = stmt[keyword + 1];
            if (stmt[keyword]?.text !== 'class' && name?.kind === 'id')
                tag('struct', name, scoped);
            i++;
            parseScope(true, true);
            return [];
        }
        i = matching(tokens, i) + 1;
        return shape || !(top.includes('=') || top.includes('enum')) ? [] : stmt;
    };
    /** Reads declarations up to the `}` closing this scope (or the end, for the file itself). */
    function parseScope(scoped, closes) {
        let stmt = [];
        while (i < tokens.length) {
            const t = tokens[i];
            if (!t)
                break;
            if (t.text === '}') {
                i++;
                if (closes)
                    return;
                stmt = [];
            }
            else if (t.text === ';') {
                if (stmt.length > 0)
                    declaration(stmt, scoped);
                stmt = [];
                i++;
            }
            else if (t.text === '(' || t.text === '[') {
                const end = matching(tokens, i);
                stmt.push(...tokens.slice(i, end + 1));
                i = end + 1;
            }
            else if (t.text === '{') {
                stmt = openBrace(stmt, scoped);
            }
            else {
                stmt.push(t);
                i++;
            }
        }
    }
    parseScope(false, false);
    return tags;
}

;// CONCATENATED MODULE: ./build/lib/arduino/prototypes.js
/**
 * Function prototypes for a merged sketch, as arduino-builder 1.3.25 adds them: it runs arduino-ctags
 * on the preprocessed sketch (ctags/ctags_parser.go, ctags_to_prototypes.go) and inserts the result
 * before the first function (prototypes_adder.go). We reproduce ctags' output with cppScan.ts and then
 * apply the same rules, quirks included, so the generated .cpp matches the Arduino tools'.
 */

/** C++ string literal for a #line directive (arduino-builder's utils.QuoteCppString). */
function quoteCppString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
const squeeze = (text) => text.replace(/[ \t]/g, '');
/** ctags_parser.go addPrototype: templates are declared from their own text; static/extern "C" kept. */
function withPrototypeText(c) {
    const { tag } = c;
    if (c.prototype.startsWith('template') || tag.code.startsWith('template')) {
        const brace = tag.code.indexOf('{');
        const head = brace >= 0 ? tag.code.slice(0, brace) : tag.code.slice(0, tag.code.lastIndexOf(')') + 1);
        c.prototype = head + ';';
        return;
    }
    const modifiers = [];
    if (tag.code.includes('static '))
        modifiers.push('static');
    if (tag.code.includes('extern "C" '))
        modifiers.push('extern "C"');
    c.modifiers = modifiers.join(' ');
}
/**
 * ctags_parser.go prototypeAndCodeDontMatch: the declaration must appear, blanks aside, in the code of
 * the definition's line (or the following lines up to a `)`, when the parameters span several lines).
 * So a return type on the line above, a comment inside the parameters, or template arguments in the
 * return type (which ctags drops) each make arduino-builder skip the function.
 */
function codeMatchesPrototype(c, rows, fileOfRow) {
    let code = squeeze(c.tag.code);
    if (!code.includes(')')) {
        let joined = rows[c.tag.row] ?? '';
        for (let r = c.tag.row + 1; !joined.includes(')') && r < rows.length && fileOfRow(r) === c.tag.file; r++) {
            joined += rows[r];
        }
        if (joined.includes(')'))
            code = squeeze(joined);
    }
    return code.includes(squeeze(c.prototype).slice(0, -1));
}
/** ctags_parser.go Parse: which tags become prototypes, in ctags' order. */
function selectPrototypes(tags, rows, fileOfRow) {
    const candidates = tags.map(tag => ({
        tag,
        prototype: `${tag.returnType} ${tag.name}${tag.signature};`,
        modifiers: '',
        // Unknown kinds (variables, structs), class/struct/namespace members, and definitions with no
        // return type: those come from macros (ISR(vect) {...}) whose expansion, which ctags sees after
        // gcc -E, declares the function itself.
        skip: tag.kind === 'variable' || tag.kind === 'struct' || tag.scoped || tag.returnType === ''
    }));
    for (const c of candidates)
        if (!c.skip)
            withPrototypeText(c);
    const declared = new Set(candidates.filter(c => c.tag.kind === 'prototype').map(c => c.prototype));
    for (const c of candidates)
        if (declared.has(c.prototype))
            c.skip = true;
    const seen = new Set();
    for (const c of candidates) {
        if (!c.skip && seen.has(c.prototype))
            c.skip = true;
        if (!c.skip)
            seen.add(c.prototype);
    }
    for (const c of candidates)
        if (!c.skip)
            c.skip = !codeMatchesPrototype(c, rows, fileOfRow);
    return candidates;
}
/** ctags_to_prototypes.go findLineWhereToInsertPrototypes (file names are not compared, as there). */
function insertionLine(candidates) {
    const first = candidates.find(c => c.tag.kind === 'function' && !c.tag.scoped);
    const firstFunction = first ? first.tag.line : -1;
    const functions = candidates.filter(c => c.tag.kind === 'function' && !c.skip).map(c => c.tag);
    const pointer = candidates.find(({ tag }) => functions.some(f => tag.line !== f.line && (tag.code.includes('&' + f.name) || tag.code.trim().includes(`(${f.name})`))));
    const firstPointer = pointer ? pointer.tag.line : -1;
    if (firstFunction !== -1 && firstPointer !== -1)
        return Math.min(firstFunction, firstPointer);
    if (firstFunction !== -1)
        return firstFunction;
    return firstPointer !== -1 ? firstPointer : 0;
}
/** prototypes_adder.go composePrototypeSection; prototypes with default arguments are left out. */
function prototypeSection(line, prototypes) {
    const parts = [];
    for (const c of prototypes) {
        if (c.prototype.includes('='))
            continue;
        parts.push(`#line ${c.tag.line} ${quoteCppString(c.tag.file)}`);
        parts.push(c.modifiers ? `${c.modifiers} ${c.prototype}` : c.prototype);
    }
    return `${parts.join('\n')}\n#line ${line} ${quoteCppString(prototypes[0]?.tag.file ?? '')}\n`;
}
/**
 * Inserts the prototypes arduino-builder 1.3.25 would insert into a merged sketch (the output of
 * mergeSketch), before the row of the first function, with `#line` directives pointing at each
 * definition and then restoring the position. Line endings become `\n`, as arduino-builder does.
 */
function addPrototypes(mergedSource) {
    const source = mergedSource.replace(/\r\n?/g, '\n');
    const rows = source.split('\n');
    const tags = scanTags(source);
    const origins = rowOrigins(rows);
    const candidates = selectPrototypes(tags, rows, row => origins[row]?.file ?? '');
    const prototypes = candidates.filter(c => !c.skip && c.prototype.trim() !== '');
    const line = insertionLine(candidates);
    if (prototypes.length === 0 || line > rows.length - 1)
        return source;
    // The merger's header: `#include <Arduino.h>` (unless the sketch has it), then two `#line 1` rows.
    const lineOffset = rows[0]?.startsWith('#line') ? 2 : 3;
    const at = rows.slice(0, line + lineOffset - 1).join('\n').length + 1;
    return source.slice(0, at) + prototypeSection(line, prototypes) + source.slice(at);
}

// EXTERNAL MODULE: ./build/lib/arduino/byteOrder.js
var byteOrder = __nccwpck_require__(437);
;// CONCATENATED MODULE: ./build/lib/arduino/sketch.js
/**
 * A sketch as arduino-builder 1.3.25 sees it (sketch_loader.go, sketch_source_merger.go): its main
 * .ino, the other .ino/.pde files merged after it, and the files copied into build/sketch.
 */







/** Folders arduino-builder never copies. */
const SOURCE_CONTROL = new Set(['CVS', 'RCS', '.git', '.github', '.svn', '.hg', '.bzr']);
async function filesUnder(dir, recurse) {
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(dir, { withFileTypes: true }), []);
    const files = [];
    for (const entry of entries) {
        const full = external_node_path_.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (recurse && !SOURCE_CONTROL.has(entry.name))
                files.push(...(await filesUnder(full, true)));
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            files.push(full);
        }
    }
    return files;
}
/** The main file of a sketch path: the .ino/.pde file itself, or `<folder>/<folder name>.ino`. */
async function mainFileOf(sketchPath) {
    const absolute = external_node_path_.resolve(sketchPath);
    const info = await (0,lib_files/* orMissing */.Mr)((0,promises_.stat)(absolute), undefined);
    if (!info)
        throw new errors/* UsageError */.eb(`sketch "${sketchPath}": no such file or folder`);
    if (info.isDirectory()) {
        const main = external_node_path_.join(absolute, `${external_node_path_.basename(absolute)}.ino`);
        const mainInfo = await (0,lib_files/* orMissing */.Mr)((0,promises_.stat)(main), undefined);
        if (!mainInfo?.isFile()) {
            throw new errors/* UsageError */.eb(`sketch "${sketchPath}": no ${external_node_path_.basename(main)} in folder (a sketch folder must hold <folder name>.ino)`);
        }
        return main;
    }
    // Like arduino-builder, a main file may be named unlike its folder, and may be a .pde.
    if (!fileKinds/* SKETCH_EXTENSIONS */._A.includes(external_node_path_.extname(absolute).toLowerCase())) {
        throw new errors/* UsageError */.eb(`sketch "${sketchPath}": not a sketch (expected a folder or an .ino/.pde file)`);
    }
    return absolute;
}
/** Loads a sketch from its folder or its main .ino file. */
async function loadSketch(sketchPath) {
    const mainFile = await mainFileOf(sketchPath);
    const dir = external_node_path_.dirname(mainFile);
    const rootFiles = await filesUnder(dir, false);
    const nested = (await filesUnder(dir, true)).filter(f => external_node_path_.dirname(f) !== dir);
    const inSrc = nested.filter(f => f.startsWith(external_node_path_.join(dir, 'src') + external_node_path_.sep));
    const ext = (f) => external_node_path_.extname(f);
    const otherIno = rootFiles.filter(f => f !== mainFile && fileKinds/* SKETCH_EXTENSIONS */._A.includes(ext(f).toLowerCase()));
    return {
        name: external_node_path_.basename(mainFile, external_node_path_.extname(mainFile)),
        dir,
        mainFile,
        inoFiles: [mainFile, ...otherIno.sort(byteOrder/* byBytes */.b)],
        sourceFiles: [...rootFiles, ...inSrc].filter(f => (0,fileKinds/* languageOf */.eX)(f) !== null).sort(byteOrder/* byBytes */.b),
        headerFiles: [...rootFiles, ...nested]
            .filter(f => fileKinds/* HEADER_EXTENSIONS */.ln.includes(ext(f).toLowerCase()))
            .sort(byteOrder/* byBytes */.b)
    };
}
/** arduino-builder's test for a main file that includes Arduino.h itself (anywhere, even in a comment). */
function includesArduinoH(source) {
    return /^\s*#\s*include\s*[<"]Arduino\.h[>"]/m.test(source);
}
/**
 * The merged `<main>.ino.cpp` before prototypes, as arduino-builder 1.3.25 writes it:
 * `#include <Arduino.h>` (unless the main file includes it), `#line 1 "<main>"`, then each .ino file
 * as `#line 1 "<file>"`, its text and a newline. `displayPath` chooses the path written in #line.
 */
function mergeSketch(sketch, sources, displayPath) {
    const text = (file) => {
        const source = sources.get(file);
        if (source === undefined)
            throw new Error(`mergeSketch: no source given for ${file}`);
        return source;
    };
    let merged = includesArduinoH(text(sketch.mainFile)) ? '' : '#include <Arduino.h>\n';
    merged += `#line 1 ${quoteCppString(displayPath(sketch.mainFile))}\n`;
    for (const file of sketch.inoFiles) {
        merged += `#line 1 ${quoteCppString(displayPath(file))}\n${text(file)}\n`;
    }
    return merged;
}

;// CONCATENATED MODULE: ./build/lib/engine/sketchSources.js
/**
 * Lays a sketch out in its build folder as the Arduino tools do: its files copied beside the merged
 * `<name>.ino.cpp`, so that `#include "local.h"` resolves next to the source being compiled.
 */




/**
 * A folder's files (by name) before its subfolders (by name, then recursively): arduino-builder's
 * walk, which puts `cores/arduino/Uart.cpp` before `cores/arduino/USB/CDC.cpp`.
 */
function walkOrder(a, b) {
    const left = a.split(external_node_path_.sep);
    const right = b.split(external_node_path_.sep);
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const [x = '', y = ''] = [left[i], right[i]];
        if (x === y)
            continue;
        const xIsFile = i === left.length - 1;
        const yIsFile = i === right.length - 1;
        if (xIsFile !== yIsFile)
            return xIsFile ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return left.length - right.length;
}
/** Arduino compiles a folder's `.S`, then `.c`, then `.cpp` files, each group in walk order. */
function arduinoCompileOrder(files) {
    const rank = (file) => {
        if (file.endsWith('.S'))
            return 0;
        if (file.endsWith('.c'))
            return 1;
        return 2;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || walkOrder(a, b));
}
/** Root-folder sources first, then those under `src/`, each group in compile order. */
function sketchCompileOrder(sourceDir, files) {
    const srcDir = external_node_path_.join(sourceDir, 'src') + external_node_path_.sep;
    const inSrc = files.filter(file => file.startsWith(srcDir));
    const inRoot = files.filter(file => !file.startsWith(srcDir));
    return [...arduinoCompileOrder(inRoot), ...arduinoCompileOrder(inSrc)];
}
/** `nameOf`: the name the compiler knows each .ino by, for the merged file's `#line` directives. */
async function prepareSketch(sketch, sourceDir, nameOf) {
    await (0,promises_.mkdir)(sourceDir, { recursive: true });
    const inoSources = new Map();
    for (const file of sketch.inoFiles)
        inoSources.set(file, await (0,promises_.readFile)(file, 'utf8'));
    const merged = addPrototypes(mergeSketch(sketch, inoSources, nameOf));
    const mergedFile = external_node_path_.join(sourceDir, `${external_node_path_.basename(sketch.mainFile)}.cpp`);
    await (0,promises_.writeFile)(mergedFile, merged);
    const copied = [];
    for (const file of [...sketch.sourceFiles, ...sketch.headerFiles]) {
        const target = external_node_path_.join(sourceDir, external_node_path_.relative(sketch.dir, file));
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        await (0,promises_.copyFile)(file, target);
        if (sketch.sourceFiles.includes(file))
            copied.push(target);
    }
    return { sourceDir, sources: sketchCompileOrder(sourceDir, [mergedFile, ...copied]) };
}

;// CONCATENATED MODULE: ./build/lib/engine/core.js
/**
 * The Arduino core: its units compiled once per flag set, archived into `core.a`, plus the variant's
 * own sources (linked as objects, as arduino-builder does).
 */







/** Every compilable file under `dir`, recursively, in Arduino's compile order. */
async function compilableFiles(dir) {
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(dir, { recursive: true, withFileTypes: true }), []);
    const files = entries
        .filter(entry => entry.isFile() && (0,fileKinds/* languageOf */.eX)(entry.name) !== null)
        .map(entry => external_node_path_.join(entry.parentPath, entry.name));
    return arduinoCompileOrder(files);
}
async function planCore(props, coreDir, variantDir, buildDir) {
    const includeDirs = variantDir === null ? [coreDir] : [coreDir, variantDir];
    const digest = flagsDigest(props, includeDirs);
    const objectDir = external_node_path_.join(buildDir, 'core', digest);
    const coreUnits = planUnits(props, await compilableFiles(coreDir), coreDir, objectDir, includeDirs);
    const variantSources = variantDir === null ? [] : await compilableFiles(variantDir);
    const variantUnits = planUnits(props, variantSources, variantDir ?? '', external_node_path_.join(objectDir, 'variant'), includeDirs);
    return { digest, includeDirs, coreUnits, variantUnits, archive: external_node_path_.join(objectDir, 'core.a') };
}
/** Archives each core flag set once per run. */
class CoreArchiver {
    runner;
    archives = new Map();
    constructor(runner) {
        this.runner = runner;
    }
    archive(props, plan) {
        let pending = this.archives.get(plan.archive);
        if (pending === undefined) {
            pending = this.archiveNow(props, plan);
            this.archives.set(plan.archive, pending);
        }
        return pending;
    }
    async archiveNow(props, plan) {
        // `ar rcs` adds to an existing archive: start from nothing so stale members never stay.
        await (0,promises_.rm)(plan.archive, { force: true });
        const objects = plan.coreUnits.map(unit => unit.object);
        const result = await this.runner.run('archive', (0,recipes/* archiveArgv */.Jz)(props, plan.archive, objects));
        return { ok: result.code === 0, messages: (result.stdout + result.stderr).trim() };
    }
}

;// CONCATENATED MODULE: ./build/lib/arduino/libraryResolver.js
/**
 * Which library provides a missing `#include`, with arduino-cli's rules
 * (internal/arduino/libraries/librariesresolver/cpp.go ResolveFor and ComputePriority, and the
 * detector's resolveLibrary). Pure: the libraries are already loaded.
 */


// arduino-cli: IDE built-in 0, referenced platform 1, platform 2, user 3, `--library` 10000. The
// library that owns the sketch being built (its examples/) beats any other, whatever its name or architectures.
const LOCATION_BONUS = {
    'referenced-platform': 1,
    platform: 2,
    user: 3,
    unmanaged: 10000,
    'sketch-owner': 100000
};
/** arduino-cli `simplify`: SanitizeName (anything but `A-Za-z0-9_.-` becomes `_`), then lowercase. */
function simplify(name) {
    return name.replace(/[^A-Za-z0-9_.-]/g, '_').toLowerCase();
}
function isOptimizedFor(lib, arch) {
    return lib.architectures.includes(arch);
}
function isArchitectureIndependent(lib) {
    return lib.architectures.length === 0 || lib.architectures.includes('*');
}
function nameMatchBonus(name, dirName, header) {
    const either = (test) => test(name) || test(dirName);
    if (name === header && dirName === header)
        return 700;
    if (either(candidate => candidate === header))
        return 600;
    if (either(candidate => candidate === `${header}-main`))
        return 500;
    if (either(candidate => candidate === `${header}-master`))
        return 400;
    if (either(candidate => candidate.startsWith(header)))
        return 300;
    if (either(candidate => candidate.endsWith(header)))
        return 200;
    if (either(candidate => candidate.includes(header)))
        return 100;
    return 0;
}
/** arduino-cli ComputePriority: architecture first, then how well the name matches, then location. */
function computePriority(lib, header, arch) {
    const stem = simplify(header.slice(0, header.length - external_node_path_.extname(header).length));
    let priority = 0;
    if (isOptimizedFor(lib, arch))
        priority += 1010;
    else if (isArchitectureIndependent(lib))
        priority += 1000;
    priority += nameMatchBonus(simplify(lib.name), simplify(lib.dirName), stem);
    return priority + LOCATION_BONUS[lib.location];
}
/** The character pairs of `word` as schollz/closestmatch takes them (its loop skips the last pair). */
function bigrams(word) {
    const bytes = Buffer.from(word);
    const pairs = new Set();
    for (let i = 0; i < bytes.length - 2; i++)
        pairs.add(bytes.subarray(i, i + 2).toString('latin1'));
    return pairs;
}
/**
 * schollz/closestmatch `Closest(header)` over the simplified names, bag size 2, as arduino-cli
 * calls it. Its score is deterministic: a name sharing k pairs scores floor(200000 / (pairs of
 * the header + pairs of the name)) * 2^(k-1) (its merge loop doubles instead of adding). It breaks
 * ties at random; we take the alphabetically first name. Null when no pair is shared.
 */
function closestName(header, names) {
    const searchPairs = bigrams(header);
    const scores = new Map();
    for (const name of new Set(names)) {
        const namePairs = bigrams(name);
        const copies = names.filter(other => other === name).length;
        const shared = [...searchPairs].filter(pair => namePairs.has(pair)).length;
        if (shared === 0)
            continue;
        const perPair = Math.floor(200000 / (searchPairs.size + namePairs.size)) * copies;
        scores.set(name, perPair * 2 ** (shared - 1));
    }
    let best = null;
    let bestScore = 0;
    for (const [name, score] of [...scores].sort(([a], [b]) => (0,byteOrder/* byBytes */.b)(a, b))) {
        if (score > bestScore)
            [best, bestScore] = [name, score];
    }
    return best;
}
/** arduino-cli ResolveFor: the highest priority; on a tie, the closest name, then the first by name. */
function bestProvider(header, providers, arch) {
    let found = [];
    let foundPriority = -1;
    for (const lib of providers) {
        const priority = computePriority(lib, header, arch);
        if (priority > foundPriority) {
            found = [lib];
            foundPriority = priority;
        }
        else if (priority === foundPriority) {
            found.push(lib);
        }
    }
    if (found.length === 1)
        return found[0] ?? null;
    const closest = closestName(header, found.map(lib => simplify(lib.name)));
    const winner = found.find(lib => simplify(lib.name) === closest);
    return winner ?? [...found].sort((a, b) => (0,byteOrder/* byBytes */.b)(a.name, b.name))[0] ?? null;
}
/**
 * The library that provides `header` (a file name at the top of a library's source folder), or
 * null when none does. When a provider is already imported, that imported library is returned
 * (arduino-cli then adds nothing new: a header still missing is an error, not a new library).
 */
function resolveHeader(header, candidates, arch, alreadyImported) {
    const providers = candidates.filter(lib => lib.headers.includes(header));
    if (providers.length === 0)
        return null;
    for (const provider of providers) {
        const imported = alreadyImported.find(lib => lib.dir === provider.dir);
        if (imported !== undefined)
            return imported;
    }
    return bestProvider(header, providers, arch);
}

;// CONCATENATED MODULE: ./build/lib/unitCache/expansion.js
/**
 * Expansion, not text: whether a unit's output depends on where its files are (`__FILE__`) or on
 * when it was compiled (`__DATE__`, `__TIME__`, `__TIMESTAMP__`). A mention in a comment, under
 * `#if 0` or in a macro that is never expanded changes nothing, so text only says when to look;
 * the answer comes from the unit's own preprocessor run (as ccache's preprocessor mode does), on a
 * miss, with each macro redefined to a sentinel no source holds: a sentinel in the output is an
 * expansion. Line markers name files, never sentinels, so they cannot be mistaken for one.
 */


/** Macros (and gcc's builtin) whose expansion is the location of a file. */
const LOCATION_NAMES = ['__FILE__', '__BASE_FILE__'];
/** `__builtin_FILE()` is no macro: it survives preprocessing as itself and names the file at compile time. */
const LOCATION_BUILTIN = '__builtin_FILE';
/** Macros whose expansion is a time: the object differs at every compile (`__TIMESTAMP__`: the source's mtime). */
const TIME_NAMES = ['__DATE__', '__TIME__', '__TIMESTAMP__'];
const MENTION = new RegExp([...LOCATION_NAMES, LOCATION_BUILTIN, ...TIME_NAMES].join('|'));
/** Whether a file's bytes mention any of them (anywhere: comments too). The cheap first test. */
function mentionsExpansionMacro(content) {
    // One pass of one pattern over the text (latin1: one character per byte, any file decodes).
    return MENTION.test(typeof content === 'string' ? content : content.toString('latin1'));
}
const INCLUDE = /^[ \t]*#[ \t]*include(?:_next)?(?:[ \t]*[<"]([^>"\n]+)[>"]|[ \t]+([A-Za-z_]))/gm;
/**
 * The base names of the headers a file's `#include` (and `#include_next`) lines name; `*` for a
 * computed include (`#include MACRO`), which could name any header.
 */
function includedNames(text) {
    const names = [];
    for (const match of text.matchAll(INCLUDE)) {
        const [, header, computed] = match;
        if (header !== undefined)
            names.push(header.slice(header.lastIndexOf('/') + 1));
        else if (computed !== undefined)
            names.push('*');
    }
    return names;
}
// Flags of the compile that write files or pick the output kind; the check writes to stdout only.
const DROPPED_FLAGS = new Set(['-c', '-S', '-MMD', '-MD', '-MP']);
const DROPPED_WITH_VALUE = new Set(['-o', '-MF', '-MT', '-MQ']);
/**
 * The check for a compile command: the same command preprocessing only (`-E`, output on stdout,
 * no dependency file), warnings off (redefining a builtin warns), and every macro above defined as
 * a sentinel that carries a fresh random tag, so no source can hold it by chance.
 */
function expansionCheck(compileArgv, tag = (0,external_node_crypto_.randomBytes)(6).toString('hex')) {
    const sentinel = (name) => `__fbuild_${tag}_${name.replace(/_/g, '')}`;
    const argv = [];
    for (let i = 0; i < compileArgv.length; i++) {
        const arg = compileArgv[i] ?? '';
        if (DROPPED_WITH_VALUE.has(arg))
            i++;
        else if (!DROPPED_FLAGS.has(arg))
            argv.push(arg);
    }
    argv.push('-E', '-w', ...[...LOCATION_NAMES, ...TIME_NAMES].map(name => `-D${name}=${sentinel(name)}`));
    const locationMarks = [...LOCATION_NAMES.map(sentinel), LOCATION_BUILTIN];
    return {
        argv,
        verdict: preprocessed => ({
            location: filesNamed(preprocessed).some(({ name, text }) => external_node_path_.isAbsolute(name) && locationMarks.some(mark => text.includes(mark))),
            time: TIME_NAMES.some(name => preprocessed.includes(sentinel(name)))
        })
    };
}
// A line marker of preprocessed output: `# 12 "lib/user/Tally/src/Tally.h" 2`.
const LINE_MARKER = /^# \d+ "((?:[^"\\]|\\.)*)".*$/gm;
/**
 * The preprocessed output cut at its line markers: each piece with the name of the file it comes
 * from, as the compiler knows it. `__FILE__` expands to the name of the file where it is expanded,
 * so an expansion names a location only inside a piece whose name is absolute: with the execution
 * root (engine/executionRoot.ts), only a header the compiler found by its own absolute path.
 */
function filesNamed(preprocessed) {
    const pieces = [];
    let name = '';
    let from = 0;
    for (const marker of preprocessed.matchAll(LINE_MARKER)) {
        pieces.push({ name, text: preprocessed.slice(from, marker.index) });
        name = (marker[1] ?? '').replace(/\\(.)/g, '$1');
        from = marker.index + marker[0].length;
    }
    pieces.push({ name, text: preprocessed.slice(from) });
    return pieces;
}

;// CONCATENATED MODULE: ./build/lib/unitCache/explain.js

/**
 * The finer names of a store's miss reasons, one vocabulary for the report's `missReasonDetails`
 * and `explain`'s lines. Each miss gets the first that applies, in this order.
 */
const MISS_DETAILS = {
    'no-entry': [
        /** Nothing was ever stored for this source (a unit) in this store. */
        'new-source',
        'schema-changed',
        'toolchain-changed',
        /** The path mode (roots.ts PathMode: relative or absolute). */
        'paths-changed',
        /** The command: a flag added, removed or moved (a build property, a recipe, the board). */
        'flags-changed',
        /** The same inputs were stored once: the entry was pruned. */
        'evicted',
        /** A link: one of its units compiled (or was uncacheable), so it names other objects. */
        'units-changed',
        /** A link whose units all came from the store: its command, a recipe or a hook changed. */
        'command-changed'
    ],
    'dependency-changed': [
        /** The unit's own source file. */
        'source-changed',
        /** A file it includes changed, appeared or is gone. */
        'header-changed',
        /** Same content elsewhere, for a unit whose object names locations (keys.ts dependencyFacts). */
        'location-changed'
    ]
};
/** Adds one miss to `into`; a miss without a finer name of its reason adds nothing. */
function countDetail(into, reason, detail) {
    const names = MISS_DETAILS[reason];
    if (detail === null || names?.includes(detail) !== true)
        return;
    const details = (into[reason] ??= {});
    details[detail] = (details[detail] ?? 0) + 1;
}
/** Flags in `from` that `to` lacks, in order; a flag that appears twice counts twice. */
function without(from, to) {
    const left = [...to];
    return from.filter(arg => {
        const at = left.indexOf(arg);
        if (at < 0)
            return true;
        left.splice(at, 1);
        return false;
    });
}
/**
 * The build properties (`--build-property KEY=VALUE`) whose value holds a flag, to say where a
 * changed flag comes from.
 */
function propertiesHolding(flag, properties) {
    return properties.filter(([, value]) => value.split(/\s+/).includes(flag)).map(([key]) => key);
}
/** The first detail that applies, in MISS_DETAILS's order. */
function firstOf(details) {
    const order = Object.values(MISS_DETAILS).flat();
    return order.find(detail => details.includes(detail)) ?? null;
}
/**
 * A `no-entry` miss: what differs between the inputs stored last for the unit's source and its
 * inputs now. Nothing differs: the entry was pruned.
 */
function explainInputs(stored, now, properties = []) {
    const parts = [];
    if (stored.schema !== now.schema)
        parts.push(['schema-changed', `cache schema ${stored.schema} -> ${now.schema}`]);
    if (stored.toolchainId !== now.toolchainId)
        parts.push([
            'toolchain-changed',
            `toolchain ${stored.toolchainId.slice(0, 19)} -> ${now.toolchainId.slice(0, 19)}`
        ]);
    if (stored.paths !== now.paths)
        parts.push(['paths-changed', `paths ${stored.paths} -> ${now.paths}`]);
    for (const flag of without(now.argv, stored.argv)) {
        const from = propertiesHolding(flag, properties);
        parts.push([
            'flags-changed',
            `flag added: ${flag}${from.length > 0 ? ` (build property ${from.join(', ')})` : ''}`
        ]);
    }
    for (const flag of without(stored.argv, now.argv))
        parts.push(['flags-changed', `flag removed: ${flag}`]);
    if (parts.length === 0 && stored.argv.join('\u0000') !== now.argv.join('\u0000'))
        parts.push(['flags-changed', 'the order of the flags']);
    if (parts.length === 0)
        return { detail: 'evicted', why: ['its entry is no longer in the store (pruned or evicted)'] };
    return { detail: firstOf(parts.map(([detail]) => detail)), why: parts.map(([, line]) => line) };
}
/**
 * A `dependency-changed` miss: the dependencies whose fingerprint differs from a stored result's
 * (content, presence or, for a location-bound unit, place). `source`: the unit's own source, normalized.
 */
function explainDependencies(stored, now, source) {
    const parts = stored.flatMap(([file, print], i) => {
        const current = now[i]?.[1];
        if (current === undefined || current === print)
            return [];
        const content = file === source ? 'source-changed' : 'header-changed';
        if (current === ABSENT)
            return [[content, `${file} is gone`]];
        if (print === ABSENT)
            return [[content, `${file} appeared`]];
        const [storedHash, storedPlace] = print.split('@');
        const [currentHash, currentPlace] = current.split('@');
        return [
            storedHash !== currentHash
                ? [content, `${file} changed`]
                : ['location-changed', `${file} moved (${storedPlace} -> ${currentPlace})`]
        ];
    });
    return { detail: firstOf(parts.map(([detail]) => detail)), why: parts.map(([, line]) => line) };
}

;// CONCATENATED MODULE: ./build/lib/unitCache/systemHeaders.js
/**
 * The toolchain's own headers that can expand a location or time macro (avr-libc's `assert.h`
 * uses `__FILE__`). `-MMD` leaves system headers out of a unit's dependencies, so a unit that
 * includes one of these must be checked by the preprocessor even when none of its own files
 * mentions a macro. Known by base name, through what they include too.
 *
 * What cannot be read is suspect, never an error (this is a question of the cache, and a build without
 * it runs): a header that is there but unreadable counts as expanding, and a folder that cannot be
 * listed (a compiler may open files in a folder it cannot list) makes every header suspect (`ANY_HEADER`).
 */





/** In the set of expanding headers: some header could not be read or listed, so any may expand. */
const ANY_HEADER = '*';
/** The files under `dir`, none when it is not there, null when it cannot be listed. */
async function headersUnder(dir) {
    const entries = await (0,lib_files/* orUnreadable */.pz)((0,promises_.readdir)(dir, { recursive: true, withFileTypes: true }), [], () => null);
    return (entries?.filter(entry => entry.isFile()).map(entry => external_node_path_.join(entry.parentPath, entry.name)) ?? null);
}
/**
 * Base names of the system headers that mention a macro, or include (at any depth) one that does.
 * A computed include inside the toolchain's own headers is taken to name a header of its own folder
 * (avr-libc's only one, `#include __AVR_DEVICE_HEADER__` in avr/io.h, names a device header beside
 * it), so it does not make every header that includes avr/io.h suspect.
 */
async function expandingSystemHeaders(includeDirs) {
    const listed = await Promise.all(includeDirs.map(headersUnder));
    if (listed.includes(null))
        return new Set([ANY_HEADER]);
    const files = listed.flatMap(found => found ?? []);
    const folderOf = new Map();
    for (const file of files) {
        folderOf.set(external_node_path_.dirname(file), [...(folderOf.get(external_node_path_.dirname(file)) ?? []), external_node_path_.basename(file)]);
    }
    // Read a few at a time (hundreds of headers, each a round trip to the thread pool), each
    // reduced to what it says as soon as it is read: the texts are never all held at once.
    const limit = (0,p_limit/* default */.A)(8);
    const scanned = await Promise.all(files.map(file => limit(async () => {
        const content = await (0,lib_files/* orUnreadable */.pz)((0,promises_.readFile)(file, 'latin1'), undefined, () => null);
        if (typeof content !== 'string')
            return content;
        const named = includedNames(content).flatMap(included => included === '*' ? (folderOf.get(external_node_path_.dirname(file)) ?? []) : [included]);
        return { mentions: mentionsExpansionMacro(content), named };
    })));
    const includes = new Map();
    const expanding = new Set();
    for (const [index, file] of files.entries()) {
        const scan = scanned[index];
        if (scan === undefined)
            continue;
        const name = external_node_path_.basename(file);
        // Unreadable: suspect.
        if (scan === null || scan.mentions)
            expanding.add(name);
        if (scan !== null)
            includes.set(name, [...(includes.get(name) ?? []), ...scan.named]);
    }
    for (let grew = true; grew;) {
        grew = false;
        for (const [name, included] of includes) {
            if (!expanding.has(name) && included.some(other => expanding.has(other))) {
                expanding.add(name);
                grew = true;
            }
        }
    }
    return expanding;
}

;// CONCATENATED MODULE: ./build/lib/unitCache/unitCache.js
/**
 * The persistent compile cache over the store: translation units in direct mode (a manifest per
 * unit key lists dependency sets and their results, checked by content without running the
 * preprocessor), link results, and library-detection results.
 */









const MANIFEST_LIMIT = 8;
/** The labelled key inputs last stored for each source (by its normalized path): what a miss is diffed with. */
const SOURCES_NAMESPACE = 'unit-sources';
function resultMetaOf(meta) {
    const found = meta;
    if (typeof found?.messages !== 'string')
        return null;
    if (found.exitCode !== null && typeof found.exitCode !== 'number')
        return null;
    return { messages: found.messages, exitCode: found.exitCode, expansion: found.expansion ?? null };
}
/** The candidates a manifest lists; anything malformed is ignored (the store already checked the JSON). */
function candidatesOf(meta) {
    if (!Array.isArray(meta))
        return [];
    return meta.filter((value) => {
        const candidate = value;
        return (typeof candidate?.result === 'string' &&
            Array.isArray(candidate.dependencies) &&
            typeof candidate.locationBound === 'boolean');
    });
}
/** gcc -H lists each header it opens on stderr as `. path`, one dot per include depth. */
function headersOpened(stderr) {
    return [...stderr.matchAll(/^\.+ (.+)$/gm)].map(match => external_node_path_.resolve(match[1] ?? ''));
}
class UnitCache {
    options;
    store;
    sketchStore;
    /** Bytes of new results written by this run. */
    bytesStored = 0;
    systemHeaders;
    setVerdicts = new Map();
    constructor(options) {
        this.options = options;
        this.store = options.store;
        this.sketchStore = options.sketchStore;
    }
    get pathMode() {
        return this.options.pathMode;
    }
    /** This run's named roots, most specific first. */
    roots() {
        return this.options.roots();
    }
    keyOf(argv) {
        return keyOf(this.inputsOf(argv));
    }
    inputsOf(argv) {
        return unitKeyInputs({
            toolchainId: this.options.toolchainId,
            paths: this.options.pathMode,
            argv: normalizeArgv(argv, this.options.roots())
        });
    }
    /**
     * Why a unit missed, by labelled input (explain.ts): for `dependency-changed`, the files that
     * differ from the nearest result its manifest lists; for `no-entry`, what differs from the
     * inputs last stored for the same source (a flag, the toolchain, the path mode). Asked only on a
     * miss: a store read or two beside a compile.
     */
    async explainMiss(key, argv, source, reason, properties) {
        if (reason === 'corrupt-entry')
            return { detail: null, why: ['its entry in the store was damaged (replaced now)'] };
        if (reason === 'dependency-changed') {
            const manifest = await this.store.get('manifests', key);
            let nearest = null;
            for (const candidate of manifest.kind === 'hit' ? candidatesOf(manifest.value.meta) : []) {
                const files = candidate.dependencies.map(([file]) => file);
                const now = await this.currentFacts(files, candidate.locationBound);
                const why = now === null
                    ? { detail: 'location-changed', why: ['a file it read is under a root this build does not have'] }
                    : explainDependencies(candidate.dependencies, now, this.normalize(source));
                if (nearest === null || why.why.length < nearest.why.length)
                    nearest = why;
            }
            return nearest ?? { detail: null, why: ['no stored result matches the files it reads'] };
        }
        const stored = await this.store.get(SOURCES_NAMESPACE, digestOf(this.normalize(source)));
        const inputs = stored.kind === 'hit' ? stored.value.meta : null;
        if (!Array.isArray(inputs?.argv))
            return { detail: 'new-source', why: [`${this.normalize(source)} was never stored`] };
        return explainInputs(inputs, this.inputsOf(argv), properties);
    }
    // Dependency lists repeat the same paths for every sketch: translate each once per run.
    normalized = new Map();
    resolved = new Map();
    normalize(text) {
        let result = this.normalized.get(text);
        if (result === undefined) {
            result = normalizeText(text, this.options.roots());
            this.normalized.set(text, result);
        }
        return result;
    }
    resolve(normalized) {
        let result = this.resolved.get(normalized);
        if (result === undefined) {
            result = resolveNormalized(normalized, this.options.roots());
            this.resolved.set(normalized, result);
        }
        return result;
    }
    /**
     * Fingerprints of normalized dependencies as they are now (keys.ts dependencyFacts), ABSENT for a
     * file that is not there; null when one cannot be placed at this location.
     */
    async currentFacts(normalizedPaths, locationBound) {
        const read = [];
        for (const normalized of normalizedPaths) {
            const found = await this.factsAt(normalized);
            if (found === null)
                return null;
            read.push({ normalized, ...found });
        }
        return dependencyFacts(read, locationBound);
    }
    /** A normalized dependency placed at this location and its facts now; null when it cannot be placed. */
    async factsAt(normalized) {
        const absolute = this.resolve(normalized);
        if (absolute === null)
            return null;
        return { absolute, facts: this.options.memo.peek(absolute) ?? (await this.options.memo.get(absolute)) };
    }
    /** Whether every dependency still has the fingerprint it had when the entry was stored. */
    /**
     * Whether a dependency set kept as a blob of the sketch store (detectCache.ts) still matches:
     * read, verified and checked once per run, however many entries name it.
     */
    dependencySetMatches(ref) {
        let verdict = this.setVerdicts.get(ref.sha256);
        if (verdict === undefined) {
            verdict = this.sketchStore.getBlob(ref).then(async (blob) => {
                if (blob.kind !== 'hit')
                    return false;
                const dependencies = parseDependencySet(blob.value);
                return dependencies !== null && (await this.dependenciesMatch(dependencies));
            });
            this.setVerdicts.set(ref.sha256, verdict);
        }
        return verdict;
    }
    async dependenciesMatch(dependencies, locationBound = false) {
        // One pass, nothing built, the first difference ends it: a big library's detect entry lists
        // thousands of headers, checked for every sketch that uses it.
        for (const [normalized, stored] of dependencies) {
            const found = await this.factsAt(normalized);
            if (found === null || dependencyPrint(found.facts, found.absolute, locationBound) !== stored)
                return false;
        }
        return true;
    }
    async lookupUnit(key) {
        const manifest = await this.store.get('manifests', key);
        if (manifest.kind === 'corrupt')
            return { kind: 'miss', reason: 'corrupt-entry' };
        if (manifest.kind === 'miss')
            return { kind: 'miss', reason: 'no-entry' };
        for (const candidate of candidatesOf(manifest.value.meta)) {
            if (!(await this.dependenciesMatch(candidate.dependencies, candidate.locationBound)))
                continue;
            // Loading verifies the object's hash now: a damaged object is a miss, not a failed link later.
            const loaded = await this.store.load('objects', candidate.result);
            if (loaded.kind === 'corrupt')
                return { kind: 'miss', reason: 'corrupt-entry' };
            const result = loaded.kind === 'hit' ? this.resultOf(loaded.value) : null;
            if (result === null)
                return { kind: 'miss', reason: 'no-entry' };
            const dependencies = candidate.dependencies.map(([file]) => this.resolve(file) ?? file);
            return { kind: 'hit', resultKey: candidate.result, result, dependencies };
        }
        return { kind: 'miss', reason: 'dependency-changed' };
    }
    resultOf(loaded) {
        const meta = resultMetaOf(loaded.entry.meta);
        const messages = meta === null ? null : placeText(meta.messages, this.options.roots());
        if (meta === null || messages === null)
            return null;
        if (meta.exitCode !== null)
            return { ok: false, messages, exitCode: meta.exitCode };
        const object = loaded.blobs.get('object');
        return object === undefined ? null : { ok: true, object, messages };
    }
    /** Writes a hit's object and dependency file where the compile would have written them. */
    async materialize(objectPath, object, dependencies) {
        await (0,promises_.mkdir)(external_node_path_.dirname(objectPath), { recursive: true });
        await (0,promises_.writeFile)(objectPath, object);
        await (0,promises_.writeFile)(depfilePath(objectPath), formatDepfile(objectPath, dependencies));
    }
    /**
     * After a real compile (`argv` of unit `source`): record its result (object or failure), what it
     * read and what it printed, unless it cannot be reused safely. The preprocessor check runs only
     * for a failure (gcc writes no dependency file then: the check lists the headers, -H) or when a
     * file the unit read, its command, or a system header it includes mentions a macro.
     */
    async storeUnit(key, source, argv, compiled, runCheck) {
        let dependencies = [];
        if (compiled.ok) {
            // The build folder is ours: only a missing dependency file is an answer; any other error is the build's.
            const depText = await (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(depfilePath(compiled.objectPath), 'utf8'), null);
            if (depText === null)
                return { kind: 'uncacheable', why: 'no dependency file', dependencies };
            dependencies = parseDepfile(depText).map(file => external_node_path_.resolve(file));
        }
        let expansion = null;
        if (!compiled.ok || (await this.mayExpand(argv, dependencies))) {
            const check = expansionCheck(argv);
            const ran = await runCheck(compiled.ok ? check.argv : [...check.argv, '-H']);
            if (!compiled.ok) {
                // A header not found: the result depends on files that are not there; never stored.
                if (/fatal error: .*No such file or directory/.test(ran.stderr))
                    return { kind: 'uncacheable', why: 'a header is missing', dependencies };
                dependencies = [external_node_path_.resolve(source), ...new Set(headersOpened(ran.stderr))];
            }
            else if (ran.code !== 0) {
                return { kind: 'uncacheable', why: 'the preprocessor check failed', dependencies };
            }
            expansion = check.verdict(ran.stdout);
            if (expansion.time)
                return { kind: 'uncacheable', why: 'it expands __DATE__, __TIME__ or __TIMESTAMP__', dependencies };
        }
        const why = await this.whyUncacheable(dependencies);
        if (why !== null)
            return { kind: 'uncacheable', why, dependencies };
        const locationBound = expansion?.location ?? false;
        const facts = await this.currentFacts(dependencies.map(file => this.normalize(file)), locationBound);
        if (facts === null || facts.some(([, print]) => print === ABSENT))
            return { kind: 'uncacheable', why: 'a dependency vanished', dependencies };
        const object = compiled.ok ? await (0,promises_.readFile)(compiled.objectPath) : null;
        const result = keyOf(resultKeyInputs({ unit: key, dependencies: facts }));
        const meta = {
            messages: portableText(compiled.messages, this.options.roots()),
            exitCode: compiled.ok ? null : compiled.exitCode,
            expansion
        };
        const blobs = new Map(object === null ? [] : [['object', object]]);
        const stored = await this.store.put('objects', result, meta, blobs);
        if (stored)
            this.bytesStored += object?.length ?? 0;
        await this.addToManifest(key, { dependencies: facts, result, locationBound });
        await this.store.put(SOURCES_NAMESPACE, digestOf(this.normalize(source)), this.inputsOf(argv));
        return { kind: 'stored', resultKey: result, dependencies };
    }
    /** Whether the unit could expand a location or time macro: the cheap test before the exact one. */
    async mayExpand(argv, dependencies) {
        if (argv.some(arg => mentionsExpansionMacro(arg)))
            return true;
        const memo = this.options.memo;
        for (const file of dependencies)
            if ((await memo.get(file))?.mentionsExpansionMacro === true)
                return true;
        this.systemHeaders ??= expandingSystemHeaders(this.options.systemIncludeDirs);
        const expanding = await this.systemHeaders;
        if (expanding.size === 0)
            return false;
        if (expanding.has(ANY_HEADER))
            return true;
        for (const file of dependencies) {
            if ((await memo.includesOf(file)).some(name => name === '*' || expanding.has(name)))
                return true;
        }
        return false;
    }
    async whyUncacheable(dependencies) {
        for (const file of dependencies) {
            const facts = await this.options.memo.get(file);
            if (facts === null) {
                const code = this.options.memo.unreadable.get(file);
                return code === undefined ? `${file} vanished during the compile` : `${file} cannot be read (${code})`;
            }
            if (file.startsWith(this.options.buildDir + external_node_path_.sep))
                continue;
            // Race guard: a header edited while the build ran may not match the object.
            const info = await (0,lib_files/* orMissing */.Mr)((0,promises_.stat)(file), null);
            if (info === null || Math.max(info.mtimeMs, info.ctimeMs) >= this.options.runStartedAt) {
                return `${file} changed during the build`;
            }
        }
        return null;
    }
    async addToManifest(key, candidate) {
        const existing = await this.store.get('manifests', key);
        const previous = existing.kind === 'hit'
            ? candidatesOf(existing.value.meta).filter(old => old.result !== candidate.result)
            : [];
        const candidates = [candidate, ...previous].slice(0, MANIFEST_LIMIT);
        await this.store.put('manifests', key, candidates);
    }
}

;// CONCATENATED MODULE: ./build/lib/engine/detectLibraries.js
/**
 * Library detection as the Arduino tools do it: run the preprocessor over each source with the
 * include folders known so far; a "No such file" for a header names a library to add, whose sources
 * are then scanned the same way. Conditional includes are therefore honoured exactly.
 */








/** The header a failed preprocessor run could not find (gcc: `FILE:L:C: fatal error: X.h: No such file or directory`), and the file that included it. */
function missingHeaderIn(compilerOutput) {
    const match = /^(.*?):\d+:\d+: fatal error: ([^\s:]+): No such file or directory/m.exec(compilerOutput);
    return match === null ? null : { header: match[2] ?? '', from: match[1] ?? '' };
}
/** gcc's stderr without what -H adds: `. header` lines, and the include-guard list it ends with. */
function withoutHeaderList(stderr) {
    return stderr
        .replace(/^\.+ .*\n?/gm, '')
        .replace(/^Multiple include guards may be useful for:\n[\s\S]*$/m, '');
}
/**
 * Beyond arduino-cli: an example may include a header of its own library that is no top-level
 * header (`#include "lib/sub/x.h"`), which arduino-cli cannot map to a library. When no library
 * provides the header by name but the file is in the owner's source folder, the owner is the
 * library, taken at that point of detection: where arduino-cli finds a library list, this never
 * runs, so the libraries, their order and the firmware stay arduino-cli's.
 */
function ownerProviding(owner, header, imported) {
    if (owner === null || imported.some(library => library.dir === owner.dir))
        return null;
    return (0,external_node_fs_.existsSync)(external_node_path_.join(owner.sourceDir, header)) ? owner : null;
}
/**
 * Shares preprocessor runs across the sketches of a run: a library source preprocessed with the
 * same include folders gives the same answer for every sketch.
 */
class LibraryDetector {
    runner;
    props;
    arch;
    preprocessed = new Map();
    sources = new Map();
    constructor(runner, props, arch) {
        this.runner = runner;
        this.props = props;
        this.arch = arch;
    }
    /** `owner`: the library whose examples/ holds the sketch, if any (see `ownerProviding`). */
    async detect(baseIncludeDirs, sketchSources, candidates, owner = null) {
        const libraries = [];
        const includeDirs = [...baseIncludeDirs];
        const read = new Set();
        const queue = [...sketchSources];
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            for (;;) {
                const outcome = await this.preprocess(next, includeDirs);
                for (const file of outcome.read)
                    read.add(file);
                if (outcome.ok)
                    break;
                const failed = { ok: false, read: [...read], environment: outcome.environment };
                if (outcome.missing === null) {
                    return { ...failed, error: outcome.messages, missingHeader: null, absent: [] };
                }
                const { header, from } = outcome.missing;
                const library = resolveHeader(header, [...candidates], this.arch, libraries) ??
                    ownerProviding(owner, header, libraries);
                if (library === null || libraries.includes(library)) {
                    // Where the header was looked for: beside the file that included it, each include folder, the owner.
                    const places = [
                        external_node_path_.dirname(external_node_path_.resolve(from)),
                        ...includeDirs,
                        ...(owner === null ? [] : [owner.sourceDir])
                    ];
                    return {
                        ...failed,
                        error: `${header}: no library provides this header (included from ${next})`,
                        missingHeader: header,
                        absent: [...new Set(places.map(dir => external_node_path_.join(dir, header)))]
                    };
                }
                libraries.push(library);
                includeDirs.push(...(0,arduino_libraries/* libraryIncludeDirs */.oV)(library));
                queue.push(...(await this.sourcesOf(library)));
            }
        }
        return { ok: true, libraries, includeDirs, read: [...read] };
    }
    /** A library's source files, listed once per run however many sketches use it. */
    sourcesOf(library) {
        let sources = this.sources.get(library);
        if (sources === undefined) {
            sources = (0,arduino_libraries/* librarySourceFiles */._Q)(library);
            this.sources.set(library, sources);
        }
        return sources;
    }
    preprocess(source, includeDirs) {
        const key = [source, ...includeDirs].join('\u0000');
        let outcome = this.preprocessed.get(key);
        if (outcome === undefined) {
            outcome = this.runPreprocessor(source, includeDirs);
            this.preprocessed.set(key, outcome);
        }
        return outcome;
    }
    async runPreprocessor(source, includeDirs) {
        // -H: gcc lists every header it opens, failed runs too: what a stored answer depends on.
        const argv = [...(0,recipes/* preprocessArgv */.fd)(this.props, source, includeDirs, external_node_os_namespaceObject.devNull), '-H'];
        const result = await this.runner.run('preprocess', argv);
        const read = [external_node_path_.resolve(source), ...headersOpened(result.stderr)];
        if (result.code === 0 && result.signal === null)
            return { ok: true, read };
        const messages = (result.stdout + withoutHeaderList(result.stderr)).trim();
        const environment = environmentFailure(result);
        return {
            ok: false,
            read,
            missing: environment === null ? missingHeaderIn(messages) : null,
            messages,
            environment
        };
    }
}

;// CONCATENATED MODULE: ./build/lib/unitCache/fileFacts.js
/**
 * What the cache needs to know of a file the compiler read: its content hash, and whether it
 * mentions a macro whose expansion is a location or a time (then, on a miss, the preprocessor says
 * whether the unit expands it: expansion.ts). Each file is read and hashed at most once per run.
 */




function factsOf(content) {
    return {
        sha256: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex'),
        mentionsExpansionMacro: mentionsExpansionMacro(content)
    };
}
/**
 * A per-run memo of file facts. Never persisted: across runs and machines only content counts.
 * `rewrite` lets generated sources be hashed with their build-location paths named away.
 */
class FileFactsMemo {
    rewrite;
    facts = new Map();
    // The same answers once known, so a warm run's thousands of checks need no await.
    known = new Map();
    // Only a miss asks what a file includes: read again then, never on a warm run. Once a run has
    // asked, files read later get their includes from that one read (a cold run: every file once).
    includes = new Map();
    includesWanted = false;
    reads = 0;
    /**
     * Files that are there but could not be read (a folder, a link loop, no permission), by error code.
     * To the cache they are not there: no stored fingerprint matches them and no result naming them is
     * stored (the unit is uncacheable, and says why). Never the build's error: a compile that needs
     * such a file fails on its own, naming it.
     */
    unreadable = new Map();
    constructor(rewrite = (_file, content) => content) {
        this.rewrite = rewrite;
    }
    get(file) {
        let pending = this.facts.get(file);
        if (pending === undefined) {
            pending = this.read(file);
            this.facts.set(file, pending);
        }
        return pending;
    }
    /** The facts when already read, else undefined (then call `get`). */
    peek(file) {
        return this.known.get(file);
    }
    /** Base names of the headers a file includes (expansion.ts includedNames); none when unreadable. */
    includesOf(file) {
        this.includesWanted = true;
        let pending = this.includes.get(file);
        if (pending === undefined) {
            pending = this.content(file).then(content => (content === null ? [] : namesIncludedBy(content)));
            this.includes.set(file, pending);
        }
        return pending;
    }
    /** The file's bytes; null when it is not there, or is there but cannot be read (`unreadable`). */
    content(file) {
        return (0,lib_files/* orUnreadable */.pz)((0,promises_.readFile)(file), null, code => {
            this.unreadable.set(file, code);
            return null;
        });
    }
    async read(file) {
        const content = await this.content(file);
        if (content !== null)
            this.reads++;
        if (content !== null && this.includesWanted && !this.includes.has(file))
            this.includes.set(file, Promise.resolve(namesIncludedBy(content)));
        const facts = content === null ? null : factsOf(this.rewrite(file, content));
        if (this.facts.has(file))
            this.known.set(file, facts);
        return facts;
    }
}
function namesIncludedBy(content) {
    return includedNames(content.toString('latin1'));
}

;// CONCATENATED MODULE: ./build/lib/unitCache/open.js
/**
 * Opens the compile cache for one run: the store, the named roots of this build, the per-run
 * file-facts memo, and the toolchain-identity memo kept in the store.
 */








/**
 * A library's part of its root name: its own name, not its folder's, which differs in a fork, a
 * `git worktree` or a renamed checkout (the library whose examples are built is the checkout
 * itself). Made safe as one path component: compiles name files by it (engine/executionRoot.ts).
 */
function open_rootNameOf(library) {
    const safe = library.name.replace(/[^\w .+-]/g, '_').replace(/^[. ]+|[. ]+$/g, '');
    return safe === '' ? library.dirName : safe;
}
/** Every root of a build, each with a name that does not depend on where things are. */
function namedRoots(folders) {
    const roots = [
        { name: 'toolchain', dir: folders.toolchainDir },
        ...folders.platformDirs,
        { name: 'build', dir: folders.buildDir }
    ];
    const used = new Set();
    for (const library of folders.libraries) {
        const base = `lib/${library.location}/${open_rootNameOf(library)}`;
        let name = base;
        for (let n = 2; used.has(name); n++)
            name = `${base}-${n}`;
        used.add(name);
        roots.push({ name, dir: library.dir });
    }
    for (const sketch of folders.sketches)
        roots.push({ name: `sketch/${sketch.name}`, dir: sketch.dir });
    const toolDirs = new Set();
    for (const tool of folders.tools ?? []) {
        if (toolDirs.has(tool.dir))
            continue;
        toolDirs.add(tool.dir);
        roots.push({ name: `tool/${tool.name}`, dir: tool.dir });
    }
    // Last, so that a library or a sketch that is the checkout itself keeps its own name (orderRoots
    // keeps a folder's first name): the same as in a worktree of it, where it is no workspace.
    roots.push({ name: 'home', dir: folders.home ?? (0,external_node_os_namespaceObject.homedir)() }, { name: 'workspace', dir: folders.workspace });
    return orderRoots(roots);
}
/** The toolchain identity memo, one entry per toolchain folder in the store (see identityMemo.ts). */
function storeIdentityMemo(store) {
    return {
        async get(key) {
            const found = await store.get(TOOLCHAIN_MEMO_NAMESPACE, key);
            return found.kind === 'hit' ? found.value.meta : null;
        },
        async set(key, record) {
            // A record is plain JSON data (strings, numbers, nulls, objects): what parseMemo reads back.
            await store.put(TOOLCHAIN_MEMO_NAMESPACE, key, record);
        }
    };
}
function newRunId() {
    return `run-${Date.now()}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** The object store and the sketch store under one root (store/layout.ts); `onFault` hears when one turns off. */
function openStores(root, runId, onFault) {
    const paths = storePaths(external_node_path_.resolve(root));
    return {
        root: external_node_path_.resolve(root),
        runId,
        objects: new Store(paths.objects, { runId, onFault }),
        sketches: new Store(paths.sketches, { runId, onFault })
    };
}
function openUnitCache(stores, toolchainId, roots, buildDir, systemIncludeDirs = [], pathMode = 'relative') {
    // Sources the build generates (the merged sketch) name their own location: hash them with it named away.
    const generatedDir = external_node_path_.resolve(buildDir) + external_node_path_.sep;
    const memo = new FileFactsMemo((file, content) => file.startsWith(generatedDir) ? Buffer.from(normalizeText(content.toString('utf8'), roots)) : content);
    return new UnitCache({
        store: stores.objects,
        sketchStore: stores.sketches,
        toolchainId,
        roots: () => roots,
        memo,
        buildDir: external_node_path_.resolve(buildDir),
        runStartedAt: Date.now(),
        systemIncludeDirs,
        pathMode
    });
}
/** This run's counters, from the sketches' results and the processes it started. */
function runCounters(sketches, processes, bytesStored) {
    const counters = emptyCounters();
    for (const sketch of sketches) {
        counters.hits += sketch.units.hits + (sketch.link === 'hit' ? 1 : 0);
        counters.uncacheable += sketch.units.uncacheable;
        for (const reason of Object.keys(counters.misses)) {
            counters.misses[reason] += sketch.missReasons[reason] ?? 0;
        }
    }
    counters.compilerInvocations = (processes.compile ?? 0) + (processes.preprocess ?? 0);
    counters.linkerInvocations = processes.link ?? 0;
    counters.bytesStored = bytesStored;
    return counters;
}

;// CONCATENATED MODULE: ./build/lib/unitCache/runStats.js
/**
 * This run's counters, written to the sketch store while the run goes (every second, and once at
 * the end), so that a run killed halfway still leaves what it did in `fbuild-action stats`. Each
 * write is a delta file (store/stats.ts); a store whose writing is off just stops receiving them.
 * The stores' usage records (store/usage.ts) are flushed at the same moments.
 */


const FLUSH_EVERY_MS = 1000;
class RunStatistics {
    stores;
    progress;
    recorder;
    sketches = [];
    recorded = emptyCounters();
    writing = Promise.resolve();
    timer;
    constructor(stores, 
    /** The run's process counts and stored bytes, read at each write. */
    progress) {
        this.stores = stores;
        this.progress = progress;
        this.recorder = new StatsRecorder(stores.sketches.root, stores.runId);
        this.timer = setInterval(() => void this.write(), FLUSH_EVERY_MS);
        this.timer.unref();
    }
    sketchDone(sketch) {
        this.sketches.push(sketch);
    }
    /** The whole run's counters so far. */
    counters() {
        const { processes, bytesStored } = this.progress();
        return runCounters(this.sketches, processes, bytesStored);
    }
    /** Writes what remains and stops. */
    async finish() {
        clearInterval(this.timer);
        await this.write();
        return this.counters();
    }
    /** The uses both stores noted, and one delta file with what was counted since the last one; writes never overlap. */
    write() {
        this.writing = this.writing.then(async () => {
            await Promise.all([this.stores.objects.flush(), this.stores.sketches.flush()]);
            const now = this.counters();
            if (JSON.stringify(now) === JSON.stringify(this.recorded))
                return;
            this.recorder.add(countersSince(now, this.recorded));
            this.recorded = now;
            await this.stores.sketches.health.write(() => this.recorder.flush());
        });
        return this.writing;
    }
}

;// CONCATENATED MODULE: ./build/lib/engine/buildSession.js
/**
 * What a run sets up once, before any sketch: the board and toolchain, the stores (retiring an old
 * layout), the toolchain's identity, the libraries and the sketches' owners, the named roots, the
 * cache (or CACHE_OFF), the process runner, the statistics and the core plan. Every sketch of the
 * run builds in the session's context (sketchBuild.ts).
 */

























/** Unique, readable build folder names: the sketch name, numbered when two sketches share it. */
function buildNames(sketches) {
    const seen = new Map();
    return sketches.map(sketch => {
        const name = external_node_path_.basename(sketch).replace(/\.(ino|pde)$/, '');
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name}-${count}`;
    });
}
async function checkCompilerExists(props) {
    for (const key of ['compiler.c.cmd', 'compiler.cpp.cmd']) {
        const program = (0,properties/* expandProperties */.o3)(`{compiler.path}{${key}}`, props);
        try {
            await (0,promises_.access)(program, promises_.constants.X_OK);
        }
        catch {
            throw new errors/* UsageError */.eb(`toolchain: ${program} does not exist or is not executable (see --toolchain)`);
        }
    }
}
/** The platform folders of the board, named for the cache's keys. */
function platformRoots(board) {
    return [
        { name: 'platform', dir: board.platform.dir },
        { name: 'core-platform', dir: board.corePlatform.dir },
        { name: 'variant-platform', dir: board.variantPlatform.dir }
    ];
}
function sketchFolder(sketchPath) {
    return /\.(ino|pde)$/.test(sketchPath) ? external_node_path_.dirname(sketchPath) : sketchPath;
}
/** The library at an examples/ folder's parent; null when that folder is not a library after all. */
async function exampleOwner(root) {
    try {
        return await (0,arduino_libraries/* loadLibrary */._e)(root, 'sketch-owner');
    }
    catch (error) {
        // loadLibrary's usage errors say "not a library" (no headers, a broken library.properties).
        if (error instanceof errors/* UsageError */.eb)
            return null;
        throw error;
    }
}
/**
 * The library whose examples/ holds each sketch (each is used for its own examples), looked up once
 * per run: one that is also among `known` (given with --library) is that same library, any other
 * is loaded once, so every example of it shares one Library and its per-run source listing.
 */
async function sketchOwners(sketches, known) {
    const byRoot = new Map();
    const owners = new Map();
    for (const sketch of sketches) {
        const root = (0,arduino_libraries/* libraryRootOfExamples */.wm)(sketchFolder(sketch));
        if (root === null)
            continue;
        if (!byRoot.has(root))
            byRoot.set(root, known.find(candidate => candidate.dir === root) ?? (await exampleOwner(root)));
        const owner = byRoot.get(root);
        if (owner)
            owners.set(sketch, owner);
    }
    return owners;
}
async function platformLibraries(dirs) {
    const found = [];
    for (const dir of dirs) {
        const librariesDir = external_node_path_.join(dir, 'libraries');
        // A platform without bundled libraries (common for referenced cores) is fine.
        const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(librariesDir), []);
        if (entries.length > 0)
            found.push(...(await (0,arduino_libraries/* scanLibraries */.Jz)([librariesDir], 'platform')));
    }
    return found;
}
async function resolveRunBoard(request) {
    const fqbn = (0,arduino_fqbn/* parseFqbn */.D)(request.fqbn);
    const coreDirs = request.coreDirs.length > 0 ? request.coreDirs : [await locateDefaultCore()];
    const platforms = await Promise.all(coreDirs.map(dir => (0,arduino_platform/* loadPlatform */.G)(external_node_path_.resolve(dir))));
    const overrides = new Map(request.buildProperties);
    const tools = await scanToolsFolders(request.toolsDirs ?? []);
    // Installed tools after the scanned ones (they win); --build-property after both.
    const runtimeTools = [...toolProperties(tools), ...(request.toolProperties ?? [])];
    let toolchainDir;
    const propsFor = (buildPath, projectName, sketchDir) => resolveBoardProperties(fqbn, platforms, {
        buildPath,
        projectName,
        sketchDir,
        toolchainDir,
        warnings: request.warnings,
        toolProperties: runtimeTools,
        overrides
    });
    const unsupported = (0,platformSupport/* unsupportedPlatformFeatures */.k)([propsFor(request.buildDir, 'sketch.ino').properties]);
    if (unsupported.length > 0) {
        const { platform } = propsFor(request.buildDir, 'sketch.ino');
        throw new errors/* UsageError */.eb(`fqbn "${request.fqbn}": ${platform.dir} cannot be built by fbuild-action yet: ${unsupported.join('; ')}`);
    }
    const choice = await chooseToolchain(propsFor(request.buildDir, 'sketch.ino').properties, request.toolchainDir);
    if (choice.setsCompilerPath)
        toolchainDir = choice.toolchain.dir;
    const base = propsFor(request.buildDir, 'sketch.ino');
    await checkCompilerExists(base.properties);
    checkSizeRecipe(base.properties);
    return { arch: fqbn.arch, propsFor, base, toolchain: choice.toolchain, runtimeTools };
}
/** The stores, with an old layout retired; null with --no-cache. */
async function openRunStores(request) {
    if (request.storeDir === null)
        return null;
    const stores = openStores(request.storeDir, request.runId ?? newRunId(), fault => request.onEvent?.({ type: 'store-fault', fault }));
    await stores.sketches.health.write(() => retireOldStores(stores.root));
    return stores;
}
/** The run's libraries: those given and the platforms', and the owners of the sketches that are examples. */
async function runLibraries(request, board) {
    const platformDirs = [...new Set([board.platform.dir, board.corePlatform.dir])];
    const libraries = [
        ...(await (0,arduino_libraries/* scanLibraries */.Jz)(request.libraryDirs, 'user')),
        ...(await platformLibraries(platformDirs))
    ];
    return { libraries, owners: await sketchOwners(request.sketches, libraries) };
}
function runRoots(request, board, libraries, names) {
    return namedRoots({
        toolchainDir: board.toolchain.dir,
        platformDirs: platformRoots(board.base),
        libraries,
        sketches: request.sketches.map((sketch, i) => ({
            name: names[i] ?? String(i),
            dir: sketchFolder(sketch)
        })),
        buildDir: request.buildDir,
        tools: board.runtimeTools.map(([key, dir]) => ({
            name: key.replace(/^runtime\.tools\.|\.path$/g, ''),
            dir
        })),
        workspace: request.workspace ?? process.cwd()
    });
}
/** `explain`: every unit lookup told as an event. */
function unitExplainer(request) {
    if (request.explain !== true)
        return null;
    return {
        properties: request.buildProperties,
        tell: (unit, reason, { detail, why }) => request.onEvent?.({ type: 'unit-explained', source: unit.source, reason, detail, why })
    };
}
/** The run's statistics in the store, and the store's summary at the end; none with --no-cache. */
function runRecord(stores, runner, cache) {
    if (stores === null)
        return { sketchDone: () => undefined, finish: () => Promise.resolve(null) };
    const statistics = new RunStatistics(stores, () => ({
        processes: runner.counts,
        bytesStored: cache.bytesStored
    }));
    return {
        sketchDone: result => statistics.sketchDone(result),
        async finish() {
            const counters = await statistics.finish();
            return {
                dir: stores.root,
                run: counters,
                recovered: counters.misses['corrupt-entry'],
                faults: [...stores.objects.health.faults, ...stores.sketches.health.faults]
            };
        }
    };
}
async function openBuildSession(request) {
    const board = await resolveRunBoard(request);
    const { base, toolchain } = board;
    const stores = await openRunStores(request);
    const identity = request.toolchainIdentity ??
        (await identifyToolchain(toolchain.binDir, stores === null ? undefined : storeIdentityMemo(stores.sketches), (0,compilerRecipes/* compilerUseOf */.Ig)(base.properties)));
    const { libraries, owners } = await runLibraries(request, base);
    const names = buildNames(request.sketches);
    // Roots name the owners of examples too, after the libraries given and found.
    const roots = runRoots(request, board, [...new Set([...libraries, ...owners.values()])], names);
    const paths = request.absolutePaths === true ? 'absolute' : 'relative';
    const cache = stores === null
        ? CACHE_OFF
        : storeCache(openUnitCache(stores, identity.id, roots, request.buildDir, identity.includeDirs, paths));
    const runner = new processes/* ProcessRunner */.S(request.jobs, (kind, argv) => request.onEvent?.({ type: 'command', kind, argv }));
    const record = runRecord(stores, runner, cache);
    const core = await planCore(base.properties, base.coreDir, base.variantDir, request.buildDir);
    const exec = paths === 'absolute' ? absolutePaths : await createExecutionRoot(roots);
    let unitsDone = 0;
    const context = {
        runner,
        compiler: new UnitCompiler(runner, cache, exec, unitExplainer(request)),
        exec,
        cache,
        toolchainId: identity.id,
        archiver: new CoreArchiver(runner),
        detector: new LibraryDetector(runner, base.properties, board.arch),
        core,
        libraries,
        owners,
        buildDir: request.buildDir,
        propsFor: (buildPath, projectName, sketchDir) => board.propsFor(buildPath, projectName, sketchDir).properties,
        onUnitDone: () => request.onEvent?.({ type: 'unit-done', index: unitsDone++ })
    };
    return {
        context,
        names,
        toolchain: { id: identity.id, version: identity.version, dir: toolchain.dir, work: identity.work },
        paths,
        sketchDone: record.sketchDone,
        finish: record.finish,
        dispose: () => exec.dispose()
    };
}

;// CONCATENATED MODULE: ./build/lib/arduino/bootloader.js
/**
 * `<sketch>.with_bootloader.hex`: the sketch's .hex with the board's bootloader image appended, as
 * arduino-builder makes it (merge_sketch_with_bootloader.go): both files read as rows (CRLF as
 * LF, split on LF), the sketch's last two rows (its end-of-file record and the empty row after
 * it) dropped, the bootloader's rows appended, all joined with LF. The bootloader image is taken
 * as it is, a .bin too. Pure.
 */


/** The bootloader image the board names (`bootloader.noblink` before `bootloader.file`), or null. */
function bootloaderImage(props) {
    const named = props.get('bootloader.noblink') ?? props.get('bootloader.file');
    if (named === undefined)
        return null;
    const platformDir = props.get('runtime.platform.path') ?? '';
    return external_node_path_.join(platformDir, 'bootloaders', (0,properties/* expandProperties */.o3)(named, props));
}
function rows(content) {
    const text = content.toString('latin1').replaceAll('\r\n', '\n');
    return text.split('\n').map(row => Buffer.from(row, 'latin1'));
}
function mergeWithBootloader(sketchHex, bootloader) {
    const merged = [...rows(sketchHex).slice(0, -2), ...rows(bootloader)];
    const newline = Buffer.from('\n');
    return Buffer.concat(merged.flatMap((row, i) => (i === 0 ? [row] : [newline, row])));
}

;// CONCATENATED MODULE: ./build/lib/arduino/hooks.js
/**
 * Recipe hooks (`recipe.hooks.<point>.<NN>.pattern`), the points where arduino-builder runs them,
 * in its order, and each point's commands sorted by key as its RecipeByPrefixSuffixRunner does.
 * Pure: the commands come from the build properties.
 */

/** Every hook point, in the order a build reaches it. */
const HOOK_POINTS = [
    'prebuild',
    'sketch.prebuild',
    'sketch.postbuild',
    'libraries.prebuild',
    'libraries.postbuild',
    'core.prebuild',
    'core.postbuild',
    'linking.prelink',
    'linking.postlink',
    'objcopy.preobjcopy',
    'objcopy.postobjcopy',
    'savehex.presavehex',
    'savehex.postsavehex',
    'postbuild'
];
/** The commands of one point: keys `recipe.hooks.<point>.*.pattern`, sorted, empty ones skipped. */
function hookCommands(props, point) {
    const prefix = `recipe.hooks.${point}.`;
    const keys = [...props.keys()]
        .filter(key => key.startsWith(prefix) && key.endsWith('.pattern') && !key.slice(prefix.length).includes('hooks'))
        .sort();
    return keys
        .filter(key => (props.get(key) ?? '').trim() !== '')
        .map(key => ({ key, argv: (0,recipes/* recipeArgv */.NI)(props, key) }));
}
/** Whether the platform has any hook. */
function hasHooks(props) {
    return [...props.keys()].some(key => key.startsWith('recipe.hooks.') && key.endsWith('.pattern'));
}

;// CONCATENATED MODULE: ./build/lib/engine/link.js
/**
 * Link, objcopy (hex, eep, bin, ...) and size of one sketch, with the platform's recipes: the
 * commands as a pure description, then running them; the files they made, found by name.
 */










const LINK_HOOKS = [
    'linking.prelink',
    'linking.postlink',
    'objcopy.preobjcopy',
    'objcopy.postobjcopy'
];
function linkOutputs(props) {
    const stem = external_node_path_.join(props.get('build.path') ?? '', props.get('build.project_name') ?? '');
    return { elf: `${stem}.elf`, hex: `${stem}.hex`, eep: `${stem}.eep` };
}
/**
 * arduino-builder (and the IDE) add `,--relax` to the link flags for the ATmega2560, a fix kept in
 * the tool rather than in platform.txt; without it a Mega's firmware differs from the IDE's.
 */
function withArduinoLinkQuirks(props) {
    if (props.get('build.mcu') !== 'atmega2560')
        return props;
    const flags = props.get('compiler.c.elf.flags') ?? '';
    return (0,properties/* mergeProperties */.g2)(props, new Map([['compiler.c.elf.flags', `${flags},--relax`]]));
}
function linkCommands(props, objects, coreArchive) {
    // The combine recipe names the archive as {build.path}/{archive_file}.
    const archiveFile = external_node_path_.relative(props.get('build.path') ?? '', coreArchive);
    return {
        link: (0,recipes/* linkArgv */.b2)(withArduinoLinkQuirks(props), objects, archiveFile),
        objcopy: (0,recipes/* objcopyArgvs */.YS)(props),
        size: (0,recipes/* sizeArgv */.AU)(props),
        archive: coreArchive,
        outputs: linkOutputs(props),
        stem: external_node_path_.join(props.get('build.path') ?? '', props.get('build.project_name') ?? ''),
        hooks: Object.fromEntries(LINK_HOOKS.map(point => [point, hookCommands(props, point)]))
    };
}
/**
 * Every file the link steps made, by its suffix after the stem (`elf`, `hex`, `bin`, `map`,
 * `with_bootloader.hex`, ...): whatever a platform's recipes name, so a link result holds them all.
 */
async function madeOutputs(stem) {
    const prefix = `${external_node_path_.basename(stem)}.`;
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(external_node_path_.dirname(stem), { withFileTypes: true }), []);
    const made = new Map();
    for (const entry of entries.filter(e => e.isFile() && e.name.startsWith(prefix)).sort(byName))
        made.set(entry.name.slice(prefix.length), external_node_path_.join(external_node_path_.dirname(stem), entry.name));
    return made;
}
const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
/** A build folder is reused run to run: last run's outputs must not pass for this run's. */
async function clearOutputs(stem) {
    // madeOutputs lists files only: unlink, without rm's look at what the path is first.
    for (const file of (await madeOutputs(stem)).values())
        await (0,lib_files/* orMissing */.Mr)((0,promises_.unlink)(file), undefined);
}
/**
 * arduino-builder's `.with_bootloader.hex` (arduino/bootloader.ts), made from the .hex whether
 * linked or restored: a pure function of two files, never cached. None when the board names an
 * image the platform lacks, as arduino-builder ("Bootloader file specified but missing").
 */
async function addBootloader(props, stem) {
    const image = bootloaderImage(props);
    if (image === null)
        return;
    const [hex, bootloader] = await Promise.all([
        (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(`${stem}.hex`), null),
        (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(image), null)
    ]);
    if (hex !== null && bootloader !== null)
        await (0,promises_.writeFile)(`${stem}.with_bootloader.hex`, mergeWithBootloader(hex, bootloader));
}
/** The file users upload: `recipe.output.tmp_file` (`<sketch>.ino.bin` on SAMD) when it was made, else the .hex. */
function firmwareFile(props, made) {
    const named = props.get('recipe.output.tmp_file');
    const buildPath = props.get('build.path') ?? '';
    const preferred = named === undefined ? null : external_node_path_.join(buildPath, (0,properties/* expandProperties */.o3)(named, props));
    const files = [...made.values()];
    if (preferred !== null && files.includes(preferred))
        return preferred;
    return made.get('hex') ?? null;
}
/** Runs the link and objcopy steps, then the size tool: its output, or the first failure's message. */
async function runLink(runner, commands, exec) {
    const hooks = (point) => commands.hooks[point].map(({ key, argv }) => ({ kind: 'hook', label: `${key}: `, argv }));
    const steps = [
        ...hooks('linking.prelink'),
        { kind: 'link', label: '', argv: commands.link },
        ...hooks('linking.postlink'),
        ...hooks('objcopy.preobjcopy'),
        ...commands.objcopy.map(({ name, argv }) => ({
            kind: 'objcopy',
            label: `objcopy ${name}: `,
            argv
        })),
        ...hooks('objcopy.postobjcopy'),
        { kind: 'size', label: 'size: ', argv: commands.size }
    ];
    let sizeOutput = '';
    for (const step of steps) {
        const result = await runner.run(step.kind, exec.command(step.argv), exec.cwd);
        if (result.code !== 0 || result.signal !== null) {
            const error = `${step.label}${exec.placeText((result.stdout + result.stderr).trim())}`;
            return { ok: false, error, environment: environmentFailure(result) };
        }
        sizeOutput = result.stdout;
    }
    return { ok: true, sizeOutput };
}
/** The board's limits applied to the size tool's output, with Arduino's messages. */
function checkSizes(props, sizeOutput) {
    const sizes = parseSizeOutput(sizeOutput, props);
    const verdict = sizeVerdict(sizes);
    return verdict.ok
        ? { ok: true, sizes, lines: verdict.lines }
        : { ok: false, error: verdict.lines.join('\n'), sizes };
}

;// CONCATENATED MODULE: ./build/lib/engine/libraryLinkage.js
/**
 * What a library adds to a link besides its compiled objects, as arduino-cli's compileLibrary:
 * - `precompiled=true|full`: the archives in `src/<build.mcu>/[<fpu>-<float-abi>/]` are linked
 *   through `compiler.libraries.ldflags` (`"-L<folder>" <ldflags=> -l<name>`; an archive not named
 *   lib*.a is linked as an object). With `full` and that folder found, its sources are not
 *   compiled. A platform without `compiler.libraries.ldflags` links no precompiled archive.
 * - `dot_a_linkage=true` (recursive layout): the library's objects are linked as one archive,
 *   `<DirName>.a`, so the linker takes only the members it needs.
 * The archives a link reads this way are named by content in its key (unitCache/linkCache.ts).
 */





const NONE = { dir: null, files: [], ldflags: '', objects: [], skipSources: false };
async function filesIn(dir) {
    const entries = await (0,lib_files/* orMissing */.Mr)((0,promises_.readdir)(dir, { withFileTypes: true }), []);
    return entries
        .filter(entry => entry.isFile())
        .map(entry => external_node_path_.join(dir, entry.name))
        .sort();
}
/** `-mfpu=X` and `-mfloat-abi=Y` of the C++ recipe as `X-Y` (arduino-cli's folder name), or ''. */
function fpuSpecs(props) {
    let argv;
    try {
        argv = (0,recipes/* recipeArgv */.NI)(props, 'recipe.cpp.o.pattern', { source_file: '', object_file: '', includes: '' });
    }
    catch {
        return '';
    }
    const valueOf = (flag) => {
        const arg = argv.find(candidate => candidate.includes(flag) && candidate.includes('='));
        return arg === undefined ? [] : [(arg.split('=')[1] ?? '').trim()];
    };
    return [...valueOf('fpu'), ...valueOf('float-abi')].join('-');
}
async function precompiledLinkage(props, library) {
    const precompiled = (library.properties.get('precompiled') ?? '').trim();
    if (!library.precompiled || !props.has('compiler.libraries.ldflags'))
        return NONE;
    const mcuDir = external_node_path_.join(library.sourceDir, props.get('build.mcu') ?? '');
    const specs = fpuSpecs(props);
    let dir = null;
    for (const candidate of specs === '' ? [mcuDir] : [external_node_path_.join(mcuDir, specs), mcuDir]) {
        if ((await filesIn(candidate)).length > 0) {
            dir = candidate;
            break;
        }
    }
    if (dir === null)
        return NONE;
    const files = (await filesIn(dir)).filter(file => file.endsWith('.a') || file.endsWith('.so'));
    const names = files
        .map(file => external_node_path_.basename(file, external_node_path_.extname(file)))
        .filter(name => name.startsWith('lib'))
        .map(name => `-l${name.slice(3)}`);
    const ldflags = (library.properties.get('ldflags') ?? '').trim();
    return {
        dir,
        files,
        ldflags: ` "-L${dir}" ${[ldflags, ...names].join(' ')}  `,
        objects: files.filter(file => file.endsWith('.a') && !external_node_path_.basename(file).startsWith('lib')),
        skipSources: precompiled === 'full'
    };
}
/** The board properties with every precompiled library's flags appended, in library order. Pure. */
function withLibraryLdflags(props, linkages) {
    const added = linkages.map(linkage => linkage.ldflags).join('');
    if (added === '')
        return props;
    const current = props.get('compiler.libraries.ldflags') ?? '';
    return (0,properties/* mergeProperties */.g2)(props, new Map([['compiler.libraries.ldflags', `${current}${added}`]]));
}
/** Whether the library's objects are linked as one archive (arduino-cli: recursive layout only). */
function linksAsArchive(library) {
    return library.layout === 'recursive' && (library.properties.get('dot_a_linkage') ?? '').trim() === 'true';
}

;// CONCATENATED MODULE: ./build/lib/engine/hookRunner.js

/** A hook whose program cannot start (not found, not executable) fails as a shell's would: exit 127, with why. */
async function runHook(runner, argv) {
    try {
        return await runner.run('hook', argv);
    }
    catch (error) {
        return {
            code: 127,
            signal: null,
            stdout: '',
            stderr: error instanceof Error ? error.message : String(error)
        };
    }
}
/** Runs the points' commands in order; the first failure's message, or null. */
async function runHooks(runner, props, points) {
    for (const point of points) {
        for (const { key, argv } of hookCommands(props, point)) {
            const result = await runHook(runner, argv);
            if (result.code !== 0 || result.signal !== null)
                return `${key}: ${(result.stdout + result.stderr).trim() || `exit code ${result.code}`}`;
        }
    }
    return null;
}
/** Every hook command of the points, for a link key (normalized by the caller). */
function hookArgvs(props, points) {
    return points.flatMap(point => hookCommands(props, point).map(({ key, argv }) => [key, argv]));
}

;// CONCATENATED MODULE: ./build/lib/engine/libraryLink.js
/**
 * The libraries' part of a sketch's link (libraryLinkage.ts): which objects and archives the link
 * names, the properties it links with, what its key must name by content, and the `<DirName>.a`
 * archives to make before a real link. Planned from the units; the archives are made only on a
 * link miss, as the core archive is.
 */






function planLibraryLink(props, parts) {
    const objects = [];
    const archives = [];
    for (const part of parts) {
        objects.push(...part.precompiled.objects);
        const members = part.units.map(unit => unit.object);
        if (linksAsArchive(part.library) && members.length > 0) {
            const file = external_node_path_.join(part.objectDir, `${part.library.dirName}.a`);
            archives.push({ file, members });
            objects.push(file);
        }
        else {
            objects.push(...members);
        }
    }
    return {
        objects,
        props: withLibraryLdflags(props, parts.map(part => part.precompiled)),
        archives,
        precompiledFiles: parts.flatMap(part => part.precompiled.files)
    };
}
/** `file:<sha256>` of each precompiled archive, for the link key; null for one that cannot be read. */
async function precompiledNames(files) {
    const names = new Map();
    for (const file of files) {
        const content = await (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(file), null);
        names.set(file, content === null ? null : `file:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`);
    }
    return names;
}
/** Makes each `<DirName>.a` from scratch (`ar` adds to an existing archive). */
async function makeLibraryArchives(runner, props, archives) {
    for (const archive of archives) {
        await (0,promises_.rm)(archive.file, { force: true });
        const result = await runner.run('archive', (0,recipes/* archiveArgv */.Jz)(props, archive.file, archive.members));
        if (result.code !== 0)
            return { ok: false, messages: (result.stdout + result.stderr).trim() };
    }
    return { ok: true, messages: '' };
}

;// CONCATENATED MODULE: ./build/lib/engine/sketchDetection.js
/**
 * A sketch's detection step: which libraries it uses, in order, with their include folders. The
 * answer stored for the same question is reused when nothing it was found from has changed
 * (unitCache/detectCache.ts); otherwise the preprocessor finds it (detectLibraries.ts) and the
 * answer is stored, a failure too, unless the environment caused it.
 */



/** The libraries a sketch may use: the run's, its owner first. */
function candidatesFor(libraries, owner) {
    return owner === null ? libraries : [owner, ...libraries.filter(library => library.dir !== owner.dir)];
}
async function detectSketchLibraries(ctx, input) {
    const candidates = candidatesFor(ctx.libraries, input.owner);
    const key = ctx.cache.detectionKey({
        toolchainId: ctx.toolchainId,
        preprocessArgv: (0,recipes/* preprocessArgv */.fd)(input.props, '', ctx.core.includeDirs, external_node_os_namespaceObject.devNull),
        candidates,
        sketchFiles: input.sketchFiles
    });
    const remembered = await ctx.cache.lookupDetection(key, candidates);
    if (remembered !== null) {
        if (!remembered.ok)
            return remembered;
        const includeDirs = [...ctx.core.includeDirs, ...remembered.libraries.flatMap(arduino_libraries/* libraryIncludeDirs */.oV)];
        return { ok: true, libraries: [...remembered.libraries], includeDirs };
    }
    const detected = await ctx.detector.detect(ctx.core.includeDirs, input.sources, candidates, input.owner);
    // A failure is stored too (a header no library provides), unless the environment caused it.
    if (detected.ok)
        await ctx.cache.storeDetection(key, detected, detected.read);
    else if (detected.environment === null)
        await ctx.cache.storeDetection(key, detected, detected.read, detected.absent);
    return detected;
}

;// CONCATENATED MODULE: ./build/lib/engine/sketchLink.js
/**
 * A sketch's link step: restored from the cache when a link with the same key was stored (its
 * outputs, or its failure), else the objects written out, the core and library archives made, the
 * link, objcopy and size steps run (link.ts), and the result stored unless the environment failed
 * it. A link is keyed by its commands and the names of everything it reads (unitCache/linkCache.ts).
 */









const nameOf = (outcome) => objectName(outcome.resultKey, outcome.objectSha256);
/** The link's key: its commands, and every file it reads named by content or by its unit's result. */
async function linkKey(ctx, input) {
    const { props, commands, objectUnits, coreUnits, libraryLink } = input;
    const objectNames = new Map(objectUnits.map(outcome => [outcome.unit.object, nameOf(outcome)]));
    // A library linked as one archive is named by its members' names, as the core archive is.
    const inputs = await precompiledNames(libraryLink.precompiledFiles);
    for (const archive of libraryLink.archives)
        inputs.set(archive.file, `archive:${digestOf(archive.members.map(member => objectNames.get(member) ?? null))}`);
    // Every hook's command line (hookRunner.ts): a hook can write what the link reads.
    for (const [hookKey, argv] of hookArgvs(props, HOOK_POINTS))
        inputs.set(`hook:${hookKey}`, JSON.stringify(argv.map(arg => ctx.cache.normalize(arg))));
    return ctx.cache.linkKey(ctx.toolchainId, commands, objectNames, coreUnits.map(nameOf), inputs);
}
/** Every file the link steps made, by suffix, as the cache stores them. */
async function sketchLink_linkOutputs(stem) {
    const files = new Map();
    for (const [name, file] of await madeOutputs(stem)) {
        const content = await (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(file), null);
        if (content !== null)
            files.set(name, content);
    }
    return files;
}
/** A real link: objects written out, archives made, the steps run; stored unless the environment failed it. */
async function linkNow(ctx, input, key) {
    const { props, commands, objectUnits, coreUnits, libraryLink } = input;
    await Promise.all([...objectUnits, ...coreUnits].map(outcome => ctx.compiler.ensureObject(outcome)));
    const core = await ctx.archiver.archive(props, ctx.core);
    const archived = core.ok ? await makeLibraryArchives(ctx.runner, props, libraryLink.archives) : core;
    if (!archived.ok)
        return { sizeOutput: null, error: `core archive: ${archived.messages}` };
    const linked = await runLink(ctx.runner, commands, ctx.exec);
    if (!linked.ok) {
        // A link that failed for its inputs is a result; one the environment failed is never stored.
        if (linked.environment === null)
            await ctx.cache.storeLinkFailure(key, linked.error);
        return { sizeOutput: null, error: linked.error };
    }
    await ctx.cache.storeLink(key, () => sketchLink_linkOutputs(commands.stem), linked.sizeOutput);
    return { sizeOutput: linked.sizeOutput, error: null };
}
async function linkSketch(ctx, input) {
    const key = await linkKey(ctx, input);
    const stem = input.commands.stem;
    await clearOutputs(stem);
    const found = await ctx.cache.lookupLink(key, name => `${stem}.${name}`);
    const hit = { link: 'hit', error: null, missReason: null, missDetail: null };
    if (found.kind === 'hit')
        return { ...hit, sizeOutput: found.sizeOutput };
    if (found.kind === 'failed')
        return { ...hit, sizeOutput: null, error: found.error };
    const missReason = storeMissReason(found.reason);
    return {
        link: 'miss',
        ...(await linkNow(ctx, input, key)),
        missReason,
        missDetail: linkMissDetail(input, missReason)
    };
}
/**
 * A link's key names its units by their results: when one of them did not come from the store, the
 * link names other objects; when all did, its commands changed (or its entry was pruned).
 */
function linkMissDetail(input, reason) {
    if (reason !== 'no-entry')
        return null;
    const units = [...input.objectUnits, ...input.coreUnits];
    return units.some(outcome => outcome.source !== 'hit') ? 'units-changed' : 'command-changed';
}

;// CONCATENATED MODULE: ./build/lib/engine/sketchBuild.js
/**
 * One sketch: lay it out, find its libraries, get its units' objects (sharing the run's core and
 * library objects, and the cache's), link. Every failure becomes this sketch's result; other
 * sketches are not affected.
 */














function failedSketch(sketchPath, startedAt, error) {
    return {
        path: sketchPath,
        name: external_node_path_.basename(sketchPath).replace(/\.(ino|pde)$/, ''),
        ok: false,
        hex: null,
        elf: null,
        eep: null,
        hexSha256: null,
        outputs: {},
        firmware: null,
        firmwareSha256: null,
        sizes: null,
        units: { total: 0, hits: 0, misses: 0, uncacheable: 0, shared: 0 },
        missReasons: {},
        missReasonDetails: {},
        linkMiss: null,
        link: 'skipped',
        seconds: (performance.now() - startedAt) / 1000,
        compileSeconds: 0,
        libraries: [],
        phases: {},
        error,
        messages: ''
    };
}
/** Wall time per phase of one sketch: where a warm build's remaining time goes. */
class PhaseClock {
    seconds = {};
    last = performance.now();
    end(phase) {
        const now = performance.now();
        this.seconds[phase] = Math.round(now - this.last) / 1000;
        this.last = now;
    }
}
async function libraryUnits(ctx, props, libraries, includeDirs) {
    const parts = [];
    for (const library of libraries) {
        // A legacy library also sees its own utility/ folder, and only it does (as in arduino-cli).
        const libraryIncludes = [...includeDirs, ...(0,arduino_libraries/* libraryOwnIncludeDirs */.EV)(library)];
        const digest = flagsDigest(props, libraryIncludes);
        const objectDir = external_node_path_.join(ctx.buildDir, 'libraries', library.dirName, digest);
        const precompiled = await precompiledLinkage(props, library);
        const sources = precompiled.skipSources ? [] : await ctx.detector.sourcesOf(library);
        const units = planUnits(props, sources, library.sourceDir, objectDir, libraryIncludes);
        parts.push({ library, objectDir, units, precompiled });
    }
    return parts;
}
function unitCounts(outcomes) {
    const mine = outcomes.filter(outcome => outcome.firstHere);
    return {
        total: outcomes.length,
        hits: mine.filter(outcome => outcome.source === 'hit').length,
        misses: mine.filter(outcome => outcome.source === 'compiled' || outcome.source === 'failed').length,
        uncacheable: mine.filter(outcome => outcome.source === 'uncacheable').length,
        shared: outcomes.length - mine.length
    };
}
/** The store's misses of this sketch's units (those it asked first) and of its link, by reason and finer name. */
function missReasons(outcomes, link) {
    const missReasons = {};
    const missReasonDetails = {};
    const misses = [...outcomes.filter(outcome => outcome.firstHere), ...(link === null ? [] : [link])];
    for (const { missReason, missDetail } of misses) {
        if (missReason === null)
            continue;
        missReasons[missReason] = (missReasons[missReason] ?? 0) + 1;
        countDetail(missReasonDetails, missReason, missDetail);
    }
    return { missReasons, missReasonDetails };
}
async function compileSketch(ctx, props, prepared, detected) {
    const { sources, sourceDir } = prepared;
    const sketchUnits = planUnits(props, sources, sourceDir, sourceDir, detected.includeDirs);
    const libraryParts = await libraryUnits(ctx, props, detected.libraries, detected.includeDirs);
    const units = [...sketchUnits, ...libraryParts.flatMap(part => part.units), ...ctx.core.variantUnits];
    const resolve = async (unit) => {
        const outcome = await ctx.compiler.compile(unit);
        ctx.onUnitDone();
        return outcome;
    };
    const [objectUnits, coreUnits] = await Promise.all([
        Promise.all(units.map(resolve)),
        Promise.all(ctx.core.coreUnits.map(resolve))
    ]);
    return { sketchUnits, libraryParts, objectUnits, coreUnits };
}
/** What the report says of a sketch's units, failed or not. */
function unitsReport(outcomes, libraries, phases) {
    return {
        // Every unit the sketch uses, shared ones too: a sketch's warnings do not depend on build order.
        messages: outcomes
            .filter(outcome => outcome.ok && outcome.messages !== '')
            .map(outcome => outcome.messages)
            .join('\n'),
        units: unitCounts(outcomes),
        compileSeconds: outcomes.filter(o => o.firstHere).reduce((sum, o) => sum + o.seconds, 0),
        libraries: libraries.map(library => library.name),
        ...missReasons(outcomes, null),
        phases: phases.seconds
    };
}
/** The link's input: the objects it names in arduino-cli's order (sketch, libraries, variant), the core archive. */
function linkInputOf(ctx, props, compiled) {
    const libraryLink = planLibraryLink(props, compiled.libraryParts);
    const linkObjects = [...compiled.sketchUnits, ...ctx.core.variantUnits].map(unit => unit.object);
    linkObjects.splice(compiled.sketchUnits.length, 0, ...libraryLink.objects);
    return {
        props,
        commands: linkCommands(libraryLink.props, linkObjects, ctx.core.archive),
        objectUnits: compiled.objectUnits,
        coreUnits: compiled.coreUnits,
        libraryLink
    };
}
async function sha256Of(file) {
    return file === null
        ? null
        : (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(file))
            .digest('hex');
}
/** The files a built sketch leaves, as the report names them. */
async function sketchOutputs(props, stem) {
    const made = await madeOutputs(stem);
    const firmware = firmwareFile(props, made);
    const hex = made.get('hex') ?? null;
    const hexSha256 = await sha256Of(hex);
    return {
        elf: made.get('elf') ?? null,
        hex,
        eep: made.get('eep') ?? null,
        hexSha256,
        outputs: Object.fromEntries(made),
        firmware,
        // On AVR the firmware is the .hex: read once.
        firmwareSha256: firmware === hex ? hexSha256 : await sha256Of(firmware)
    };
}
/**
 * prebuild hook -> prepare -> detect -> compile hooks -> units -> link -> size -> postbuild hook;
 * the first step that fails ends the sketch with what was known by then.
 */
async function buildSketch(ctx, sketchPath, buildName) {
    const startedAt = performance.now();
    let sketch;
    try {
        sketch = await loadSketch(sketchPath);
    }
    catch (error) {
        return failedSketch(sketchPath, startedAt, error instanceof Error ? error.message : String(error));
    }
    const sketchBuildDir = external_node_path_.join(ctx.buildDir, 'sketches', buildName);
    const props = ctx.propsFor(sketchBuildDir, external_node_path_.basename(sketch.mainFile), sketch.dir);
    const fail = (error, extra = {}) => ({
        ...failedSketch(sketch.dir, startedAt, error),
        name: sketch.name,
        ...extra
    });
    const phases = new PhaseClock();
    const prebuild = await runHooks(ctx.runner, props, ['prebuild']);
    if (prebuild !== null)
        return fail(prebuild);
    const prepared = await prepareSketch(sketch, external_node_path_.join(sketchBuildDir, 'sketch'), ctx.exec.nameOf);
    phases.end('prepare');
    const detected = await detectSketchLibraries(ctx, {
        props,
        sources: prepared.sources,
        sketchFiles: [...sketch.inoFiles, ...sketch.sourceFiles, ...sketch.headerFiles],
        owner: ctx.owners.get(sketchPath) ?? null
    });
    phases.end('detect');
    if (!detected.ok)
        return fail(detected.error, { phases: phases.seconds });
    const preCompile = await runHooks(ctx.runner, props, [
        'sketch.prebuild',
        'libraries.prebuild',
        'core.prebuild'
    ]);
    if (preCompile !== null)
        return fail(preCompile, { phases: phases.seconds });
    const compiled = await compileSketch(ctx, props, prepared, detected);
    phases.end('units');
    const outcomes = [...compiled.objectUnits, ...compiled.coreUnits];
    const partial = unitsReport(outcomes, detected.libraries, phases);
    const failed = outcomes.filter(outcome => !outcome.ok);
    if (failed.length > 0)
        return fail(failed.map(outcome => outcome.messages).join('\n'), partial);
    const postCompile = await runHooks(ctx.runner, props, [
        'sketch.postbuild',
        'libraries.postbuild',
        'core.postbuild'
    ]);
    if (postCompile !== null)
        return fail(postCompile, partial);
    const linkInput = linkInputOf(ctx, props, compiled);
    const linked = await linkSketch(ctx, linkInput);
    phases.end('link');
    const withLink = {
        ...partial,
        link: linked.link,
        linkMiss: linked.missReason === null ? null : { reason: linked.missReason, detail: linked.missDetail },
        ...missReasons(outcomes, linked)
    };
    if (linked.sizeOutput === null)
        return fail(linked.error ?? 'link failed', withLink);
    const sized = checkSizes(props, linked.sizeOutput);
    if (!sized.ok)
        return fail(sized.error, { ...withLink, sizes: sized.sizes });
    await addBootloader(props, linkInput.commands.stem);
    const postbuild = await runHooks(ctx.runner, props, ['postbuild']);
    if (postbuild !== null)
        return fail(postbuild, { ...withLink, sizes: sized.sizes });
    return {
        ...failedSketch(sketch.dir, startedAt, ''),
        ...withLink,
        name: sketch.name,
        ok: true,
        ...(await sketchOutputs(props, linkInput.commands.stem)),
        sizes: sized.sizes,
        seconds: (performance.now() - startedAt) / 1000,
        error: null
    };
}

;// CONCATENATED MODULE: ./build/lib/engine/runBuild.js
/**
 * The build engine: open the run's session once (board, toolchain, stores, libraries, cache, core
 * plan: buildSession.ts), then build every sketch in it, sharing core and library objects across
 * sketches, with all compiles in one job pool.
 */




/** Every sketch of the request, results in its order; a sketch's failure is its result. */
async function buildSketches(session, request) {
    // Enough sketches in flight to keep every job busy, few enough that results stream out in order.
    const sketchLimit = (0,p_limit/* default */.A)(Math.max(2, request.jobs * 2));
    return Promise.all(request.sketches.map((sketchPath, index) => sketchLimit(async () => {
        request.onEvent?.({ type: 'sketch-start', index, path: sketchPath });
        let result;
        try {
            result = await buildSketch(session.context, sketchPath, session.names[index] ?? String(index));
        }
        catch (error) {
            result = failedSketch(sketchPath, performance.now(), (0,errors/* describeFault */.Qx)(error));
        }
        session.sketchDone(result);
        request.onEvent?.({ type: 'sketch-done', index, result });
        return result;
    })));
}
async function runBuild(request) {
    const startedAt = performance.now();
    const session = await openBuildSession(request);
    request.onEvent?.({ type: 'start', sketchCount: request.sketches.length });
    const sketches = await buildSketches(session, request).finally(() => session.dispose());
    const processes = { ...session.context.runner.counts };
    const store = await session.finish();
    return {
        fqbn: request.fqbn,
        toolchain: session.toolchain,
        paths: session.paths,
        sketches,
        processes,
        wallSeconds: (performance.now() - startedAt) / 1000,
        store
    };
}

;// CONCATENATED MODULE: ./build/lib/report/annotations.js
/**
 * Compiler messages read as a person would: gcc's `file:line:col: error: text` lines pointing at the
 * user's `.ino` (the merged sketch carries #line directives for exactly this), files relative to the
 * workspace; gcc's context lines ("In function ...", "In file included from ...") are not errors.
 */

const GCC_MESSAGE = /^(.+?):(\d+):(?:(\d+):)? (fatal error|error|warning): (.*)$/;
/** `file` relative to `workspace` when inside it, else as given. */
function workspacePath(file, workspace) {
    const relative = external_node_path_.relative(workspace, external_node_path_.resolve(workspace, file));
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
/** Every error and warning in `messages`, files relative to the workspace. */
function annotationsFrom(messages, workspace) {
    const found = [];
    for (const line of messages.split('\n')) {
        const match = GCC_MESSAGE.exec(line.trim());
        if (match === null)
            continue;
        const [, file = '', lineNumber = '0', column, kind = 'error', text = ''] = match;
        found.push({
            file: workspacePath(file, workspace),
            line: Number(lineNumber),
            column: column === undefined ? undefined : Number(column),
            severity: kind === 'warning' ? 'warning' : 'error',
            message: text
        });
    }
    return found;
}
function warningsFrom(messages, workspace) {
    return annotationsFrom(messages, workspace).filter(note => note.severity === 'warning');
}
/** Lines that say what failed when no gcc-style error line does (linker, size check, detection). */
const FAILURE_TEXT = /error|undefined reference|exceeds available space|too big|not enough memory|no such file/i;
/**
 * The line a reader needs from a failed sketch's messages: the first compiler error as
 * `file:line:col: error: text` with a workspace-relative file, else the first line that names a
 * failure, else the first line; absolute workspace paths in it are made relative.
 */
function firstErrorLine(messages, workspace) {
    const error = annotationsFrom(messages, workspace).find(note => note.severity === 'error');
    if (error !== undefined) {
        const column = error.column === undefined ? '' : `${error.column}:`;
        return `${error.file}:${error.line}:${column} error: ${error.message}`;
    }
    const lines = messages
        .split('\n')
        .map(line => line.trim())
        .filter(line => line !== '');
    const chosen = lines.find(line => FAILURE_TEXT.test(line)) ?? lines[0] ?? 'failed';
    return chosen.split(`${workspace}${external_node_path_.sep}`).join('');
}

// EXTERNAL MODULE: ./build/lib/redact.js
var redact = __nccwpck_require__(1059);
;// CONCATENATED MODULE: ./build/lib/report/report.js
/**
 * The JSON report (the CLI's --report, the action's report-path; README "The JSON report"). Field
 * names are a public contract: add fields, never rename or drop.
 */





/** Every finer miss reason's count over the sketches, 0 for those that did not happen. */
function detailTotals(sketches) {
    const group = (reason) => Object.fromEntries(MISS_DETAILS[reason].map(detail => [
        detail,
        sketches.reduce((sum, sketch) => sum +
            (sketch.missReasonDetails[reason]?.[detail] ??
                0), 0)
    ]));
    return { 'no-entry': group('no-entry'), 'dependency-changed': group('dependency-changed') };
}
const REPORT_SCHEMA = 1;
/** Relative to `cwd` when the path is below it, absolute otherwise. */
function report_displayPath(file, cwd) {
    const relative = external_node_path_.relative(cwd, file);
    return relative === '' ? '.' : relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
const round = (seconds) => Math.round(seconds * 1000) / 1000;
/**
 * The percentage of the run's own units (not those shared from another sketch of the run) that came
 * from the store, rounded down to one decimal so that 100 means every one; null without own units.
 */
function report_hitRate(totals) {
    const own = totals.units - totals.shared;
    return own === 0 ? null : Math.floor((totals.hits * 1000) / own) / 10;
}
function sumOf(sketches, pick) {
    return sketches.reduce((sum, sketch) => sum + pick(sketch), 0);
}
function warningsOf(sketch, cwd) {
    return warningsFrom(sketch.messages, cwd).map(({ file, line, column, message }) => ({
        file,
        line,
        column: column ?? null,
        message
    }));
}
function reportLibrary(library) {
    const { name, version, source, url, checksum, requiredBy } = library;
    return { name, version, source, url: (0,redact/* redactUrl */.BO)(url), checksum, requiredBy };
}
function makeReport(result, cwd, installed = { libraries: [] }) {
    const show = (file) => (file === null ? null : report_displayPath(file, cwd));
    const sketches = result.sketches;
    const warnings = sketches.map(sketch => warningsOf(sketch, cwd));
    return {
        schema: REPORT_SCHEMA,
        fqbn: result.fqbn,
        toolchain: { id: result.toolchain.id, version: result.toolchain.version, work: result.toolchain.work },
        paths: result.paths,
        sketches: sketches.map((sketch, i) => ({
            path: report_displayPath(sketch.path, cwd),
            ok: sketch.ok,
            hex: show(sketch.hex),
            hexSha256: sketch.hexSha256,
            elf: show(sketch.elf),
            eep: show(sketch.eep),
            outputs: Object.fromEntries(Object.entries(sketch.outputs ?? {}).map(([name, file]) => [name, report_displayPath(file, cwd)])),
            firmware: show(sketch.firmware ?? null),
            firmwareSha256: sketch.firmwareSha256 ?? null,
            sizes: sketch.sizes,
            units: sketch.units,
            missReasons: sketch.missReasons,
            missReasonDetails: sketch.missReasonDetails,
            link: sketch.link,
            seconds: round(sketch.seconds),
            compileSeconds: round(sketch.compileSeconds),
            libraries: sketch.libraries,
            phases: sketch.phases,
            error: sketch.error,
            firstError: sketch.error === null ? null : firstErrorLine(sketch.error, cwd),
            warnings: warnings[i] ?? []
        })),
        totals: {
            sketches: sketches.length,
            failed: sketches.filter(sketch => !sketch.ok).length,
            units: sumOf(sketches, sketch => sketch.units.total),
            hits: sumOf(sketches, sketch => sketch.units.hits),
            misses: sumOf(sketches, sketch => sketch.units.misses),
            uncacheable: sumOf(sketches, sketch => sketch.units.uncacheable),
            shared: sumOf(sketches, sketch => sketch.units.shared),
            compilerInvocations: result.processes.compile ?? 0,
            preprocessorInvocations: result.processes.preprocess ?? 0,
            linkerInvocations: result.processes.link ?? 0,
            linkHits: sketches.filter(sketch => sketch.link === 'hit').length,
            linkMisses: sketches.filter(sketch => sketch.link === 'miss').length,
            warnings: sketches.reduce((sum, sketch, i) => sum + (sketch.ok ? (warnings[i]?.length ?? 0) : 0), 0),
            wallSeconds: round(result.wallSeconds),
            compileSeconds: round(sumOf(sketches, sketch => sketch.compileSeconds))
        },
        missReasons: Object.fromEntries(MISS_REASONS.map(reason => [reason, sumOf(sketches, sketch => sketch.missReasons[reason] ?? 0)])),
        missReasonDetails: detailTotals(sketches),
        store: result.store === null
            ? null
            : {
                path: report_displayPath(result.store.dir, cwd),
                bytesStored: result.store.run.bytesStored,
                recoveredEntries: result.store.recovered,
                faultCount: result.store.faults.length,
                faults: result.store.faults.map(fault => ({ ...fault, store: report_displayPath(fault.store, cwd) }))
            },
        libraries: installed.libraries.map(reportLibrary),
        platforms: (installed.platforms ?? []).map(({ id, kind, version, url, checksum }) => ({
            id,
            kind,
            version,
            url: (0,redact/* redactUrl */.BO)(url),
            checksum
        })),
        installWarnings: (installed.warnings ?? []).map(redact/* redactText */.Rd)
    };
}

;// CONCATENATED MODULE: ./build/lib/report/summary.js
/**
 * The job summary: what a maintainer acts on. Whether the cache worked and why not; each unit use
 * counted once (built here, from the store, shared in this run); time against the cold build of the
 * same store and the slowest sketches; failures by their first real error; sizes against the board's
 * limits; on pull requests the size and warning changes. Pure: facts in, markdown out.
 */


const SLOWEST_SHOWN = 3;
const FAILURES_SHOWN = 10;
const NEW_WARNINGS_SHOWN = 20;
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
const seconds = (value) => `${value.toFixed(1)} s`;
function row(cells) {
    return `| ${cells.map(cell => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}
function table(header, rows) {
    return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}
const summary_plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** Built here + from the store + shared in this run = every unit use, each counted once. */
function unitBreakdown(report) {
    const t = report.totals;
    return { uses: t.units, built: t.misses + t.uncacheable, fromStore: t.hits, shared: t.shared };
}
function cacheLines(facts) {
    const cache = facts.cache;
    if (cache === null) {
        return [
            '**Cache: off** (`cache: false`): every unit was compiled in this run; nothing was restored and nothing will be saved.'
        ];
    }
    if (cache.matchedKey === null) {
        const why = cache.restoreWarning ??
            'no saved store matches the keys yet (the first run for this board, toolchain and cache version, or the entry expired)';
        return [
            `**Cache: nothing restored**: ${why}. This is a cold build; the post step saves what it stored under \`${cache.primaryKey}\`.`
        ];
    }
    const exact = cache.matchedKey === cache.primaryKey ? ' (exact key)' : '';
    return [
        `**Cache:** restored \`${cache.matchedKey}\`${exact}, ${megabytes(cache.restoredBytes)} in ${seconds(cache.restoreSeconds)}.`
    ];
}
/** A store the run turned off (a full disk, a read-only folder): the build went on without it. */
function installWarningLines(report) {
    const lines = report.installWarnings ?? [];
    return lines.length === 0 ? [] : ['', ...lines.map(line => `**Warning:** ${line}`)];
}
function storeFaultLines(report) {
    const faults = report.store?.faults ?? [];
    return faults.length === 0 ? [] : ['', ...faults.map(fault => `**Store off:** ${faultWarning(fault)}.`)];
}
/** ` (flags-changed 12, units-changed 3)`: a reason's misses by finer name, those that happened. */
function finerNames(report, reason) {
    const details = report.missReasonDetails[reason];
    const named = Object.entries(details ?? {})
        .filter(([, count]) => count > 0)
        .map(([detail, count]) => `${detail} ${count}`);
    return named.length === 0 ? '' : ` (${named.join(', ')})`;
}
function unitLines(report, cacheOn) {
    const t = report.totals;
    const { uses, built, fromStore, shared } = unitBreakdown(report);
    const needed = built + fromStore;
    const rate = !cacheOn || needed === 0
        ? ''
        : ` (${hitRate(report.totals) ?? 0}% of the ${needed} units this run needed came from the store)`;
    const lines = [
        `**Units:** ${uses} unit uses = ${built} built here + ${fromStore} from the store + ${shared} shared in this run${rate}. ` +
            `${summary_plural(t.compilerInvocations, 'compiler run')}, ${t.linkHits} of ${t.linkHits + t.linkMisses} links from the store.`
    ];
    const reasons = Object.entries(report.missReasons)
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => `${reason} ${count}${finerNames(report, reason)}`);
    const details = [
        ...(report.store === null
            ? []
            : [`misses by reason: ${reasons.length === 0 ? 'none' : reasons.join(', ')}`]),
        `uncacheable units: ${t.uncacheable}`,
        ...(report.store === null || report.store.recoveredEntries === 0
            ? []
            : [`damaged entries replaced: ${report.store.recoveredEntries}`])
    ];
    const text = details.join(' · ');
    lines.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    return lines;
}
function timeLines(facts) {
    const t = facts.report.totals;
    const parts = [
        ...(facts.cache === null ? [] : [`restore ${seconds(facts.cache.restoreSeconds)}`]),
        `build ${seconds(t.wallSeconds)} (compiler time ${seconds(t.compileSeconds)}, summed over parallel jobs)`,
        ...(facts.baseSeconds === null ? [] : [`base commit's build ${seconds(facts.baseSeconds)}`])
    ];
    const lines = [`**Time:** ${parts.join(' · ')}; the save time is in the post step's line below.`];
    const cold = facts.coldBuild;
    if (cold !== null && facts.cache !== null && facts.cache.matchedKey !== null) {
        const saved = cold.wallSeconds - t.wallSeconds;
        lines.push(`Against the cold build of this store (${summary_plural(cold.sketches, 'sketch')}, ${seconds(cold.wallSeconds)}): ` +
            (saved > 0
                ? `${seconds(saved)} saved (this build took ${Math.round((t.wallSeconds * 100) / Math.max(cold.wallSeconds, 0.001))}% of it).`
                : `no time saved (this build took ${seconds(t.wallSeconds)}).`));
    }
    const slowest = [...facts.report.sketches].sort((a, b) => b.seconds - a.seconds).slice(0, SLOWEST_SHOWN);
    if (slowest.length > 1)
        lines.push(`Slowest sketches: ${slowest.map(s => `\`${s.path}\` ${seconds(s.seconds)}`).join(', ')}.`);
    return lines;
}
function failureLines(report) {
    const failed = report.sketches.filter(sketch => !sketch.ok);
    if (failed.length === 0)
        return [];
    const lines = [`### ${summary_plural(failed.length, 'sketch')} failed`, ''];
    for (const sketch of failed.slice(0, FAILURES_SHOWN))
        lines.push(`- \`${sketch.path}\`: \`${(sketch.firstError ?? 'failed').replace(/`/g, "'")}\``);
    if (failed.length > FAILURES_SHOWN)
        lines.push(`- and ${failed.length - FAILURES_SHOWN} more (see the log)`);
    lines.push('');
    return lines;
}
function memoryCell(used, maximum) {
    if (used < 0)
        return '';
    if (maximum === null)
        return `${used} B`;
    return `${used} / ${maximum} B (${Math.round((used * 1000) / maximum) / 10}%)`;
}
function sketchRow(sketch) {
    const own = sketch.units.total - sketch.units.shared;
    const built = sketch.units.misses + sketch.units.uncacheable;
    return [
        `\`${sketch.path}\``,
        sketch.ok ? 'ok' : 'failed',
        sketch.sizes === null ? '' : memoryCell(sketch.sizes.flash, sketch.sizes.maxFlash),
        sketch.sizes === null ? '' : memoryCell(sketch.sizes.ram, sketch.sizes.maxRam),
        sketch.ok ? sketch.warnings.length : '',
        `${built} / ${own - built} / ${sketch.units.shared}`,
        sketch.link === 'hit' ? 'from store' : sketch.link === 'miss' ? 'linked' : '',
        sketch.seconds.toFixed(2)
    ];
}
function signed(value) {
    return value > 0 ? `+${value}` : String(value);
}
function deltaCell(memory) {
    if (memory.delta === null)
        return memory.head === null ? 'n/a' : `new: ${memory.head} B`;
    const percent = memory.deltaPercent === null ? '' : ` (${signed(memory.deltaPercent)}%)`;
    return `${signed(memory.delta)} B${percent}`;
}
function deltaLines(deltas) {
    const short = (sha) => sha.slice(0, 10);
    const changed = deltas.sketches.filter(s => (s.flash.delta ?? 1) !== 0 || (s.ram.delta ?? 1) !== 0 || s.warnings.new.length > 0);
    const lines = [
        `### Changes against the base commit \`${short(deltas.base.sha)}\` (head \`${short(deltas.head.sha)}\`)`,
        ''
    ];
    if (changed.length === 0) {
        lines.push(`No sketch changed in flash, RAM or warnings (${summary_plural(deltas.sketches.length, 'sketch')} compared).`, '');
        return lines;
    }
    lines.push(...table(['sketch', 'flash', 'RAM', 'new warnings'], changed.map(s => [`\`${s.path}\``, deltaCell(s.flash), deltaCell(s.ram), s.warnings.new.length])), '', `Percentages are of the board's limit; ${summary_plural(deltas.sketches.length - changed.length, 'other sketch')} did not change.`, '');
    const fresh = changed.flatMap(s => s.warnings.new.map(w => ({ sketch: s.path, ...w })));
    if (fresh.length > 0) {
        lines.push(`New warnings:`, '');
        for (const w of fresh.slice(0, NEW_WARNINGS_SHOWN))
            lines.push(`- \`${w.file}:${w.line}\`: ${w.message.replace(/`/g, "'")} (\`${w.sketch}\`)`);
        if (fresh.length > NEW_WARNINGS_SHOWN)
            lines.push(`- and ${fresh.length - NEW_WARNINGS_SHOWN} more`);
        lines.push('');
    }
    return lines;
}
/** What was installed from indexes or URLs, with checksums: the run can be repeated from its summary. */
function installedLines(report) {
    const rows = [
        ...report.platforms.map(item => [item.id, item.version, item.kind, `\`${item.checksum}\``, '']),
        ...report.libraries.map(library => [
            library.name,
            library.version,
            `library (${library.source})`,
            `\`${library.checksum}\``,
            library.requiredBy ?? ''
        ])
    ];
    if (rows.length === 0)
        return [];
    return ['### Installed', '', ...table(['installed', 'version', 'kind', 'checksum', 'needed by'], rows), ''];
}
function buildSummary(facts) {
    const { report } = facts;
    const t = report.totals;
    const lines = [
        `## fbuild-action: ${t.sketches - t.failed}/${t.sketches} sketches built for \`${report.fqbn}\``,
        '',
        ...cacheLines(facts),
        ...storeFaultLines(report),
        ...installWarningLines(report),
        '',
        ...unitLines(report, facts.cache !== null),
        '',
        ...timeLines(facts),
        '',
        ...failureLines(report),
        ...(facts.deltas === null ? [] : deltaLines(facts.deltas)),
        ...installedLines(report),
        `### Sketches (${summary_plural(t.warnings, 'warning')} in the sketches that built)`,
        '',
        ...table(['sketch', 'result', 'flash', 'RAM', 'warnings', 'units built / from store / shared', 'link', 's'], report.sketches.map(sketchRow))
    ];
    return `${lines.join('\n')}\n`;
}
function saveSummary(saved, trimmed = null) {
    const eviction = trimmed === null || trimmed.evictedEntries === 0
        ? ''
        : ` Evicted ${trimmed.evictedEntries === 1 ? '1 entry' : `${trimmed.evictedEntries} entries`} (${megabytes(trimmed.evictedBytes)}) this job did not use or that did not fit \`max-store-size\`.`;
    return 'skipped' in saved
        ? `**Cache save:** skipped: ${saved.skipped}.${eviction}\n`
        : `**Cache save:** saved \`${saved.key}\`, ${megabytes(saved.bytes)} in ${seconds(saved.seconds)}.${eviction}\n`;
}

;// CONCATENATED MODULE: ./build/lib/report/compilerLog.js
/**
 * What the log shows of a sketch beyond its one-line result: a failed sketch's compiler output as the
 * compiler printed it (every error, the include chain, the context lines) and each sketch's warnings,
 * the user's own first. Paths are made readable: the sketch's copy in the build folder becomes the
 * sketch's own folder, and files in the workspace become relative to it. Pure: text in, text out.
 */



function compilerLog_escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function compilerLog_sketchFolder(sketchPath) {
    return /\.(ino|pde)$/.test(sketchPath) ? path.dirname(sketchPath) : sketchPath;
}
/**
 * `text` with the sketch's build-folder copy named as the sketch's folder and the workspace prefix
 * removed. `sketchPath` is the report's (relative to the workspace, or absolute outside it).
 */
function readablePaths(text, sketchPath, places) {
    const sketchDir = compilerLog_sketchFolder(sketchPath);
    const copy = new RegExp(`${compilerLog_escapeRegExp(places.buildDir)}/sketches/[^/\\s:]+/sketch/`, 'g');
    const workspacePrefix = new RegExp(`${compilerLog_escapeRegExp(places.workspace)}/`, 'g');
    return text.replace(copy, `${sketchDir}/`).replace(workspacePrefix, '');
}
/** The failed sketch's whole compiler output, readable; null for a sketch that built. */
function failureText(sketch, places) {
    if (sketch.ok || sketch.error === null)
        return null;
    return readablePaths(sketch.error, sketch.path, places).replace(/\s+$/, '');
}
const insideWorkspace = (file) => !path.isAbsolute(file) && !file.startsWith('..');
/**
 * A sketch's warnings as gcc prints them, those in the workspace (the user's own code) first, then
 * the core's and other libraries'; with how many are the user's.
 */
function warningLines(sketch, places) {
    const shown = sketch.warnings.map(warning => ({
        ...warning,
        file: readablePaths(displayPath(warning.file, places.workspace), sketch.path, places)
    }));
    const own = shown.filter(warning => insideWorkspace(warning.file));
    const others = shown.filter(warning => !insideWorkspace(warning.file));
    const line = (warning) => {
        const column = warning.column === null ? '' : `${warning.column}:`;
        return `${warning.file}:${warning.line}:${column} warning: ${warning.message}`;
    };
    return { own: own.length, others: others.length, lines: [...own, ...others].map(line) };
}
/** The title of a sketch's warnings group: how many, and how many are in the user's own code. */
function warningsTitle(sketchPath, counts) {
    return `Warnings: ${sketchPath} (${plural(counts.own + counts.others, 'warning')}, ${counts.own} in your code)`;
}
/** One command line as a shell would take it back: arguments with spaces or quotes are quoted. */
function commandLine(argv) {
    return argv.map(arg => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ');
}

;// CONCATENATED MODULE: ./build/lib/report/progress.js
/**
 * Progress output: on a terminal one live line (sketch i/N, units done, elapsed); in logs one line
 * per finished sketch with its result and sizes.
 */





function sizesText(result) {
    if (result.sizes === null)
        return '';
    const { flash, ram, maxFlash, maxRam } = result.sizes;
    const percent = (used, max) => max === null || max === 0 ? '' : ` (${Math.floor((used * 100) / max)}%)`;
    return `flash ${flash} B${percent(flash, maxFlash)}, ram ${ram} B${percent(ram, maxRam)}`;
}
/** The one-line summary of a finished sketch, as printed in CI logs. */
function sketchLine(result, cwd) {
    const where = report_displayPath(result.path, cwd);
    const time = `${result.seconds.toFixed(2)}s`;
    if (result.ok) {
        const warnings = warningsFrom(result.messages, cwd).length;
        const warningText = warnings === 0 ? '' : `  ${warnings} warning${warnings === 1 ? '' : 's'}`;
        return `ok    ${where}  ${sizesText(result)}${warningText}  ${time}`;
    }
    return `FAIL  ${where}  ${firstErrorLine(result.error ?? 'failed', cwd)}`;
}
/**
 * On a terminal, one live line (sketches done of all, the sketches being built, units done,
 * elapsed time) rewritten in place and cleared before any other line; everywhere, one line per
 * finished sketch. `verbose` also prints each command the build runs.
 */
function progressPrinter(stream, cwd, options = {}) {
    const live = stream.isTTY === true;
    const startedAt = performance.now();
    const building = new Map();
    let total = 0;
    let done = 0;
    let unitsDone = 0;
    let shown = false;
    const clear = () => {
        if (shown)
            stream.write('\r\x1b[2K');
        shown = false;
    };
    const status = () => {
        if (!live)
            return;
        const elapsed = ((performance.now() - startedAt) / 1000).toFixed(1);
        const names = [...building.values()];
        const now = names.length === 0 ? '' : `  building ${names.slice(0, 2).join(', ')}${names.length > 2 ? ', ...' : ''}`;
        stream.write(`\r\x1b[2Ksketch ${done}/${total}${now}  units ${unitsDone}  ${elapsed}s`);
        shown = true;
    };
    const line = (text) => {
        clear();
        stream.write(`${text}\n`);
        status();
    };
    return {
        onEvent: event => {
            switch (event.type) {
                case 'start':
                    total = event.sketchCount;
                    break;
                case 'sketch-start':
                    building.set(event.index, external_node_path_.basename(event.path).replace(/\.(ino|pde)$/, ''));
                    status();
                    break;
                case 'unit-done':
                    unitsDone++;
                    status();
                    break;
                case 'sketch-done':
                    done++;
                    building.delete(event.index);
                    line(sketchLine(event.result, cwd));
                    break;
                case 'store-fault':
                    line(`warning: ${health_faultWarning(event.fault)}`);
                    break;
                case 'command':
                    if (options.verbose === true)
                        line(commandLine(event.argv));
                    break;
            }
        },
        finish: clear
    };
}

;// CONCATENATED MODULE: ./build/lib/report/sizeDeltas.js
/**
 * Python's round(value, 2), as arduino/compile-sketches rounds its percentages: the exact binary
 * value rounded to the nearest (toFixed does that), an exact tie to the even digit.
 */
function roundPercent(value) {
    const exact = Math.abs(value).toFixed(20);
    const tie = /\.\d\d50*$/.exec(exact);
    let rounded = Number(Math.abs(value).toFixed(2));
    if (tie !== null) {
        const down = Number(exact.slice(0, exact.indexOf('.') + 3));
        const lastDigit = Number(exact.charAt(exact.indexOf('.') + 2));
        rounded = lastDigit % 2 === 0 ? down : Number((down + 0.01).toFixed(2));
    }
    return value < 0 && rounded !== 0 ? -rounded : rounded;
}
function percentOf(bytes, maximum) {
    return maximum === null || maximum <= 0 ? null : roundPercent((100 * bytes) / maximum);
}
function used(sketch, memory) {
    if (sketch === undefined || !sketch.ok || sketch.sizes === null)
        return null;
    const value = sketch.sizes[memory];
    return value < 0 ? null : value;
}
function memoryDelta(head, base, memory) {
    const maximum = head.sizes === null ? null : memory === 'flash' ? head.sizes.maxFlash : head.sizes.maxRam;
    const before = used(base, memory);
    const after = used(head, memory);
    const delta = before === null || after === null ? null : after - before;
    return {
        base: before,
        head: after,
        delta,
        maximum,
        deltaPercent: delta === null ? null : percentOf(delta, maximum)
    };
}
/** Where a warning is and what it says, without its line (lines move when code is added above). */
const warningKey = (warning) => `${warning.file}\u0000${warning.message}`;
/** Head warnings beyond the base's count of the same file and text. */
function newWarnings(head, base) {
    const remaining = new Map();
    for (const warning of base)
        remaining.set(warningKey(warning), (remaining.get(warningKey(warning)) ?? 0) + 1);
    return head.filter(warning => {
        const left = remaining.get(warningKey(warning)) ?? 0;
        remaining.set(warningKey(warning), left - 1);
        return left <= 0;
    });
}
/** How much a sketch changed, for sorting: the larger share of a limit, then the larger byte count. */
function changeSize(sketch) {
    const share = Math.max(Math.abs(sketch.flash.deltaPercent ?? 0), Math.abs(sketch.ram.deltaPercent ?? 0));
    const bytes = Math.max(Math.abs(sketch.flash.delta ?? 0), Math.abs(sketch.ram.delta ?? 0));
    return [share, bytes];
}
/** `head` and `base` reports list sketch paths relative to their own checkouts, so paths match. */
function sizeDeltas(head, base, shas) {
    const baseByPath = new Map(base.sketches.map(sketch => [sketch.path, sketch]));
    const sketches = head.sketches.map((sketch) => {
        const before = baseByPath.get(sketch.path);
        const baseWarnings = before?.ok === true ? before.warnings : null;
        return {
            path: sketch.path,
            flash: memoryDelta(sketch, before, 'flash'),
            ram: memoryDelta(sketch, before, 'ram'),
            warnings: {
                base: baseWarnings?.length ?? null,
                head: sketch.ok ? sketch.warnings.length : null,
                new: sketch.ok ? newWarnings(sketch.warnings, baseWarnings ?? []) : []
            }
        };
    });
    sketches.sort((a, b) => {
        const [shareA, bytesA] = changeSize(a);
        const [shareB, bytesB] = changeSize(b);
        return shareB - shareA || bytesB - bytesA || a.path.localeCompare(b.path);
    });
    return { fqbn: head.fqbn, base: { sha: shas.base }, head: { sha: shas.head }, sketches };
}
/** Warnings the head has that the base did not, over all sketches (`fail-on-new-warnings`). */
function newWarningTotal(deltas) {
    return deltas.sketches.reduce((sum, sketch) => sum + sketch.warnings.new.length, 0);
}

;// CONCATENATED MODULE: ./build/lib/cli/main.js
/**
 * fbuild-action CLI. Exit codes: 0 all sketches built; 1 a sketch failed (the others still built,
 * the report is still written); 2 usage or setup error, as one line without a stack trace
 * (FBUILD_DEBUG=1 adds it).
 */

















/** The summary line after the per-sketch lines. */
function summaryLine(totals) {
    return (`${totals.sketches - totals.failed}/${totals.sketches} sketches built, ${summary_plural(totals.units, 'unit')} ` +
        `(${totals.misses} compiled, ${totals.shared} shared, ${totals.hits} from cache), ` +
        `${summary_plural(totals.compilerInvocations, 'compiler run')}, ${summary_plural(totals.linkHits, 'link')} from cache, ` +
        `${summary_plural(totals.warnings, 'warning')}, ${totals.wallSeconds.toFixed(1)}s`);
}
async function readBaseReport(file) {
    const text = await (0,lib_files/* orMissing */.Mr)((0,promises_.readFile)(file, 'utf8'), null).catch((error) => {
        // Node names no file in some of its errors (EISDIR): this line does.
        throw new errors/* UsageError */.eb(`--fail-on-new-warnings ${file}: cannot read it (${(0,errors/* describeFault */.Qx)(error)})`);
    });
    if (text === null)
        throw new errors/* UsageError */.eb(`--fail-on-new-warnings ${file}: no such file (expected a JSON report of an earlier run)`);
    try {
        const report = JSON.parse(text);
        if (Array.isArray(report.sketches))
            return report;
    }
    catch {
        // reported below
    }
    throw new errors/* UsageError */.eb(`--fail-on-new-warnings ${file}: not a JSON report (written by --report)`);
}
/** `build`, or with `explain` the same build telling why each unit and link missed (explainPrinter.ts). */
async function main_build(argv, cwd, explain = false) {
    const args = parseBuildArgs(argv, cwd);
    await checkSketchArgsExist(args.sketches, cwd);
    const sketches = await expandSketchArgs(args.sketches, cwd, {
        exclude: [args.buildDir, ...(args.storeDir === null ? [] : [args.storeDir])]
    });
    if (sketches.length === 0)
        throw new errors/* UsageError */.eb(`no sketches found in ${args.sketches.join(' ')}`);
    const baseReport = args.baseReport === null ? null : await readBaseReport(args.baseReport);
    const platforms = await installPlatformsForBuild(args);
    const libraries = await installLibrariesForBuild(args, sketches, cwd);
    const installWarnings = [...(platforms?.warnings ?? []), ...libraries.warnings];
    for (const line of installWarnings)
        process.stderr.write(`fbuild-action: warning: ${line}\n`);
    const coreDirs = [...args.coreDirs, ...(platforms?.coreDirs ?? [])];
    const toolchainDir = args.toolchainDir ?? platforms?.toolchainDir ?? null;
    // The compiler's version is remembered in the store's toolchain memo (no process on a warm run).
    const memoStore = args.storeDir === null
        ? null
        : openStores(args.storeDir, runIdFromEnv(process.env) ?? newRunId()).sketches;
    const debian = await debianDefaults({
        toolchainDir,
        coreDirs,
        buildProperties: args.buildProperties,
        memo: memoStore === null ? undefined : storeIdentityMemo(memoStore)
    });
    await memoStore?.flush();
    const progress = progressPrinter(process.stderr, cwd, { verbose: args.verbose });
    // Said once the build has started: a setup error stays the run's one line.
    const onEvent = (event) => {
        if (event.type === 'start' && debian.note !== null)
            process.stderr.write(`${debian.note}\n`);
        progress.onEvent(event);
    };
    const explainer = explain ? explainPrinter(line => process.stdout.write(`${line}\n`), cwd) : null;
    const result = await runBuild({
        ...args,
        sketches,
        coreDirs,
        toolchainDir,
        buildProperties: debian.buildProperties,
        toolProperties: platforms?.toolProperties,
        libraryDirs: libraries.libraryDirs,
        // Set by the action: its post step keeps what this job's builds used, so they must say so.
        runId: runIdFromEnv(process.env),
        explain,
        onEvent: explainer === null
            ? onEvent
            : event => {
                onEvent(event);
                explainer(event);
            }
    }).finally(() => progress.finish());
    const report = makeReport(result, cwd, {
        libraries: libraries.installed,
        platforms: platforms?.packages ?? [],
        warnings: installWarnings
    });
    if (args.reportFile !== null) {
        await (0,promises_.mkdir)(external_node_path_.dirname(args.reportFile), { recursive: true });
        await (0,promises_.writeFile)(args.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    }
    process.stderr.write(`${summaryLine(report.totals)}\n`);
    const fresh = baseReport === null ? 0 : newWarningTotal(sizeDeltas(report, baseReport, { base: '', head: '' }));
    if (fresh > 0)
        process.stderr.write(`${summary_plural(fresh, 'new warning')} against ${args.baseReport ?? ''} (--fail-on-new-warnings)\n`);
    return report.totals.failed > 0 || fresh > 0 ? 1 : 0;
}
async function main(argv, cwd = process.cwd()) {
    const [command, ...rest] = argv;
    try {
        if (command === 'build')
            return await main_build(rest, cwd);
        if (command === 'explain')
            return await main_build(rest, cwd, true);
        if (command === 'stats')
            return await statsCommand(rest, text => process.stdout.write(text));
        if (command === 'prune')
            return await pruneCommand(rest, text => process.stdout.write(text));
        if (command === '--version' || command === '-V') {
            process.stdout.write(`fbuild-action ${VERSION}\n`);
            return 0;
        }
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        }
        throw new errors/* UsageError */.eb(`unknown command "${command}" (expected build, explain, stats, prune, --help or --version)`);
    }
    catch (error) {
        const kind = (0,errors/* isSystemError */.Or)(error) ? 'setup failed: ' : '';
        process.stderr.write(`fbuild-action: ${kind}${(0,errors/* describeFault */.Qx)(error)}\n`);
        if (process.env.FBUILD_DEBUG !== undefined && error instanceof Error)
            process.stderr.write(`${error.stack}\n`);
        return 2;
    }
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ plainWorkflowCommands)
/* harmony export */ });
/* unused harmony export plainLine */
/**
 * The CLI outside GitHub Actions: the @actions/* libraries it shares with the action (tool-cache
 * downloads, cache) write workflow commands (`::debug::...`) to stdout, which only a runner reads.
 * On a terminal or another CI those lines become plain text, or nothing for debug and bookkeeping.
 */
const SHOWN = new Map([
    ['error', 'error: '],
    ['warning', 'warning: '],
    ['notice', 'note: '],
    ['group', '']
]);
/** One line of output as a person outside Actions should see it; null to drop it. */
function plainLine(line) {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (command === null)
        return line;
    const prefix = SHOWN.get(command[1] ?? '');
    return prefix === undefined ? null : `${prefix}${command[2] ?? ''}`;
}
/** Rewrites workflow-command lines written to `stream` (whole lines, as @actions/core writes them). */
function plainWorkflowCommands(stream) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => {
        if (typeof chunk !== 'string' || !chunk.startsWith('::'))
            return write(chunk, ...rest);
        const lines = chunk
            .split('\n')
            .map(line => (line === '' ? line : plainLine(line)))
            .filter(line => line !== null);
        const text = lines.join('\n');
        return text.trim() === '' ? true : write(text, ...rest);
    });
}


/***/ }),

/***/ 1469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Or: () => (/* binding */ isSystemError),
/* harmony export */   Qx: () => (/* binding */ describeFault),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1059);

/** A problem with what the user asked for (arguments, inputs, setup): reported as one line, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/**
 * A fault in fbuild-action itself (a broken invariant), never the user's: the sketch it hits fails
 * (exit code 1) with a line asking for a bug report, instead of passing for a usage error.
 */
class InternalError extends Error {
    name = 'InternalError';
}
/** An error the operating system raised (ENOSPC, EACCES, EIO...): the machine's fault, not ours. */
function isSystemError(error) {
    // By shape, not instanceof: errors from Node's own modules may come from another realm (a VM context).
    const candidate = error;
    return typeof candidate?.code === 'string' && typeof candidate.syscall === 'string';
}
/**
 * One line for an error met while building: the user's and the machine's errors say what they are;
 * anything else is a bug of ours (an InternalError, a TypeError...) and asks to be reported.
 */
function describeFault(error) {
    const text = isSystemError(error) || error instanceof Error ? error.message : String(error);
    // A URL in an error may carry credentials or a signed query: never shown.
    const message = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(text.split('\n')[0] ?? '');
    if (error instanceof UsageError || isSystemError(error))
        return message;
    return `internal error: ${message} (a bug in fbuild-action: please report it with this line)`;
}


/***/ }),

/***/ 3963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ orMissing),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   pz: () => (/* binding */ orUnreadable),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   xB: () => (/* binding */ readFileOrNull),
/* harmony export */   xX: () => (/* binding */ statOrNull)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1469);
/**
 * File-system questions every layer asks, with "not there" as a value. Only a missing file (or a
 * missing folder on its path) is null or false; any other error (permissions, I/O) is thrown.
 */


function isNotFound(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/**
 * The one place where "not found" becomes a value: the operation's result, or `fallback` when the file
 * (or a folder on its path) does not exist. Every other error propagates.
 */
async function orMissing(operation, fallback) {
    try {
        return await operation;
    }
    catch (error) {
        if (isNotFound(error))
            return fallback;
        throw error;
    }
}
/**
 * orMissing, and a file that is there but cannot be read, listed or run: what `unreadable` makes of
 * the code of the system error that stopped it (EACCES, EISDIR, ELOOP...): a value to act on (the
 * cache: suspect, uncacheable), or an error of its own that names the file (the toolchain identity).
 * Any other error (a bug) is thrown.
 */
async function orUnreadable(operation, missing, unreadable) {
    try {
        return await orMissing(operation, missing);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isSystemError */ .Or)(error))
            throw error;
        return unreadable(error.code);
    }
}
/** The file's facts (symlinks followed), or null when it does not exist (or is a dangling link). */
async function statOrNull(file) {
    return orMissing(node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file), null);
}
async function pathExists(file) {
    return (await statOrNull(file)) !== null;
}
/** The file's bytes, or null when it does not exist. */
async function readFileOrNull(file) {
    return orMissing(node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file), null);
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ systemForHost),
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
const PATTERNS = {
    'linux-x64': [/^x86_64-.*linux-gnu$/],
    'linux-arm64': [/^(aarch64|arm64)-.*linux-gnu$/],
    'linux-arm': [/^arm.*-linux-gnueabihf$/],
    'linux-ia32': [/^i[3456]86-.*linux-gnu$/],
    'darwin-x64': [/^x86_64-apple-darwin.*$/, /^i[3456]86-apple-darwin.*$/],
    'darwin-arm64': [/^arm64-apple-darwin.*$/, /^x86_64-apple-darwin.*$/],
    'win32-x64': [/^x86_64-mingw32$/, /^i[3456]86-(mingw32|cygwin)$/],
    'win32-ia32': [/^i[3456]86-(mingw32|cygwin)$/]
};
/** `${process.platform}-${os.arch()}`. */
function hostOf(platform, arch) {
    return `${platform}-${arch}`;
}
function systemForHost(systems, host) {
    for (const pattern of PATTERNS[host] ?? []) {
        const found = systems.find(system => pattern.test(system.host));
        if (found !== undefined)
            return found;
    }
    return null;
}


/***/ }),

/***/ 7246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ pinnedCore),
/* harmony export */   _7: () => (/* binding */ TOOLCHAIN_NAME),
/* harmony export */   ck: () => (/* binding */ pinnedToolchain),
/* harmony export */   ji: () => (/* binding */ archiveFormatOf),
/* harmony export */   tz: () => (/* binding */ parseSha256),
/* harmony export */   xB: () => (/* binding */ TOOLCHAIN_VERSION)
/* harmony export */ });
/* unused harmony exports CORE_NAME, CORE_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1469);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1059);
/**
 * The pinned downloads: Arduino's avr-gcc and the Arduino AVR Boards core, with the URLs, sizes and
 * SHA-256 sums of Arduino's package index (downloads.arduino.cc/packages/package_index.json, package
 * `arduino`), and how a mirror's archive is described. Pure: no I/O. resolveSources.ts decides which
 * of these (or a mirror, a folder, an index) a build uses; archive.ts installs them.
 *
 * Archive layout (both kinds): one top-level folder (`avr/` in the avr-gcc archives) holding the
 * toolchain root (`bin/avr-gcc`) or the platform folder (`boards.txt`); archive.ts strips it as
 * arduino-cli does, so a mirror may name that folder differently.
 */


const TOOLCHAIN_NAME = 'avr-gcc';
const TOOLCHAIN_VERSION = '7.3.0-atmel3.6.1-arduino7';
const CORE_NAME = 'arduino-avr-core';
const CORE_VERSION = '1.8.6';
const TOOLS = 'https://downloads.arduino.cc/tools';
/** package_index.json, tool avr-gcc 7.3.0-atmel3.6.1-arduino7, by `${process.platform}-${os.arch()}`. */
const TOOLCHAIN_BY_HOST = {
    'linux-x64': {
        url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-x86_64-pc-linux-gnu.tar.bz2`,
        sha256: 'bd8c37f6952a2130ac9ee32c53f6a660feb79bee8353c8e289eb60fdcefed91e',
        size: 37630618
    },
    'linux-arm64': {
        url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-aarch64-pc-linux-gnu.tar.bz2`,
        sha256: '03d322b9df6da17289e9e7c6233c34a8535d9c645c19efc772ba19e56914f339',
        size: 38045723
    },
    'darwin-x64': {
        url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-x86_64-apple-darwin14.tar.bz2`,
        sha256: 'f6ed2346953fcf88df223469088633eb86de997fa27ece117fd1ef170d69c1f8',
        size: 36684546
    }
};
// Arduino ships no arm64 macOS build of this avr-gcc; arduino-cli runs the x86_64 one under Rosetta 2.
const HOST_ALIASES = { 'darwin-arm64': 'darwin-x64' };
/** package_index.json, platform arduino:avr 1.8.6 (architecture-independent). */
const CORE = {
    url: 'https://downloads.arduino.cc/cores/staging/avr-1.8.6.tar.bz2',
    sha256: 'ff1d17274b5a952f172074bd36c3924336baefded0232e10982f8999c2f7c3b6',
    size: 7127080
};
/** The hosts with a pinned toolchain download, as `${platform}-${arch}`. */
const SUPPORTED_HOSTS = [...Object.keys(TOOLCHAIN_BY_HOST), ...Object.keys(HOST_ALIASES)];
/** The pinned avr-gcc archive for a host (`process.platform`, `os.arch()`). */
function pinnedToolchain(platform, arch) {
    const host = `${platform}-${arch}`;
    const pinned = TOOLCHAIN_BY_HOST[HOST_ALIASES[host] ?? host];
    if (pinned === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`toolchain: no pinned avr-gcc ${TOOLCHAIN_VERSION} for ${host} (pinned: ${SUPPORTED_HOSTS.join(', ')}); ` +
            'set toolchain to a folder or to system, or give toolchain-url and toolchain-sha256');
    }
    return { name: TOOLCHAIN_NAME, version: TOOLCHAIN_VERSION, ...pinned, format: 'tar.bz2' };
}
function pinnedCore() {
    return { name: CORE_NAME, version: CORE_VERSION, ...CORE, format: 'tar.bz2' };
}
const FORMAT_BY_SUFFIX = [
    ['.tar.bz2', 'tar.bz2'],
    ['.tbz2', 'tar.bz2'],
    ['.tar.gz', 'tar.gz'],
    ['.tgz', 'tar.gz'],
    ['.tar.xz', 'tar.xz'],
    ['.zip', 'zip']
];
/** The archive format a URL's path ends with (query and fragment ignored); `input` names it in errors. */
function archiveFormatOf(url, input) {
    let pathname;
    try {
        pathname = new URL(url).pathname.toLowerCase();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input}: '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)}' is not a URL`);
    }
    const match = FORMAT_BY_SUFFIX.find(([suffix]) => pathname.endsWith(suffix));
    if (match === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input}: cannot tell the archive format of '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url)}' (expected .tar.bz2, .tar.gz, .tar.xz or .zip)`);
    }
    return match[1];
}
const SHA256 = /^[0-9a-f]{64}$/;
/** A SHA-256 as users paste it: hex, any case, optionally `SHA-256:`-prefixed as in package_index.json. */
function parseSha256(value, input) {
    const hex = value
        .trim()
        .replace(/^sha-?256:/i, '')
        .toLowerCase();
    if (!SHA256.test(hex))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${input}: expected 64 hex digits (a SHA-256), got '${value}'`);
    return hex;
}


/***/ }),

/***/ 1059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Rd: () => (/* binding */ redactText)
/* harmony export */ });
/* unused harmony export urlSecrets */
/**
 * What a URL may carry that must never be shown: `user:password@` and a query string (signed
 * URLs put their token there). Everything shown (the report, log lines, errors, annotations, the
 * summary, outputs) passes URLs, or text that may hold one, through here; cache keys still hash the
 * URL as given. Pure, and textual: the URL is not normalised, only cut.
 */
const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i;
// Punctuation that ends a sentence (`...zip: HTTP 404`) is not part of the URL.
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]*[^\s'"<>`:,.;)]/gi;
/** The URL without credentials, its query replaced by `?REDACTED`; text that is no URL is returned as is. */
function redactUrl(url) {
    const parts = URL_PARTS.exec(url);
    if (parts === null)
        return url;
    const [, scheme = '', rest = '', query, fragment = ''] = parts;
    return `${scheme}${rest}${query === undefined ? '' : '?REDACTED'}${fragment}`;
}
/** Every URL inside `text` redacted (an error line, a git message). */
function redactText(text) {
    return text.replace(URL_IN_TEXT, redactUrl);
}
/**
 * The secret parts of the URLs in `text` (a password, a query string), for a log masker to hide
 * wherever they appear, even in a library's own debug lines. Pure.
 */
function urlSecrets(text) {
    const secrets = new Set();
    for (const [url] of text.matchAll(URL_IN_TEXT)) {
        const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1];
        const password = userinfo?.slice(userinfo.indexOf(':') + 1);
        if (userinfo?.includes(':') && password)
            secrets.add(password);
        const query = /\?([^#]+)/.exec(url)?.[1];
        if (query)
            secrets.add(query);
    }
    return [...secrets];
}


/***/ }),

/***/ 4785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ ProcessRunner),
  R: () => (/* binding */ runProcess)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __nccwpck_require__(370);
;// CONCATENATED MODULE: ./build/lib/toolchain/environment.js
/**
 * The environment the toolchain's programs run in. gcc reads several variables that can change an
 * object, a link or a message; a cache key must see everything that can change a result, so each is
 * either removed here or harmless to leave out of keys, and the reason is given (as ccache's manual
 * does for the variables it hashes). Nothing else of the caller's environment changes an output.
 */
/**
 * Removed from the toolchain's environment, with why. The include variables add folders no key
 * could see (headers found through C_INCLUDE_PATH and CPLUS_INCLUDE_PATH are system headers, which
 * -MMD leaves out, so their content could never be checked); a build's include folders come from
 * its platform, its libraries and --build-property, which keys do see. The toolchain is identified
 * by the content of its own folder (identity.ts), which the exec-prefix variables would bypass.
 */
const STRIPPED_VARIABLES = {
    CPATH: 'adds include folders no key sees',
    C_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
    CPLUS_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
    OBJC_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
    GCC_EXEC_PREFIX: 'makes the driver run programs and read specs from outside the identified toolchain',
    COMPILER_PATH: 'makes the driver run programs from outside the identified toolchain',
    LIBRARY_PATH: 'adds library folders to links (gcc ignores it when cross-compiling: removed to be certain)',
    DEPENDENCIES_OUTPUT: 'writes a dependency file on the side, which a cache hit would not write (-MMD is ours)',
    SUNPRO_DEPENDENCIES: 'writes a dependency file on the side, which a cache hit would not write (-MMD is ours)'
};
/**
 * Messages in one language and one quoting style (C: English, ASCII quotes), so a message replayed
 * from the store reads as the compile would print it on any machine. gcc's input charset is UTF-8
 * whatever the locale, so objects do not depend on it: only messages do.
 */
const LOCALE_VARIABLE = /^(LANG|LANGUAGE|LC_[A-Z_]+)$/;
const PINNED_LOCALE = { LC_ALL: 'C' };
// SOURCE_DATE_EPOCH passes through and stays out of keys: it reaches an object only through
// __DATE__, __TIME__ or __TIMESTAMP__, and a unit that uses them is never stored (unitCache.ts).
// Keying it would only make every unit miss whenever it changes (it is often a commit's time).
/** The caller's environment, less the stripped variables, with the locale pinned. Pure. */
function toolchainEnvironment(env) {
    const kept = Object.entries(env).filter(([name]) => !(name in STRIPPED_VARIABLES) && !LOCALE_VARIABLE.test(name));
    return { ...Object.fromEntries(kept), ...PINNED_LOCALE };
}

;// CONCATENATED MODULE: ./build/lib/toolchain/processes.js
/**
 * Runs the toolchain's programs with a shared concurrency limit (`--jobs`) and counts every spawn,
 * so the report says how much real compiler work a run did.
 */



class ProcessRunner {
    onSpawn;
    counts = {
        compile: 0,
        preprocess: 0,
        archive: 0,
        link: 0,
        objcopy: 0,
        size: 0,
        hook: 0
    };
    limit;
    /** `onSpawn` hears each command as it starts (the `verbose` log). */
    constructor(jobs, onSpawn) {
        this.onSpawn = onSpawn;
        this.limit = (0,p_limit/* default */.A)(jobs);
    }
    run(kind, argv, cwd) {
        return this.limit(async () => {
            this.counts[kind]++;
            this.onSpawn?.(kind, argv);
            const startedAt = performance.now();
            const result = await runProcess(argv, cwd);
            return { ...result, seconds: (performance.now() - startedAt) / 1000 };
        });
    }
}
/** Runs a toolchain program in the toolchain's environment (environment.ts), capturing its output. */
function runProcess(argv, cwd, env = process.env) {
    const [command, ...args] = argv;
    if (command === undefined)
        return Promise.reject(new Error('empty command line'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd,
            env: toolchainEnvironment(env),
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({
            code: code ?? 1,
            signal,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
        }));
    });
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4909);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
