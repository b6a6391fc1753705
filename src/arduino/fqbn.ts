/**
 * Fully Qualified Board Names (`arduino:avr:nano:cpu=atmega328old`), parsed and validated the way
 * arduino-cli does (pkg/fqbn): three or four `:`-separated fields, restricted character sets.
 */
import { UsageError } from '../errors.js'

export interface Fqbn {
  packager: string
  arch: string
  board: string
  /** Board menu options (`cpu=atmega328old`), in the order given. */
  options: Map<string, string>
}

const FIELD = /^[a-zA-Z0-9_.-]*$/
// An option's value may itself contain `=`.
const OPTION_VALUE = /^[a-zA-Z0-9=_.-]*$/
const EXPECTED = 'expected PACKAGER:ARCH:BOARD[:OPTION=VALUE,...]'

export function parseFqbn(text: string): Fqbn {
  const invalid = (why: string): UsageError => new UsageError(`fqbn "${text}" is not valid: ${why}`)
  const parts = text.split(':')
  const [packager = '', arch = '', board = '', optionList] = parts
  if (parts.length < 3 || parts.length > 4) throw invalid(EXPECTED)
  for (const field of [packager, arch, board]) {
    if (field === '') throw invalid(`empty field; ${EXPECTED}`)
    if (!FIELD.test(field)) throw invalid(`"${field}" may only contain letters, digits, "_", "." and "-"`)
  }
  const options = new Map<string, string>()
  if (optionList !== undefined) {
    for (const pair of optionList.split(',')) {
      const eq = pair.indexOf('=')
      const key = eq < 0 ? '' : pair.slice(0, eq).trim()
      if (key === '') throw invalid(`option "${pair}": ${EXPECTED}`)
      const value = pair.slice(eq + 1).trim()
      if (!FIELD.test(key)) throw invalid(`option name "${key}" contains an invalid character`)
      if (!OPTION_VALUE.test(value)) throw invalid(`option value "${value}" contains an invalid character`)
      options.set(key, value)
    }
  }
  return { packager, arch, board, options }
}

/** The canonical text: options in the order they were given, as arduino-cli prints `build.fqbn`. */
export function formatFqbn(fqbn: Fqbn): string {
  const base = `${fqbn.packager}:${fqbn.arch}:${fqbn.board}`
  if (fqbn.options.size === 0) return base
  return `${base}:${[...fqbn.options].map(([key, value]) => `${key}=${value}`).join(',')}`
}
