/**
 * The real install path: @actions/tool-cache downloads from a server on 127.0.0.1, we verify, extract and
 * cache, and the next install finds the tool cache. The archives are real: a tar.bz2 of Debian's avr-gcc
 * laid out like Arduino's (one `avr/` folder: bin/, lib/gcc/avr/<v>/, lib/avr/), trimmed to what a C
 * build for the ATmega328P needs so the suite stays fast, and a tar.bz2 of Debian's Arduino AVR core.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { loadPlatform } from '../../src/arduino/platform.js'
import { UsageError } from '../../src/errors.js'
import { runnerToolCache } from '../../src/action/context.js'
import { archiveCacheKey } from '../../src/ciCache/keys.js'
import { keptArchiveName, toolCacheVersion } from '../../src/install/archive.js'
import { installCore } from '../../src/install/core.js'
import {
  ACTION_INPUT_NAMES,
  resolveSources,
  type ArchiveChoice,
  type DirectToolchainSource,
  type SourceInputs
} from '../../src/install/resolveSources.js'
import { archiveFormatOf, parseSha256, pinnedCore, pinnedToolchain } from '../../src/install/sources.js'
import { installToolchain } from '../../src/install/toolchain.js'
import { startDownloadServer, type DownloadServer } from '../fixtures/downloadServer.js'
import { freshRunner, noDownloadRetryWaits } from '../helpers/runnerFolders.js'

const run = promisify(execFile)
const DEBIAN_CORE = '/usr/share/arduino/hardware/arduino/avr'
const GCC_LIB = '/usr/lib/gcc/avr'
const AVR_LIB = '/usr/lib/avr'

/** Debian's avr-gcc, copied into Arduino's layout: enough to compile and link C for the ATmega328P. */
async function makeArduinoLikeToolchain(dir: string): Promise<void> {
  const [gccVersion = ''] = await readdir(GCC_LIB)
  const gcc = path.join(dir, 'lib', 'gcc', 'avr', gccVersion)
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  await mkdir(gcc, { recursive: true })
  await mkdir(path.join(dir, 'lib', 'avr', 'bin'), { recursive: true })
  await mkdir(path.join(dir, 'lib', 'avr', 'lib'), { recursive: true })
  const copy = (from: string[], to: string) => run('cp', ['-R', ...from, to])
  // -L: Debian's avr-objcopy is a symlink into /usr/lib/avr/bin.
  await run('cp', [
    '-L',
    '/usr/bin/avr-gcc',
    '/usr/bin/avr-objcopy',
    '/usr/bin/avr-size',
    path.join(dir, 'bin')
  ])
  const gccFiles = [
    'cc1',
    'collect2',
    'lto-wrapper',
    'device-specs',
    'include',
    'include-fixed',
    'libgcc.a',
    'avr5'
  ]
  const plugin = (await readdir(path.join(GCC_LIB, gccVersion))).filter(name =>
    name.startsWith('liblto_plugin.so')
  )
  await run('cp', ['-a', ...[...gccFiles, ...plugin].map(name => path.join(GCC_LIB, gccVersion, name)), gcc])
  await copy(
    [path.join(AVR_LIB, 'bin', 'as'), path.join(AVR_LIB, 'bin', 'ld')],
    path.join(dir, 'lib', 'avr', 'bin')
  )
  await copy([path.join(AVR_LIB, 'include')], path.join(dir, 'lib', 'avr'))
  await copy(
    [path.join(AVR_LIB, 'lib', 'avr5'), path.join(AVR_LIB, 'lib', 'ldscripts')],
    path.join(dir, 'lib', 'avr', 'lib')
  )
}

/** Compiles and links a real program with the toolchain in `binDir`; returns the ELF's text size. */
async function buildWith(binDir: string, work: string): Promise<number> {
  const source = path.join(work, 'blink.c')
  const elf = path.join(work, 'blink.elf')
  await writeFile(source, '#include <avr/io.h>\nint main(void) { DDRB = 1 << 5; for (;;) PINB = 1 << 5; }\n')
  await run(path.join(binDir, 'avr-gcc'), ['-mmcu=atmega328p', '-Os', source, '-o', elf])
  const { stdout } = await run(path.join(binDir, 'avr-size'), [elf])
  return Number(stdout.trim().split('\n')[1]?.trim().split(/\s+/)[0])
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
}

let root: string
let fixtureToolchain: string
let server: DownloadServer
let toolchainSha: string
let coreSha: string

const TOOLCHAIN_PATH = '/tools/avr-gcc-test.tar.bz2'
const CORE_PATH = '/cores/avr-test.tar.bz2'
const CORE_GZ_PATH = '/cores/avr-test.tar.gz'

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'fbuild-install-'))
  fixtureToolchain = path.join(root, 'src', 'avr')
  await makeArduinoLikeToolchain(fixtureToolchain)
  const toolchainTar = path.join(root, 'avr-gcc.tar.bz2')
  const coreTar = path.join(root, 'core.tar.bz2')
  const coreTgz = path.join(root, 'core.tar.gz')
  // -h: Debian's core links License.txt outside itself, which an install refuses.
  await Promise.all([
    run('tar', ['-cjf', toolchainTar, '-C', path.dirname(fixtureToolchain), 'avr']),
    run('tar', ['-chjf', coreTar, '-C', path.dirname(DEBIAN_CORE), 'avr']),
    run('tar', ['-chzf', coreTgz, '-C', path.dirname(DEBIAN_CORE), 'avr'])
  ])
  toolchainSha = await sha256(toolchainTar)
  coreSha = await sha256(coreTar)
  server = await startDownloadServer({
    [TOOLCHAIN_PATH]: { file: toolchainTar },
    [CORE_PATH]: { file: coreTar },
    [CORE_GZ_PATH]: { file: coreTgz },
    '/broken.tar.bz2': { status: 500 }
  })
  noDownloadRetryWaits()
})

const fresh = (name: string) => freshRunner(root, name)

/** The sources the action's inputs resolve to on this host. */
const resolved = (over: Partial<SourceInputs>) =>
  resolveSources({
    fqbn: 'arduino:avr:uno',
    toolchain: { choice: '' },
    core: { dirs: [] },
    platforms: [],
    platformIndexUrls: [],
    host: { platform: process.platform, arch: os.arch() },
    cwd: root,
    defaults: 'pinned',
    names: ACTION_INPUT_NAMES,
    ...over
  })

interface Request {
  choice?: string
  url?: string
  sha256?: string
  archiveDir?: string
  searchPath?: string
}

/** installToolchain as the action calls it, in the tool cache `toolCache`. */
function toolchainInstall(toolCache: string, request: Request) {
  const source = resolved({ toolchain: { choice: request.choice ?? '', ...request } }).toolchain
  if (source.kind === 'index') throw new Error('an Arduino AVR board uses no index')
  return installToolchain(source as DirectToolchainSource, { toolCache, arch: os.arch(), ...request })
}

function coreSource(request: Request): ArchiveChoice | { kind: 'folder'; dir: string } {
  const source = resolved({
    core: { dirs: request.choice === undefined ? [] : [request.choice], ...request }
  }).core
  if (source.kind === 'folder') return { kind: 'folder', dir: source.dirs[0] ?? '' }
  if (source.kind !== 'pinned' && source.kind !== 'mirror') throw new Error(`unexpected ${source.kind}`)
  return source
}

/** installCore as the action calls it, in the tool cache `toolCache`. */
function coreInstall(toolCache: string, request: Request) {
  return installCore(coreSource(request), { toolCache, archiveDir: request.archiveDir })
}

afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('pinned sources', () => {
  test('every pinned host downloads over https from Arduino, with a SHA-256 and size from the index', () => {
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['linux', 'arm64'],
      ['darwin', 'x64']
    ] as const) {
      const source = pinnedToolchain(platform, arch)
      expect(source.url).toMatch(
        /^https:\/\/downloads\.arduino\.cc\/tools\/avr-gcc-7\.3\.0-atmel3\.6\.1-arduino7-/
      )
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(source.size).toBeGreaterThan(30_000_000)
    }
    expect(new Set(['x64', 'arm64'].map(arch => pinnedToolchain('linux', arch).sha256)).size).toBe(2)
    expect(pinnedCore().url).toBe('https://downloads.arduino.cc/cores/staging/avr-1.8.6.tar.bz2')
  })

  test('macOS arm64 gets the x86_64 build (Rosetta); Windows and others are refused clearly', () => {
    expect(pinnedToolchain('darwin', 'arm64').url).toBe(pinnedToolchain('darwin', 'x64').url)
    expect(() => pinnedToolchain('win32', 'x64')).toThrow(/^toolchain: no pinned avr-gcc .* for win32-x64/)
    expect(() => pinnedToolchain('linux', 'ia32')).toThrow(UsageError)
  })

  test('mirror inputs: formats from the URL, checksums parsed, both or neither', () => {
    expect(archiveFormatOf('https://m.example/a/avr.tgz?x=1', 'core-url')).toBe('tar.gz')
    expect(archiveFormatOf('https://m.example/avr-gcc.ZIP', 'toolchain-url')).toBe('zip')
    expect(() => archiveFormatOf('https://m.example/avr.rar', 'core-url')).toThrow(/^core-url: cannot tell/)
    expect(parseSha256(`SHA-256:${'AB'.repeat(32)}`, 'core-sha256')).toBe('ab'.repeat(32))
    expect(() => parseSha256('abc', 'toolchain-sha256')).toThrow(/^toolchain-sha256: expected 64 hex digits/)
  })

  test('tool-cache versions and archive keys tell archives of one release apart', () => {
    expect(toolCacheVersion('1.8.6', coreSha)).toBe(`1.8.6-sha256-${coreSha.slice(0, 16)}`)
    expect(toolCacheVersion('7.3.0-atmel3.6.1-arduino7', 'ab'.repeat(32))).toBe(
      '7.3.0-atmel3.6.1-arduino7.sha256-abababababababab'
    )
    const key = archiveCacheKey(
      { name: 'avr-gcc', version: '7.3.0-atmel3.6.1-arduino7', sha256: toolchainSha },
      'Linux',
      'X64'
    )
    expect(key).toBe(`fbuild-archive-avr-gcc-7.3.0-atmel3.6.1-arduino7-Linux-X64-${toolchainSha}`)
    expect(
      archiveCacheKey(
        { name: 'avr-gcc', version: '7.3.0-atmel3.6.1-arduino7', sha256: coreSha },
        'Linux',
        'X64'
      )
    ).not.toBe(key)
  })
})

describe('toolchain install', () => {
  test('the fixture toolchain runs from its own folder', async () => {
    expect(await buildWith(path.join(fixtureToolchain, 'bin'), root)).toBeGreaterThan(0)
  })

  test('downloads, verifies, extracts and caches once; the next install finds the tool cache', async () => {
    const { toolCache, temp } = await fresh('first')
    const request = { url: server.url(TOOLCHAIN_PATH), sha256: toolchainSha.toUpperCase() }
    const before = server.requests(TOOLCHAIN_PATH)

    const first = await toolchainInstall(toolCache, request)
    expect(first).toMatchObject({ source: 'download', archiveSha256: toolchainSha })
    expect(path.relative(toolCache, first.dir)).toBe(
      path.join('avr-gcc', toolCacheVersion('7.3.0-atmel3.6.1-arduino7', toolchainSha), os.arch())
    )
    expect(first.binDir).toBe(path.join(first.dir, 'bin'))
    expect(server.requests(TOOLCHAIN_PATH)).toBe(before + 1)
    expect(await buildWith(first.binDir, temp)).toBeGreaterThan(0)
    expect((await readdir(temp)).filter(name => !name.startsWith('blink'))).toEqual([])

    const second = await toolchainInstall(toolCache, request)
    expect(second).toEqual({ ...first, source: 'tool-cache' })
    expect(server.requests(TOOLCHAIN_PATH)).toBe(before + 1)
  })

  test('a checksum mismatch fails in one line, naming the input, and leaves nothing behind', async () => {
    const { toolCache, temp } = await fresh('mismatch')
    const wrong = 'e'.repeat(64)
    const install = toolchainInstall(toolCache, { url: server.url(TOOLCHAIN_PATH), sha256: wrong })
    await expect(install).rejects.toThrow(UsageError)
    await expect(install).rejects.toThrow(
      new RegExp(`^toolchain-sha256: checksum mismatch for \\S+: expected ${wrong}, got ${toolchainSha}$`)
    )
    expect(await readdir(toolCache)).toEqual([])
    expect(await readdir(temp)).toEqual([])
  })

  test('404 fails at once and 500 after the retries, each with a clear error and nothing cached', async () => {
    const { toolCache } = await fresh('http-errors')
    const missing = server.url('/missing.tar.bz2')
    await expect(toolchainInstall(toolCache, { url: missing, sha256: toolchainSha })).rejects.toThrow(
      `toolchain-url: cannot download ${missing}: HTTP 404`
    )
    expect(server.requests('/missing.tar.bz2')).toBe(1)
    const broken = server.url('/broken.tar.bz2')
    await expect(toolchainInstall(toolCache, { url: broken, sha256: toolchainSha })).rejects.toThrow(
      `toolchain-url: cannot download ${broken}: HTTP 500`
    )
    expect(server.requests('/broken.tar.bz2')).toBe(3)
    expect(await readdir(toolCache)).toEqual([])
  })

  test('system finds avr-gcc on PATH; a folder must hold bin/avr-gcc', async () => {
    const { toolCache } = await fresh('system')
    const system = await toolchainInstall(toolCache, {
      choice: 'system',
      searchPath: `/nonexistent${path.delimiter}/usr/bin`
    })
    expect(system).toEqual({ dir: '/usr', binDir: '/usr/bin', source: 'system' })
    await expect(toolchainInstall(toolCache, { choice: 'system', searchPath: root })).rejects.toThrow(
      /not on PATH/
    )

    const folder = await toolchainInstall(toolCache, { choice: fixtureToolchain })
    expect(folder).toEqual({
      dir: fixtureToolchain,
      binDir: path.join(fixtureToolchain, 'bin'),
      source: 'folder'
    })
    await expect(toolchainInstall(toolCache, { choice: root })).rejects.toThrow(/no executable bin\/avr-gcc/)
  })
})

describe('core install', () => {
  test('caches the platform folder where loadPlatform reads arduino:avr, then finds it again', async () => {
    const { toolCache } = await fresh('core')
    const request = { url: server.url(CORE_PATH), sha256: coreSha }
    const first = await coreInstall(toolCache, request)
    expect(first).toMatchObject({ source: 'download', archiveSha256: coreSha })
    expect(first.dir.startsWith(toolCache)).toBe(true)
    const platform = await loadPlatform(first.dir)
    expect([platform.packager, platform.arch]).toEqual(['arduino', 'avr'])
    expect(platform.boards.get('uno')?.get('build.mcu')).toBe('atmega328p')

    const before = server.requests(CORE_PATH)
    expect(await coreInstall(toolCache, request)).toEqual({ ...first, source: 'tool-cache' })
    expect(server.requests(CORE_PATH)).toBe(before)
  })

  test('a kept archive replaces the download on an empty tool cache; a corrupt one is fetched again', async () => {
    const archiveDir = path.join(root, 'kept-archives')
    const keep1 = (await fresh('keep-1')).toolCache
    const request = { url: server.url(CORE_PATH), sha256: coreSha, archiveDir }
    const before = server.requests(CORE_PATH)
    expect((await coreInstall(keep1, request)).source).toBe('download')
    const source = coreSource(request)
    if (source.kind === 'folder') throw new Error('a mirror request must name an archive')
    const kept = path.join(archiveDir, keptArchiveName(source.archive))
    expect(await sha256(kept)).toBe(coreSha)

    const keep2 = (await fresh('keep-2')).toolCache
    const restored = await coreInstall(keep2, request)
    expect(restored.source).toBe('archive')
    expect((await loadPlatform(restored.dir)).boards.has('uno')).toBe(true)
    expect(server.requests(CORE_PATH)).toBe(before + 1)

    await writeFile(kept, 'truncated')
    const keep3 = (await fresh('keep-3')).toolCache
    expect((await coreInstall(keep3, request)).source).toBe('download')
    expect(server.requests(CORE_PATH)).toBe(before + 2)
    expect(await sha256(kept)).toBe(coreSha)
  })

  test('a .tar.gz mirror is extracted with the gzip flags', async () => {
    const { toolCache } = await fresh('core-gz')
    const gz = await coreInstall(toolCache, {
      url: server.url(CORE_GZ_PATH),
      sha256: await sha256(path.join(root, 'core.tar.gz'))
    })
    expect((await loadPlatform(gz.dir)).boards.has('mega')).toBe(true)
  })

  test('a core checksum mismatch names core-sha256; a folder must hold boards.txt', async () => {
    const { toolCache } = await fresh('core-bad')
    await expect(
      coreInstall(toolCache, { url: server.url(CORE_PATH), sha256: toolchainSha })
    ).rejects.toThrow(/^core-sha256: checksum mismatch .* expected [0-9a-f]{64}, got [0-9a-f]{64}$/)
    expect(await readdir(toolCache)).toEqual([])

    expect(await coreInstall(toolCache, { choice: DEBIAN_CORE })).toEqual({
      dir: DEBIAN_CORE,
      source: 'folder'
    })
    await expect(coreInstall(toolCache, { choice: root })).rejects.toThrow(/^core: .*no boards\.txt/)
  })

  test('without the runner tool cache, the action says so in one line', () => {
    expect(() => runnerToolCache({})).toThrow(/^RUNNER_TOOL_CACHE must be set/)
    expect(runnerToolCache({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' })).toBe('/opt/hostedtoolcache')
  })
})
