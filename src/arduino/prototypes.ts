/**
 * Function prototypes for a merged sketch, as arduino-builder 1.3.25 adds them: it runs arduino-ctags
 * on the preprocessed sketch (ctags/ctags_parser.go, ctags_to_prototypes.go) and inserts the result
 * before the first function (prototypes_adder.go). We reproduce ctags' output with cppScan.ts and then
 * apply the same rules, quirks included, so the generated .cpp matches the Arduino tools'.
 */
import { rowOrigins, scanTags, type CTag } from './cppScan.js'

interface Candidate {
  tag: CTag
  prototype: string
  modifiers: string
  skip: boolean
}

/** C++ string literal for a #line directive (arduino-builder's utils.QuoteCppString). */
export function quoteCppString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

const squeeze = (text: string): string => text.replace(/[ \t]/g, '')

/** ctags_parser.go addPrototype: templates are declared from their own text; static/extern "C" kept. */
function withPrototypeText(c: Candidate): void {
  const { tag } = c
  if (c.prototype.startsWith('template') || tag.code.startsWith('template')) {
    const brace = tag.code.indexOf('{')
    const head = brace >= 0 ? tag.code.slice(0, brace) : tag.code.slice(0, tag.code.lastIndexOf(')') + 1)
    c.prototype = head + ';'
    return
  }
  const modifiers = []
  if (tag.code.includes('static ')) modifiers.push('static')
  if (tag.code.includes('extern "C" ')) modifiers.push('extern "C"')
  c.modifiers = modifiers.join(' ')
}

/**
 * ctags_parser.go prototypeAndCodeDontMatch: the declaration must appear, blanks aside, in the code of
 * the definition's line (or the following lines up to a `)`, when the parameters span several lines).
 * So a return type on the line above, a comment inside the parameters, or template arguments in the
 * return type (which ctags drops) each make arduino-builder skip the function.
 */
function codeMatchesPrototype(c: Candidate, rows: string[], fileOfRow: (row: number) => string): boolean {
  let code = squeeze(c.tag.code)
  if (!code.includes(')')) {
    let joined = rows[c.tag.row] ?? ''
    for (
      let r = c.tag.row + 1;
      !joined.includes(')') && r < rows.length && fileOfRow(r) === c.tag.file;
      r++
    ) {
      joined += rows[r]
    }
    if (joined.includes(')')) code = squeeze(joined)
  }
  return code.includes(squeeze(c.prototype).slice(0, -1))
}

/** ctags_parser.go Parse: which tags become prototypes, in ctags' order. */
function selectPrototypes(tags: CTag[], rows: string[], fileOfRow: (row: number) => string): Candidate[] {
  const candidates: Candidate[] = tags.map(tag => ({
    tag,
    prototype: `${tag.returnType} ${tag.name}${tag.signature};`,
    modifiers: '',
    // Unknown kinds (variables, structs), class/struct/namespace members, and definitions with no
    // return type: those come from macros (ISR(vect) {...}) whose expansion, which ctags sees after
    // gcc -E, declares the function itself.
    skip: tag.kind === 'variable' || tag.kind === 'struct' || tag.scoped || tag.returnType === ''
  }))
  for (const c of candidates) if (!c.skip) withPrototypeText(c)
  const declared = new Set(candidates.filter(c => c.tag.kind === 'prototype').map(c => c.prototype))
  for (const c of candidates) if (declared.has(c.prototype)) c.skip = true
  const seen = new Set<string>()
  for (const c of candidates) {
    if (!c.skip && seen.has(c.prototype)) c.skip = true
    if (!c.skip) seen.add(c.prototype)
  }
  for (const c of candidates) if (!c.skip) c.skip = !codeMatchesPrototype(c, rows, fileOfRow)
  return candidates
}

/** ctags_to_prototypes.go findLineWhereToInsertPrototypes (file names are not compared, as there). */
function insertionLine(candidates: Candidate[]): number {
  const first = candidates.find(c => c.tag.kind === 'function' && !c.tag.scoped)
  const firstFunction = first ? first.tag.line : -1
  const functions = candidates.filter(c => c.tag.kind === 'function' && !c.skip).map(c => c.tag)
  const pointer = candidates.find(({ tag }) =>
    functions.some(
      f => tag.line !== f.line && (tag.code.includes('&' + f.name) || tag.code.trim().includes(`(${f.name})`))
    )
  )
  const firstPointer = pointer ? pointer.tag.line : -1
  if (firstFunction !== -1 && firstPointer !== -1) return Math.min(firstFunction, firstPointer)
  if (firstFunction !== -1) return firstFunction
  return firstPointer !== -1 ? firstPointer : 0
}

/** prototypes_adder.go composePrototypeSection; prototypes with default arguments are left out. */
function prototypeSection(line: number, prototypes: Candidate[]): string {
  const parts: string[] = []
  for (const c of prototypes) {
    if (c.prototype.includes('=')) continue
    parts.push(`#line ${c.tag.line} ${quoteCppString(c.tag.file)}`)
    parts.push(c.modifiers ? `${c.modifiers} ${c.prototype}` : c.prototype)
  }
  return `${parts.join('\n')}\n#line ${line} ${quoteCppString(prototypes[0]?.tag.file ?? '')}\n`
}

/**
 * Inserts the prototypes arduino-builder 1.3.25 would insert into a merged sketch (the output of
 * mergeSketch), before the row of the first function, with `#line` directives pointing at each
 * definition and then restoring the position. Line endings become `\n`, as arduino-builder does.
 */
export function addPrototypes(mergedSource: string): string {
  const source = mergedSource.replace(/\r\n?/g, '\n')
  const rows = source.split('\n')
  const tags = scanTags(source)
  const origins = rowOrigins(rows)
  const candidates = selectPrototypes(tags, rows, row => origins[row]?.file ?? '')
  const prototypes = candidates.filter(c => !c.skip && c.prototype.trim() !== '')
  const line = insertionLine(candidates)
  if (prototypes.length === 0 || line > rows.length - 1) return source
  // The merger's header: `#include <Arduino.h>` (unless the sketch has it), then two `#line 1` rows.
  const lineOffset = rows[0]?.startsWith('#line') ? 2 : 3
  const at = rows.slice(0, line + lineOffset - 1).join('\n').length + 1
  return source.slice(0, at) + prototypeSection(line, prototypes) + source.slice(at)
}
