/**
 * The oracle on an ARM platform: Arduino SAMD Boards 1.8.14 with Debian's arm-none-eabi-gcc, ten
 * sketches (five Debian examples, five of the platform's library examples) on three boards (see BOARDS), built
 * by us and by arduino-builder from the same hardware and tools folders with the same properties.
 * The same set must build, and every .hex, .bin and .with_bootloader.hex must be byte-identical.
 * A second, warm run of the first board (same store, another build folder) must start no compiler
 * and restore the same bytes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../src/engine/runBuild.js'
import type { BuildRequest, BuildResult } from '../src/engine/types.js'
import { buildWithArduinoBuilder, type OraclePlatform, type OracleResult } from './helpers/arduinoBuilder.js'
import { samdCorpus, samdSketches } from './helpers/corpus.js'

/**
 * Each board costs two builds of its core (ours and arduino-builder's), far more than its sketches: a
 * test run builds the first board; FBUILD_ORACLE_FULL=1 all three (.github/workflows/oracle.yml).
 */
const ALL_BOARDS = ['arduino:samd:arduino_zero_edbg', 'arduino:samd:mkrzero', 'arduino:samd:nano_33_iot']
const BOARDS = process.env.FBUILD_ORACLE_FULL === '1' ? ALL_BOARDS : ALL_BOARDS.slice(0, 1)
// The platform's compiler.path names arm-none-eabi-gcc 7-2017q4; Debian's 12.2 stands in (README.md).
const PREFS = { 'runtime.tools.arm-none-eabi-gcc-7-2017q4.path': '/usr', 'runtime.ide.version': '10607' }

const samd = samdCorpus()
const sketches = samdSketches()
const platform: OraclePlatform = {
  hardwareDir: samd.hardwareDir,
  toolsDir: samd.toolsDir,
  compiler: 'arm-none-eabi-gcc',
  prefs: PREFS
}
let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-samd-oracle-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

function request(fqbn: string, buildDir: string): BuildRequest {
  return {
    sketches,
    fqbn,
    coreDirs: [samd.platformDir],
    toolsDirs: [samd.toolsDir],
    toolchainDir: null,
    libraryDirs: [],
    buildProperties: Object.entries(PREFS),
    buildDir,
    storeDir: path.join(scratch, 'store', fqbn.replaceAll(':', '_')),
    jobs: 2
  }
}

async function differences(ours: BuildResult, theirs: Map<string, OracleResult>): Promise<string[]> {
  const differing: string[] = []
  for (const result of ours.sketches) {
    const oracle = theirs.get(result.path)
    if (!result.ok || oracle?.hex == null) continue
    const outputs = result.outputs ?? {}
    const expected: [string, Buffer | null][] = [
      ['hex', oracle.hex],
      ['bin', oracle.bin]
    ]
    for (const [name, bytes] of expected) {
      const file = outputs[name]
      const ourBytes = file === undefined ? null : await readFile(file)
      if (bytes === null || ourBytes === null || !ourBytes.equals(bytes))
        differing.push(`${path.basename(result.path)}.${name}`)
    }
  }
  return differing
}

describe.each(BOARDS)('SAMD oracle on %s', fqbn => {
  let ours: BuildResult
  let theirs: Map<string, OracleResult>

  beforeAll(async () => {
    const outDir = path.join(scratch, fqbn.replaceAll(':', '_'))
    ;[ours, theirs] = await Promise.all([
      runBuild(request(fqbn, path.join(outDir, 'ours'))),
      buildWithArduinoBuilder({ sketches, fqbn, outDir: path.join(outDir, 'theirs'), platform, jobs: 2 })
    ])
  })

  it('builds the same set of sketches as arduino-builder, all of them', () => {
    const builtByUs = ours.sketches.filter(s => s.ok).map(s => s.path)
    expect(builtByUs).toEqual(sketches.filter(s => theirs.get(s)?.ok === true))
    expect(builtByUs).toEqual(sketches)
  })

  it('makes byte-identical .hex and .bin files', async () => {
    expect(await differences(ours, theirs)).toEqual([])
  })

  it('makes the upload file the platform prefers (.bin) and a .with_bootloader.hex', () => {
    for (const result of ours.sketches) {
      expect(result.firmware).toBe(result.outputs?.bin)
      expect(Object.keys(result.outputs ?? {})).toEqual(
        expect.arrayContaining(['elf', 'hex', 'bin', 'map', 'with_bootloader.hex'])
      )
    }
  })

  if (fqbn === BOARDS[0]) {
    it('warm, in another build folder: no compiler, assembler or linker, the same bytes', async () => {
      const warm = await runBuild(request(fqbn, path.join(scratch, 'warm')))
      expect(warm.processes).toMatchObject({ compile: 0, preprocess: 0, archive: 0, link: 0, objcopy: 0 })
      expect(warm.sketches.map(s => s.link)).toEqual(sketches.map(() => 'hit'))
      for (const [i, result] of warm.sketches.entries()) {
        const cold = ours.sketches[i]
        for (const name of ['hex', 'bin', 'with_bootloader.hex']) {
          const [a, b] = [cold?.outputs?.[name], result.outputs?.[name]]
          expect(a && b && (await readFile(a)).equals(await readFile(b))).toBe(true)
        }
      }
    })
  }
})
