/**
 * Relocation on an ARM platform (SAMD 1.8.14, Debian's arm-none-eabi-gcc), as relocation.test.ts
 * does it for AVR: cold at A with a fresh store; then sketches, a user library, HOME, the
 * platform's hardware and tools folders and the toolchain folder all copied elsewhere, the store
 * moved by a tar round trip (new mtimes). The warm build at B hits every unit and link and starts
 * no compiler, assembler or linker (counted outside the engine: countingFront.ts); its .hex, .bin
 * and .with_bootloader.hex equal a --no-cache build's at B.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { runBuild, type BuildRun } from '../helpers/cliRunner.js'
import { relocate } from '../helpers/relocate.js'
import { corpusExamplesDir, samdCorpus } from '../helpers/corpus.js'
import { buildWork, makeCountingFront } from '../helpers/countingFront.js'
import { copyTree, readSpawnLog, type Spawn } from '../helpers/toolchainCopy.js'

const PREFIX = 'arm-none-eabi-'
const FQBN = 'arduino:samd:mkrzero'
const CORPUS_SKETCHES = ['01.Basics/Blink', '04.Communication/ASCIITable']
/**
 * Examples of the platform's own libraries, relative to its libraries/ folder (copied with it).
 * SPI's SPI.cpp calls assert(), which expands __FILE__: warm when moved because compiles run with
 * root-relative paths (the execution root).
 */
const LIBRARY_EXAMPLES = ['Wire/examples/master_writer', 'SPI/examples/DigitalPotControl']
const OWN_FILES: Record<string, string> = {
  'sketches/Counter/Counter.ino': `#include <Tally.h>
#include "limits.h"
Tally tally;
void setup() { SerialUSB.begin(9600); }
void loop() { tally.add(analogRead(A0) % LIMIT); SerialUSB.println(tally.total()); }
`,
  'sketches/Counter/limits.h': '#pragma once\n#define LIMIT 100\n',
  'libraries/Tally/library.properties': 'name=Tally\nversion=1.0.0\narchitectures=samd\n',
  'libraries/Tally/src/Tally.h': `#pragma once
class Tally {
 public:
  void add(long value);
  long total() const { return sum; }
 private:
  long sum = 0;
};
`,
  'libraries/Tally/src/Tally.cpp': '#include "Tally.h"\nvoid Tally::add(long value) { sum += value; }\n'
}

interface Place {
  root: string
  sketches: string[]
  build: BuildRun
}

function placeAt(root: string, samdRoot: string, toolchain: string, store: string | null): Place {
  const platformDir = path.join(samdRoot, 'hardware', 'arduino', 'samd', '1.8.14')
  const sketches = [
    ...[...CORPUS_SKETCHES.map(sketch => path.basename(sketch)), 'Counter'].map(name =>
      path.join(root, 'sketches', name)
    ),
    ...LIBRARY_EXAMPLES.map(example => path.join(platformDir, 'libraries', example))
  ]
  return {
    root,
    sketches,
    build: {
      sketches,
      cwd: root,
      core: platformDir,
      toolchain,
      libraries: [path.join(root, 'libraries')],
      options: ['--fqbn', FQBN, '--tools', path.join(samdRoot, 'tools')],
      store,
      buildDir: path.join(root, 'build'),
      env: { HOME: path.join(root, 'home'), FBUILD_SPAWN_LOG: path.join(root, 'spawns.log') }
    }
  }
}

describe('SAMD relocation: cold at A, warm at B (everything moved, the store restored)', () => {
  let work: string
  let a: Place
  let b: Place
  let cold: { report: Report; spawns: Spawn[] }
  let warm: { report: Report; spawns: Spawn[]; seconds: number }
  let uncached: Report

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-relocation-samd-'))
    const samdA = path.join(work, 'A-platform')
    await copyTree(samdCorpus().root, samdA)
    const toolchainA = path.join(work, 'A-toolchain')
    await makeCountingFront(toolchainA, PREFIX)
    a = placeAt(path.join(work, 'A'), samdA, toolchainA, path.join(work, 'A', 'store'))
    for (const sketch of CORPUS_SKETCHES)
      await copyTree(
        path.join(corpusExamplesDir(), sketch),
        path.join(a.root, 'sketches', path.basename(sketch))
      )
    for (const [file, text] of Object.entries(OWN_FILES)) {
      await mkdir(path.dirname(path.join(a.root, file)), { recursive: true })
      await writeFile(path.join(a.root, file), text)
    }
    await mkdir(path.join(a.root, 'home'), { recursive: true })
    const coldRun = await runBuild(a.build)
    expect(coldRun.run.stderr).not.toMatch(/internal error/)
    cold = {
      report: coldRun.report as Report,
      spawns: await readSpawnLog(a.build.env?.FBUILD_SPAWN_LOG ?? '')
    }

    const samdB = path.join(work, 'elsewhere', 'boards-manager', 'samd')
    const toolchainB = path.join(work, 'other', 'arm-toolchain')
    const storeB = path.join(work, 'restored-cache', 'store')
    b = placeAt(path.join(work, 'B', 'checkout'), samdB, toolchainB, storeB)
    await relocate({
      copies: [
        [samdA, samdB],
        [toolchainA, toolchainB],
        [path.join(a.root, 'sketches'), path.join(b.root, 'sketches')],
        [path.join(a.root, 'libraries'), path.join(b.root, 'libraries')]
      ],
      store: [a.build.store ?? '', storeB],
      emptyFolders: [path.join(b.root, 'home')]
    })
    const startedAt = performance.now()
    const warmRun = await runBuild(b.build)
    warm = {
      report: warmRun.report as Report,
      spawns: await readSpawnLog(b.build.env?.FBUILD_SPAWN_LOG ?? ''),
      seconds: (performance.now() - startedAt) / 1000
    }
    const uncachedRun = await runBuild({
      ...b.build,
      store: null,
      buildDir: path.join(b.root, 'build-uncached'),
      env: { HOME: path.join(b.root, 'home') }
    })
    uncached = uncachedRun.report as Report
    console.log(
      `SAMD relocation: ${b.sketches.length} sketches, cold ${buildWork(cold.spawns, PREFIX).length} build spawns, ` +
        `warm ${warm.seconds.toFixed(1)} s with ${buildWork(warm.spawns, PREFIX).length}`
    )
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  it('builds every sketch at A, and the counter sees the compiles and links', () => {
    expect(cold.report.totals.failed).toBe(0)
    const compiles = buildWork(cold.spawns, PREFIX).filter(spawn => spawn.args.includes('-c'))
    expect(compiles.filter(spawn => !spawn.args.includes('-E')).length).toBe(
      cold.report.totals.compilerInvocations
    )
    const links = buildWork(cold.spawns, PREFIX).filter(spawn => spawn.args.some(arg => arg.endsWith('.elf')))
    expect(links.filter(spawn => spawn.args.includes('-o')).length).toBe(a.sketches.length)
  })

  it('hits every unit and every link at B, starting no compiler, assembler or linker', () => {
    const totals = warm.report.totals
    expect([totals.failed, totals.misses, totals.uncacheable]).toEqual([0, 0, 0])
    expect(totals.linkHits).toBe(b.sketches.length)
    expect(buildWork(warm.spawns, PREFIX)).toEqual([])
    // Only questions to the driver remain (its version, target, multilib, programs and libraries).
    const questions = warm.spawns.filter(spawn =>
      spawn.args.every(arg => arg.startsWith('-print-') || arg === '-dumpversion' || arg.startsWith('-m'))
    )
    expect(warm.spawns).toEqual(questions)
  })

  it('restores, at B, the .hex, .bin and .with_bootloader.hex of a --no-cache build at B', async () => {
    expect(uncached.totals.failed).toBe(0)
    for (const sketch of warm.report.sketches) {
      const reference = uncached.sketches.find(entry => entry.path === sketch.path)
      for (const name of ['hex', 'bin', 'with_bootloader.hex']) {
        const [cachedFile, referenceFile] = [sketch.outputs?.[name], reference?.outputs?.[name]]
        expect([sketch.path, name, cachedFile !== undefined && referenceFile !== undefined]).toEqual([
          sketch.path,
          name,
          true
        ])
        const [cachedBytes, referenceBytes] = await Promise.all([
          readFile(path.resolve(b.root, cachedFile ?? '')),
          readFile(path.resolve(b.root, referenceFile ?? ''))
        ])
        expect([sketch.path, name, cachedBytes.equals(referenceBytes)]).toEqual([sketch.path, name, true])
      }
    }
  })
})
