/**
 * The build properties of one board, resolved the way arduino-cli does it (cores/board.go
 * `GetBuildProperties`, packagemanager `ResolveFQBN`, builder `NewBuilder`): platform.txt layers, the
 * board's keys with its menu options applied, the runtime and build keys, then --build-property.
 * Nothing is expanded here: recipes are expanded by the caller with `expandProperties`.
 */
import path from 'node:path'
import { UsageError } from '../errors.js'
import { formatFqbn, type Fqbn } from './fqbn.js'
import type { Platform } from './platform.js'
import { expandProperties, hostOs, mergeProperties, subtree, type Properties } from './properties.js'

export interface BoardOptions {
  buildPath: string
  /** The sketch's main file name, e.g. `Blink.ino` (arduino-cli's `build.project_name`). */
  projectName: string
  sketchDir?: string
  /** `runtime.ide.version`; arduino-cli uses 10607, arduino-builder 10600. */
  ideVersion?: string
  /** A folder whose bin/ holds avr-gcc: sets compiler.path and runtime.tools.avr-gcc.path. */
  toolchainDir?: string
  /** arduino-cli's --warnings: sets compiler.warning_flags from compiler.warning_flags.<level>. */
  warnings?: WarningLevel
  /** `runtime.tools.<name>[-<version>].path` of installed tools (install/platforms.ts). */
  toolProperties?: readonly [string, string][]
  /** --build-property KEY=VALUE, applied last. */
  overrides: Properties
}

export const WARNING_LEVELS = ['none', 'default', 'more', 'all'] as const
export type WarningLevel = (typeof WARNING_LEVELS)[number]

export function isWarningLevel(text: string): text is WarningLevel {
  return (WARNING_LEVELS as readonly string[]).includes(text)
}

export interface ResolvedBoard {
  fqbn: Fqbn
  boardId: string
  /** The platform that defines the board (its boards.txt). */
  platform: Platform
  /** The platform whose cores/ is compiled (another one when `build.core=<packager>:<core>`). */
  corePlatform: Platform
  variantPlatform: Platform
  coreDir: string
  variantDir: string | null
  /** Merged, NOT expanded. */
  properties: Properties
}

const DEFAULT_IDE_VERSION = '10607'
const LISTED_CHOICES = 12

/** `--build-property KEY=VALUE`; the value may be empty and may contain `=`. */
export function parseBuildProperty(text: string): [string, string] {
  const eq = text.indexOf('=')
  const key = eq < 0 ? '' : text.slice(0, eq).trim()
  if (key === '') throw new UsageError(`--build-property "${text}": expected KEY=VALUE`)
  return [key, text.slice(eq + 1).trim()]
}

function listChoices(choices: Iterable<string>): string {
  const all = [...choices]
  if (all.length === 0) return 'none'
  const shown = all.slice(0, LISTED_CHOICES).join(', ')
  return all.length > LISTED_CHOICES ? `${shown}, ... (${all.length} in all)` : shown
}

function describePlatforms(platforms: Platform[]): string {
  return listChoices(platforms.map(p => `${p.packager}:${p.arch} (${p.dir})`))
}

/**
 * The platform named by the FQBN's packager:arch. A single platform whose folder is not named that way
 * is taken when it has the board: users pass one --core folder wherever it lives.
 */
export function selectBoardPlatform(fqbn: Fqbn, platforms: Platform[]): Platform {
  const named = platforms.find(p => p.packager === fqbn.packager && p.arch === fqbn.arch)
  if (named !== undefined) return named
  const [only] = platforms
  if (platforms.length === 1 && only?.boards.has(fqbn.board)) return only
  throw new UsageError(
    `fqbn "${formatFqbn(fqbn)}": no platform ${fqbn.packager}:${fqbn.arch} with board "${fqbn.board}" ` +
      `(platforms given: ${describePlatforms(platforms)})`
  )
}

/** First-level keys of `props`, in order of first appearance. */
function firstLevelKeys(props: Properties): string[] {
  return [...new Set([...props.keys()].map(key => key.split('.', 1)[0] ?? ''))]
}

/**
 * The board's keys with each menu option's `menu.<menu>.<value>.*` applied on top. Options not in the
 * FQBN take the first value boards.txt lists; a menu must be declared (`menu.<menu>=Label`) and a value
 * must have a label (`menu.<menu>.<value>=Label`) to be selectable, as in arduino-cli.
 */
export function applyBoardOptions(fqbn: Fqbn, board: Properties, menuLabels: Properties): Properties {
  const menus = subtree(board, 'menu')
  const chosen = new Map<string, string>()
  for (const menu of firstLevelKeys(menus)) {
    const [firstValue = ''] = firstLevelKeys(subtree(menus, menu))
    chosen.set(menu, firstValue)
  }
  for (const [menu, value] of fqbn.options) chosen.set(menu, value)

  const fail = (why: string): UsageError => new UsageError(`fqbn "${formatFqbn(fqbn)}": ${why}`)
  const declared = firstLevelKeys(menus).filter(menu => menuLabels.has(menu))
  let result = new Map(board)
  for (const [menu, value] of chosen) {
    if (!declared.includes(menu)) {
      throw fail(`board ${fqbn.board} has no option "${menu}" (valid options: ${listChoices(declared)})`)
    }
    const values = subtree(menus, menu)
    const valid = firstLevelKeys(values).filter(candidate => values.has(candidate))
    if (!valid.includes(value)) {
      throw fail(`invalid value "${value}" for option "${menu}" (valid values: ${listChoices(valid)})`)
    }
    result = mergeProperties(result, subtree(values, value))
  }
  return result
}

interface Reference {
  packager: string | null
  name: string
}

/** `build.core` / `build.variant`: `name`, or `packager:name` naming another platform of the same arch. */
function parseReference(value: string): Reference {
  const parts = value.split(':')
  if (parts.length > 1) return { packager: parts[0] ?? '', name: parts[1] ?? '' }
  return { packager: null, name: value }
}

function findReferencedPlatform(fqbn: Fqbn, key: string, ref: Reference, platforms: Platform[]): Platform {
  const found = platforms.find(p => p.packager === ref.packager && p.arch === fqbn.arch)
  if (found !== undefined) return found
  throw new UsageError(
    `board ${formatFqbn(fqbn)} uses ${key}=${ref.packager}:${ref.name}, but no platform ` +
      `${ref.packager}:${fqbn.arch} was given (platforms given: ${describePlatforms(platforms)})`
  )
}

export function resolveBoardProperties(fqbn: Fqbn, platforms: Platform[], opts: BoardOptions): ResolvedBoard {
  const platform = selectBoardPlatform(fqbn, platforms)
  const board = platform.boards.get(fqbn.board)
  if (board === undefined) {
    throw new UsageError(
      `fqbn "${formatFqbn(fqbn)}": board "${fqbn.board}" not found in ${platform.dir} ` +
        `(valid boards: ${listChoices(platform.boards.keys())})`
    )
  }
  const boardProps = applyBoardOptions(fqbn, board, platform.menuLabels)
  boardProps.set('build.fqbn', formatFqbn(fqbn))
  // arduino-cli takes the architecture of the board's platform; it is the FQBN's, also when one --core
  // folder was taken whatever its name.
  boardProps.set('build.arch', fqbn.arch.toUpperCase())

  const core = parseReference(expandProperties(boardProps.get('build.core') ?? '', boardProps))
  const variant = parseReference(expandProperties(boardProps.get('build.variant') ?? '', boardProps))
  if (core.packager !== null && variant.packager !== null && core.packager !== variant.packager) {
    throw new UsageError(
      `board ${formatFqbn(fqbn)}: build.core and build.variant refer to different platforms: ` +
        `${core.packager}:${core.name} and ${variant.packager}:${variant.name}`
    )
  }
  const corePlatform =
    core.packager === null ? platform : findReferencedPlatform(fqbn, 'build.core', core, platforms)
  const variantPlatform =
    variant.packager === null ? platform : findReferencedPlatform(fqbn, 'build.variant', variant, platforms)

  const props = mergeProperties(
    variantPlatform.properties,
    corePlatform.properties,
    platform.properties,
    boardProps
  )
  const coreDir = path.join(corePlatform.dir, 'cores', core.name)
  const variantDir = variant.name === '' ? null : path.join(variantPlatform.dir, 'variants', variant.name)
  props.set('runtime.platform.path', platform.dir)
  props.set('runtime.hardware.path', path.dirname(platform.dir))
  props.set('build.board.platform.path', platform.dir)
  props.set('build.core.platform.path', corePlatform.dir)
  props.set('build.core.path', coreDir)
  props.set('build.system.path', path.join(corePlatform.dir, 'system'))
  props.set('build.variant.path', variantDir ?? '')
  if (props.get('runtime.use_core_platform_path_for_runtime_platform_path') === 'true') {
    props.set('runtime.platform.path', corePlatform.dir)
  }
  for (const [key, value] of opts.toolProperties ?? []) props.set(key, value)
  if (opts.toolchainDir !== undefined) {
    props.set('runtime.tools.avr-gcc.path', opts.toolchainDir)
    props.set('compiler.path', `${path.join(opts.toolchainDir, 'bin')}${path.sep}`)
  }
  // arduino-cli stamps the wall clock here; a fixed value keeps firmware reproducible and cacheable.
  for (const key of ['utc', 'local', 'zone', 'dst']) props.set(`extra.time.${key}`, '0')
  // arduino-cli uses its executable's folder. We use the folder that holds hardware/<packager>/<arch>
  // (the IDE folder in the IDE layout): stable across runs, and it never names our own install.
  if (!props.has('runtime.ide.path')) props.set('runtime.ide.path', path.resolve(platform.dir, '../../..'))
  props.set('runtime.os', hostOs())
  props.set('build.library_discovery_phase', '0')
  if ((props.get('build.board') ?? '') === '') {
    props.set('build.board', `${fqbn.arch}_${fqbn.board}`.toUpperCase())
  }
  const ideVersion = opts.ideVersion ?? DEFAULT_IDE_VERSION
  props.set('ide_version', ideVersion)
  props.set('runtime.ide.version', ideVersion)
  if (!props.has('software')) props.set('software', 'ARDUINO')

  props.set('build.path', opts.buildPath)
  props.set('build.project_name', opts.projectName)
  if (opts.sketchDir !== undefined) {
    props.set('sketch_path', opts.sketchDir)
    props.set('build.source.path', opts.sketchDir)
  }
  const releaseFlags = props.get('compiler.optimization_flags.release')
  if (releaseFlags !== undefined) props.set('compiler.optimization_flags', releaseFlags)
  // As arduino-cli's builder; before --build-property, so an explicit compiler.warning_flags wins.
  if (opts.warnings !== undefined) {
    props.set('compiler.warning_flags', props.get(`compiler.warning_flags.${opts.warnings}`) ?? '')
  }

  return {
    fqbn,
    boardId: fqbn.board,
    platform,
    corePlatform,
    variantPlatform,
    coreDir,
    variantDir,
    properties: mergeProperties(props, opts.overrides)
  }
}
