/**
 * Issues 3 and 15: a warm build somewhere else does no compiler or linker work at all. Cold at
 * folder A (fresh store); then sketches, libraries, HOME, toolchain and core all copied elsewhere,
 * the store moved by a tar round trip (new mtimes): the warm build at B hits every unit and every
 * link, and the toolchain's own counting wrappers see no compiler or linker process. Its firmware
 * equals a `--no-cache` build at B, and A's. That holds for a library whose shared source expands
 * `__FILE__` in a function no example calls, whose folder has another name at B (a fork, a
 * worktree), and for a sketch that prints `__FILE__`: compiles run in an execution root with
 * root-relative paths (engine/executionRoot.ts).
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Report } from '../../src/report/report.js'
import { runBuild, type BuildRun } from '../helpers/cliRunner.js'
import { relocate } from '../helpers/relocate.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'
import { firmwareText } from '../helpers/firmware.js'
import {
  compilerWork,
  copyTree,
  DRIVERS,
  linkerWork,
  makeCountingToolchain,
  readSpawnLog,
  spawnsOf,
  type Spawn
} from '../helpers/toolchainCopy.js'

const exec = promisify(execFile)

const CORPUS_SKETCHES = [
  '01.Basics/Blink',
  '01.Basics/AnalogReadSerial',
  '02.Digital/toneMelody', // with a header of its own (pitches.h)
  '02.Digital/toneKeyboard',
  '04.Communication/ASCIITable',
  '04.Communication/SerialEvent',
  '08.Strings/StringReplace',
  '11.ArduinoISP/ArduinoISP' // SPI
]
/** Examples of the platform's libraries, relative to its libraries/ folder (copied with the core). */
const LIBRARY_EXAMPLES = [
  'SPI/examples/BarometricPressureSensor',
  'SPI/examples/DigitalPotControl',
  'Wire/examples/master_reader',
  'Wire/examples/i2c_scanner',
  'SoftwareSerial/examples/SoftwareSerialExample',
  'EEPROM/examples/eeprom_crc',
  'EEPROM/examples/eeprom_get'
]

/** A multi-file sketch (two tabs, a .cpp, a .c, a header) using a user library. */
const MULTI_FILE: Record<string, string> = {
  'MultiFile/MultiFile.ino': `#include "shared.h"
#include <Tally.h>
Tally tally;
void setup() { Serial.begin(9600); }
void loop() { tally.add(twice(analogRead(A0))); report(tally.total()); }
`,
  'MultiFile/report.ino': `void report(long value) { Serial.println(value + mix(3)); }
`,
  'MultiFile/shared.h': `#pragma once
int twice(int value);
#ifdef __cplusplus
extern "C"
#endif
int mix(int value);
`,
  'MultiFile/twice.cpp': `#include "shared.h"
int twice(int value) { return value * 2; }
`,
  'MultiFile/mix.c': `#include "shared.h"
int mix(int value) { return value ^ 0x5a; }
`
}
const TALLY_LIBRARY: Record<string, string> = {
  'Tally/library.properties': 'name=Tally\nversion=1.0.0\narchitectures=*\n',
  'Tally/src/Tally.h': `#pragma once
class Tally {
 public:
  void add(long value);
  long total() const { return sum; }
 private:
  long sum = 0;
};
`,
  'Tally/src/Tally.cpp': `#include "Tally.h"
void Tally::add(long value) { sum += value; }
`
}

/**
 * A library as real ones are (logging macros): its shared source expands `__FILE__` in a function
 * no example calls, which the linker drops. Its examples are sketches of the run.
 */
const LOGGER_LIBRARY: Record<string, string> = {
  'Logger/library.properties': 'name=Logger\nversion=1.0.0\narchitectures=*\n',
  'Logger/src/Logger.h': `#pragma once
#define LOG(msg) logAt(__FILE__, __LINE__, msg)
void logAt(const char *file, int line, const char *msg);
void diagnostics();
int scaled(int value);
`,
  'Logger/src/Logger.cpp': `#include <Arduino.h>
#include "Logger.h"
void logAt(const char *file, int line, const char *msg) {
  Serial.print(file); Serial.print(':'); Serial.print(line); Serial.print(' '); Serial.println(msg);
}
void diagnostics() { LOG("diagnostics"); }
int scaled(int value) { return value * 3; }
`,
  'Logger/examples/Scaled/Scaled.ino': `#include <Logger.h>
void setup() { Serial.begin(9600); }
void loop() { Serial.println(scaled(analogRead(A0))); }
`,
  // Firmware that really holds a path: the root-relative name, the same at every location.
  'Logger/examples/PrintsFile/PrintsFile.ino': `#include <Logger.h>
void setup() { Serial.begin(9600); Serial.println(__FILE__); }
void loop() { LOG("loop"); delay(1000); }
`
}
const LOGGER_EXAMPLES = ['Scaled', 'PrintsFile']

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
  }
}

/** One location: where its sketches, libraries, toolchain, core, store and HOME are. */
interface Place {
  root: string
  sketches: string[]
  build: BuildRun
}

/** `logger`: the Logger library's folder name there (a fork or a worktree names it otherwise). */
function placeAt(root: string, core: string, toolchain: string, store: string, logger: string): Place {
  const sketchNames = [...CORPUS_SKETCHES.map(sketch => path.basename(sketch)), 'MultiFile']
  const sketches = [
    ...sketchNames.map(name => path.join(root, 'sketches', name)),
    ...LIBRARY_EXAMPLES.map(example => path.join(core, 'libraries', example)),
    ...LOGGER_EXAMPLES.map(example => path.join(root, 'libraries', logger, 'examples', example))
  ]
  return {
    root,
    sketches,
    build: {
      sketches,
      cwd: root,
      core,
      toolchain,
      libraries: [path.join(root, 'libraries')],
      store,
      buildDir: path.join(root, 'build'),
      env: { HOME: path.join(root, 'home'), FBUILD_SPAWN_LOG: path.join(root, 'spawns.log') }
    }
  }
}

/** The ELF without its debug sections (see the ELF test below for why). */
async function strippedElf(toolchain: string, elf: string, out: string): Promise<Buffer> {
  await exec(path.join(toolchain, 'bin', 'avr-objcopy'), ['--strip-debug', elf, out])
  return readFile(out)
}

describe('relocation: cold at A, warm at B (another folder, HOME, toolchain, core, moved store)', () => {
  let work: string
  let a: Place
  let b: Place
  let cold: { report: Report; seconds: number; spawns: Spawn[] }
  let warm: { report: Report; seconds: number; spawns: Spawn[]; code: number; stderr: string }
  let uncached: Report
  const sketchOf = (report: Report, sketch: string): Report['sketches'][number] | undefined =>
    report.sketches.find(
      entry => path.resolve(report === cold.report ? a.root : b.root, entry.path) === sketch
    )

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-relocation-'))
    const toolchainA = path.join(work, 'A-toolchain')
    await makeCountingToolchain(toolchainA)
    a = placeAt(path.join(work, 'A'), platformDir, toolchainA, path.join(work, 'A', 'store'), 'Logger')
    for (const sketch of CORPUS_SKETCHES) {
      await copyTree(
        path.join(corpusExamplesDir(), sketch),
        path.join(a.root, 'sketches', path.basename(sketch))
      )
    }
    await writeFiles(path.join(a.root, 'sketches'), MULTI_FILE)
    await writeFiles(path.join(a.root, 'libraries'), TALLY_LIBRARY)
    await writeFiles(path.join(a.root, 'libraries'), LOGGER_LIBRARY)
    await mkdir(path.join(a.root, 'home'), { recursive: true })

    let startedAt = performance.now()
    const coldRun = await runBuild(a.build)
    expect(coldRun.run.stderr).not.toMatch(/internal error/)
    expect(coldRun.run.code).toBe(0)
    cold = {
      report: coldRun.report as Report,
      seconds: (performance.now() - startedAt) / 1000,
      spawns: await readSpawnLog(a.build.env?.FBUILD_SPAWN_LOG ?? '')
    }

    // Everything moves: sketches, libraries and HOME to B; toolchain and core to other folders.
    const toolchainB = path.join(work, 'elsewhere', 'avr-toolchain')
    const coreB = path.join(work, 'other', 'arduino', 'avr')
    const storeB = path.join(work, 'restored-cache', 'store')
    b = placeAt(path.join(work, 'B', 'checkout'), coreB, toolchainB, storeB, 'Logger-fork')
    await relocate({
      copies: [
        [toolchainA, toolchainB],
        [platformDir, coreB],
        [path.join(a.root, 'sketches'), path.join(b.root, 'sketches')],
        [path.join(a.root, 'libraries', 'Tally'), path.join(b.root, 'libraries', 'Tally')],
        [path.join(a.root, 'libraries', 'Logger'), path.join(b.root, 'libraries', 'Logger-fork')]
      ],
      store: [a.build.store ?? '', storeB],
      emptyFolders: [path.join(b.root, 'home')]
    })

    startedAt = performance.now()
    const warmRun = await runBuild(b.build)
    warm = {
      report: warmRun.report as Report,
      seconds: (performance.now() - startedAt) / 1000,
      spawns: await readSpawnLog(b.build.env?.FBUILD_SPAWN_LOG ?? ''),
      code: warmRun.run.code,
      stderr: warmRun.run.stderr
    }
    const uncachedRun = await runBuild({
      ...b.build,
      store: null,
      buildDir: path.join(b.root, 'build-uncached'),
      env: { HOME: path.join(b.root, 'home') }
    })
    expect(uncachedRun.run.code).toBe(0)
    uncached = uncachedRun.report as Report
    console.log(
      `relocation: ${a.sketches.length} sketches, cold ${cold.seconds.toFixed(1)} s ` +
        `(${compilerWork(cold.spawns).length} compiler, ${linkerWork(cold.spawns).length} linker spawns), ` +
        `warm ${warm.seconds.toFixed(1)} s (${compilerWork(warm.spawns).length} compiler, ` +
        `${linkerWork(warm.spawns).length} linker spawns; all spawns: ${warm.spawns.map(s => `${s.program} ${s.args.join(' ')}`).join('; ')})`
    )
  })

  afterAll(() => rm(work, { recursive: true, force: true }))

  it('counts real compiler and linker processes at A (the counter works)', () => {
    expect(cold.report.totals.failed).toBe(0)
    expect(cold.report.sketches).toHaveLength(a.sketches.length)
    // One driver spawn per compiled unit and per link, each with its compiler proper or linker behind it.
    const drivers = spawnsOf(cold.spawns, ['avr-gcc', 'avr-g++'])
    const compiles = drivers.filter(spawn => spawn.args.includes('-c') && !spawn.args.includes('-E'))
    const preprocessorRuns = drivers.filter(spawn => spawn.args.includes('-E'))
    expect(compiles.length).toBe(cold.report.totals.compilerInvocations)
    expect(compiles.length).toBe(cold.report.totals.misses)
    expect(preprocessorRuns.length).toBe(cold.report.totals.preprocessorInvocations)
    expect(preprocessorRuns.length).toBeGreaterThan(0)
    expect(spawnsOf(cold.spawns, ['cc1', 'cc1plus']).length).toBeGreaterThanOrEqual(compiles.length)
    expect(spawnsOf(cold.spawns, ['ld']).length).toBe(a.sketches.length)
    expect(cold.report.totals.linkHits).toBe(0)
    expect(cold.report.totals.hits).toBe(0)
  })

  it('hits every unit and every link at B', () => {
    expect(warm.stderr).not.toMatch(/internal error/)
    expect(warm.code).toBe(0)
    const totals = warm.report.totals
    expect(totals.failed).toBe(0)
    expect(totals.sketches).toBe(b.sketches.length)
    expect(totals.misses).toBe(0)
    expect(totals.uncacheable).toBe(0)
    expect(totals.hits + totals.shared).toBe(totals.units)
    expect(totals.hits).toBe(cold.report.totals.misses)
    expect(totals.linkHits).toBe(b.sketches.length)
    for (const sketch of warm.report.sketches)
      expect([sketch.path, sketch.link]).toEqual([sketch.path, 'hit'])
  })

  it('spawns no compiler, preprocessor, archiver or linker at B', () => {
    expect(compilerWork(warm.spawns)).toEqual([])
    expect(linkerWork(warm.spawns)).toEqual([])
    // Only questions to the toolchain remain (its version, where its programs and libraries are,
    // the multilib of the board's -m flags).
    const questions = warm.spawns.filter(spawn =>
      spawn.args.every(arg => arg.startsWith('-print-') || arg === '-dumpversion' || arg.startsWith('-m'))
    )
    expect(warm.spawns).toEqual(questions)
    expect(spawnsOf(warm.spawns, DRIVERS)).toEqual(warm.spawns)
    expect(warm.report.totals.compilerInvocations).toBe(0)
    expect(warm.report.totals.preprocessorInvocations).toBe(0)
    expect(warm.report.totals.linkerInvocations).toBe(0)
  })

  it('produces, at B, the .hex of a --no-cache build at B, byte for byte', async () => {
    for (const sketch of b.sketches) {
      const cached = sketchOf(warm.report, sketch)
      const reference = sketchOf(uncached, sketch)
      expect(cached?.hex).toBeTruthy()
      expect(reference?.hex).toBeTruthy()
      const [cachedHex, referenceHex] = await Promise.all([
        readFile(path.resolve(b.root, cached?.hex ?? '')),
        readFile(path.resolve(b.root, reference?.hex ?? ''))
      ])
      expect([sketch, cachedHex.equals(referenceHex)]).toEqual([sketch, true])
    }
  })

  // Location-free by construction: the same firmware at A and B, the path-printing sketch's too.
  it('produces, at B, the .hex it produced at A, and the path it prints is root-relative', async () => {
    expect(b.sketches).toHaveLength(a.sketches.length)
    for (const [i, sketch] of b.sketches.entries()) {
      const atA = sketchOf(cold.report, a.sketches[i] ?? '')?.hex ?? ''
      const atB = sketchOf(warm.report, sketch)?.hex ?? ''
      const [hexA, hexB] = await Promise.all([
        readFile(path.resolve(a.root, atA)),
        readFile(path.resolve(b.root, atB))
      ])
      expect([sketch, hexA.equals(hexB)]).toEqual([sketch, true])
    }
    const printsFile = b.sketches.find(sketch => sketch.endsWith('PrintsFile')) ?? ''
    const firmware = firmwareText(
      await readFile(path.resolve(b.root, sketchOf(uncached, printsFile)?.hex ?? ''))
    )
    expect(firmware).toContain('sketch/PrintsFile/PrintsFile.ino')
    expect(firmware).not.toContain(work)
  })

  /*
   * The raw .elf is not reproducible even without a cache: gcc 5.4's LTO link writes its working
   * folder and a random temporary name (/tmp/ccXXXXXX.ltrans0.o) into .stabstr, so two uncached
   * links of the same objects differ, and the DWARF sections name the folders the objects were
   * compiled in (a restored link names A's). None of it is loadable: the ELF without its debug
   * sections (.stab, .stabstr, .debug_*) must be byte-identical.
   */
  it('produces, at B, the .elf of a --no-cache build at B once debug sections are stripped', async () => {
    const scratch = path.join(work, 'stripped')
    await mkdir(scratch, { recursive: true })
    for (const [i, sketch] of b.sketches.entries()) {
      const cached = sketchOf(warm.report, sketch)?.elf ?? ''
      const reference = sketchOf(uncached, sketch)?.elf ?? ''
      const toolchain = b.build.toolchain ?? ''
      const [cachedElf, referenceElf] = await Promise.all([
        strippedElf(toolchain, path.resolve(b.root, cached), path.join(scratch, `${i}-warm.elf`)),
        strippedElf(toolchain, path.resolve(b.root, reference), path.join(scratch, `${i}-uncached.elf`))
      ])
      expect([sketch, cachedElf.equals(referenceElf)]).toEqual([sketch, true])
    }
  })
})
