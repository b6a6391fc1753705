#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

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

/***/ 595:
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

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

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

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
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

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
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
} = __nccwpck_require__(595);

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

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

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

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(633);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/errors.ts
/** A problem with what the user asked for (arguments, inputs, setup): reported as one line, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./src/arduino/fqbn.ts
/**
 * Fully Qualified Board Names (`arduino:avr:nano:cpu=atmega328old`), parsed and validated the way
 * arduino-cli does (pkg/fqbn): three or four `:`-separated fields, restricted character sets.
 */

const FIELD = /^[a-zA-Z0-9_.-]*$/;
// An option's value may itself contain `=`.
const OPTION_VALUE = /^[a-zA-Z0-9=_.-]*$/;
const EXPECTED = 'expected PACKAGER:ARCH:BOARD[:OPTION=VALUE,...]';
function parseFqbn(text) {
    const invalid = (why) => new UsageError(`fqbn "${text}" is not valid: ${why}`);
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

;// CONCATENATED MODULE: ./src/arduino/properties.ts
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

;// CONCATENATED MODULE: ./src/arduino/board.ts
/**
 * The build properties of one board, resolved the way arduino-cli does it (cores/board.go
 * `GetBuildProperties`, packagemanager `ResolveFQBN`, builder `NewBuilder`): platform.txt layers, the
 * board's keys with its menu options applied, the runtime and build keys, then --build-property.
 * Nothing is expanded here: recipes are expanded by the caller with `expandProperties`.
 */




const DEFAULT_IDE_VERSION = '10607';
const LISTED_CHOICES = 12;
/** `--build-property KEY=VALUE`; the value may be empty and may contain `=`. */
function parseBuildProperty(text) {
    const eq = text.indexOf('=');
    const key = eq < 0 ? '' : text.slice(0, eq).trim();
    if (key === '')
        throw new UsageError(`--build-property "${text}": expected KEY=VALUE`);
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
    throw new UsageError(`fqbn "${formatFqbn(fqbn)}": no platform ${fqbn.packager}:${fqbn.arch} with board "${fqbn.board}" ` +
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
    const menus = subtree(board, 'menu');
    const chosen = new Map();
    for (const menu of firstLevelKeys(menus)) {
        const [firstValue = ''] = firstLevelKeys(subtree(menus, menu));
        chosen.set(menu, firstValue);
    }
    for (const [menu, value] of fqbn.options)
        chosen.set(menu, value);
    const fail = (why) => new UsageError(`fqbn "${formatFqbn(fqbn)}": ${why}`);
    const declared = firstLevelKeys(menus).filter(menu => menuLabels.has(menu));
    let result = new Map(board);
    for (const [menu, value] of chosen) {
        if (!declared.includes(menu)) {
            throw fail(`board ${fqbn.board} has no option "${menu}" (valid options: ${listChoices(declared)})`);
        }
        const values = subtree(menus, menu);
        const valid = firstLevelKeys(values).filter(candidate => values.has(candidate));
        if (!valid.includes(value)) {
            throw fail(`invalid value "${value}" for option "${menu}" (valid values: ${listChoices(valid)})`);
        }
        result = mergeProperties(result, subtree(values, value));
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
    throw new UsageError(`board ${formatFqbn(fqbn)} uses ${key}=${ref.packager}:${ref.name}, but no platform ` +
        `${ref.packager}:${fqbn.arch} was given (platforms given: ${describePlatforms(platforms)})`);
}
function resolveBoardProperties(fqbn, platforms, opts) {
    const platform = selectBoardPlatform(fqbn, platforms);
    const board = platform.boards.get(fqbn.board);
    if (board === undefined) {
        throw new UsageError(`fqbn "${formatFqbn(fqbn)}": board "${fqbn.board}" not found in ${platform.dir} ` +
            `(valid boards: ${listChoices(platform.boards.keys())})`);
    }
    const boardProps = applyBoardOptions(fqbn, board, platform.menuLabels);
    boardProps.set('build.fqbn', formatFqbn(fqbn));
    // arduino-cli takes the architecture of the board's platform; it is the FQBN's, also when one --core
    // folder was taken whatever its name.
    boardProps.set('build.arch', fqbn.arch.toUpperCase());
    const core = parseReference(expandProperties(boardProps.get('build.core') ?? '', boardProps));
    const variant = parseReference(expandProperties(boardProps.get('build.variant') ?? '', boardProps));
    if (core.packager !== null && variant.packager !== null && core.packager !== variant.packager) {
        throw new UsageError(`board ${formatFqbn(fqbn)}: build.core and build.variant refer to different platforms: ` +
            `${core.packager}:${core.name} and ${variant.packager}:${variant.name}`);
    }
    const corePlatform = core.packager === null ? platform : findReferencedPlatform(fqbn, 'build.core', core, platforms);
    const variantPlatform = variant.packager === null ? platform : findReferencedPlatform(fqbn, 'build.variant', variant, platforms);
    const props = mergeProperties(variantPlatform.properties, corePlatform.properties, platform.properties, boardProps);
    const coreDir = external_node_path_default().join(corePlatform.dir, 'cores', core.name);
    const variantDir = variant.name === '' ? null : external_node_path_default().join(variantPlatform.dir, 'variants', variant.name);
    props.set('runtime.platform.path', platform.dir);
    props.set('runtime.hardware.path', external_node_path_default().dirname(platform.dir));
    props.set('build.board.platform.path', platform.dir);
    props.set('build.core.platform.path', corePlatform.dir);
    props.set('build.core.path', coreDir);
    props.set('build.system.path', external_node_path_default().join(corePlatform.dir, 'system'));
    props.set('build.variant.path', variantDir ?? '');
    if (props.get('runtime.use_core_platform_path_for_runtime_platform_path') === 'true') {
        props.set('runtime.platform.path', corePlatform.dir);
    }
    if (opts.toolchainDir !== undefined) {
        props.set('runtime.tools.avr-gcc.path', opts.toolchainDir);
        props.set('compiler.path', `${external_node_path_default().join(opts.toolchainDir, 'bin')}${(external_node_path_default()).sep}`);
    }
    // arduino-cli stamps the wall clock here; a fixed value keeps firmware reproducible and cacheable.
    for (const key of ['utc', 'local', 'zone', 'dst'])
        props.set(`extra.time.${key}`, '0');
    // arduino-cli uses its executable's folder. We use the folder that holds hardware/<packager>/<arch>
    // (the IDE folder in the IDE layout): stable across runs, and it never names our own install.
    if (!props.has('runtime.ide.path'))
        props.set('runtime.ide.path', external_node_path_default().resolve(platform.dir, '../../..'));
    props.set('runtime.os', hostOs());
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
    return {
        fqbn,
        boardId: fqbn.board,
        platform,
        corePlatform,
        variantPlatform,
        coreDir,
        variantDir,
        properties: mergeProperties(props, opts.overrides)
    };
}

;// CONCATENATED MODULE: ./src/engine/jobs.ts
/** How many compiles run at once: the CLI's `--jobs` and the action's `jobs` input. */


/** A positive whole number; absent or empty: the CPU count. `name` is the option or input, for the error. */
function parseJobs(text, name) {
    if (text === undefined || text === '')
        return (0,external_node_os_namespaceObject.availableParallelism)();
    if (!/^[1-9][0-9]*$/.test(text))
        throw new UsageError(`${name}: "${text}" is not a positive whole number`);
    return Number(text);
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/** The CLI's arguments (a public contract: USAGE below, README "CLI"), parsed and checked into a build request. */







const USAGE = `usage:
  fbuild-action build [SKETCH|DIR|GLOB ...] [options]
    --fqbn FQBN                 board (default arduino:avr:uno)
    --core DIR                  an Arduino platform folder (repeatable; default: $FBUILD_CORE_DIR, else the installed AVR core)
    --toolchain DIR             folder whose bin/ holds avr-gcc (default: avr-gcc on PATH)
    --library DIR               a library, or a folder of libraries (repeatable)
    --build-property KEY=VALUE  like arduino-cli (repeatable)
    --store DIR                 cache root (default: $FBUILD_CACHE_DIR or ~/.cache/fbuild-action)
    --no-cache                  compile everything, touch no store
    --build-dir DIR             where outputs go (default: a folder under the system temp dir)
    --jobs N                    parallel compiles (default: CPU count)
    --report FILE               write the JSON report
  fbuild-action stats [--store DIR] [--json]
  fbuild-action prune [--store DIR] --max-size SIZE      (SIZE: bytes, or 500M, 2G, ...)
  fbuild-action --help`;
/** --store, else $FBUILD_CACHE_DIR, else ~/.cache/fbuild-action (README "CLI"). */
function defaultStoreDir(env = process.env) {
    const fromEnv = env.FBUILD_CACHE_DIR;
    return fromEnv !== undefined && fromEnv !== ''
        ? external_node_path_default().resolve(fromEnv)
        : external_node_path_default().join((0,external_node_os_namespaceObject.homedir)(), '.cache', 'fbuild-action');
}
/** A build folder per working directory, so two checkouts never share outputs by accident. */
function defaultBuildDir(cwd) {
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(cwd).digest('hex').slice(0, 12);
    return external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), 'fbuild-action', `build-${digest}`);
}
/** parseArgs' own errors (unknown option, missing value) as one-line usage errors. */
function asUsageError(parse) {
    try {
        return parse();
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    }
}
function parseBuildArgs(argv, cwd) {
    const { values, positionals } = asUsageError(() => (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            fqbn: { type: 'string', default: 'arduino:avr:uno' },
            core: { type: 'string', multiple: true, default: [] },
            toolchain: { type: 'string' },
            library: { type: 'string', multiple: true, default: [] },
            'build-property': { type: 'string', multiple: true, default: [] },
            store: { type: 'string' },
            'no-cache': { type: 'boolean', default: false },
            'build-dir': { type: 'string' },
            jobs: { type: 'string' },
            report: { type: 'string' }
        }
    }));
    const resolve = (dir) => external_node_path_default().resolve(cwd, dir);
    return {
        sketches: positionals.length > 0 ? positionals : ['.'],
        fqbn: values.fqbn,
        coreDirs: values.core.map(resolve),
        toolchainDir: values.toolchain === undefined ? null : resolve(values.toolchain),
        libraryDirs: values.library.map(resolve),
        buildProperties: values['build-property'].map(parseBuildProperty),
        buildDir: values['build-dir'] === undefined ? defaultBuildDir(cwd) : resolve(values['build-dir']),
        jobs: parseJobs(values.jobs, '--jobs'),
        reportFile: values.report === undefined ? null : resolve(values.report),
        storeDir: values['no-cache']
            ? null
            : values.store === undefined
                ? defaultStoreDir()
                : resolve(values.store)
    };
}

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
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
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
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
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
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
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
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
			fs: options.fs || external_fs_namespaceObject_0
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
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
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
		pathSeparator: external_path_namespaceObject.sep,
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
var picomatch = __nccwpck_require__(6);
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
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
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
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
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
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
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
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
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
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
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


;// CONCATENATED MODULE: ./src/arduino/sketchPaths.ts
/**
 * Expands the CLI's SKETCH|DIR|GLOB arguments into sketch paths. A path that is not a sketch is
 * passed through unchanged, so the build reports it as that sketch's one-line error.
 */




const SKETCH_EXTENSIONS = ['.ino', '.pde'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'build']);
async function kindOf(file) {
    const info = await (0,promises_namespaceObject.stat)(file).catch(() => null);
    if (info === null)
        return null;
    return info.isDirectory() ? 'dir' : 'file';
}
async function isSketchFolder(dir) {
    const name = external_node_path_default().basename(dir);
    for (const extension of SKETCH_EXTENSIONS) {
        if ((await kindOf(external_node_path_default().join(dir, name + extension))) === 'file')
            return true;
    }
    return false;
}
/** Sketch folders at or below `dir`, sorted; a sketch's own subfolders are not searched. */
async function findSketches(dir) {
    if (await isSketchFolder(dir))
        return [dir];
    const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const found = [];
    const subfolders = entries
        .filter(entry => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
        .map(entry => entry.name)
        .sort();
    for (const name of subfolders)
        found.push(...(await findSketches(external_node_path_default().join(dir, name))));
    return found;
}
async function expandOne(arg, cwd) {
    const absolute = external_node_path_default().resolve(cwd, arg);
    const kind = await kindOf(absolute);
    if (kind === 'file')
        return [absolute];
    if (kind === 'dir') {
        const sketches = await findSketches(absolute);
        return sketches.length > 0 ? sketches : [absolute];
    }
    if (!isDynamicPattern(arg))
        return [absolute];
    const matches = await glob(arg, { cwd, absolute: true, onlyFiles: false, expandDirectories: false });
    const sketches = new Set();
    // Folders come back with a trailing slash: resolve them so a folder and its .ino name one sketch.
    for (const match of matches.map(found => external_node_path_default().resolve(found)).sort()) {
        const matchKind = await kindOf(match);
        if (matchKind === 'file' && SKETCH_EXTENSIONS.includes(external_node_path_default().extname(match))) {
            sketches.add(external_node_path_default().dirname(match));
        }
        else if (matchKind === 'dir' && (await isSketchFolder(match))) {
            sketches.add(match);
        }
    }
    if (sketches.size === 0)
        throw new UsageError(`sketch pattern "${arg}" matches no sketch`);
    return [...sketches];
}
/** Every sketch the arguments name, once each, in argument order. */
async function expandSketchArgs(args, cwd) {
    const result = new Set();
    for (const arg of args)
        for (const sketch of await expandOne(arg, cwd))
            result.add(sketch);
    return [...result];
}

;// CONCATENATED MODULE: ./src/store/layout.ts
/**
 * Every path of the cache root: the object store (per-unit results) and the build store (link
 * results, library detection, the toolchain-identity memo, statistics) under one root, and what the
 * action hands to @actions/cache. The cache's version hashes
 * the path strings it is given, so they must not change between runs: a path relative to the
 * workspace (where the runner starts the action) stays the same when the checkout moves.
 */

function storePaths(root) {
    return { objects: external_node_path_default().join(root, 'objects'), build: external_node_path_default().join(root, 'build') };
}
function storeLayout(root, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const relative = path.relative(workspace, root);
    const inWorkspace = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return { root, ...storePaths(root), cachePaths: [inWorkspace ? relative : root] };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/files.ts
/**
 * File-system questions every layer asks, with "not there" as a value. Only a missing file (or a
 * missing folder on its path) is null or false; any other error (permissions, I/O) is thrown.
 */

function isNotFound(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** The file's facts (symlinks followed), or null when it does not exist (or is a dangling link). */
async function statOrNull(file) {
    try {
        return await external_node_fs_namespaceObject.promises.stat(file);
    }
    catch (error) {
        if (isNotFound(error))
            return null;
        throw error;
    }
}
async function pathExists(file) {
    return (await statOrNull(file)) !== null;
}
/** The file's bytes, or null when it does not exist. */
async function readFileOrNull(file) {
    try {
        return await external_node_fs_namespaceObject.promises.readFile(file);
    }
    catch (error) {
        if (isNotFound(error))
            return null;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/store/atomic.ts
/**
 * File primitives for the store: a file appears under its final name complete or not at all.
 * Temp files live beside their target (same file system, so rename is atomic) and carry the
 * `.tmp-<pid>-<random>` suffix that prune sweeps once they are old.
 */




const TEMP_SUFFIX = /\.tmp-\d+-[0-9a-f]+$/;
function tempNameFor(finalPath) {
    return `${finalPath}.tmp-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
}
function isTempName(name) {
    return TEMP_SUFFIX.test(name);
}
/**
 * Writes `data` to a temp file, fsyncs it, then renames it over `finalPath`. If the folder vanished
 * meanwhile (a concurrent wipe or prune), the write is tried once more.
 */
async function writeFileAtomic(finalPath, data, retry = true) {
    await external_node_fs_namespaceObject.promises.mkdir(external_node_path_default().dirname(finalPath), { recursive: true });
    const temp = tempNameFor(finalPath);
    try {
        const handle = await external_node_fs_namespaceObject.promises.open(temp, 'wx');
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await external_node_fs_namespaceObject.promises.rename(temp, finalPath);
    }
    catch (error) {
        await removeIfPresent(temp);
        if (retry && isNotFound(error))
            return writeFileAtomic(finalPath, data, false);
        throw error;
    }
}
/** Unlinks a file; another process having removed it first is fine. */
async function removeIfPresent(file) {
    try {
        await external_node_fs_namespaceObject.promises.unlink(file);
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
    }
}
/** Directory entry names, or [] when the directory does not exist. */
async function listDir(dir) {
    try {
        return await external_node_fs_namespaceObject.promises.readdir(dir);
    }
    catch (error) {
        if (isNotFound(error))
            return [];
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/store/lookup.ts
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
        throw new UsageError(`${what} "${value}" is not a lowercase SHA-256 hex digest`);
}

;// CONCATENATED MODULE: ./src/store/blobs.ts
/**
 * Content-addressed blobs: `<root>/blobs/ab/<sha256>`. The name is the hash of the content, so every
 * read re-hashes and a mismatch (bit flip, truncation) is reported as corrupt and the file removed.
 */






function sha256Hex(content) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(content).digest('hex');
}
function blobsDir(root) {
    return external_node_path_default().join(root, 'blobs');
}
function blobPath(root, digest) {
    assertSha256Hex(digest, 'blob digest');
    return external_node_path_default().join(blobsDir(root), digest.slice(0, 2), digest);
}
/**
 * Stores `content` and returns its digest. A valid copy already present is not rewritten, only
 * touched: its fresh mtime tells a concurrent prune that someone is about to reference it.
 */
async function putBlob(root, content) {
    const digest = sha256Hex(content);
    const file = blobPath(root, digest);
    const existing = await readFileOrNull(file);
    if (existing !== null && sha256Hex(existing) === digest) {
        const now = new Date();
        await external_node_fs_namespaceObject.promises.utimes(file, now, now).catch(() => writeFileAtomic(file, content));
    }
    else {
        await writeFileAtomic(file, content);
    }
    return digest;
}
/** The blob's content, verified against its digest; a corrupt blob is removed. */
async function getBlob(root, digest) {
    const file = blobPath(root, digest);
    const content = await readFileOrNull(file);
    if (content === null)
        return MISS;
    if (sha256Hex(content) !== digest) {
        await removeIfPresent(file);
        return corrupt(`blob ${digest} does not match its hash (${content.length} bytes)`);
    }
    return hit(content);
}
/** Removes a blob known to be wrong (e.g. its size disagrees with the entry that references it). */
async function discardBlob(root, digest) {
    await removeIfPresent(blobPath(root, digest));
}
/** Every blob under final names (temp files are skipped). */
async function listBlobs(root) {
    const found = [];
    for (const shard of await listDir(blobsDir(root))) {
        for (const name of await listDir(external_node_path_default().join(blobsDir(root), shard))) {
            if (!isSha256Hex(name))
                continue;
            const stat = await statOrNull(external_node_path_default().join(blobsDir(root), shard, name));
            if (stat !== null)
                found.push({ digest: name, size: stat.size, mtimeMs: stat.mtimeMs });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/store/entries.ts
/**
 * Keyed entries: `<root>/entries/<namespace>/ab/<key>.json`, a small JSON record naming the blobs it
 * references. Written atomically; a record that does not parse, has another schema or names
 * missing/short blobs is corrupt.
 */





const ENTRY_SCHEMA = 1;
const NAMESPACE = /^[a-z0-9][a-z0-9_-]{0,31}$/;
function assertNamespace(namespace) {
    if (!NAMESPACE.test(namespace)) {
        throw new UsageError(`store namespace "${namespace}" must match ${NAMESPACE.source}`);
    }
}
function entriesDir(root) {
    return external_node_path_default().join(root, 'entries');
}
function entryPath(root, namespace, key) {
    assertNamespace(namespace);
    assertSha256Hex(key, 'entry key');
    return external_node_path_default().join(entriesDir(root), namespace, key.slice(0, 2), `${key}.json`);
}
/** An entry's identity in usage logs and eviction plans. */
function entryId(namespace, key) {
    return `${namespace}/${key}`;
}
async function writeEntry(root, record) {
    await writeFileAtomic(entryPath(root, record.namespace, record.key), JSON.stringify(record));
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
    for (const namespace of await listDir(entriesDir(root))) {
        if (!NAMESPACE.test(namespace))
            continue;
        const nsDir = external_node_path_default().join(entriesDir(root), namespace);
        for (const shard of await listDir(nsDir)) {
            for (const name of await listDir(external_node_path_default().join(nsDir, shard))) {
                const key = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
                if (!isSha256Hex(key))
                    continue;
                const stat = await statOrNull(external_node_path_default().join(nsDir, shard, name));
                if (stat !== null)
                    found.push({ namespace, key, size: stat.size, mtimeMs: stat.mtimeMs });
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/store/usage.ts
/**
 * Last-use records without atime: each Store appends `<epochMs>\t<runId>\t<namespace>/<key>` to its
 * own log `<root>/usage/<runId>-<pid>-<rand>.log` on every hit and put. One O_APPEND write per use is
 * cheap, needs no lock and a kill can only leave a partial last line, which readers skip. Prune
 * compacts the logs (claim by rename, write one compacted log, delete the claimed ones).
 */






const RUN_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** Uses younger than this keep one line per run, so a live run's evictUntouched still sees them. */
const KEEP_PER_RUN_MS = 24 * 60 * 60 * 1000;
function assertRunId(runId) {
    if (!RUN_ID.test(runId))
        throw new UsageError(`run id "${runId}" must match ${RUN_ID.source}`);
}
function usageDir(root) {
    return external_node_path_default().join(root, 'usage');
}
class UsageLog {
    runId;
    file;
    constructor(root, runId) {
        this.runId = runId;
        assertRunId(runId);
        this.file = external_node_path_default().join(usageDir(root), `${runId}-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.log`);
    }
    async record(id) {
        const line = `${Date.now()}\t${this.runId}\t${id}\n`;
        try {
            await external_node_fs_namespaceObject.promises.appendFile(this.file, line);
        }
        catch (error) {
            if (!isNotFound(error))
                throw error;
            await external_node_fs_namespaceObject.promises.mkdir(external_node_path_default().dirname(this.file), { recursive: true }); // first use, or the store was wiped
            await external_node_fs_namespaceObject.promises.appendFile(this.file, line);
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
        const text = await readFileOrNull(external_node_path_default().join(usageDir(root), name));
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
    const claimTag = `claimed-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}-`;
    const claimed = [];
    for (const name of await listDir(dir)) {
        if (isTempName(name))
            continue;
        const target = external_node_path_default().join(dir, claimTag + name);
        try {
            await external_node_fs_namespaceObject.promises.rename(external_node_path_default().join(dir, name), target);
            claimed.push(target);
        }
        catch (error) {
            if (!isNotFound(error))
                throw error;
        }
    }
    if (claimed.length === 0)
        return;
    const uses = [];
    for (const file of claimed)
        uses.push(...parseUses((await readFileOrNull(file))?.toString('utf8') ?? ''));
    const compacted = compactUses(uses, existing, now);
    if (compacted.length > 0) {
        await writeFileAtomic(external_node_path_default().join(dir, `compacted-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.log`), formatUses(compacted));
    }
    for (const file of claimed)
        await removeIfPresent(file);
}

;// CONCATENATED MODULE: ./src/store/version.ts
/**
 * `<root>/VERSION` holds the layout number. A store with another (or no readable) version is wiped
 * and recreated rather than misread; files the store does not own are left alone.
 */





const STORE_LAYOUT_VERSION = 1;
const OWNED = ['blobs', 'entries', 'usage', 'stats'];
function versionPath(root) {
    return external_node_path_default().join(root, 'VERSION');
}
async function readLayoutVersion(root) {
    const text = (await readFileOrNull(versionPath(root)))?.toString('utf8').trim();
    return text !== undefined && /^\d+$/.test(text) ? Number(text) : null;
}
/** Makes `root` a store of the current layout; returns true when an old or foreign one was wiped. */
async function version_ensureLayout(root) {
    if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION)
        return false;
    await external_node_fs_namespaceObject.promises.mkdir(root, { recursive: true });
    // Rename away first so readers never see a half-deleted tree. VERSION is written before any store
    // folder, so re-reading it just before each rename spares a store another process just created.
    const trash = external_node_path_default().join(root, `.trash-${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`);
    let wiped = false;
    for (const name of OWNED) {
        if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION)
            break;
        try {
            await external_node_fs_namespaceObject.promises.mkdir(trash, { recursive: true });
            await external_node_fs_namespaceObject.promises.rename(external_node_path_default().join(root, name), external_node_path_default().join(trash, name));
            wiped = true;
        }
        catch (error) {
            if (!isNotFound(error))
                throw error;
        }
    }
    await external_node_fs_namespaceObject.promises.rm(trash, { recursive: true, force: true });
    await writeFileAtomic(versionPath(root), `${STORE_LAYOUT_VERSION}\n`);
    return wiped;
}

;// CONCATENATED MODULE: ./src/store/stats.ts
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
function statsDir(root) {
    return external_node_path_default().join(root, 'stats');
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
        const name = `${this.runId}-${process.pid}-${this.sequence++}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.json`;
        try {
            this.ready ??= version_ensureLayout(this.root);
            await this.ready;
            await writeFileAtomic(external_node_path_default().join(statsDir(this.root), name), JSON.stringify(delta));
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
        const text = await readFileOrNull(external_node_path_default().join(dir, name));
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
            await sumFiles(external_node_path_default().join(statsDir(root), name), totals);
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
        await external_node_fs_namespaceObject.promises.rename(from, external_node_path_default().join(claimDir, `${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}-${external_node_path_default().basename(from)}`));
        return true;
    }
    catch (error) {
        if (isNotFound(error))
            return false;
        throw error;
    }
}
/** Folds all stat files into one; safe to run beside writers and other compactors. */
async function compactStats(root) {
    const dir = statsDir(root);
    const names = await listDir(dir);
    const claimId = (0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex');
    const claimDir = external_node_path_default().join(dir, `claim-${claimId}`);
    await external_node_fs_namespaceObject.promises.mkdir(claimDir, { recursive: true });
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        const oldClaim = /^claim-([0-9a-f]+)$/.exec(name)?.[1];
        if (oldClaim === undefined) {
            if (name.endsWith('.json') && !isTempName(name))
                await claim(file, claimDir);
        }
        else if (names.includes(`compacted-${oldClaim}.json`)) {
            await external_node_fs_namespaceObject.promises.rm(file, { recursive: true, force: true }); // already summed; its compactor died before cleanup
        }
        else if (Date.now() - ((await statOrNull(file))?.mtimeMs ?? Date.now()) > STALE_CLAIM_MS) {
            for (const inner of await listDir(file))
                await claim(external_node_path_default().join(file, inner), claimDir);
            await external_node_fs_namespaceObject.promises.rm(file, { recursive: true, force: true });
        }
    }
    if ((await listDir(claimDir)).length === 0) {
        await external_node_fs_namespaceObject.promises.rm(claimDir, { recursive: true, force: true });
        return;
    }
    const totals = emptyCounters();
    await sumFiles(claimDir, totals);
    await writeFileAtomic(external_node_path_default().join(dir, `compacted-${claimId}.json`), JSON.stringify(totals));
    await external_node_fs_namespaceObject.promises.rm(claimDir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/store/prune.ts
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
        const text = await readFileOrNull(entryPath(root, file.namespace, file.key));
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
    const stat = await statOrNull(file);
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
        await removeIfPresent(external_node_path_default().join(root, 'blobs', blob.digest.slice(0, 2), blob.digest));
        removed++;
    }
    return removed;
}
/** Removes `*.tmp-<pid>-<random>` files older than `olderThan` anywhere in the store. */
async function sweepTempFiles(root, olderThan) {
    let removed = 0;
    const walk = async (dir, depth) => {
        for (const name of await listDir(dir)) {
            const file = external_node_path_default().join(dir, name);
            const stat = await statOrNull(file);
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

;// CONCATENATED MODULE: ./src/store/root.ts
/** What is done to both stores under one cache root as one: statistics and pruning. */



/** Both stores' statistics as one: counters live in the build store, sizes are summed. */
async function readStoreStats(root) {
    const { objects, build } = storePaths(root);
    const [objectStats, buildStats] = await Promise.all([readStats(objects), readStats(build)]);
    return {
        totals: buildStats.totals,
        entries: objectStats.entries + buildStats.entries,
        bytesOnDisk: objectStats.bytesOnDisk + buildStats.bytesOnDisk
    };
}
/**
 * Keeps both stores together under `maxBytes`: the object store gives way first (least recently
 * used units), then the build store.
 */
async function pruneStores(root, maxBytes) {
    const { objects, build } = storePaths(root);
    const buildBytes = (await readStats(build)).bytesOnDisk;
    const fromObjects = await prune(objects, { maxBytes: Math.max(0, maxBytes - buildBytes) });
    const fromBuild = await prune(build, { maxBytes: Math.max(0, maxBytes - fromObjects.bytesAfter) });
    return {
        bytesBefore: fromObjects.bytesBefore + fromBuild.bytesBefore,
        bytesAfter: fromObjects.bytesAfter + fromBuild.bytesAfter,
        entriesRemoved: fromObjects.entriesRemoved + fromBuild.entriesRemoved,
        blobsRemoved: fromObjects.blobsRemoved + fromBuild.blobsRemoved,
        tempFilesRemoved: fromObjects.tempFilesRemoved + fromBuild.tempFilesRemoved
    };
}

;// CONCATENATED MODULE: ./src/store/store.ts
/**
 * The store callers use: keyed entries in namespaces (e.g. `objects`, `manifests`, `links`), each
 * referencing named blobs. Reads verify everything; corrupt data is removed and reported as such.
 */








class Store {
    root;
    runId;
    usage;
    ready;
    constructor(root, options = {}) {
        this.root = root;
        this.runId = options.runId ?? `local-${Date.now()}-${(0,external_node_crypto_namespaceObject.randomBytes)(3).toString('hex')}`;
        this.usage = new UsageLog(root, this.runId);
    }
    /** Checks the layout version once; true when an incompatible store was wiped. */
    open() {
        this.ready ??= version_ensureLayout(this.root);
        return this.ready;
    }
    /** The entry, after checking its record and that each blob it names exists with its size. */
    async get(namespace, key) {
        await this.open();
        const file = entryPath(this.root, namespace, key);
        const text = await readFileOrNull(file);
        if (text === null)
            return MISS;
        const record = parseEntry(text.toString('utf8'), namespace, key);
        if (typeof record === 'string')
            return this.discard(namespace, key, record);
        const defect = await this.missingBlob(record);
        if (defect !== null)
            return this.discard(namespace, key, defect);
        await this.usage.record(entryId(namespace, key));
        return hit(record);
    }
    /** The entry with all its blobs read and verified; any bad blob makes the entry corrupt. */
    async load(namespace, key) {
        const found = await this.get(namespace, key);
        if (found.kind !== 'hit')
            return found;
        const blobs = new Map();
        for (const [name, ref] of Object.entries(found.value.blobs)) {
            const blob = await this.getBlob(ref);
            if (blob.kind !== 'hit') {
                return this.discard(namespace, key, blob.kind === 'corrupt' ? blob.reason : `blob ${ref.sha256} vanished`);
            }
            blobs.set(name, blob.value);
        }
        return hit({ entry: found.value, blobs });
    }
    /** Writes the blobs, then the record that names them, so a visible record never precedes its blobs. */
    async put(namespace, key, meta, blobs = new Map()) {
        await this.open();
        entryPath(this.root, namespace, key); // validates before any write
        const refs = {};
        for (const [name, content] of blobs) {
            refs[name] = { sha256: await putBlob(this.root, content), size: content.length };
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
        await writeEntry(this.root, record);
        await this.usage.record(entryId(namespace, key));
        return record;
    }
    /** A blob by reference (or digest), verified against its hash. */
    async getBlob(ref) {
        await this.open();
        return getBlob(this.root, typeof ref === 'string' ? ref : ref.sha256);
    }
    /** Removes a bad entry so the next put replaces it; a concurrent re-put lost here is only a miss. */
    async discard(namespace, key, reason) {
        await removeIfPresent(entryPath(this.root, namespace, key));
        return corrupt(reason);
    }
    async missingBlob(record) {
        for (const ref of Object.values(record.blobs)) {
            const stat = await statOrNull(blobPath(this.root, ref.sha256));
            if (stat === null)
                return `entry ${record.namespace}/${record.key}: blob ${ref.sha256} is missing`;
            if (stat.size !== ref.size) {
                await discardBlob(this.root, ref.sha256);
                return `entry ${record.namespace}/${record.key}: blob ${ref.sha256} has ${stat.size} bytes, not ${ref.size}`;
            }
        }
        return null;
    }
}

;// CONCATENATED MODULE: ./src/store/index.ts
/** The store's public surface: what the cache logic and the CLI use. */







;// CONCATENATED MODULE: ./src/store/byteSize.ts
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
        throw new UsageError(`${name}: "${text}" is not a size (expected e.g. 500M, 2G or bytes)`);
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

;// CONCATENATED MODULE: ./src/cli/storeCommands.ts
/** `fbuild-action stats` and `fbuild-action prune`: look into the store and keep it small. */






async function statsCommand(argv, write) {
    const { values } = asUsageError(() => (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, json: { type: 'boolean' } }
    }));
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
    const { values } = asUsageError(() => (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, 'max-size': { type: 'string' } }
    }));
    const maxSize = values['max-size'];
    if (typeof maxSize !== 'string')
        throw new UsageError('prune: --max-size SIZE is required (e.g. 500M)');
    const root = typeof values.store === 'string' ? values.store : defaultStoreDir();
    const result = await pruneStores(root, parseSize(maxSize, '--max-size'));
    write(`pruned ${root}: ${formatSize(result.bytesBefore)} -> ${formatSize(result.bytesAfter)}, ` +
        `${result.entriesRemoved} entries and ${result.blobsRemoved} blobs removed\n`);
    return 0;
}

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

class yocto_queue_Queue {
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

	const queue = new yocto_queue_Queue();
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

;// CONCATENATED MODULE: ./src/arduino/byteOrder.ts
/**
 * Go's string order, which arduino-cli and arduino-builder sort files and names by: byte-wise over
 * UTF-8 (JavaScript's `<` compares UTF-16 units, which differs beyond ASCII).
 */
function byBytes(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

;// CONCATENATED MODULE: ./src/arduino/fileKinds.ts
/**
 * What the Arduino tools make of a file by its extension (arduino-cli globals.go): a sketch's main
 * file, a header, or a source compiled with the `.S`, `.c` or `.cpp` recipe. Extensions match
 * case-sensitively (`x.CPP` and `x.s` are not compiled), as in arduino-cli and arduino-builder.
 */
const fileKinds_SKETCH_EXTENSIONS = ['.ino', '.pde'];
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

;// CONCATENATED MODULE: ./src/arduino/libraries.ts
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
async function libraries_listDir(dir) {
    const names = (await (0,promises_namespaceObject.readdir)(dir)).sort(byBytes);
    const entries = [];
    for (const name of names) {
        const info = await statOrNull(external_node_path_default().join(dir, name));
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
    return new UsageError(`--library ${dir}: not an Arduino library (no library.properties, no headers)`);
}
async function headersIn(dir) {
    const entries = await libraries_listDir(dir);
    return entries.filter(entry => !entry.isDir && hasExtension(entry.name, HEADER_EXTENSIONS)).map(e => e.name);
}
async function utilityDirOf(dir) {
    const utility = external_node_path_default().join(dir, 'utility');
    return (await statOrNull(utility))?.isDirectory() ? utility : null;
}
/** Loads the library in `dir`: library.properties makes it a 1.5 library, headers alone a legacy one. */
async function loadLibrary(dir, location) {
    const info = await statOrNull(dir);
    if (info === null)
        throw new UsageError(`--library ${dir}: no such folder`);
    if (!info.isDirectory())
        throw new UsageError(`--library ${dir}: not a folder`);
    const canonical = await (0,promises_namespaceObject.realpath)(dir);
    const dirName = external_node_path_default().basename(external_node_path_default().resolve(dir));
    const propertiesFile = external_node_path_default().join(canonical, 'library.properties');
    if ((0,external_node_fs_namespaceObject.existsSync)(propertiesFile)) {
        return loadSpec15Library(canonical, dirName, await (0,promises_namespaceObject.readFile)(propertiesFile, 'utf8'), location);
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
    const properties = parseProperties(propertiesText);
    // arduino-cli: a `src` entry (any kind) selects the recursive layout.
    const recursive = (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, 'src'));
    const sourceDir = recursive ? external_node_path_default().join(dir, 'src') : dir;
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
    if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, 'library.properties')))
        return true;
    return (await headersIn(dir)).length > 0;
}
/** The libraries in a folder of libraries; subfolders that are no library are skipped (as arduino-cli does). */
async function librariesInFolder(dir, location) {
    const libraries = [];
    for (const entry of await libraries_listDir(dir)) {
        if (!entry.isDir || entry.name.startsWith('.'))
            continue;
        try {
            libraries.push(await loadLibrary(external_node_path_default().join(dir, entry.name), location));
        }
        catch (error) {
            if (!(error instanceof UsageError))
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
        const info = await statOrNull(dir);
        if (info === null)
            throw new UsageError(`--library ${dir}: no such folder`);
        if (!info.isDirectory())
            throw new UsageError(`--library ${dir}: not a folder`);
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
    let folder = external_node_path_default().dirname(external_node_path_default().resolve(sketchPath));
    while (folder !== external_node_path_default().dirname(folder)) {
        const root = external_node_path_default().dirname(folder);
        if (EXAMPLES_FOLDERS.has(external_node_path_default().basename(folder).toLowerCase()) && isLibraryRoot(root))
            return (0,external_node_fs_namespaceObject.realpathSync)(root);
        folder = root;
    }
    return null;
}
function isLibraryRoot(dir) {
    if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, 'library.properties')))
        return true;
    try {
        return (0,external_node_fs_namespaceObject.statSync)(external_node_path_default().join(dir, 'src')).isDirectory();
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
    const canonical = await (0,promises_namespaceObject.realpath)(dir);
    if (visited.has(canonical))
        return []; // a symlink loop: arduino-cli fails, we just stop
    visited.add(canonical);
    const sources = [];
    for (const entry of await libraries_listDir(dir)) {
        if (!isWalkable(entry.name))
            continue;
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDir) {
            if (recurse)
                sources.push(...(await findSources(full, recurse, visited)));
        }
        else if (languageOf(entry.name) !== null) {
            sources.push(full);
        }
    }
    visited.delete(canonical);
    return sources;
}
/** Sorted as arduino-cli sorts the object files it links: by `<path relative to base>.o`, bytewise. */
function sortLikeObjects(sources, base) {
    const key = (source) => `${external_node_path_default().relative(base, source)}.o`;
    return [...sources].sort((a, b) => byBytes(key(a), key(b)));
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

;// CONCATENATED MODULE: ./src/arduino/locateCore.ts
/** Where an Arduino AVR platform is found when the user names none. */




async function isDir(dir) {
    return (await (0,promises_namespaceObject.stat)(dir).catch(() => null))?.isDirectory() ?? false;
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
    const boardsManagerDir = external_node_path_default().join(home, '.arduino15', 'packages', 'arduino', 'hardware', 'avr');
    const versions = (await (0,promises_namespaceObject.readdir)(boardsManagerDir).catch(() => [])).sort(byVersionDescending);
    return [
        ...versions.map(version => external_node_path_default().join(boardsManagerDir, version)),
        external_node_path_default().join((external_node_path_default()).sep, 'usr', 'share', 'arduino', 'hardware', 'arduino', 'avr')
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
    throw new UsageError(`no Arduino core found (looked in ${candidates.join(', ')}): pass --core DIR or install arduino-core-avr`);
}

;// CONCATENATED MODULE: ./src/arduino/platform.ts
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
    const absolute = external_node_path_default().resolve(dir);
    if (VERSION_FOLDER.test(external_node_path_default().basename(absolute))) {
        const archDir = external_node_path_default().dirname(absolute);
        return { packager: external_node_path_default().basename(external_node_path_default().dirname(external_node_path_default().dirname(archDir))), arch: external_node_path_default().basename(archDir) };
    }
    return { packager: external_node_path_default().basename(external_node_path_default().dirname(absolute)), arch: external_node_path_default().basename(absolute) };
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
    const texts = await Promise.all(names.map(name => readFileOrNull(external_node_path_default().join(dir, name))));
    const [main, ...locals] = texts.map(text => text?.toString('utf8') ?? null);
    if (main === null || main === undefined)
        return null;
    return mergeProperties(parseProperties(main, os), ...locals.filter(text => text !== null && text !== undefined).map(text => parseProperties(text, os)));
}
async function loadPlatform(dir, opts = {}) {
    const absolute = external_node_path_default().resolve(dir);
    const notPlatform = (why) => new UsageError(`--core ${dir}: not an Arduino platform folder (${why})`);
    const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => null);
    if (info === null)
        throw notPlatform('it does not exist');
    if (!info.isDirectory())
        throw notPlatform('it is not a folder');
    const os = opts.os ?? hostOs();
    const boardsTxt = await readPropertiesFiles(absolute, ['boards.txt', 'boards.local.txt'], os);
    if (boardsTxt === null)
        throw notPlatform('no boards.txt');
    const properties = await readPropertiesFiles(absolute, ['platform.txt', 'platform.local.txt'], os);
    if (properties === null)
        throw notPlatform('no platform.txt');
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/toolchain/processes.ts
/**
 * Runs the toolchain's programs with a shared concurrency limit (`--jobs`) and counts every spawn,
 * so the report says how much real compiler work a run did.
 */


class ProcessRunner {
    counts = {
        compile: 0,
        preprocess: 0,
        archive: 0,
        link: 0,
        objcopy: 0,
        size: 0
    };
    limit;
    constructor(jobs) {
        this.limit = pLimit(jobs);
    }
    run(kind, argv, cwd) {
        return this.limit(async () => {
            this.counts[kind]++;
            const startedAt = performance.now();
            const result = await runProcess(argv, cwd);
            return { ...result, seconds: (performance.now() - startedAt) / 1000 };
        });
    }
}
function runProcess(argv, cwd) {
    const [command, ...args] = argv;
    if (command === undefined)
        return Promise.reject(new Error('empty command line'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', code => resolve({
            code: code ?? 1,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8')
        }));
    });
}

;// CONCATENATED MODULE: ./src/toolchain/identity.ts
/**
 * The toolchain's identity by content: every file that can change an output (drivers, compilers
 * proper, assembler, linker and its plugin, the C library's headers and archives, linker scripts),
 * hashed, never its paths or mtimes. Hashing ~100 MB is kept to once per machine by a memo keyed
 * on (path, size, mtime, inode) of those files: a machine-local shortcut, never the cross-run truth.
 */




const DRIVERS = ['avr-gcc', 'avr-g++', 'avr-gcc-ar', 'avr-objcopy', 'avr-size'];
async function askDriver(driver, question) {
    const result = await runProcess([driver, question]);
    return result.code === 0 ? result.stdout.trim() : '';
}
async function filesUnder(dir) {
    const entries = await (0,promises_namespaceObject.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter(entry => entry.isFile()).map(entry => external_node_path_default().join(entry.parentPath, entry.name));
}
/** The folders the driver really uses: its programs, gcc's own libraries, and the C library. */
async function toolchainFolders(binDir) {
    const driver = external_node_path_default().join(binDir, 'avr-gcc');
    const answers = await Promise.all([
        askDriver(driver, '-print-prog-name=cc1'),
        askDriver(driver, '-print-libgcc-file-name'),
        askDriver(driver, '-print-file-name=libc.a')
    ]);
    const [cc1, libgcc, libc] = answers;
    const folders = [
        cc1 !== undefined && external_node_path_default().isAbsolute(cc1) ? external_node_path_default().dirname(cc1) : null,
        libgcc !== undefined && external_node_path_default().isAbsolute(libgcc) ? external_node_path_default().dirname(libgcc) : null,
        // <sysroot>/lib/libc.a: the whole sysroot (headers, libraries, as and ld, linker scripts).
        libc !== undefined && external_node_path_default().isAbsolute(libc) ? external_node_path_default().dirname(external_node_path_default().dirname(libc)) : null
    ].filter((folder) => folder !== null);
    const resolved = await Promise.all(folders.map(folder => (0,promises_namespaceObject.realpath)(folder).catch(() => folder)));
    // A folder inside another is hashed once.
    const unique = [...new Set(resolved)].sort();
    return unique.filter(folder => !unique.some(other => other !== folder && folder.startsWith(other + (external_node_path_default()).sep)));
}
async function toolchainFiles(binDir) {
    const files = DRIVERS.map(name => external_node_path_default().join(binDir, name));
    for (const folder of await toolchainFolders(binDir))
        files.push(...(await filesUnder(folder)));
    return files;
}
/** Relative names, so the same toolchain in another folder has the same identity. */
function nameWithin(file, binDir) {
    return file.startsWith(binDir + (external_node_path_default()).sep)
        ? `bin/${external_node_path_default().basename(file)}`
        : file.split((external_node_path_default()).sep).slice(-4).join('/');
}
async function identifyToolchain(binDir, memo) {
    const version = await askDriver(external_node_path_default().join(binDir, 'avr-gcc'), '-dumpversion');
    const files = (await toolchainFiles(binDir)).sort();
    const stats = await Promise.all(files.map(file => (0,promises_namespaceObject.stat)(file).catch(() => null)));
    const statDigest = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify(files.map((file, i) => [file, stats[i]?.size, stats[i]?.mtimeMs, stats[i]?.ino])))
        .digest('hex');
    const remembered = await memo?.get(statDigest);
    if (remembered !== undefined && remembered !== null)
        return { id: remembered, version, fileCount: files.length };
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const file of files) {
        const content = await (0,promises_namespaceObject.readFile)(file).catch(() => null);
        if (content === null)
            continue;
        hash.update(nameWithin(file, binDir)).update('\u0000').update(content).update('\u0000');
    }
    const id = `sha256:${hash.digest('hex')}`;
    await memo?.set(statDigest, id);
    return { id, version, fileCount: files.length };
}

;// CONCATENATED MODULE: ./src/toolchain/locate.ts
/** Finds the avr-gcc toolchain: the folder the user named, or the one on PATH. */



const DRIVER = 'avr-gcc';
async function isExecutable(file) {
    try {
        await (0,promises_namespaceObject.access)(file, promises_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function locateToolchain(dir, searchPath = process.env.PATH ?? '') {
    if (dir !== null) {
        const binDir = external_node_path_default().resolve(dir, 'bin');
        if (!(await isExecutable(external_node_path_default().join(binDir, DRIVER)))) {
            throw new UsageError(`--toolchain ${dir}: no executable bin/${DRIVER} in that folder`);
        }
        return { dir: external_node_path_default().resolve(dir), binDir };
    }
    for (const entry of searchPath.split((external_node_path_default()).delimiter)) {
        if (entry !== '' && (await isExecutable(external_node_path_default().join(entry, DRIVER)))) {
            const binDir = external_node_path_default().resolve(entry);
            return { dir: external_node_path_default().dirname(binDir), binDir };
        }
    }
    throw new UsageError(`no toolchain: ${DRIVER} is not on PATH (install gcc-avr, or pass --toolchain DIR)`);
}

;// CONCATENATED MODULE: ./src/arduino/recipes.ts

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
    const layered = mergeProperties(props, new Map(Object.entries(extra)));
    return splitCommandLine(expandProperties(recipe, layered));
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

;// CONCATENATED MODULE: ./src/engine/compileUnits.ts
/**
 * Translation units: one compile each, described by its argv. A unit that several sketches need with
 * the same flags (core, libraries) maps to the same object path and is compiled once per run.
 */





/**
 * A short hash of a compile configuration (recipes and include folders), so objects built with
 * different flags never share a folder and objects built with the same flags always do.
 */
function flagsDigest(props, includeDirs) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const language of ['S', 'c', 'cpp']) {
        hash.update(compileArgv(props, language, '<source>', '<object>', includeDirs).join('\u0000'));
        hash.update('\u0001');
    }
    return hash.digest('hex').slice(0, 12);
}
/** The units for `sources`, with objects laid out under `objectDir` mirroring `sourceRoot`. */
function planUnits(props, sources, sourceRoot, objectDir, includeDirs) {
    return sources.map(source => {
        const language = languageOf(source);
        if (language === null)
            throw new Error(`not a compilable source: ${source}`);
        const object = external_node_path_default().join(objectDir, `${external_node_path_default().relative(sourceRoot, source)}.o`);
        return { source, object, argv: compileArgv(props, language, source, object, includeDirs) };
    });
}
/**
 * Gets each unit's object once per run: from the cache (objects are written only when a link
 * needs them) or from a real compile, whose result is then stored.
 */
class UnitCompiler {
    runner;
    cache;
    resolved = new Map();
    written = new Map();
    constructor(runner, cache) {
        this.runner = runner;
        this.cache = cache;
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
        const cache = this.cache;
        const object = outcome.cachedObject;
        if (cache === null || object === null)
            return;
        let pending = this.written.get(outcome.unit.object);
        if (pending === undefined) {
            pending = cache.materialize(outcome.unit.object, object, outcome.dependencies);
            this.written.set(outcome.unit.object, pending);
        }
        await pending;
    }
    async resolve(unit) {
        if (this.cache === null)
            return this.compileNow(unit, null, null);
        const key = this.cache.keyOf(unit.argv);
        const found = await this.cache.lookupUnit(key);
        if (found.kind === 'hit') {
            return {
                unit,
                ok: true,
                messages: found.messages,
                source: 'hit',
                missReason: null,
                seconds: 0,
                resultKey: found.resultKey,
                cachedObject: found.object,
                dependencies: found.dependencies
            };
        }
        return this.compileNow(unit, key, found.reason);
    }
    async compileNow(unit, key, missReason) {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(unit.object), { recursive: true });
        const result = await this.runner.run('compile', unit.argv);
        const compiled = {
            unit,
            ok: result.code === 0,
            messages: (result.stdout + result.stderr).trim(),
            missReason,
            seconds: result.seconds
        };
        const uncached = { resultKey: null, cachedObject: null, dependencies: [] };
        if (!compiled.ok)
            return { ...compiled, ...uncached, source: 'failed' };
        if (this.cache === null || key === null)
            return { ...compiled, ...uncached, source: 'compiled' };
        const stored = await this.cache.storeUnit(key, unit.object, compiled.messages);
        return stored.kind === 'stored'
            ? {
                ...compiled,
                ...uncached,
                source: 'compiled',
                resultKey: stored.resultKey,
                dependencies: stored.dependencies
            }
            : { ...compiled, ...uncached, source: 'uncacheable', dependencies: stored.dependencies };
    }
}

;// CONCATENATED MODULE: ./src/arduino/cppScan.ts
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

;// CONCATENATED MODULE: ./src/arduino/prototypes.ts
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

;// CONCATENATED MODULE: ./src/arduino/sketch.ts
/**
 * A sketch as arduino-builder 1.3.25 sees it (sketch_loader.go, sketch_source_merger.go): its main
 * .ino, the other .ino/.pde files merged after it, and the files copied into build/sketch.
 */






/** Folders arduino-builder never copies. */
const SOURCE_CONTROL = new Set(['CVS', 'RCS', '.git', '.github', '.svn', '.hg', '.bzr']);
async function sketch_filesUnder(dir, recurse) {
    const entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (recurse && !SOURCE_CONTROL.has(entry.name))
                files.push(...(await sketch_filesUnder(full, true)));
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            files.push(full);
        }
    }
    return files;
}
/** The main file of a sketch path: the .ino/.pde file itself, or `<folder>/<folder name>.ino`. */
async function mainFileOf(sketchPath) {
    const absolute = external_node_path_default().resolve(sketchPath);
    const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => undefined);
    if (!info)
        throw new UsageError(`sketch "${sketchPath}": no such file or folder`);
    if (info.isDirectory()) {
        const main = external_node_path_default().join(absolute, `${external_node_path_default().basename(absolute)}.ino`);
        const mainInfo = await (0,promises_namespaceObject.stat)(main).catch(() => undefined);
        if (!mainInfo?.isFile()) {
            throw new UsageError(`sketch "${sketchPath}": no ${external_node_path_default().basename(main)} in folder (a sketch folder must hold <folder name>.ino)`);
        }
        return main;
    }
    // Like arduino-builder, a main file may be named unlike its folder, and may be a .pde.
    if (!fileKinds_SKETCH_EXTENSIONS.includes(external_node_path_default().extname(absolute).toLowerCase())) {
        throw new UsageError(`sketch "${sketchPath}": not a sketch (expected a folder or an .ino/.pde file)`);
    }
    return absolute;
}
/** Loads a sketch from its folder or its main .ino file. */
async function loadSketch(sketchPath) {
    const mainFile = await mainFileOf(sketchPath);
    const dir = external_node_path_default().dirname(mainFile);
    const rootFiles = await sketch_filesUnder(dir, false);
    const nested = (await sketch_filesUnder(dir, true)).filter(f => external_node_path_default().dirname(f) !== dir);
    const inSrc = nested.filter(f => f.startsWith(external_node_path_default().join(dir, 'src') + (external_node_path_default()).sep));
    const ext = (f) => external_node_path_default().extname(f);
    const otherIno = rootFiles.filter(f => f !== mainFile && fileKinds_SKETCH_EXTENSIONS.includes(ext(f).toLowerCase()));
    return {
        name: external_node_path_default().basename(mainFile, external_node_path_default().extname(mainFile)),
        dir,
        mainFile,
        inoFiles: [mainFile, ...otherIno.sort(byBytes)],
        sourceFiles: [...rootFiles, ...inSrc].filter(f => languageOf(f) !== null).sort(byBytes),
        headerFiles: [...rootFiles, ...nested]
            .filter(f => HEADER_EXTENSIONS.includes(ext(f).toLowerCase()))
            .sort(byBytes)
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

;// CONCATENATED MODULE: ./src/engine/sketchSources.ts
/**
 * Lays a sketch out in its build folder as the Arduino tools do: its files copied beside the merged
 * `<name>.ino.cpp`, so that `#include "local.h"` resolves next to the source being compiled.
 */




/** Arduino compiles a folder's `.S`, then `.c`, then `.cpp` files, each group sorted by path. */
function arduinoCompileOrder(files) {
    const rank = (file) => {
        if (file.endsWith('.S'))
            return 0;
        if (file.endsWith('.c'))
            return 1;
        return 2;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
/** Root-folder sources first, then those under `src/`, each group in compile order. */
function sketchCompileOrder(sourceDir, files) {
    const srcDir = external_node_path_default().join(sourceDir, 'src') + (external_node_path_default()).sep;
    const inSrc = files.filter(file => file.startsWith(srcDir));
    const inRoot = files.filter(file => !file.startsWith(srcDir));
    return [...arduinoCompileOrder(inRoot), ...arduinoCompileOrder(inSrc)];
}
async function prepareSketch(sketch, sourceDir) {
    await (0,promises_namespaceObject.mkdir)(sourceDir, { recursive: true });
    const inoSources = new Map();
    for (const file of sketch.inoFiles)
        inoSources.set(file, await (0,promises_namespaceObject.readFile)(file, 'utf8'));
    const merged = addPrototypes(mergeSketch(sketch, inoSources, file => file));
    const mergedFile = external_node_path_default().join(sourceDir, `${external_node_path_default().basename(sketch.mainFile)}.cpp`);
    await (0,promises_namespaceObject.writeFile)(mergedFile, merged);
    const copied = [];
    for (const file of [...sketch.sourceFiles, ...sketch.headerFiles]) {
        const target = external_node_path_default().join(sourceDir, external_node_path_default().relative(sketch.dir, file));
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_namespaceObject.copyFile)(file, target);
        if (sketch.sourceFiles.includes(file))
            copied.push(target);
    }
    return { sourceDir, sources: sketchCompileOrder(sourceDir, [mergedFile, ...copied]) };
}

;// CONCATENATED MODULE: ./src/engine/core.ts
/**
 * The Arduino core: its units compiled once per flag set, archived into `core.a`, plus the variant's
 * own sources (linked as objects, as arduino-builder does).
 */






/** Every compilable file under `dir`, recursively, in Arduino's compile order. */
async function compilableFiles(dir) {
    const entries = await (0,promises_namespaceObject.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
        .filter(entry => entry.isFile() && languageOf(entry.name) !== null)
        .map(entry => external_node_path_default().join(entry.parentPath, entry.name));
    return arduinoCompileOrder(files);
}
async function planCore(props, coreDir, variantDir, buildDir) {
    const includeDirs = variantDir === null ? [coreDir] : [coreDir, variantDir];
    const digest = flagsDigest(props, includeDirs);
    const objectDir = external_node_path_default().join(buildDir, 'core', digest);
    const coreUnits = planUnits(props, await compilableFiles(coreDir), coreDir, objectDir, includeDirs);
    const variantSources = variantDir === null ? [] : await compilableFiles(variantDir);
    const variantUnits = planUnits(props, variantSources, variantDir ?? '', external_node_path_default().join(objectDir, 'variant'), includeDirs);
    return { digest, includeDirs, coreUnits, variantUnits, archive: external_node_path_default().join(objectDir, 'core.a') };
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
        await (0,promises_namespaceObject.rm)(plan.archive, { force: true });
        const objects = plan.coreUnits.map(unit => unit.object);
        const result = await this.runner.run('archive', archiveArgv(props, plan.archive, objects));
        return { ok: result.code === 0, messages: (result.stdout + result.stderr).trim() };
    }
}

;// CONCATENATED MODULE: ./src/arduino/libraryResolver.ts
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
    const stem = simplify(header.slice(0, header.length - external_node_path_default().extname(header).length));
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
    for (const [name, score] of [...scores].sort(([a], [b]) => byBytes(a, b))) {
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
    return winner ?? [...found].sort((a, b) => byBytes(a.name, b.name))[0] ?? null;
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

;// CONCATENATED MODULE: ./src/engine/detectLibraries.ts
/**
 * Library detection as the Arduino tools do it: run the preprocessor over each source with the
 * include folders known so far; a "No such file" for a header names a library to add, whose sources
 * are then scanned the same way. Conditional includes are therefore honoured exactly.
 */






/** The header a failed preprocessor run could not find (gcc: `fatal error: X.h: No such file or directory`). */
function missingHeaderIn(compilerOutput) {
    const match = /fatal error: ([^\s:]+): No such file or directory/.exec(compilerOutput);
    return match?.[1] ?? null;
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
    return (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(owner.sourceDir, header)) ? owner : null;
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
        const queue = [...sketchSources];
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            for (;;) {
                const outcome = await this.preprocess(next, includeDirs);
                if (outcome.ok)
                    break;
                if (outcome.missingHeader === null) {
                    return { ok: false, error: outcome.messages, missingHeader: null };
                }
                const library = resolveHeader(outcome.missingHeader, [...candidates], this.arch, libraries) ??
                    ownerProviding(owner, outcome.missingHeader, libraries);
                if (library === null || libraries.includes(library)) {
                    return {
                        ok: false,
                        error: `${outcome.missingHeader}: no library provides this header (included from ${next})`,
                        missingHeader: outcome.missingHeader
                    };
                }
                libraries.push(library);
                includeDirs.push(...libraryIncludeDirs(library));
                queue.push(...(await this.sourcesOf(library)));
            }
        }
        return { ok: true, libraries, includeDirs };
    }
    /** A library's source files, listed once per run however many sketches use it. */
    sourcesOf(library) {
        let sources = this.sources.get(library);
        if (sources === undefined) {
            sources = librarySourceFiles(library);
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
        const result = await this.runner.run('preprocess', preprocessArgv(this.props, source, includeDirs, external_node_os_namespaceObject.devNull));
        if (result.code === 0)
            return { ok: true };
        const messages = (result.stdout + result.stderr).trim();
        return { ok: false, missingHeader: missingHeaderIn(messages), messages };
    }
}

;// CONCATENATED MODULE: ./src/unitCache/keys.ts
/**
 * Cache keys: pure functions of what can change an output, never of where things are. Each key
 * names the toolchain by content, commands with roots named and output paths left out.
 */

/** Bump when the meaning of a key or an entry changes: old entries then simply stop matching. */
const CACHE_SCHEMA = 2;
function digestOf(value) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(value)).digest('hex');
}
/** The direct-mode key of a translation unit: its manifest lists dependency sets and results. */
function unitKey(toolchainId, normalizedArgv) {
    return digestOf({ schema: CACHE_SCHEMA, kind: 'unit', toolchainId, argv: normalizedArgv });
}
/**
 * Dependencies as a key sees them: each file's content, and every file's location as soon as one
 * of them uses `__FILE__` (its expansion is a path that reaches the object, so the unit must
 * recompile when moved). The location is that of the file that *expands* the macro,
 * which may be another one (a header's `#define HERE __FILE__` used by the sketch), so one use
 * ties the result to where all of them are.
 */
function dependencyFacts(read) {
    const locationMatters = read.some(dependency => dependency.facts.usesFileMacro);
    return read.map(({ normalized, absolute, facts }) => [
        normalized,
        locationMatters ? `${facts.sha256}@${absolute}` : facts.sha256
    ]);
}
function resultKey(unit, dependencies) {
    return digestOf({ schema: CACHE_SCHEMA, kind: 'result', unit, dependencies });
}
function linkKey(input) {
    return digestOf({ schema: CACHE_SCHEMA, kind: 'link', ...input });
}
function detectKey(input) {
    return digestOf({ schema: CACHE_SCHEMA, kind: 'detect', ...input });
}

;// CONCATENATED MODULE: ./src/unitCache/detectCache.ts

function detectionKeyOf(cache, question) {
    return detectKey({
        toolchainId: question.toolchainId,
        preprocessArgv: question.preprocessArgv.map(arg => cache.normalize(arg)),
        candidates: question.candidates.map(library => [
            cache.normalize(library.dir),
            [...library.headers].sort()
        ]),
        sources: question.sketchFiles.map(file => cache.normalize(file)).sort()
    });
}
/** The libraries found last time, when nothing they were found from has changed. */
async function lookupDetection(cache, key, candidates) {
    const found = await cache.buildStore.get('detect', key);
    if (found.kind !== 'hit')
        return null;
    const stored = found.value.meta;
    if (!Array.isArray(stored?.libraries) || !Array.isArray(stored.dependencies))
        return null;
    if (!(await cache.dependenciesMatch(stored.dependencies)))
        return null;
    const libraries = [];
    for (const normalized of stored.libraries) {
        const dir = cache.resolve(normalized);
        const library = candidates.find(candidate => candidate.dir === dir);
        if (library === undefined)
            return null;
        libraries.push(library);
    }
    return libraries;
}
async function storeDetection(cache, key, libraries, dependencyFiles) {
    const unique = [...new Set(dependencyFiles)].sort();
    const dependencies = await cache.currentFacts(unique.map(file => cache.normalize(file)));
    if (dependencies === null)
        return;
    const record = {
        libraries: libraries.map(library => cache.normalize(library.dir)),
        dependencies
    };
    await cache.buildStore.put('detect', key, record);
}

;// CONCATENATED MODULE: ./src/unitCache/roots.ts
/**
 * Named roots: the folders a build reads from or writes to (toolchain, core, each library, the
 * sketch, the build folder, home, workspace). Keys hold paths relative to them, so the same build at
 * another location, on another runner, has the same keys. A path under no root stays absolute.
 */

/** Longest folder first, so the most specific root wins; duplicate folders keep their first name. */
function orderRoots(roots) {
    const seen = new Set();
    const unique = roots
        .map(root => ({ name: root.name, dir: external_node_path_default().resolve(root.dir) }))
        .filter(root => root.dir !== external_node_path_default().parse(root.dir).root && !seen.has(root.dir) && seen.add(root.dir));
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
/** The inverse for one path: `{name}/rel` back to an absolute path at this location. */
function resolveNormalized(normalized, orderedRoots) {
    const match = /^\{([^}]+)\}(.*)$/.exec(normalized);
    if (match === null)
        return external_node_path_default().isAbsolute(normalized) ? normalized : null;
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

;// CONCATENATED MODULE: ./src/unitCache/linkCache.ts
/**
 * Link results (ELF, HEX, EEP and the size tool's output) keyed by the linker's identity, the
 * normalized commands and the result key of every input unit: a warm sketch is a lookup and a copy.
 */




/**
 * The key of a link, or null when an input is not in the store (an uncacheable unit). Objects are
 * named by their units' result keys (command and every file read, by content), not by their bytes:
 * gcc's LTO objects differ run to run (random section suffixes, the build folder in debug info), so
 * equal inputs must name equal links wherever and whenever they were compiled. The core archive is
 * named by its members' result keys, in order.
 */
function linkKeyOf(cache, toolchainId, commands, unitResults, archiveMembers) {
    if ([...unitResults.values(), ...archiveMembers].some(result => result === null))
        return null;
    const byNormalizedPath = new Map();
    for (const [file, result] of unitResults)
        byNormalizedPath.set(cache.normalize(file), `unit:${result}`);
    byNormalizedPath.set(cache.normalize(commands.archive), `archive:${digestOf(archiveMembers)}`);
    const normalize = (argv) => normalizeArgv(argv, []).map(arg => {
        const normalized = cache.normalize(arg);
        // The recipe names the archive as {build.path}/../../core/..: look paths up resolved.
        return byNormalizedPath.get(cache.normalize(external_node_path_default().normalize(arg))) ?? normalized;
    });
    return linkKey({
        toolchainId,
        linkArgv: normalize(commands.link),
        objcopyArgvs: commands.objcopy.map(step => normalize(step.argv)),
        sizeArgv: normalize(commands.size)
    });
}
async function lookupLink(cache, key, outputs) {
    const found = await cache.buildStore.load('links', key);
    if (found.kind !== 'hit')
        return { kind: 'miss', corrupt: found.kind === 'corrupt' };
    const meta = found.value.entry.meta;
    if (typeof meta?.sizeOutput !== 'string')
        return { kind: 'miss', corrupt: true };
    for (const [name, file] of Object.entries(outputs)) {
        const content = found.value.blobs.get(name);
        if (content === undefined)
            continue;
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(file, content);
    }
    return { kind: 'hit', sizeOutput: meta.sizeOutput };
}
async function storeLink(cache, key, files, sizeOutput) {
    await cache.buildStore.put('links', key, { sizeOutput }, files);
    for (const content of files.values())
        cache.bytesStored += content.length;
}

;// CONCATENATED MODULE: ./src/arduino/size.ts
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
        throw new UsageError(`${key} "${source}" is not a valid regular expression: ${error.message}`);
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
        throw new UsageError(`${key}="${text}": expected a whole number`);
    return value;
}
function parseSizeOutput(output, props) {
    const flash = computeSize('recipe.size.regex', props, output);
    if (flash < 0)
        throw new UsageError('recipe.size.regex is not set: cannot measure the program size');
    const maxFlash = readLimit('upload.maximum_size', props);
    if (maxFlash !== null && maxFlash <= 0) {
        throw new UsageError(`upload.maximum_size="${maxFlash}": expected a positive number of bytes`);
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

;// CONCATENATED MODULE: ./src/engine/link.ts
/**
 * Link, objcopy (hex, eep) and size of one sketch, with the platform's recipes: the commands as a
 * pure description, then running them.
 */




function linkOutputs(props) {
    const stem = external_node_path_default().join(props.get('build.path') ?? '', props.get('build.project_name') ?? '');
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
    return mergeProperties(props, new Map([['compiler.c.elf.flags', `${flags},--relax`]]));
}
function linkCommands(props, objects, coreArchive) {
    // The combine recipe names the archive as {build.path}/{archive_file}.
    const archiveFile = external_node_path_default().relative(props.get('build.path') ?? '', coreArchive);
    return {
        link: linkArgv(withArduinoLinkQuirks(props), objects, archiveFile),
        objcopy: objcopyArgvs(props),
        size: sizeArgv(props),
        archive: coreArchive,
        outputs: linkOutputs(props)
    };
}
/** Runs the link and objcopy steps, then the size tool: its output, or the first failure's message. */
async function runLink(runner, commands) {
    const linked = await runner.run('link', commands.link);
    if (linked.code !== 0)
        return { ok: false, error: (linked.stdout + linked.stderr).trim() };
    for (const { name, argv } of commands.objcopy) {
        const copied = await runner.run('objcopy', argv);
        if (copied.code !== 0)
            return { ok: false, error: `objcopy ${name}: ${(copied.stdout + copied.stderr).trim()}` };
    }
    const sized = await runner.run('size', commands.size);
    if (sized.code !== 0)
        return { ok: false, error: `size: ${(sized.stdout + sized.stderr).trim()}` };
    return { ok: true, sizeOutput: sized.stdout };
}
/** The board's limits applied to the size tool's output, with Arduino's messages. */
function checkSizes(props, sizeOutput) {
    const sizes = parseSizeOutput(sizeOutput, props);
    const verdict = sizeVerdict(sizes);
    return verdict.ok
        ? { ok: true, sizes, lines: verdict.lines }
        : { ok: false, error: verdict.lines.join('\n'), sizes };
}

;// CONCATENATED MODULE: ./src/engine/sketchBuild.ts
/**
 * One sketch: lay it out, find its libraries, get its units' objects (sharing the run's core and
 * library objects, and the cache's), link. Every failure becomes this sketch's result; other
 * sketches are not affected.
 */












function failedSketch(sketchPath, startedAt, error) {
    return {
        path: sketchPath,
        name: external_node_path_default().basename(sketchPath).replace(/\.(ino|pde)$/, ''),
        ok: false,
        hex: null,
        elf: null,
        eep: null,
        hexSha256: null,
        sizes: null,
        units: { total: 0, hits: 0, misses: 0, uncacheable: 0, shared: 0 },
        missReasons: {},
        link: 'skipped',
        seconds: (performance.now() - startedAt) / 1000,
        compileSeconds: 0,
        libraries: [],
        phases: {},
        error
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
    const units = [];
    for (const library of libraries) {
        // A legacy library also sees its own utility/ folder, and only it does (as in arduino-cli).
        const libraryIncludes = [...includeDirs, ...libraryOwnIncludeDirs(library)];
        const digest = flagsDigest(props, libraryIncludes);
        const objectDir = external_node_path_default().join(ctx.buildDir, 'libraries', library.dirName, digest);
        const sources = await ctx.detector.sourcesOf(library);
        units.push(...planUnits(props, sources, library.sourceDir, objectDir, libraryIncludes));
    }
    return units;
}
function includeDirsFor(ctx, libraries) {
    return {
        libraries: [...libraries],
        includeDirs: [...ctx.core.includeDirs, ...libraries.flatMap(libraryIncludeDirs)]
    };
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
function missReasons(outcomes, link) {
    const reasons = {};
    const reasonList = [
        ...outcomes.filter(outcome => outcome.firstHere).map(outcome => outcome.missReason),
        link?.missReason ?? null
    ];
    for (const reason of reasonList)
        if (reason !== null)
            reasons[reason] = (reasons[reason] ?? 0) + 1;
    return reasons;
}
async function linkOrReuse(ctx, props, commands, objectUnits, coreUnits) {
    const cache = ctx.cache;
    const key = cache === null
        ? null
        : linkKeyOf(cache, ctx.toolchainId, commands, new Map(objectUnits.map(outcome => [outcome.unit.object, outcome.resultKey])), coreUnits.map(outcome => outcome.resultKey));
    let missReason = null;
    if (cache !== null && key !== null) {
        const found = await lookupLink(cache, key, commands.outputs);
        if (found.kind === 'hit') {
            return { link: 'hit', sizes: null, error: null, missReason: null, sizeOutput: found.sizeOutput };
        }
        missReason = found.corrupt ? 'corrupt-entry' : 'no-entry';
    }
    await Promise.all([...objectUnits, ...coreUnits].map(outcome => ctx.compiler.ensureObject(outcome)));
    const archived = await ctx.archiver.archive(props, ctx.core);
    if (!archived.ok)
        return {
            link: 'miss',
            sizes: null,
            error: `core archive: ${archived.messages}`,
            missReason,
            sizeOutput: null
        };
    const linked = await runLink(ctx.runner, commands);
    if (!linked.ok)
        return { link: 'miss', sizes: null, error: linked.error, missReason, sizeOutput: null };
    if (cache !== null && key !== null) {
        const files = new Map();
        for (const [name, file] of Object.entries(commands.outputs)) {
            const content = await (0,promises_namespaceObject.readFile)(file).catch(() => null);
            if (content !== null)
                files.set(name, content);
        }
        await storeLink(cache, key, files, linked.sizeOutput);
    }
    return { link: 'miss', sizes: null, error: null, missReason, sizeOutput: linked.sizeOutput };
}
async function buildSketch(ctx, sketchPath, buildName) {
    const startedAt = performance.now();
    let sketch;
    try {
        sketch = await loadSketch(sketchPath);
    }
    catch (error) {
        return failedSketch(sketchPath, startedAt, error instanceof Error ? error.message : String(error));
    }
    const sketchBuildDir = external_node_path_default().join(ctx.buildDir, 'sketches', buildName);
    const props = ctx.propsFor(sketchBuildDir, external_node_path_default().basename(sketch.mainFile), sketch.dir);
    const fail = (error, extra = {}) => ({
        ...failedSketch(sketch.dir, startedAt, error),
        name: sketch.name,
        ...extra
    });
    const owner = ctx.owners.get(sketchPath) ?? null;
    const candidates = owner === null ? ctx.libraries : [owner, ...ctx.libraries.filter(lib => lib.dir !== owner.dir)];
    const phases = new PhaseClock();
    const prepared = await prepareSketch(sketch, external_node_path_default().join(sketchBuildDir, 'sketch'));
    phases.end('prepare');
    const detectKey = ctx.cache === null
        ? null
        : detectionKeyOf(ctx.cache, {
            toolchainId: ctx.toolchainId,
            preprocessArgv: preprocessArgv(props, '', ctx.core.includeDirs, external_node_os_namespaceObject.devNull),
            candidates,
            sketchFiles: [...sketch.inoFiles, ...sketch.sourceFiles, ...sketch.headerFiles]
        });
    const remembered = ctx.cache !== null && detectKey !== null ? await lookupDetection(ctx.cache, detectKey, candidates) : null;
    const detected = remembered !== null
        ? { ok: true, ...includeDirsFor(ctx, remembered) }
        : await ctx.detector.detect(ctx.core.includeDirs, prepared.sources, candidates, owner);
    phases.end('detect');
    if (!detected.ok)
        return fail(detected.error, { phases: phases.seconds });
    const units = [
        ...planUnits(props, prepared.sources, prepared.sourceDir, prepared.sourceDir, detected.includeDirs),
        ...(await libraryUnits(ctx, props, detected.libraries, detected.includeDirs)),
        ...ctx.core.variantUnits
    ];
    const resolve = async (unit) => {
        const outcome = await ctx.compiler.compile(unit);
        ctx.onUnitDone();
        return outcome;
    };
    const [objectUnits, coreUnits] = await Promise.all([
        Promise.all(units.map(resolve)),
        Promise.all(ctx.core.coreUnits.map(resolve))
    ]);
    const outcomes = [...objectUnits, ...coreUnits];
    phases.end('units');
    const counts = unitCounts(outcomes);
    const compileSeconds = outcomes.filter(o => o.firstHere).reduce((sum, o) => sum + o.seconds, 0);
    const libraries = detected.libraries.map(library => library.name);
    const partial = {
        units: counts,
        compileSeconds,
        libraries,
        missReasons: missReasons(outcomes, null),
        phases: phases.seconds
    };
    const failed = outcomes.filter(outcome => !outcome.ok);
    if (failed.length > 0)
        return fail(failed.map(outcome => outcome.messages).join('\n'), partial);
    if (ctx.cache !== null && detectKey !== null && remembered === null) {
        const dependencies = objectUnits.flatMap(outcome => outcome.dependencies);
        await storeDetection(ctx.cache, detectKey, detected.libraries, dependencies);
    }
    const commands = linkCommands(props, units.map(unit => unit.object), ctx.core.archive);
    const linked = await linkOrReuse(ctx, props, commands, objectUnits, coreUnits);
    phases.end('link');
    const withLink = { ...partial, link: linked.link, missReasons: missReasons(outcomes, linked) };
    if (linked.sizeOutput === null)
        return fail(linked.error ?? 'link failed', withLink);
    const sized = checkSizes(props, linked.sizeOutput);
    if (!sized.ok)
        return fail(sized.error, { ...withLink, sizes: sized.sizes });
    const hexSha256 = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(await (0,promises_namespaceObject.readFile)(commands.outputs.hex))
        .digest('hex');
    return {
        ...failedSketch(sketch.dir, startedAt, ''),
        ...withLink,
        name: sketch.name,
        ok: true,
        ...commands.outputs,
        hexSha256,
        sizes: sized.sizes,
        seconds: (performance.now() - startedAt) / 1000,
        error: null
    };
}

;// CONCATENATED MODULE: ./src/unitCache/depfile.ts
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

;// CONCATENATED MODULE: ./src/unitCache/unitCache.ts
/**
 * The persistent compile cache over the store: translation units in direct mode (a manifest per
 * unit key lists dependency sets and their results, checked by content without running the
 * preprocessor), link results, and library-detection results.
 */





const MANIFEST_LIMIT = 8;
function messagesOf(meta) {
    const messages = meta?.messages;
    return typeof messages === 'string' ? messages : null;
}
/** The candidates a manifest lists; anything malformed is ignored (the store already checked the JSON). */
function candidatesOf(meta) {
    if (!Array.isArray(meta))
        return [];
    return meta.filter((value) => {
        const candidate = value;
        return typeof candidate?.result === 'string' && Array.isArray(candidate.dependencies);
    });
}
class UnitCache {
    options;
    store;
    buildStore;
    /** Bytes of new results written by this run. */
    bytesStored = 0;
    constructor(options) {
        this.options = options;
        this.store = options.store;
        this.buildStore = options.buildStore;
    }
    keyOf(argv) {
        return unitKey(this.options.toolchainId, normalizeArgv(argv, this.options.roots()));
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
    /** Current facts of normalized dependencies; null when one is gone or cannot be placed. */
    async currentFacts(normalizedPaths) {
        const read = [];
        for (const normalized of normalizedPaths) {
            const absolute = this.resolve(normalized);
            if (absolute === null)
                return null;
            const facts = this.options.memo.peek(absolute) ?? (await this.options.memo.get(absolute));
            if (facts === null)
                return null;
            read.push({ normalized, absolute, facts });
        }
        return dependencyFacts(read);
    }
    /** Whether every dependency still has the fingerprint it had when the entry was stored. */
    async dependenciesMatch(dependencies) {
        const current = await this.currentFacts(dependencies.map(([file]) => file));
        return current !== null && current.every(([, print], i) => print === dependencies[i]?.[1]);
    }
    async lookupUnit(key) {
        const manifest = await this.store.get('manifests', key);
        if (manifest.kind === 'corrupt')
            return { kind: 'miss', reason: 'corrupt-entry' };
        if (manifest.kind === 'miss')
            return { kind: 'miss', reason: 'no-entry' };
        for (const candidate of candidatesOf(manifest.value.meta)) {
            if (!(await this.dependenciesMatch(candidate.dependencies)))
                continue;
            // Loading verifies the object's hash now: a damaged object is a miss, not a failed link later.
            const result = await this.store.load('objects', candidate.result);
            if (result.kind === 'corrupt')
                return { kind: 'miss', reason: 'corrupt-entry' };
            const object = result.kind === 'hit' ? result.value.blobs.get('object') : undefined;
            const portable = result.kind === 'hit' ? messagesOf(result.value.entry.meta) : null;
            const messages = portable === null ? null : placeText(portable, this.options.roots());
            if (object === undefined || messages === null)
                return { kind: 'miss', reason: 'no-entry' };
            const dependencies = candidate.dependencies.map(([file]) => this.resolve(file) ?? file);
            return { kind: 'hit', resultKey: candidate.result, object, dependencies, messages };
        }
        return { kind: 'miss', reason: 'dependency-changed' };
    }
    /** Writes a hit's object and dependency file where the compile would have written them. */
    async materialize(objectPath, object, dependencies) {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(objectPath), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(objectPath, object);
        await (0,promises_namespaceObject.writeFile)(depfilePath(objectPath), formatDepfile(objectPath, dependencies));
    }
    /**
     * After a real compile: record the object, what it read and what it printed (`messages`, as the
     * outcome carries them), unless it cannot be reused safely.
     */
    async storeUnit(key, objectPath, messages) {
        const depText = await (0,promises_namespaceObject.readFile)(depfilePath(objectPath), 'utf8').catch(() => null);
        if (depText === null)
            return { kind: 'uncacheable', why: 'no dependency file', dependencies: [] };
        const dependencies = parseDepfile(depText).map(file => external_node_path_default().resolve(file));
        const why = await this.whyUncacheable(dependencies);
        if (why !== null)
            return { kind: 'uncacheable', why, dependencies };
        const facts = await this.currentFacts(dependencies.map(file => this.normalize(file)));
        if (facts === null)
            return { kind: 'uncacheable', why: 'a dependency vanished', dependencies };
        const object = await (0,promises_namespaceObject.readFile)(objectPath);
        const result = resultKey(key, facts);
        const meta = { messages: portableText(messages, this.options.roots()) };
        await this.store.put('objects', result, meta, new Map([['object', object]]));
        this.bytesStored += object.length;
        await this.addToManifest(key, { dependencies: facts, result });
        return { kind: 'stored', resultKey: result, dependencies };
    }
    async whyUncacheable(dependencies) {
        for (const file of dependencies) {
            const facts = await this.options.memo.get(file);
            if (facts === null)
                return `${file} vanished during the compile`;
            if (facts.usesDateOrTime)
                return `${file} uses __DATE__ or __TIME__`;
            if (file.startsWith(this.options.buildDir + (external_node_path_default()).sep))
                continue;
            // Race guard: a header edited while the build ran may not match the object.
            const info = await (0,promises_namespaceObject.stat)(file).catch(() => null);
            const changedAt = Math.max(info?.mtimeMs ?? Infinity, info?.ctimeMs ?? 0);
            if (changedAt >= this.options.runStartedAt) {
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
/** gcc -MMD writes `x.o`'s dependencies to `x.d`. */
function depfilePath(objectPath) {
    return objectPath.replace(/\.o$/, '.d');
}

;// CONCATENATED MODULE: ./src/unitCache/fileFacts.ts
/**
 * What the cache needs to know of a file the compiler read: its content hash, and whether it uses
 * `__FILE__` (its location then reaches the object) or `__DATE__`/`__TIME__` (the object then
 * changes on every compile). Each file is read and hashed at most once per run.
 */


// Macros whose expansion is a location, or a time (__TIMESTAMP__ is the source's mtime).
const LOCATION_MACROS = ['__FILE__', '__BASE_FILE__'].map(name => Buffer.from(name));
const TIME_MACROS = ['__DATE__', '__TIME__', '__TIMESTAMP__'].map(name => Buffer.from(name));
function factsOf(content) {
    return {
        sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(content).digest('hex'),
        usesFileMacro: LOCATION_MACROS.some(macro => content.includes(macro)),
        usesDateOrTime: TIME_MACROS.some(macro => content.includes(macro))
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
    reads = 0;
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
    async read(file) {
        const content = await (0,promises_namespaceObject.readFile)(file).catch(() => null);
        if (content !== null)
            this.reads++;
        const facts = content === null ? null : factsOf(this.rewrite(file, content));
        if (this.facts.has(file))
            this.known.set(file, facts);
        return facts;
    }
}

;// CONCATENATED MODULE: ./src/unitCache/open.ts
/**
 * Opens the compile cache for one run: the store, the named roots of this build, the per-run
 * file-facts memo, and the toolchain-identity memo kept in the store.
 */








/** Every root of a build, each with a name that does not depend on where things are. */
function namedRoots(folders) {
    const roots = [
        { name: 'toolchain', dir: folders.toolchainDir },
        ...folders.platformDirs,
        { name: 'build', dir: folders.buildDir },
        { name: 'home', dir: folders.home ?? (0,external_node_os_namespaceObject.homedir)() },
        { name: 'workspace', dir: folders.workspace }
    ];
    const used = new Set();
    for (const library of folders.libraries) {
        let name = `lib/${library.location}/${library.dirName}`;
        for (let n = 2; used.has(name); n++)
            name = `lib/${library.location}/${library.dirName}-${n}`;
        used.add(name);
        roots.push({ name, dir: library.dir });
    }
    for (const sketch of folders.sketches)
        roots.push({ name: `sketch/${sketch.name}`, dir: sketch.dir });
    return orderRoots(roots);
}
/** The toolchain identity memo, as entries in the store (machine-local facts, see identity.ts). */
function storeIdentityMemo(store) {
    return {
        async get(statDigest) {
            const found = await store.get('toolchain', statDigest);
            const meta = found.kind === 'hit' ? found.value.meta : null;
            return typeof meta?.id === 'string' ? meta.id : null;
        },
        async set(statDigest, id) {
            await store.put('toolchain', statDigest, { id });
        }
    };
}
function newRunId() {
    return `run-${Date.now()}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
}
/** The object store and the build store under one root (store/layout.ts). */
function openStores(root, runId) {
    const paths = storePaths(external_node_path_default().resolve(root));
    return {
        root: external_node_path_default().resolve(root),
        runId,
        objects: new Store(paths.objects, { runId }),
        build: new Store(paths.build, { runId })
    };
}
function openUnitCache(stores, toolchainId, roots, buildDir) {
    // Sources the build generates (the merged sketch) name their own location: hash them with it named away.
    const generatedDir = external_node_path_default().resolve(buildDir) + (external_node_path_default()).sep;
    const memo = new FileFactsMemo((file, content) => file.startsWith(generatedDir) ? Buffer.from(normalizeText(content.toString('utf8'), roots)) : content);
    return new UnitCache({
        store: stores.objects,
        buildStore: stores.build,
        toolchainId,
        roots: () => roots,
        memo,
        buildDir: external_node_path_default().resolve(buildDir),
        runStartedAt: Date.now()
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

;// CONCATENATED MODULE: ./src/engine/runBuild.ts
/**
 * The build engine: set up once (board, toolchain, libraries, core plan), then build every sketch,
 * sharing core and library objects across sketches, with all compiles in one job pool.
 */



















/** Unique, readable build folder names: the sketch name, numbered when two sketches share it. */
function buildNames(sketches) {
    const seen = new Map();
    return sketches.map(sketch => {
        const name = external_node_path_default().basename(sketch).replace(/\.(ino|pde)$/, '');
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name}-${count}`;
    });
}
async function checkCompilerExists(props) {
    for (const key of ['compiler.c.cmd', 'compiler.cpp.cmd']) {
        const program = expandProperties(`{compiler.path}{${key}}`, props);
        try {
            await (0,promises_namespaceObject.access)(program, promises_namespaceObject.constants.X_OK);
        }
        catch {
            throw new UsageError(`toolchain: ${program} does not exist or is not executable (see --toolchain)`);
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
    return /\.(ino|pde)$/.test(sketchPath) ? external_node_path_default().dirname(sketchPath) : sketchPath;
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
        const root = libraryRootOfExamples(sketchFolder(sketch));
        if (root === null)
            continue;
        if (!byRoot.has(root)) {
            const library = known.find(candidate => candidate.dir === root) ??
                (await loadLibrary(root, 'sketch-owner').catch(() => null));
            byRoot.set(root, library);
        }
        const owner = byRoot.get(root);
        if (owner)
            owners.set(sketch, owner);
    }
    return owners;
}
async function platformLibraries(dirs) {
    const found = [];
    for (const dir of dirs) {
        const librariesDir = external_node_path_default().join(dir, 'libraries');
        // A platform without bundled libraries (common for referenced cores) is fine.
        const entries = await (0,promises_namespaceObject.readdir)(librariesDir).catch(() => []);
        if (entries.length > 0)
            found.push(...(await scanLibraries([librariesDir], 'platform')));
    }
    return found;
}
async function runBuild(request) {
    const startedAt = performance.now();
    const fqbn = parseFqbn(request.fqbn);
    const coreDirs = request.coreDirs.length > 0 ? request.coreDirs : [await locateDefaultCore()];
    const platforms = await Promise.all(coreDirs.map(dir => loadPlatform(external_node_path_default().resolve(dir))));
    const toolchain = await locateToolchain(request.toolchainDir);
    const overrides = new Map(request.buildProperties);
    const boardFor = (buildPath, projectName, sketchDir) => resolveBoardProperties(fqbn, platforms, {
        buildPath,
        projectName,
        sketchDir,
        toolchainDir: toolchain.dir,
        overrides
    });
    const base = boardFor(request.buildDir, 'sketch.ino');
    await checkCompilerExists(base.properties);
    const stores = request.storeDir === null ? null : openStores(request.storeDir, request.runId ?? newRunId());
    const identity = await identifyToolchain(toolchain.binDir, stores === null ? undefined : storeIdentityMemo(stores.build));
    const platformDirs = [...new Set([base.platform.dir, base.corePlatform.dir])];
    const libraries = [
        ...(await scanLibraries(request.libraryDirs, 'user')),
        ...(await platformLibraries(platformDirs))
    ];
    const names = buildNames(request.sketches);
    const owners = await sketchOwners(request.sketches, libraries);
    // The run's libraries: those given and found, then the owners of examples not among them.
    const runLibraries = [...new Set([...libraries, ...owners.values()])];
    const cache = stores === null
        ? null
        : openUnitCache(stores, identity.id, namedRoots({
            toolchainDir: toolchain.dir,
            platformDirs: platformRoots(base),
            libraries: runLibraries,
            sketches: request.sketches.map((sketch, i) => ({
                name: names[i] ?? String(i),
                dir: sketchFolder(sketch)
            })),
            buildDir: request.buildDir,
            workspace: process.cwd()
        }), request.buildDir);
    const runner = new ProcessRunner(request.jobs);
    const core = await planCore(base.properties, base.coreDir, base.variantDir, request.buildDir);
    let unitsDone = 0;
    const ctx = {
        runner,
        compiler: new UnitCompiler(runner, cache),
        cache,
        toolchainId: identity.id,
        archiver: new CoreArchiver(runner),
        detector: new LibraryDetector(runner, base.properties, fqbn.arch),
        core,
        libraries,
        owners,
        buildDir: request.buildDir,
        propsFor: (buildPath, projectName, sketchDir) => boardFor(buildPath, projectName, sketchDir).properties,
        onUnitDone: () => request.onEvent?.({ type: 'unit-done', index: unitsDone++ })
    };
    request.onEvent?.({ type: 'start', sketchCount: request.sketches.length });
    // Enough sketches in flight to keep every job busy, few enough that results stream out in order.
    const sketchLimit = pLimit(Math.max(2, request.jobs * 2));
    const sketches = await Promise.all(request.sketches.map((sketchPath, index) => sketchLimit(async () => {
        request.onEvent?.({ type: 'sketch-start', index, path: sketchPath });
        const result = await buildSketch(ctx, sketchPath, names[index] ?? String(index)).catch((error) => failedSketch(sketchPath, performance.now(), `internal error: ${error instanceof Error ? error.message : String(error)}`));
        request.onEvent?.({ type: 'sketch-done', index, result });
        return result;
    })));
    const processes = { ...runner.counts };
    let storeSummary = null;
    if (stores !== null && cache !== null) {
        const counters = runCounters(sketches, processes, cache.bytesStored);
        const stats = new StatsRecorder(stores.build.root, stores.runId);
        stats.add(counters);
        await stats.flush();
        storeSummary = { dir: stores.root, run: counters, recovered: counters.misses['corrupt-entry'] };
    }
    return {
        fqbn: request.fqbn,
        toolchain: { id: identity.id, version: identity.version, dir: toolchain.dir },
        sketches,
        processes,
        wallSeconds: (performance.now() - startedAt) / 1000,
        store: storeSummary
    };
}

;// CONCATENATED MODULE: ./src/report/report.ts
/**
 * The JSON report (the CLI's --report, the action's report-path; README "The JSON report"). Field
 * names are a public contract: add fields, never rename or drop.
 */


const REPORT_SCHEMA = 1;
/** Relative to `cwd` when the path is below it, absolute otherwise. */
function displayPath(file, cwd) {
    const relative = external_node_path_default().relative(cwd, file);
    return relative === '' ? '.' : relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? file : relative;
}
const round = (seconds) => Math.round(seconds * 1000) / 1000;
/**
 * The percentage of the run's own units (not those shared from another sketch of the run) that came
 * from the store, rounded down to one decimal so that 100 means every one; null without own units.
 */
function hitRate(totals) {
    const own = totals.units - totals.shared;
    return own === 0 ? null : Math.floor((totals.hits * 1000) / own) / 10;
}
function sumOf(sketches, pick) {
    return sketches.reduce((sum, sketch) => sum + pick(sketch), 0);
}
function makeReport(result, cwd) {
    const show = (file) => (file === null ? null : displayPath(file, cwd));
    const sketches = result.sketches;
    return {
        schema: REPORT_SCHEMA,
        fqbn: result.fqbn,
        toolchain: { id: result.toolchain.id, version: result.toolchain.version },
        sketches: sketches.map(sketch => ({
            path: displayPath(sketch.path, cwd),
            ok: sketch.ok,
            hex: show(sketch.hex),
            hexSha256: sketch.hexSha256,
            elf: show(sketch.elf),
            eep: show(sketch.eep),
            sizes: sketch.sizes,
            units: sketch.units,
            missReasons: sketch.missReasons,
            link: sketch.link,
            seconds: round(sketch.seconds),
            compileSeconds: round(sketch.compileSeconds),
            libraries: sketch.libraries,
            phases: sketch.phases,
            error: sketch.error
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
            wallSeconds: round(result.wallSeconds),
            compileSeconds: round(sumOf(sketches, sketch => sketch.compileSeconds))
        },
        missReasons: Object.fromEntries(MISS_REASONS.map(reason => [reason, sumOf(sketches, sketch => sketch.missReasons[reason] ?? 0)])),
        store: result.store === null
            ? null
            : {
                path: displayPath(result.store.dir, cwd),
                bytesStored: result.store.run.bytesStored,
                recoveredEntries: result.store.recovered
            }
    };
}

;// CONCATENATED MODULE: ./src/report/progress.ts

function sizesText(result) {
    if (result.sizes === null)
        return '';
    const { flash, ram, maxFlash, maxRam } = result.sizes;
    const percent = (used, max) => max === null || max === 0 ? '' : ` (${Math.floor((used * 100) / max)}%)`;
    return `flash ${flash} B${percent(flash, maxFlash)}, ram ${ram} B${percent(ram, maxRam)}`;
}
/** The one-line summary of a finished sketch, as printed in CI logs. */
function sketchLine(result, cwd) {
    const where = displayPath(result.path, cwd);
    const time = `${result.seconds.toFixed(2)}s`;
    if (result.ok)
        return `ok    ${where}  ${sizesText(result)}  ${time}`;
    const firstLine = (result.error ?? 'failed').split('\n')[0] ?? 'failed';
    return `FAIL  ${where}  ${firstLine}`;
}
function progressPrinter(stream, cwd) {
    const live = stream.isTTY === true;
    const startedAt = performance.now();
    let total = 0;
    let done = 0;
    let unitsDone = 0;
    const status = () => {
        const elapsed = ((performance.now() - startedAt) / 1000).toFixed(1);
        stream.write(`\r\x1b[2Ksketch ${done}/${total}  units ${unitsDone}  ${elapsed}s`);
    };
    return event => {
        switch (event.type) {
            case 'start':
                total = event.sketchCount;
                break;
            case 'unit-done':
                unitsDone++;
                if (live)
                    status();
                break;
            case 'sketch-done':
                done++;
                if (live)
                    stream.write('\r\x1b[2K');
                stream.write(`${sketchLine(event.result, cwd)}\n`);
                if (live)
                    status();
                break;
            case 'sketch-start':
                break;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * fbuild-action CLI. Exit codes: 0 all sketches built; 1 a sketch failed (the others still built,
 * the report is still written); 2 usage or setup error, as one line without a stack trace
 * (FBUILD_DEBUG=1 adds it).
 */









async function main_build(argv, cwd) {
    const args = parseBuildArgs(argv, cwd);
    const sketches = await expandSketchArgs(args.sketches, cwd);
    if (sketches.length === 0)
        throw new UsageError(`no sketches found in ${args.sketches.join(' ')}`);
    const result = await runBuild({
        ...args,
        sketches,
        // Set by the action: its post step keeps what this job's builds used, so they must say so.
        runId: process.env.FBUILD_RUN_ID || undefined,
        onEvent: progressPrinter(process.stderr, cwd)
    });
    const report = makeReport(result, cwd);
    if (args.reportFile !== null) {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(args.reportFile), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(args.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    }
    const { totals } = report;
    process.stderr.write(`${totals.sketches - totals.failed}/${totals.sketches} sketches built, ${totals.units} units ` +
        `(${totals.misses} compiled, ${totals.shared} shared, ${totals.hits} from cache), ` +
        `${totals.compilerInvocations} compiler runs, ${totals.linkHits} links from cache, ` +
        `${totals.wallSeconds.toFixed(1)}s\n`);
    return totals.failed > 0 ? 1 : 0;
}
async function main(argv, cwd = process.cwd()) {
    const [command, ...rest] = argv;
    try {
        if (command === 'build')
            return await main_build(rest, cwd);
        if (command === 'stats')
            return await statsCommand(rest, text => process.stdout.write(text));
        if (command === 'prune')
            return await pruneCommand(rest, text => process.stdout.write(text));
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        }
        throw new UsageError(`unknown command "${command}" (expected: build, stats or prune)`);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const kind = error instanceof UsageError ? '' : 'setup failed: ';
        process.stderr.write(`fbuild-action: ${kind}${message.split('\n')[0]}\n`);
        if (process.env.FBUILD_DEBUG !== undefined && error instanceof Error)
            process.stderr.write(`${error.stack}\n`);
        return 2;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
