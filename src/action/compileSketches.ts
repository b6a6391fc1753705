/**
 * arduino/compile-sketches' inputs, pasted as they are: `libraries` and `platforms` as YAML lists
 * (name, version, source-path, source-url, destination-name), `sketch-paths`, `cli-compile-flags`,
 * `enable-deltas-report`, `enable-warnings-report` (plus `verbose` and `sketches-report-path`, which
 * mean the same here). They are translated into this action's own inputs, so everything after reads
 * one set of inputs. Pure: a getter in, a getter out; a value that cannot be translated is a
 * one-line UsageError naming the input.
 */
import { parse } from 'yaml'
import { UsageError } from '../errors.js'
import type { InputGetter } from './inputs.js'

/** A text whose first real line is a YAML sequence item (`- ...`): compile-sketches' list form. */
export function isYamlList(text: string): boolean {
  const first = text
    .split(/\r?\n/)
    .map(line => line.trim())
    .find(line => line !== '' && !line.startsWith('#'))
  return first !== undefined && (first === '-' || first.startsWith('- '))
}

type Item = Record<string, unknown>

const ITEM_KEYS = ['name', 'version', 'source-path', 'source-url', 'destination-name']

function yamlItems(input: string, text: string): Item[] {
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    throw new UsageError(`input ${input}: not a YAML list (${(error as Error).message.split('\n')[0] ?? ''})`)
  }
  if (!Array.isArray(value)) throw new UsageError(`input ${input}: expected a YAML list of items`)
  return value
    .filter(item => item !== null)
    .map(item => {
      if (typeof item !== 'object' || Array.isArray(item))
        throw new UsageError(
          `input ${input}: "${String(item)}" is not an item with name, version, source-path or source-url`
        )
      const unknown = Object.keys(item as Item).find(key => !ITEM_KEYS.includes(key))
      if (unknown !== undefined)
        throw new UsageError(`input ${input}: unknown key "${unknown}" (expected ${ITEM_KEYS.join(', ')})`)
      return item as Item
    })
}

const text = (item: Item, key: string): string | null => {
  const value = item[key]
  return value === undefined || value === null || String(value).trim() === '' ? null : String(value).trim()
}

/** One compile-sketches library item as one of our `libraries` lines. */
export function librarySpecOf(item: Item): string {
  const name = text(item, 'name')
  const version = text(item, 'version')
  const sourcePath = text(item, 'source-path')
  const sourceUrl = text(item, 'source-url')
  if (sourcePath !== null) return sourcePath.replace(/\/+$/, '') || '.'
  if (sourceUrl !== null)
    return version === null || !/\.git\/?$/i.test(sourceUrl) ? sourceUrl : `${sourceUrl}#${version}`
  if (name !== null) return version === null || version === 'latest' ? name : `${name}@${version}`
  throw new UsageError('input libraries: an item needs name, source-path or source-url')
}

export interface PlatformInputs {
  platforms: string[]
  indexUrls: string[]
  /** A platform folder (`source-path`), for the `core` input. */
  coreDir: string | null
}

/** compile-sketches' platform items as our platforms, Boards Manager index URLs and core folder. */
export function platformInputsOf(items: readonly Item[], fqbn: string): PlatformInputs {
  const own = fqbn.split(':').slice(0, 2).join(':')
  const result: PlatformInputs = { platforms: [], indexUrls: [], coreDir: null }
  for (const item of items) {
    const name = text(item, 'name')
    const version = text(item, 'version')
    const sourcePath = text(item, 'source-path')
    const sourceUrl = text(item, 'source-url')
    if (sourcePath !== null) {
      if (result.coreDir !== null)
        throw new UsageError('input platforms: only one item may give a source-path (the core folder)')
      result.coreDir = sourcePath.replace(/\/+$/, '') || '.'
      continue
    }
    if (name === null) throw new UsageError('input platforms: an item needs name or source-path')
    if (sourceUrl !== null && !/\.json(\.gz)?$/i.test(new URL(sourceUrl, 'file:///').pathname)) {
      throw new UsageError(
        `input platforms: ${name} from ${sourceUrl}: only Boards Manager indexes (.json) are supported; give a folder as source-path, or core-url with core-sha256`
      )
    }
    if (sourceUrl !== null) result.indexUrls.push(sourceUrl)
    // The board's own platform, any version, from Arduino's index: what is installed anyway.
    if (name === own && version === null && sourceUrl === null) continue
    result.platforms.push(version === null || version === 'latest' ? name : `${name}@${version}`)
  }
  // A folder given for the board's own platform replaces its install (compile-sketches overwrites it).
  if (result.coreDir !== null) result.platforms = result.platforms.filter(spec => spec.split('@')[0] !== own)
  return result
}

/** `--warnings="all"` and friends: arduino-cli's flags, as one list of words. */
function flagWords(input: string, raw: string): string[] {
  if (!isYamlList(raw)) return raw.split(/\s+/).filter(word => word !== '')
  const value: unknown = parse(raw)
  if (!Array.isArray(value)) throw new UsageError(`input ${input}: expected a YAML list of arduino-cli flags`)
  return value.filter(word => word !== null).map(word => String(word))
}

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2')

/**
 * cli-compile-flags: what maps to this action's settings (`--build-property`, `--warnings`) is
 * translated; anything else is refused, naming the flag.
 */
export function compileFlagsOf(raw: string): { buildProperties: string[]; warnings: string | null } {
  const words = flagWords('cli-compile-flags', raw)
  const result: { buildProperties: string[]; warnings: string | null } = {
    buildProperties: [],
    warnings: null
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    const [flag = '', inline] = word.startsWith('--')
      ? [word.split('=')[0], word.includes('=') ? word.slice(word.indexOf('=') + 1) : undefined]
      : [word]
    const value = (): string => {
      if (inline !== undefined) return unquote(inline)
      const next = words[++i]
      if (next === undefined) throw new UsageError(`input cli-compile-flags: ${flag} needs a value`)
      return unquote(next)
    }
    if (flag === '--build-property' || flag === '--build-properties') result.buildProperties.push(value())
    else if (flag === '--warnings') result.warnings = value()
    else
      throw new UsageError(
        `input cli-compile-flags: ${flag} has no equivalent here (supported: --build-property, --warnings); use the action's inputs instead`
      )
  }
  return result
}

/** action.yml's default for `sketches`: `sketch-paths` replaces it. */
const DEFAULT_SKETCHES = 'examples/**'

/** compile-sketches' `true`/`false` for the deltas report, as our `size-deltas` (unset: ours). */
function sizeDeltasOf(enableDeltas: string, sizeDeltas: string): string {
  if ((sizeDeltas !== '' && sizeDeltas !== 'auto') || enableDeltas === '') return sizeDeltas
  return /^(false|False|FALSE)$/.test(enableDeltas) ? 'false' : 'auto'
}

/**
 * The action's inputs with compile-sketches' names and formats translated into its own. Our own
 * input wins where both are given, except list-form `libraries`/`platforms`, which are the same input
 * written the other way.
 */
export function withCompileSketchesInputs(get: InputGetter): InputGetter {
  const input = (name: string): string => get(name).trim()
  const fqbn = input('fqbn') || 'arduino:avr:uno'
  const libraries = input('libraries')
  const platforms = input('platforms')
  const platformInputs = isYamlList(platforms)
    ? platformInputsOf(yamlItems('platforms', platforms), fqbn)
    : null
  if (platformInputs?.coreDir !== null && platformInputs !== null && input('core') !== '')
    throw new UsageError(
      'input platforms: a source-path item and the core input both name the core; give one'
    )
  const flags = compileFlagsOf(input('cli-compile-flags'))
  const sketchPaths = input('sketch-paths')
  const translated: Record<string, string> = {
    libraries: isYamlList(libraries)
      ? yamlItems('libraries', libraries).map(librarySpecOf).join('\n')
      : libraries,
    platforms: platformInputs === null ? platforms : platformInputs.platforms.join('\n'),
    'platform-index-urls': [input('platform-index-urls'), ...(platformInputs?.indexUrls ?? [])]
      .join('\n')
      .trim(),
    core: platformInputs?.coreDir ?? input('core'),
    sketches:
      !['', DEFAULT_SKETCHES].includes(input('sketches')) || sketchPaths === ''
        ? input('sketches')
        : (isYamlList(sketchPaths)
            ? flagWords('sketch-paths', sketchPaths)
            : sketchPaths.split(/\r?\n/)
          ).join('\n'),
    'build-properties': [input('build-properties'), ...flags.buildProperties].join('\n').trim(),
    warnings:
      input('warnings') !== '' && input('warnings') !== 'all'
        ? input('warnings')
        : (flags.warnings ?? input('warnings')),
    'size-deltas': sizeDeltasOf(input('enable-deltas-report'), input('size-deltas'))
  }
  return name => translated[name] ?? get(name)
}
