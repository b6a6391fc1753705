/**
 * An Arduino platform folder (boards.txt, platform.txt, cores/, variants/) loaded the way arduino-cli's
 * package manager loads an installed platform release; programmers.txt is for uploads, never read.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { orMissing, readFileOrNull } from '../files.js'
import { hostOs, mergeProperties, parseProperties, type HostOs, type Properties } from './properties.js'

export interface Platform {
  packager: string
  arch: string
  /** Absolute path of the platform folder. */
  dir: string
  /** platform.txt, with platform.local.txt on top. */
  properties: Properties
  /** Each board id of boards.txt (and boards.local.txt) with its keys, the `<id>.` prefix removed, and `_id`. */
  boards: Map<string, Properties>
  /** `menu.cpu=Processor` in boards.txt: menu id -> label, in file order. */
  menuLabels: Properties
}

export interface LoadPlatformOptions {
  packager?: string
  arch?: string
  os?: HostOs
}

// Boards manager layout: packages/<packager>/hardware/<arch>/<version>.
const VERSION_FOLDER = /^\d+(\.\d+)*([-+][0-9A-Za-z.+-]*)?$/

/**
 * The packager and architecture a platform folder's location implies: `<packager>/<arch>` (IDE and
 * sketchbook layout), or `<packager>/hardware/<arch>/<version>` (boards manager layout).
 */
export function platformIdFromPath(dir: string): { packager: string; arch: string } {
  const absolute = path.resolve(dir)
  if (VERSION_FOLDER.test(path.basename(absolute))) {
    const archDir = path.dirname(absolute)
    return { packager: path.basename(path.dirname(path.dirname(archDir))), arch: path.basename(archDir) }
  }
  return { packager: path.basename(path.dirname(absolute)), arch: path.basename(absolute) }
}

/** Splits boards.txt-style properties on their first key segment; `menu` is not an id. */
function splitById(props: Properties): Map<string, Properties> {
  const byId = new Map<string, Properties>()
  for (const [key, value] of props) {
    const dot = key.indexOf('.')
    if (dot <= 0) continue
    const id = key.slice(0, dot)
    if (id === 'menu') continue
    let entry = byId.get(id)
    if (entry === undefined) byId.set(id, (entry = new Map()))
    entry.set(key.slice(dot + 1), value)
  }
  return byId
}

function menuLabelsOf(boardsTxt: Properties): Properties {
  const labels: Properties = new Map()
  for (const [key, value] of boardsTxt) {
    const match = /^menu\.([^.]+)$/.exec(key)
    if (match?.[1] !== undefined) labels.set(match[1], value)
  }
  return labels
}

async function readPropertiesFiles(dir: string, names: string[], os: HostOs): Promise<Properties | null> {
  const texts = await Promise.all(names.map(name => readFileOrNull(path.join(dir, name))))
  const [main, ...locals] = texts.map(text => text?.toString('utf8') ?? null)
  if (main === null || main === undefined) return null
  return mergeProperties(
    parseProperties(main, os),
    ...locals.filter(text => text !== null && text !== undefined).map(text => parseProperties(text, os))
  )
}

export async function loadPlatform(dir: string, opts: LoadPlatformOptions = {}): Promise<Platform> {
  const absolute = path.resolve(dir)
  const notPlatform = (why: string): UsageError =>
    new UsageError(`--core ${dir}: not an Arduino platform folder (${why})`)
  const info = await orMissing(stat(absolute), null)
  if (info === null) throw notPlatform('it does not exist')
  if (!info.isDirectory()) throw notPlatform('it is not a folder')

  const os = opts.os ?? hostOs()
  const boardsTxt = await readPropertiesFiles(absolute, ['boards.txt', 'boards.local.txt'], os)
  if (boardsTxt === null) throw notPlatform('no boards.txt')
  // arduino-cli loads a platform without platform.txt too: an old third-party platform that takes its
  // core and recipes from a referenced platform (`build.core=arduino:arduino`) has none.
  const properties =
    (await readPropertiesFiles(absolute, ['platform.txt', 'platform.local.txt'], os)) ??
    new Map<string, string>()

  const boards = splitById(boardsTxt)
  // arduino-cli gives each board its id as `_id`, for platform.txt files that key flags on it.
  for (const [id, board] of boards) board.set('_id', id)
  const implied = platformIdFromPath(absolute)
  return {
    packager: opts.packager ?? implied.packager,
    arch: opts.arch ?? implied.arch,
    dir: absolute,
    properties,
    boards,
    menuLabels: menuLabelsOf(boardsTxt)
  }
}
