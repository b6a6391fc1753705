/**
 * Platforms from a Boards Manager index served on 127.0.0.1 (real archives: Debian's AVR core,
 * avr-gcc and arduino-mighty-1284p), through the real tool-cache client: the FQBN's platform, the
 * Arduino core it references and the compiler from toolsDependencies. Firmware built from the index
 * must equal firmware built from the same folders given directly, and arduino-builder's for an Uno.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  installPlatforms,
  parsePlatformSpec,
  type PlatformInstallRequest
} from '../../src/install/platforms.js'
import type { Report } from '../../src/report/report.js'
import {
  MIGHTY_DIR,
  NOT_JSON_PATH,
  PACKAGE_INDEX_PATH,
  startPackageIndex,
  type PackageIndexFixture
} from '../fixtures/packageIndex.js'
import { buildWithArduinoBuilder } from '../helpers/arduinoBuilder.js'
import { runBuild } from '../helpers/cliRunner.js'
import { freshRunner, noDownloadRetryWaits } from '../helpers/runnerFolders.js'
import { corpusExamplesDir } from '../helpers/corpus.js'

let root: string
let fixture: PackageIndexFixture
const blink = () => path.join(corpusExamplesDir(), '01.Basics', 'Blink')
// Mighty's old variant has no LED_BUILTIN, so Blink fails there (in the Arduino IDE too).
const analogReadSerial = () => path.join(corpusExamplesDir(), '01.Basics', 'AnalogReadSerial')

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-platforms-'))
  fixture = await startPackageIndex(root)
  noDownloadRetryWaits()
})

/** The tool cache installs go to: the latest fresh runner's. */
let toolCacheNow = ''
/** A fresh runner's tool cache (its temp folder is RUNNER_TEMP), used by the installs that follow. */
const fresh = async (name: string): Promise<string> =>
  (toolCacheNow = (await freshRunner(root, name)).toolCache)

afterAll(async () => {
  await fixture?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

function install(fqbn: string, platforms: string[] = [], indexPath = PACKAGE_INDEX_PATH) {
  const request: PlatformInstallRequest = {
    platforms,
    indexUrls: [fixture.server.url(indexPath)],
    fqbn,
    givenCoreDirs: [],
    host: 'linux-x64',
    toolCache: toolCacheNow,
    // Stands in for Arduino's own index, which is not reachable here.
    fallbackIndexUrl: fixture.server.url(indexPath)
  }
  return installPlatforms(request)
}

function archiveRequests(): number {
  return Object.values(fixture.routes).reduce((sum, route) => sum + fixture.server.requests(route), 0)
}

describe('a platform from the index', () => {
  test('PACKAGER:ARCH[@VERSION]', () => {
    expect(parsePlatformSpec('arduino:avr@1.8.6', '--platform')).toEqual({
      packager: 'arduino',
      arch: 'avr',
      version: '1.8.6'
    })
    expect(() => parsePlatformSpec('avr', '--platform')).toThrow(/^--platform "avr": expected PACKAGER:ARCH/)
  })

  test('a third-party board: its platform, the Arduino core it references and the compiler, once', async () => {
    await fresh('mighty')
    const before = archiveRequests()
    const first = await install('mighty-1284p:avr:mighty_opt')
    expect(first.packages.map(p => [p.id, p.kind, p.version, p.from])).toEqual([
      ['mighty-1284p:avr', 'platform', '1.0.5', 'download'],
      ['arduino:avr', 'platform', '1.8.7', 'download'],
      ['arduino:avr-gcc', 'tool', '5.4.0-debian', 'download']
    ])
    expect(first.toolProperties.map(([key]) => key)).toEqual([
      'runtime.tools.avr-gcc.path',
      'runtime.tools.avr-gcc-5.4.0-debian.path'
    ])
    expect(first.toolchainDir).toBe(first.toolProperties[0]?.[1])
    expect(first.coreDirs.map(dir => dir.split(path.sep).slice(-3).join('/'))).toEqual([
      'hardware/mighty-1284p/avr',
      'hardware/arduino/avr'
    ])
    expect(archiveRequests()).toBe(before + 3)
    const second = await install('mighty-1284p:avr:mighty_opt')
    expect(second.packages.map(p => p.from)).toEqual(['tool-cache', 'tool-cache', 'tool-cache'])
    expect(archiveRequests()).toBe(before + 3)
  })

  const faults: [string, string, string[], RegExp, string][] = [
    [
      'an unknown platform',
      'nobody:avr:uno',
      [],
      /^--platform nobody:avr: no such platform in the package indexes /,
      PACKAGE_INDEX_PATH
    ],
    [
      'an unknown version',
      'arduino:avr:uno',
      ['arduino:avr@9.9.9'],
      /^--platform arduino:avr@9\.9\.9: no such version \(versions: 1\.8\.7\)$/,
      PACKAGE_INDEX_PATH
    ],
    [
      'a tool with no build for this host',
      'faults:nohost:x',
      [],
      /^platform faults:nohost@1\.0\.0 needs tool arduino:mac-only@1\.0\.0, which has no build for this host \(linux-x64; it has: x86_64-apple-darwin12\)$/,
      PACKAGE_INDEX_PATH
    ],
    [
      'a tool checksum mismatch',
      'faults:badtool:uno',
      [],
      /^tool arduino:avr-gcc@0\.0\.1-wrong-checksum: checksum mismatch /,
      PACKAGE_INDEX_PATH
    ],
    [
      'a 404',
      'faults:missing:uno',
      [],
      /^platform faults:missing@1\.0\.0: cannot download \S+: HTTP 404$/,
      PACKAGE_INDEX_PATH
    ],
    [
      'an index that is not JSON',
      'mighty-1284p:avr:mighty',
      [],
      /^--platform-index: \S+ is not JSON /,
      NOT_JSON_PATH
    ]
  ]

  test.each(faults)('%s: one line, no tool installed', async (name, fqbn, platforms, message, indexPath) => {
    const toolCache = await fresh(`fault-${name.replace(/\W+/g, '-')}`)
    const attempt = install(fqbn, platforms, indexPath)
    await expect(attempt).rejects.toThrow(message)
    const error = await attempt.then(
      () => null,
      (e: Error) => e
    )
    expect(error?.message.split('\n')).toHaveLength(1)
    expect((await readdir(toolCache)).filter(name => name === 'avr-gcc')).toEqual([])
    expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([])
  })

  test('a platform whose compiler is not GCC fails naming it, before its tools are downloaded', async () => {
    const toolCache = await fresh('hooks')
    await expect(install('faults:hooks:uno')).rejects.toThrow(
      /^platform faults:hooks@1\.0\.0 cannot be built by fbuild-action yet: a compiler that is not GCC \(compiler\.c\.cmd=clang\); a compiler that is not GCC \(compiler\.cpp\.cmd=clang\+\+\)$/
    )
    expect(await readdir(toolCache)).toEqual(['faults-hooks-core'])
  })
})

describe('fbuild-action build --platform-index', () => {
  const env = () => ({
    RUNNER_TOOL_CACHE: path.join(root, 'cli-tool-cache'),
    RUNNER_TEMP: path.join(root, 'cli-temp')
  })

  async function hexOf(report: Report | null): Promise<Buffer> {
    expect(report?.sketches[0]?.ok).toBe(true)
    return readFile(path.resolve(root, report?.sketches[0]?.hex ?? 'no-hex'))
  }

  test('a Mighty 1284p from the index builds the firmware the same folders give when named directly', async () => {
    const fromIndex = await runBuild({
      sketches: [analogReadSerial()],
      cwd: root,
      buildDir: path.join(root, 'mighty-index'),
      store: null,
      options: ['--fqbn', 'mighty-1284p:avr:mighty_opt', '--platform-index', fixture.indexUrl],
      env: env()
    })
    expect(fromIndex.run.stderr).toMatch(/1\/1 sketches built/)
    expect(fromIndex.report?.platforms.map(p => `${p.id}@${p.version}`)).toEqual([
      'mighty-1284p:avr@1.0.5',
      'arduino:avr@1.8.7',
      'arduino:avr-gcc@5.4.0-debian'
    ])
    expect(fromIndex.report?.platforms.every(p => /^SHA-256:[0-9a-f]{64}$/.test(p.checksum))).toBe(true)
    // The same folders, named <packager>/<arch> as the index installs them, and the same compiler.
    const hardware = path.join(root, 'direct')
    await cp(MIGHTY_DIR, path.join(hardware, 'mighty-1284p', 'avr'), { recursive: true })
    await cp(fixture.coreDir, path.join(hardware, 'arduino', 'avr'), { recursive: true })
    const direct = await runBuild({
      sketches: [analogReadSerial()],
      cwd: root,
      core: path.join(hardware, 'mighty-1284p', 'avr'),
      toolchain: fixture.toolchainDir,
      buildDir: path.join(root, 'mighty-direct'),
      store: null,
      options: ['--fqbn', 'mighty-1284p:avr:mighty_opt', '--core', path.join(hardware, 'arduino', 'avr')],
      env: env()
    })
    expect((await hexOf(fromIndex.report)).equals(await hexOf(direct.report))).toBe(true)
  })

  test("arduino:avr from the index gives arduino-builder's .hex for an Uno", async () => {
    const ours = await runBuild({
      sketches: [blink()],
      cwd: root,
      buildDir: path.join(root, 'uno-index'),
      store: null,
      options: ['--platform', 'arduino:avr@1.8.7', '--platform-index', fixture.indexUrl],
      env: env()
    })
    expect(ours.run.stderr).toMatch(/1\/1 sketches built/)
    const theirs = await buildWithArduinoBuilder({
      sketches: [blink()],
      fqbn: 'arduino:avr:uno',
      outDir: path.join(root, 'oracle')
    })
    expect((await hexOf(ours.report)).equals([...theirs.values()][0]?.hex ?? Buffer.alloc(0))).toBe(true)
  })
})
