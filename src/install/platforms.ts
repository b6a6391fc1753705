/**
 * Installs platforms from Boards Manager indexes: the ones asked for (`packager:arch[@version]`) and
 * the FQBN's own when no platform folder provides it, then a core or variant another packager's
 * platform provides (`build.core=arduino:arduino`), then the tools their build recipes use (from
 * `toolsDependencies`, the archive for this host). Each archive is verified like the toolchain's
 * and kept in the tool cache; platforms land at `hardware/<packager>/<arch>` so their folder names
 * them. Every tool is checked for this host before anything is downloaded, and a platform that
 * cannot be built (a compiler that is not GCC) fails before its tools are fetched.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { parseFqbn } from '../arduino/fqbn.js'
import { loadPlatform, type Platform } from '../arduino/platform.js'
import { unsupportedPlatformFeatures } from '../arduino/platformSupport.js'
import { expandProperties } from '../arduino/properties.js'
import { UsageError } from '../errors.js'
import { pathExists } from '../files.js'
import { redactUrl } from '../redact.js'
import { insecureUrlWarning, present } from './download.js'
import { fetchIndex } from './indexFetch.js'
import { systemForHost } from './hosts.js'
import {
  addPackageIndex,
  emptyPackageIndex,
  type PackageIndex,
  type PlatformRelease,
  type ToolRelease,
  type ToolSystem
} from './packageIndex.js'
import { archiveFormatOf, type ArchiveSource } from './sources.js'
import { installArchive, type InstallSource } from './archive.js'
import { PACKAGE_LIMITS } from './safeTree.js'

export interface PlatformSpec {
  packager: string
  arch: string
  version: string | null
}

/** What the report says of an installed platform or tool. */
export interface InstalledPackage {
  /** `packager:arch` for a platform, `packager:name` for a tool. */
  id: string
  kind: 'platform' | 'tool'
  version: string
  url: string
  checksum: string
  dir: string
  from: InstallSource
}

export interface PlatformInstallRequest {
  /** `--platform` / `platforms:` entries. */
  platforms: string[]
  /** `--platform-index` / `platform-index-urls:`, searched in order before Arduino's own. */
  indexUrls: string[]
  fqbn: string
  /** Platform folders given as they are (`--core`): what they provide is not installed. */
  givenCoreDirs: string[]
  /** `${process.platform}-${os.arch()}`. */
  host: string
  /** The tool cache's folder. */
  toolCache: string
  archiveDir?: string
  indexDir?: string
  inputs?: { platform: string; index: string }
  /** Searched last, only for a platform no other index lists (default: Arduino's). */
  fallbackIndexUrl?: string
}

export interface PlatformInstallResult {
  /** Platform folders for the build (the given ones are not repeated). */
  coreDirs: string[]
  packages: InstalledPackage[]
  /** `runtime.tools.<name>.path` and `runtime.tools.<name>-<version>.path`, as arduino-cli sets them. */
  toolProperties: [string, string][]
  /** The installed tool whose bin/ holds the board platform's compiler (`compiler.c.cmd`), or null. */
  toolchainDir: string | null
  /** Its archive's SHA-256 (the toolchain's identity needs no hashing of its files). */
  toolchainSha256: string | null
  /** Whether this run downloaded any index. */
  indexDownloaded: boolean
  /** One line per plain-http index or archive URL (download.ts). */
  warnings: string[]
}

/** Arduino's Boards Manager index, searched after any index the user names. */
export const DEFAULT_PACKAGE_INDEX = 'https://downloads.arduino.cc/packages/package_index.json'

const SPEC = /^([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?:@(.+))?$/
const DEFAULT_INPUTS = { platform: '--platform', index: '--platform-index' }

export function parsePlatformSpec(text: string, input: string): PlatformSpec {
  const match = SPEC.exec(text.trim())
  if (match === null)
    throw new UsageError(`${input} "${text}": expected PACKAGER:ARCH or PACKAGER:ARCH@VERSION`)
  return { packager: match[1] ?? '', arch: match[2] ?? '', version: match[3]?.trim() || null }
}

function idOf(spec: { packager: string; arch: string }): string {
  return `${spec.packager}:${spec.arch}`
}

/** A platform or tool archive as installArchive takes it. Pure. */
function archiveOf(
  name: string,
  version: string,
  download: { url: string; sha256: string; size: number; archiveFileName: string },
  label: string
): ArchiveSource {
  let format: ArchiveSource['format']
  try {
    format = archiveFormatOf(download.url, label)
  } catch {
    format = archiveFormatOf(`file:///${download.archiveFileName}`, label)
  }
  return { name, version, url: download.url, sha256: download.sha256, size: download.size, format }
}

/**
 * The indexes a request names (kept copies when fresh), and Arduino's on demand: for a platform or a
 * tool the others lack (third-party platforms depend on Arduino's avr-gcc, as in arduino-cli).
 */
export class PlatformIndexes {
  private index: PackageIndex = emptyPackageIndex()
  private defaultLoaded = false
  private unreadable: string | null = null
  private readonly texts = createHash('sha256')
  /** Plain-http indexes read (download.ts). */
  readonly insecure: (string | null)[] = []
  downloaded = false

  constructor(private readonly request: PlatformInstallRequest) {}

  private async add(url: string): Promise<void> {
    const input = this.request.inputs?.index ?? DEFAULT_INPUTS.index
    const fetched = await fetchIndex(url, input, {
      keepDir: this.request.indexDir ?? null,
      // Parsed into a scratch index first: a bad index adds nothing and is not kept.
      parse: text => {
        addPackageIndex(emptyPackageIndex(), text, input, redactUrl(url))
        return text
      }
    })
    this.downloaded ||= fetched.downloaded
    this.insecure.push(insecureUrlWarning(url, input))
    this.texts.update(fetched.index).update('\u0000')
    addPackageIndex(this.index, fetched.index, input, redactUrl(url))
  }

  static async load(request: PlatformInstallRequest): Promise<PlatformIndexes> {
    const indexes = new PlatformIndexes(request)
    for (const url of request.indexUrls) await indexes.add(url)
    return indexes
  }

  /** A digest of the indexes' content: with the request, it decides every release installed. */
  digest(): string {
    return this.texts.copy().digest('hex')
  }

  /** Arduino's own index, once. Unreachable, it only adds its reason to "no such platform/tool". */
  private async loadDefault(): Promise<void> {
    if (this.defaultLoaded) return
    this.defaultLoaded = true
    const url = this.request.fallbackIndexUrl ?? DEFAULT_PACKAGE_INDEX
    try {
      await this.add(url)
    } catch (error) {
      this.unreadable = `${redactUrl(url)} unreadable: ${(error as Error).message}`
    }
  }

  /** The releases of `key`, looking in Arduino's own index only when the others lack it. */
  async platformReleases(id: string): Promise<PlatformRelease[]> {
    if (!this.index.platforms.has(id)) await this.loadDefault()
    return this.index.platforms.get(id) ?? []
  }

  private findTool(packager: string, name: string, version: string): ToolRelease | null {
    return this.index.tools.get(`${packager}:${name}`)?.find(tool => tool.version === version) ?? null
  }

  /** A tool release, looking in Arduino's own index only when the others lack it. */
  async tool(packager: string, name: string, version: string): Promise<ToolRelease | null> {
    if (this.findTool(packager, name, version) === null) await this.loadDefault()
    return this.findTool(packager, name, version)
  }

  get sources(): string {
    return [...this.index.sources, ...(this.unreadable === null ? [] : [this.unreadable])].join(', ')
  }
}

async function pickPlatform(
  spec: PlatformSpec,
  indexes: PlatformIndexes,
  input: string
): Promise<PlatformRelease> {
  const label = `${input} ${idOf(spec)}${spec.version === null ? '' : `@${spec.version}`}`
  const releases = await indexes.platformReleases(idOf(spec))
  if (releases.length === 0)
    throw new UsageError(`${label}: no such platform in the package indexes (${indexes.sources})`)
  const release = spec.version === null ? releases[0] : releases.find(r => r.version === spec.version)
  if (release === undefined) {
    const versions = releases.map(r => r.version).join(', ')
    throw new UsageError(`${label}: no such version (versions: ${versions})`)
  }
  return release
}

interface ToolChoice {
  tool: ToolRelease
  system: ToolSystem
}

/** Every tool a platform depends on, with this host's archive: all are checked before any download. */
async function toolsFor(
  release: PlatformRelease,
  indexes: PlatformIndexes,
  host: string
): Promise<ToolChoice[]> {
  const label = `platform ${release.packager}:${release.arch}@${release.version}`
  const choices: ToolChoice[] = []
  for (const ref of release.toolsDependencies) {
    const tool = await indexes.tool(ref.packager, ref.name, ref.version)
    if (tool === null)
      throw new UsageError(
        `${label} needs tool ${ref.packager}:${ref.name}@${ref.version}, which no index lists (${indexes.sources})`
      )
    const system = systemForHost(tool.systems, host)
    if (system === null) {
      const hosts = tool.systems.map(s => s.host).join(', ') || 'none'
      throw new UsageError(
        `${label} needs tool ${ref.packager}:${ref.name}@${ref.version}, which has no build for this host (${host}; it has: ${hosts})`
      )
    }
    choices.push({ tool, system })
  }
  return choices
}

/** `runtime.tools.<name>[-<version>].path` names the recipes use, across the platforms' properties. */
function toolsUsedBy(platforms: readonly Platform[]): Set<string> {
  const used = new Set<string>()
  for (const platform of platforms) {
    for (const [key, value] of platform.properties) {
      // tools.* are upload and burn-bootloader tools: not needed to build.
      if (key.startsWith('tools.')) continue
      for (const match of value.matchAll(/\{runtime\.tools\.([^}]+)\.path\}/g))
        if (match[1]) used.add(match[1])
    }
  }
  return used
}

/** The C compiler a platform's recipes run (`compiler.c.cmd`, e.g. arm-none-eabi-gcc). */
function compilerDriverOf(platform: Platform): string {
  const command = expandProperties(
    platform.properties.get('compiler.c.cmd') ?? 'avr-gcc',
    platform.properties
  )
  return path.basename(command.trim())
}

/** The packager another platform's core or variant comes from (`build.core=arduino:arduino`), if any. */
function referencedPackagers(platform: Platform, board: string): string[] {
  const props = platform.boards.get(board)
  if (props === undefined) return []
  return ['build.core', 'build.variant'].flatMap(key => {
    const value = expandProperties(props.get(key) ?? '', props)
    const colon = value.indexOf(':')
    return colon > 0 ? [value.slice(0, colon)] : []
  })
}

/** A platform installed from an index: its release, its loaded folder and the tools it depends on. */
interface InstalledPlatform {
  release: PlatformRelease
  platform: Platform
  tools: ToolChoice[]
}

/** What installing adds up: folders, packages for the report, tool properties, plain-http warnings. */
type Installed = Omit<PlatformInstallResult, 'indexDownloaded' | 'warnings'> & { warnings: (string | null)[] }

export async function installPlatforms(
  request: PlatformInstallRequest,
  loaded?: PlatformIndexes
): Promise<PlatformInstallResult> {
  const fqbn = parseFqbn(request.fqbn)
  const given = await Promise.all(request.givenCoreDirs.map(dir => loadPlatform(dir)))
  const wanted = wantedPlatforms(request, fqbn, given)
  const sum: Installed = {
    coreDirs: [],
    packages: [],
    toolProperties: [],
    toolchainDir: null,
    toolchainSha256: null,
    warnings: []
  }
  if (wanted.length === 0) return { ...sum, indexDownloaded: false, warnings: [] }
  const indexes = loaded ?? (await PlatformIndexes.load(request))
  const installed = await installCores(wanted, new Set(given.map(idOf)), fqbn, indexes, request, sum)
  const platforms = [...given, ...installed.map(entry => entry.platform)]
  const board = installed.find(entry => idOf(entry.release) === idOf(fqbn))
  if (board !== undefined) assertBuildable(board, platforms)
  const driver = board === undefined ? 'avr-gcc' : compilerDriverOf(board.platform)
  await installTools(installed, toolsUsedBy(platforms), driver, request, sum)
  return {
    ...sum,
    indexDownloaded: indexes.downloaded,
    warnings: present([...indexes.insecure, ...sum.warnings])
  }
}

/** The platforms asked for, and the FQBN's own unless a given folder provides it. */
function wantedPlatforms(
  request: PlatformInstallRequest,
  fqbn: ReturnType<typeof parseFqbn>,
  given: readonly Platform[]
): PlatformSpec[] {
  const input = (request.inputs ?? DEFAULT_INPUTS).platform
  const wanted = request.platforms.map(text => parsePlatformSpec(text, input))
  const fqbnId = idOf(fqbn)
  if (!given.some(platform => idOf(platform) === fqbnId) && !wanted.some(spec => idOf(spec) === fqbnId))
    wanted.push({ packager: fqbn.packager, arch: fqbn.arch, version: null })
  return wanted
}

/**
 * Installs each wanted platform not already provided, and then the platforms the FQBN's own
 * references for its core or variant (`build.core=arduino:arduino`).
 */
async function installCores(
  wanted: PlatformSpec[],
  provided: Set<string>,
  fqbn: ReturnType<typeof parseFqbn>,
  indexes: PlatformIndexes,
  request: PlatformInstallRequest,
  sum: Installed
): Promise<InstalledPlatform[]> {
  const choice = (request.inputs ?? DEFAULT_INPUTS).platform
  const installed: InstalledPlatform[] = []
  for (let spec = wanted.shift(); spec !== undefined; spec = wanted.shift()) {
    const id = idOf(spec)
    if (provided.has(id)) continue
    provided.add(id)
    const release = await pickPlatform(spec, indexes, choice)
    const tools = await toolsFor(release, indexes, request.host)
    const label = `platform ${id}@${release.version}`
    sum.warnings.push(insecureUrlWarning(release.url, label))
    const archive = archiveOf(`${release.packager}-${release.arch}-core`, release.version, release, label)
    const done = await installArchive(archive, {
      toolCache: request.toolCache,
      inputs: { url: label, sha256: label },
      toolCacheArch: 'noarch',
      archiveDir: request.archiveDir,
      expect: 'boards.txt',
      layout: path.join('hardware', release.packager, release.arch),
      limits: PACKAGE_LIMITS
    })
    const platform = await loadPlatform(done.dir, { packager: release.packager, arch: release.arch })
    installed.push({ release, platform, tools })
    sum.coreDirs.push(done.dir)
    sum.packages.push({
      id,
      kind: 'platform',
      version: release.version,
      url: redactUrl(release.url),
      checksum: `SHA-256:${release.sha256}`,
      dir: done.dir,
      from: done.source
    })
    if (id === idOf(fqbn))
      for (const packager of referencedPackagers(platform, fqbn.board))
        wanted.push({ packager, arch: fqbn.arch, version: null })
  }
  return installed
}

/** A board platform that needs what fbuild-action cannot do fails before any tool is downloaded. */
function assertBuildable(board: InstalledPlatform, platforms: readonly Platform[]): void {
  const fqbnId = idOf(board.release)
  // arduino-cli's layering: a referenced core's platform.txt under the board platform's.
  const layers = [...platforms.filter(p => idOf(p) !== fqbnId), board.platform]
  const missing = unsupportedPlatformFeatures(layers.map(p => p.properties))
  if (missing.length > 0) {
    throw new UsageError(
      `platform ${fqbnId}@${board.release.version} cannot be built by fbuild-action yet: ${missing.join('; ')}`
    )
  }
}

/**
 * Installs the tools the platforms' recipes use (each version once), sets arduino-cli's
 * `runtime.tools.*` properties, and takes the first whose bin/ holds `driver` as the toolchain.
 */
async function installTools(
  installed: readonly InstalledPlatform[],
  used: ReadonlySet<string>,
  driver: string,
  request: PlatformInstallRequest,
  sum: Installed
): Promise<void> {
  const seen = new Set<string>()
  for (const { tool, system } of installed.flatMap(entry => entry.tools)) {
    const versioned = `${tool.name}-${tool.version}`
    if (!(used.has(tool.name) || used.has(versioned)) || seen.has(versioned)) continue
    seen.add(versioned)
    const label = `tool ${tool.packager}:${tool.name}@${tool.version}`
    sum.warnings.push(insecureUrlWarning(system.url, label))
    const done = await installArchive(archiveOf(tool.name, tool.version, system, label), {
      toolCache: request.toolCache,
      inputs: { url: label, sha256: label },
      toolCacheArch: request.host,
      archiveDir: request.archiveDir,
      expect: '',
      layout: '',
      limits: PACKAGE_LIMITS
    })
    sum.toolProperties.push(
      [`runtime.tools.${tool.name}.path`, done.dir],
      [`runtime.tools.${versioned}.path`, done.dir]
    )
    sum.packages.push({
      id: `${tool.packager}:${tool.name}`,
      kind: 'tool',
      version: tool.version,
      url: redactUrl(system.url),
      checksum: `SHA-256:${system.sha256}`,
      dir: done.dir,
      from: done.source
    })
    if (sum.toolchainDir === null && (await pathExists(path.join(done.dir, 'bin', driver)))) {
      sum.toolchainDir = done.dir
      sum.toolchainSha256 = system.sha256
    }
  }
}
