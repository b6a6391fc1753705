/**
 * The oracle test: every sketch of the Debian `arduino` examples and of the platform libraries'
 * examples, built by us and by arduino-builder (same core, toolchain and build properties). The set
 * that builds must be the same, and every .hex byte-identical.
 *
 * The boards share the corpus out: with four boards, the first builds sketches 0, 4, 8..., the second
 * 1, 5, 9..., and so on, each plus the USB examples (which build only on a USB board). So every
 * sketch meets the oracle on some board in every run, and the suite costs one corpus instead of
 * four (boards differ in properties and variants rather than in the sketches).
 * FBUILD_ORACLE_FULL=1 builds the whole corpus on every board (.github/workflows/oracle.yml, weekly).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../src/engine/runBuild.js'
import type { BuildResult } from '../src/engine/types.js'
import { buildWithArduinoBuilder, ORACLE_DEFAULT_PREFS, type OracleResult } from './helpers/arduinoBuilder.js'
import { firmwareText } from './helpers/firmware.js'
import { corpusExamplesDir, listSketches, platformDir, platformLibraryExamples } from './helpers/corpus.js'

const BOARDS = (
  process.env.FBUILD_ORACLE_BOARDS ??
  'arduino:avr:uno,arduino:avr:mega:cpu=atmega2560,arduino:avr:leonardo,arduino:avr:nano:cpu=atmega328old'
).split(',')

/** Sketches whose result may differ from arduino-builder's, with the reason. There should be none. */
const KNOWN_DIFFERENCES: Record<string, string> = {}

const corpus = [...listSketches(corpusExamplesDir()), ...platformLibraryExamples()]
const isUsbExample = (sketch: string): boolean => sketch.includes(`${path.sep}09.USB${path.sep}`)
/** The board's share of the corpus (see above), or all of it. */
const shareOf = (board: number): string[] =>
  process.env.FBUILD_ORACLE_FULL === '1'
    ? corpus
    : corpus.filter((sketch, i) => i % BOARDS.length === board || isUsbExample(sketch))

describe.each(BOARDS.map((fqbn, board) => [fqbn, board] as const))('oracle on %s', (fqbn, board) => {
  const sketches = shareOf(board)
  let ours: BuildResult
  let theirs: Map<string, OracleResult>
  let scratch: string

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-oracle-'))
    ;[ours, theirs] = await Promise.all([
      runBuild({
        sketches,
        fqbn,
        coreDirs: [platformDir],
        toolchainDir: null,
        libraryDirs: [],
        buildProperties: Object.entries(ORACLE_DEFAULT_PREFS),
        buildDir: path.join(scratch, 'ours'),
        // A fresh store: the cold path users take, which must give the oracle's firmware too.
        storeDir: path.join(scratch, 'store'),
        jobs: 2
      }),
      buildWithArduinoBuilder({ sketches, fqbn, outDir: path.join(scratch, 'theirs'), jobs: 2 })
    ])
  })

  afterAll(async () => {
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true })
  })

  it('builds the same set of sketches as arduino-builder', () => {
    const builtByUs = ours.sketches.filter(s => s.ok).map(s => s.path)
    const builtByThem = sketches.filter(s => theirs.get(s)?.ok === true)
    const expected = builtByThem.filter(s => KNOWN_DIFFERENCES[s] === undefined)
    expect(builtByUs.filter(s => KNOWN_DIFFERENCES[s] === undefined)).toEqual(expected)
    // The corpus must really exercise the builder: most sketches build.
    expect(builtByUs.length).toBeGreaterThan(sketches.length / 2)
  })

  it('makes byte-identical .hex files', async () => {
    const differing: string[] = []
    for (const result of ours.sketches) {
      const oracle = theirs.get(result.path)
      if (!result.ok || oracle?.hex == null || result.hex === null) continue
      const hex = await readFile(result.hex)
      if (!hex.equals(oracle.hex)) differing.push(path.relative(path.dirname(sketches[0] ?? ''), result.path))
    }
    expect(differing).toEqual([])
  })
})

/**
 * Firmware that holds a path: `__FILE__` printed by the sketch, and expanded by avr-libc's assert()
 * in a library. With --absolute-paths it is arduino-builder's byte for byte (exact parity); by
 * default it holds the root-relative names instead (the same at every location), so it differs.
 */
describe('exact parity (--absolute-paths) on firmware that holds a path', () => {
  const files: Record<string, string> = {
    'PrintsFile/PrintsFile.ino':
      '#include <Where.h>\nvoid setup() { Serial.begin(9600); Serial.println(__FILE__); }\n' +
      'void loop() { Serial.println(checked(analogRead(A0))); }\n',
    // arduino-builder refuses a library without these fields.
    'libraries/Where/library.properties':
      'name=Where\nversion=1.0.0\nauthor=test\nmaintainer=test\nsentence=Where.\nparagraph=Where.\n' +
      'category=Other\nurl=http://example.com\narchitectures=*\n',
    'libraries/Where/src/Where.h': 'int checked(int value);\n',
    'libraries/Where/src/Where.cpp':
      '#define __ASSERT_USE_STDERR\n#include <assert.h>\n#include "Where.h"\n' +
      'int checked(int value) { assert(value < 1024); return value / 2; }\n'
  }
  let scratch: string
  let sketch: string
  let theirs: OracleResult | undefined
  const ours: Partial<Record<'absolute' | 'relative', BuildResult>> = {}

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-parity-'))
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(scratch, file)), { recursive: true })
      await writeFile(path.join(scratch, file), text)
    }
    sketch = path.join(scratch, 'PrintsFile')
    const libraries = [path.join(scratch, 'libraries')]
    const build = (absolutePaths: boolean): Promise<BuildResult> =>
      runBuild({
        sketches: [sketch],
        fqbn: 'arduino:avr:uno',
        coreDirs: [platformDir],
        toolchainDir: null,
        libraryDirs: libraries,
        buildProperties: Object.entries(ORACLE_DEFAULT_PREFS),
        buildDir: path.join(scratch, absolutePaths ? 'absolute' : 'relative'),
        storeDir: path.join(scratch, 'store'),
        jobs: 2,
        absolutePaths
      })
    let oracle: Map<string, OracleResult>
    ;[ours.absolute, ours.relative, oracle] = await Promise.all([
      build(true),
      build(false),
      buildWithArduinoBuilder({
        sketches: [sketch],
        fqbn: 'arduino:avr:uno',
        outDir: path.join(scratch, 'theirs'),
        libraries,
        resultCache: null
      })
    ])
    theirs = oracle.get(sketch)
  })
  afterAll(() => rm(scratch, { recursive: true, force: true }))

  it("equals arduino-builder's .hex with --absolute-paths", async () => {
    expect(theirs?.ok).toBe(true)
    const result = ours.absolute?.sketches[0]
    expect(result?.ok).toBe(true)
    expect((await readFile(result?.hex ?? '')).equals(theirs?.hex ?? Buffer.alloc(0))).toBe(true)
  })

  it('holds root-relative names by default, not the real folders', async () => {
    const result = ours.relative?.sketches[0]
    expect(result?.ok).toBe(true)
    const hex = await readFile(result?.hex ?? '')
    expect(hex.equals(theirs?.hex ?? Buffer.alloc(0))).toBe(false)
    const text = firmwareText(hex)
    expect(text).toContain('sketch/PrintsFile/PrintsFile.ino')
    expect(text).toContain('lib/user/Where/src/Where.cpp')
    expect(text).not.toContain(scratch)
  })
})
