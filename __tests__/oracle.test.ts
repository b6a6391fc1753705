/**
 * The oracle test: every sketch of the Debian `arduino` examples and of the platform libraries'
 * examples, built by us and by arduino-builder (same core, toolchain and build properties). The set
 * that builds must be the same, and every .hex byte-identical.
 *
 * The first board builds the whole corpus; the others, whose differences lie in board properties
 * and variants rather than in the sketches, build every fourth sketch plus the USB examples (which
 * build only on a USB board): the suite's slowest part otherwise. FBUILD_ORACLE_FULL=1 builds the
 * whole corpus on every board.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../src/engine/runBuild.js'
import type { BuildResult } from '../src/engine/types.js'
import { buildWithArduinoBuilder, ORACLE_DEFAULT_PREFS, type OracleResult } from './helpers/arduinoBuilder.js'
import { corpusExamplesDir, listSketches, platformDir, platformLibraryExamples } from './helpers/corpus.js'

const BOARDS = (
  process.env.FBUILD_ORACLE_BOARDS ??
  'arduino:avr:uno,arduino:avr:mega:cpu=atmega2560,arduino:avr:leonardo,arduino:avr:nano:cpu=atmega328old'
).split(',')

/** Sketches whose result may differ from arduino-builder's, with the reason. There should be none. */
const KNOWN_DIFFERENCES: Record<string, string> = {}

const corpus = [...listSketches(corpusExamplesDir()), ...platformLibraryExamples()]
const sample = corpus.filter((sketch, i) => i % 4 === 0 || sketch.includes(`${path.sep}09.USB${path.sep}`))

describe.each(BOARDS)('oracle on %s', fqbn => {
  const sketches = fqbn === BOARDS[0] || process.env.FBUILD_ORACLE_FULL === '1' ? corpus : sample
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
