/**
 * Program size from the output of `recipe.size.pattern` (avr-size -A), measured and judged the way
 * arduino-cli's builder does (sizer.go `checkSize`, `computeSize`).
 */
import { UsageError } from '../errors.js'
import type { Properties } from './properties.js'

export interface SizeReport {
  /** Bytes of program storage (recipe.size.regex). */
  flash: number
  /** Bytes of dynamic memory (recipe.size.regex.data); -1 when the platform has no such regex. */
  ram: number
  /** Bytes of EEPROM (recipe.size.regex.eeprom); -1 when the platform has no such regex. */
  eeprom: number
  /** upload.maximum_size; null when the board does not set it (then arduino-cli checks nothing). */
  maxFlash: number | null
  /** upload.maximum_data_size; null when unset or not positive (then RAM has no limit). */
  maxRam: number | null
  /** build.warn_data_percentage: warn when RAM use is over this share of maxRam. */
  warnDataPercentage: number | null
}

export interface SizeVerdict {
  ok: boolean
  lines: string[]
}

const TIPS_URL = 'https://support.arduino.cc/hc/en-us/articles/360013825179'

/**
 * A Go (RE2) regular expression as a JavaScript one. Covers what platform.txt files use: leading inline
 * flags such as `(?s)` and named groups `(?P<name>...)`; `(?m)` is always on, as arduino-cli prepends it.
 */
export function goRegExp(source: string): RegExp {
  let flags = 'gm'
  let body = source
  const inline = /^\(\?([a-zA-Z]+)\)/.exec(body)
  if (inline?.[1] !== undefined) {
    for (const flag of inline[1]) {
      if (flag === 'i' || flag === 's') flags += flag
      else if (flag !== 'm') throw new SyntaxError(`unsupported inline flag "${flag}"`)
    }
    body = body.slice(inline[0].length)
  }
  return new RegExp(body.replaceAll('(?P<', '(?<'), flags)
}

// Go's strconv.Atoi: an optional sign and decimal digits.
function atoi(text: string): number | null {
  return /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : null
}

/**
 * Sums, over every match of the regex (applied per line), each submatch that is a whole integer (the
 * full match too, as arduino-cli does); -1 when there is no regex.
 */
function computeSize(key: string, props: Properties, output: string): number {
  const source = props.get(key) ?? ''
  if (source === '') return -1
  let regex: RegExp
  try {
    regex = goRegExp(source)
  } catch (error) {
    throw new UsageError(`${key} "${source}" is not a valid regular expression: ${(error as Error).message}`)
  }
  let size = 0
  for (const match of output.matchAll(regex)) {
    for (const group of match) size += group === undefined ? 0 : (atoi(group) ?? 0)
  }
  return size
}

function readLimit(key: string, props: Properties): number | null {
  const text = props.get(key) ?? ''
  if (text === '') return null
  const value = atoi(text)
  if (value === null) throw new UsageError(`${key}="${text}": expected a whole number`)
  return value
}

export function parseSizeOutput(output: string, props: Properties): SizeReport {
  const flash = computeSize('recipe.size.regex', props, output)
  if (flash < 0) throw new UsageError('recipe.size.regex is not set: cannot measure the program size')
  const maxFlash = readLimit('upload.maximum_size', props)
  if (maxFlash !== null && maxFlash <= 0) {
    throw new UsageError(`upload.maximum_size="${maxFlash}": expected a positive number of bytes`)
  }
  const maxRam = readLimit('upload.maximum_data_size', props)
  return {
    flash,
    ram: computeSize('recipe.size.regex.data', props, output),
    eeprom: computeSize('recipe.size.regex.eeprom', props, output),
    maxFlash,
    maxRam: maxRam !== null && maxRam > 0 ? maxRam : null,
    warnDataPercentage: readLimit('build.warn_data_percentage', props)
  }
}

/**
 * The board's size recipe and limits checked once, before any compile: a broken platform.txt or
 * --build-property is a setup error (one line, exit 2), not the same failure after every link.
 */
export function checkSizeRecipe(props: Properties): void {
  parseSizeOutput('', props)
}

// Go integer division, as arduino-cli computes percentages.
const percent = (part: number, whole: number): number => Math.trunc((part * 100) / whole)

/** arduino-cli's size messages, and whether the program fits the board. */
export function sizeVerdict(size: SizeReport): SizeVerdict {
  const { flash, ram, maxFlash, maxRam } = size
  if (maxFlash === null) return { ok: true, lines: [] }
  const lines = [
    `Sketch uses ${flash} bytes (${percent(flash, maxFlash)}%) of program storage space. Maximum is ${maxFlash} bytes.`
  ]
  if (ram >= 0) {
    lines.push(
      maxRam === null
        ? `Global variables use ${ram} bytes of dynamic memory.`
        : `Global variables use ${ram} bytes (${percent(ram, maxRam)}%) of dynamic memory, leaving ` +
            `${maxRam - ram} bytes for local variables. Maximum is ${maxRam} bytes.`
    )
  }
  if (flash > maxFlash) {
    lines.push(`Sketch too big; see ${TIPS_URL} for tips on reducing it.`)
    lines.push('text section exceeds available space in board')
    return { ok: false, lines }
  }
  if (maxRam !== null && ram > maxRam) {
    lines.push(`Not enough memory; see ${TIPS_URL} for tips on reducing your footprint.`)
    lines.push('data section exceeds available space in board')
    return { ok: false, lines }
  }
  const warn = size.warnDataPercentage
  if (warn !== null && maxRam !== null && ram > Math.trunc((maxRam * warn) / 100)) {
    lines.push('Low memory available, stability problems may occur.')
  }
  return { ok: true, lines }
}
