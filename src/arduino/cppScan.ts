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

export type TokenKind = 'id' | 'num' | 'str' | 'punct'

export interface Token {
  kind: TokenKind
  text: string
  /** 0-based row in the merged source. */
  row: number
  /** True when whitespace or a comment separates this token from the previous one. */
  spaced: boolean
}

/** Where each row of the merged source comes from, after its `#line` directives. */
export interface RowOrigin {
  file: string
  line: number
}

const LINE_DIRECTIVE = /^\s*#\s*line\s+(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?/

/** Maps each row to the file and line that `#line` directives give it (the C preprocessor's rule). */
export function rowOrigins(rows: string[]): RowOrigin[] {
  const origins: RowOrigin[] = []
  let file = ''
  let line = 1
  for (const row of rows) {
    origins.push({ file, line })
    const m = LINE_DIRECTIVE.exec(row)
    if (m) {
      line = Number(m[1])
      if (m[2] !== undefined) file = m[2].replace(/\\(.)/g, '$1')
    } else {
      line++
    }
  }
  return origins
}

/** The condition of an `#if`: true, false, or unknown. */
function conditionValue(directive: string, rest: string): boolean | undefined {
  if (directive !== 'if') return undefined
  const cond = rest.trim()
  if (cond === '0' || cond === 'false') return false
  if (cond === '1' || cond === 'true') return true
  return undefined
}

interface CondFrame {
  /** The text around this #if is live. */
  parentLive: boolean
  live: boolean
  /** A branch with a known-true condition was seen: later #elif/#else branches are dead. */
  takenKnown: boolean
}

/**
 * Updates the conditional stack for one directive. A known-false branch is dead; an unknown condition
 * keeps its branch live and does not kill the #else, so both sides of `#ifdef X ... #else` are scanned.
 */
function applyDirective(stack: CondFrame[], name: string, rest: string): void {
  const top = stack[stack.length - 1]
  if (name === 'if' || name === 'ifdef' || name === 'ifndef') {
    const parentLive = top ? top.live : true
    const value = conditionValue(name, rest)
    stack.push({ parentLive, live: parentLive && value !== false, takenKnown: value === true })
  } else if (name === 'elif' && top) {
    const value = conditionValue('if', rest)
    top.live = top.parentLive && !top.takenKnown && value !== false
    top.takenKnown ||= value === true
  } else if (name === 'else' && top) {
    top.live = top.parentLive && !top.takenKnown
  } else if (name === 'endif') {
    stack.pop()
  }
}

const PUNCT3 = ['...', '<<=', '>>=', '->*']
const PUNCT2 = ['::', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/='] // prettier-ignore

/** Tokenizes the merged source: comments, literals' contents and dead preprocessor branches are skipped. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  const stack: CondFrame[] = []
  let i = 0
  let row = 0
  let spaced = true
  let atLineStart = true
  const n = source.length
  const live = (): boolean => stack.length === 0 || stack[stack.length - 1]?.live !== false
  while (i < n) {
    const c = source.charAt(i)
    if (c === '\n') {
      row++
      i++
      spaced = true
      atLineStart = true
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++
      spaced = true
      continue
    }
    if (c === '\\' && source[i + 1] === '\n') {
      row++
      i += 2
      continue
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++
      spaced = true
      continue
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      for (let k = i; k < stop; k++) if (source[k] === '\n') row++
      i = stop
      spaced = true
      continue
    }
    if (c === '#' && atLineStart) {
      const start = i
      while (i < n && (source[i] !== '\n' || source[i - 1] === '\\')) {
        if (source[i] === '\n') row++
        i++
      }
      const m = /^#\s*(\w+)(.*)/s.exec(source.slice(start, i).replace(/\/\*.*?\*\/|\/\/.*$/gm, ''))
      if (m) applyDirective(stack, m[1] ?? '', m[2] ?? '')
      continue
    }
    atLineStart = false
    const startRow = row
    let text: string
    let kind: TokenKind
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1
      while (j < n && /[\w$]/.test(source.charAt(j))) j++
      text = source.slice(i, j)
      kind = 'id'
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      let j = i + 1
      while (
        j < n &&
        (/[\w.]/.test(source.charAt(j)) ||
          (/[+-]/.test(source.charAt(j)) && /[eEpP]/.test(source.charAt(j - 1))))
      )
        j++
      text = source.slice(i, j)
      kind = 'num'
    } else if (c === '"' || c === "'") {
      let j = i + 1
      while (j < n && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1
      text = source.slice(i, Math.min(j + 1, n))
      kind = 'str'
    } else {
      const three = source.slice(i, i + 3)
      const two = source.slice(i, i + 2)
      text = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c
      kind = 'punct'
    }
    i += text.length
    if (live()) tokens.push({ kind, text, row: startRow, spaced })
    spaced = false
  }
  return tokens
}

/** A declaration as arduino-ctags reports it (`--c++-kinds=svpf --fields=KSTtzns`). */
export interface CTag {
  kind: 'function' | 'prototype' | 'variable' | 'struct'
  name: string
  /** The file and line of the name, after `#line` directives. */
  file: string
  line: number
  /** Inside a class, struct or namespace: ctags gives it a class/struct/namespace field. */
  scoped: boolean
  /** ctags' `returntype:` ('' for a definition with no type, such as the macro call `ISR(vect) {`). */
  returnType: string
  /** ctags' `signature:`: the parameter list with comments dropped and blanks squeezed. */
  signature: string
  /** The source line of the name, blanks squeezed as `gcc -E` prints it (ctags' pattern). */
  code: string
  /** 0-based row of the name in the merged source. */
  row: number
}

/** Kept in a return type, each followed by a space, as ctags writes them. */
const TYPE_KEYWORDS = new Set([
  'const', 'volatile', 'unsigned', 'signed', 'short', 'long', 'int', 'char', 'void', 'float', 'double', 'bool',
  'struct', 'union', 'enum', 'class', 'typename', 'template', 'wchar_t', 'char16_t', 'char32_t', 'auto'
]) // prettier-ignore
/** Storage and function specifiers that ctags leaves out of a return type. */
const DROPPED_SPECIFIERS = new Set([
  'static',
  'inline',
  'extern',
  'virtual',
  'explicit',
  'friend',
  'constexpr'
])
/** Words that cannot name a function, so `word (` is not a declaration. */
const NOT_A_NAME = new Set([...TYPE_KEYWORDS, 'operator', 'return', 'sizeof', 'if', 'while', 'for', 'switch'])

/** Index of the token closing the group opened at `open` (same nesting rules for (), {} and []). */
function matching(tokens: Token[], open: number): number {
  let depth = 0
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k]?.text
    if (t === '(' || t === '{' || t === '[') depth++
    else if (t === ')' || t === '}' || t === ']') depth--
    if (depth === 0) return k
  }
  return tokens.length - 1
}

/** Indexes of a statement's tokens that are outside any bracket group. */
function topLevel(stmt: Token[]): number[] {
  const out: number[] = []
  for (let k = 0; k < stmt.length; k++) {
    out.push(k)
    if (['(', '[', '{'].includes(stmt[k]?.text ?? '')) k = matching(stmt, k)
  }
  return out
}

interface FunctionShape {
  name: Token
  before: Token[]
  params: Token[]
}

/** `type name(params)`: the first top-level `(` (past `__attribute__`s) preceded by a plain name. */
function functionShape(stmt: Token[]): FunctionShape | undefined {
  if (['typedef', 'using', 'static_assert'].includes(stmt[0]?.text ?? '')) return undefined
  const top = topLevel(stmt)
  for (const k of top) {
    const t = stmt[k]
    if (!t) continue
    if (t.text === '=') return undefined
    if (t.text !== '(') continue
    const name = stmt[k - 1]
    if (name?.text === '__attribute__') continue
    if (!name || name.kind !== 'id' || NOT_A_NAME.has(name.text)) return undefined
    return { name, before: stmt.slice(0, k - 1), params: stmt.slice(k, matching(stmt, k) + 1) }
  }
  return undefined
}

/** The return type as ctags prints it: keywords spaced, names and `*`/`&`/`::` glued, `<...>` dropped. */
function ctagsReturnType(before: Token[]): string {
  let out = ''
  for (let k = 0; k < before.length; k++) {
    const t = before[k]
    if (!t) break
    if (t.text === '<') {
      let depth = 0
      for (; k < before.length; k++) {
        const x = before[k]?.text
        depth += x === '<' ? 1 : x === '>' ? -1 : x === '>>' ? -2 : 0
        if (depth <= 0) break
      }
    } else if (t.text === '__attribute__') {
      if (before[k + 1]?.text === '(') k = matching(before, k + 1)
    } else if (!DROPPED_SPECIFIERS.has(t.text) && t.kind !== 'str') {
      out += TYPE_KEYWORDS.has(t.text) ? t.text + ' ' : t.text
    }
  }
  return out.trim()
}

/** Tokens joined with one space where the source had blanks or comments; ctags turns `...` into `....`. */
function ctagsSignature(params: Token[]): string {
  return params
    .map((t, k) => (k > 0 && t.spaced ? ' ' : '') + t.text)
    .join('')
    .replace(/\.\.\./g, '....')
}

/** ctags tells `Servo s(9);` (a variable) from `int f(int);` by the literals in the parentheses. */
function looksLikePrototype(params: Token[]): boolean {
  return !params.some(t => t.kind === 'num' || t.kind === 'str')
}

/** Scans a merged sketch source for the declarations arduino-ctags would report, in source order. */
export function scanTags(source: string): CTag[] {
  const rows = source.split('\n')
  const origins = rowOrigins(rows)
  const tokens = tokenize(source)
  const tags: CTag[] = []
  let i = 0

  const tag = (kind: CTag['kind'], name: Token, scoped: boolean, shape?: FunctionShape): void => {
    const origin = origins[name.row] ?? { file: '', line: 0 }
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
    })
  }

  const declaration = (stmt: Token[], scoped: boolean): void => {
    const shape = functionShape(stmt)
    if (shape && looksLikePrototype(shape.params)) return tag('prototype', shape.name, scoped, shape)
    if (scoped || ['typedef', 'using', 'template'].includes(stmt[0]?.text ?? '')) return
    const top = topLevel(stmt)
    const end = top.find(k => ['=', '[', '(', ':'].includes(stmt[k]?.text ?? '')) ?? stmt.length
    // `void (*handler)() = ...`: the name is inside the first parentheses.
    const pointer = stmt[end]?.text === '(' && stmt[end + 1]?.text === '*'
    const words = pointer ? stmt.slice(end, matching(stmt, end)) : stmt.slice(0, end)
    const name = words.filter(t => t.kind === 'id').pop()
    if (name && end > 0) tag('variable', name, scoped)
  }

  const openBrace = (stmt: Token[], scoped: boolean): Token[] => {
    const words = stmt.map(t => t.text)
    const top = topLevel(stmt).map(k => stmt[k]?.text ?? '')
    if (words[0] === 'namespace' || (words.length === 2 && words[0] === 'extern' && words[1] === '"C"')) {
      i++
      parseScope(words[0] === 'namespace' || scoped, true)
      return []
    }
    const shape = top.includes('=') ? undefined : functionShape(stmt)
    if (shape) {
      tag('function', shape.name, scoped, shape)
    } else if (!top.includes('=') && ['class', 'struct', 'union'].some(w => top.includes(w))) {
      const keyword = stmt.findIndex(t => ['class', 'struct', 'union'].includes(t.text))
      const name = stmt[keyword + 1]
      if (stmt[keyword]?.text !== 'class' && name?.kind === 'id') tag('struct', name, scoped)
      i++
      parseScope(true, true)
      return []
    }
    i = matching(tokens, i) + 1
    return shape || !(top.includes('=') || top.includes('enum')) ? [] : stmt
  }

  /** Reads declarations up to the `}` closing this scope (or the end, for the file itself). */
  function parseScope(scoped: boolean, closes: boolean): void {
    let stmt: Token[] = []
    while (i < tokens.length) {
      const t = tokens[i]
      if (!t) break
      if (t.text === '}') {
        i++
        if (closes) return
        stmt = []
      } else if (t.text === ';') {
        if (stmt.length > 0) declaration(stmt, scoped)
        stmt = []
        i++
      } else if (t.text === '(' || t.text === '[') {
        const end = matching(tokens, i)
        stmt.push(...tokens.slice(i, end + 1))
        i = end + 1
      } else if (t.text === '{') {
        stmt = openBrace(stmt, scoped)
      } else {
        stmt.push(t)
        i++
      }
    }
  }

  parseScope(false, false)
  return tags
}
