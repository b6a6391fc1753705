/**
 * Issue 3, point 2: invalidation is exact. After a cold build, one change at a time: a library
 * header (exactly the units whose -MMD dependency files list it recompile), a build property
 * (exactly the units whose recipe it reaches), the compiler's content at the same path (everything),
 * and a toolchain file replaced by one of the same size and mtime, which only its ctime and inode
 * tell from the one the toolchain memo remembers (everything).
 * What recompiled is read from the toolchain's own spawn log, not from the engine. After each, the
 * firmware equals a `--no-cache` build. Each test starts from the state the cold build left (files,
 * toolchain, store), restored at the same paths: "the same path" is what the compiler case tests.
 */
import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  utimes,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Report } from '../../src/report/report.js'
import { DISTRUST_MS } from '../../src/toolchain/identityMemo.js'
import { parseDepfile } from '../../src/unitCache/depfile.js'
import { firmwareMismatches, runBuild, type BuildRun } from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'
import { compiledSources, copyTree, makeCountingToolchain, readSpawnLog } from '../helpers/toolchainCopy.js'

/** A library with two headers, each used by one sketch and one of the library's own sources. */
const FILES: Record<string, string> = {
  'libraries/Pair/library.properties': 'name=Pair\nversion=1.0.0\narchitectures=*\n',
  'libraries/Pair/src/PairA.h': '#pragma once\n#define PAIR_A 3\nint pairA(int value);\n',
  'libraries/Pair/src/PairB.h': '#pragma once\n#define PAIR_B 5\nint pairB(int value);\n',
  'libraries/Pair/src/PairA.cpp': '#include "PairA.h"\nint pairA(int value) { return value * PAIR_A; }\n',
  'libraries/Pair/src/PairB.cpp': '#include "PairB.h"\nint pairB(int value) { return value + PAIR_B; }\n',
  'sketches/UsesA/UsesA.ino':
    '#include <PairA.h>\nvoid setup() { Serial.begin(9600); }\nvoid loop() { Serial.println(pairA(analogRead(A0))); }\n',
  'sketches/UsesB/UsesB.ino':
    '#include <PairB.h>\nvoid setup() { Serial.begin(9600); }\nvoid loop() { Serial.println(pairB(analogRead(A0)) * PAIR_B); }\n'
}

/**
 * The report's finer miss reasons that happened (0s left out), after checking that each group
 * sums to its reason's counter: every miss here has a finer name.
 */
function missDetails(report: Report): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(report.missReasonDetails).map(([reason, details]) => {
      const counts = Object.entries(details as Record<string, number>)
      expect(counts.reduce((sum, [, count]) => sum + count, 0)).toBe(
        report.missReasons[reason as keyof Report['missReasons']]
      )
      return [reason, Object.fromEntries(counts.filter(([, count]) => count > 0))]
    })
  )
}

/** Every unit of a build folder (its source) with the files its dependency file lists. */
async function dependencyFiles(buildDir: string): Promise<Map<string, string[]>> {
  const units = new Map<string, string[]>()
  const entries = await readdir(buildDir, { recursive: true, withFileTypes: true })
  for (const entry of entries.filter(entry => entry.isFile() && entry.name.endsWith('.d'))) {
    const [source, ...headers] = parseDepfile(await readFile(path.join(entry.parentPath, entry.name), 'utf8'))
    if (source !== undefined)
      units.set(
        path.resolve(source),
        [source, ...headers].map(file => path.resolve(file))
      )
  }
  return units
}

describe('invalidation is exact', () => {
  let root: string
  /** Where every build runs: the cold state, restored before each test. */
  let work: string
  /** The cold state as the cold build left it. */
  let coldState: string
  let toolchain: string
  let build: BuildRun
  let coldUnits: Map<string, string[]>
  let coldReport: Report

  /** A cached build with the change in place, its recompiled sources, and a --no-cache build to compare. */
  async function rebuild(label: string, properties: string[] = []) {
    const log = path.join(work, `${label}.log`)
    const cached = await runBuild({ ...build, properties, env: { FBUILD_SPAWN_LOG: log } })
    expect(cached.run.code).toBe(0)
    const uncached = await runBuild({
      ...build,
      properties,
      store: null,
      buildDir: path.join(work, `uncached-${label}`)
    })
    expect(uncached.run.code).toBe(0)
    const report = cached.report as Report
    const mismatches = await firmwareMismatches(
      path.join(toolchain, 'bin', 'avr-objcopy'),
      { report, cwd: work },
      { report: uncached.report as Report, cwd: work }
    )
    return { report, compiled: compiledSources(await readSpawnLog(log)).sort(), mismatches }
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'fbuild-invalidation-'))
    work = path.join(root, 'work')
    toolchain = path.join(work, 'toolchain')
    await makeCountingToolchain(toolchain)
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(work, file)), { recursive: true })
      await writeFile(path.join(work, file), text)
    }
    await copyTree(path.join(corpusExamplesDir(), '01.Basics', 'Blink'), path.join(work, 'sketches', 'Blink'))
    build = {
      sketches: ['UsesA', 'UsesB', 'Blink'].map(name => path.join(work, 'sketches', name)),
      cwd: work,
      core: platformDir,
      toolchain,
      libraries: [path.join(work, 'libraries')],
      store: path.join(work, 'store'),
      buildDir: path.join(work, 'build')
    }
    const cold = await runBuild(build)
    expect(cold.run.code).toBe(0)
    coldReport = cold.report as Report
    coldUnits = await dependencyFiles(build.buildDir)
    expect(coldUnits.size).toBe(coldReport.totals.misses)
    coldState = path.join(root, 'cold-state')
    await copyTree(work, coldState)
  })

  beforeEach(async () => {
    await rm(work, { recursive: true, force: true })
    await copyTree(coldState, work)
  })

  afterAll(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true })
  })

  it('a library header: exactly the units whose dependency files list it recompile', async () => {
    const header = path.join(work, 'libraries', 'Pair', 'src', 'PairB.h')
    const listing = [...coldUnits].filter(([, files]) => files.includes(header)).map(([source]) => source)
    // The library's own source and the sketch that includes it; not UsesA, not Blink, not the core.
    expect(listing.map(source => path.basename(source)).sort()).toEqual(['PairB.cpp', 'UsesB.ino.cpp'])
    await writeFile(header, (await readFile(header, 'utf8')).replace('PAIR_B 5', 'PAIR_B 6'))

    const { report, compiled, mismatches } = await rebuild('header')
    expect(compiled).toEqual(listing.sort())
    expect(report.totals.misses).toBe(listing.length)
    expect(report.missReasons['dependency-changed']).toBe(listing.length)
    // Both read the header (neither is it). UsesA and UsesB link every source of Pair: their links
    // name PairB.cpp's new result.
    expect(missDetails(report)).toEqual({
      'no-entry': { 'units-changed': 2 },
      'dependency-changed': { 'header-changed': listing.length }
    })
    expect(report.totals.hits).toBe(coldUnits.size - listing.length)
    expect(report.sketches.find(sketch => sketch.path.endsWith('Blink'))?.link).toBe('hit')
    expect(mismatches).toEqual([])
  })

  it('build.extra_flags (in every recipe): every unit recompiles', async () => {
    const { report, compiled, mismatches } = await rebuild('extra-flags', ['build.extra_flags=-DFOO=1'])
    expect(compiled).toEqual([...coldUnits.keys()].sort())
    expect(report.totals.hits).toBe(0)
    expect(report.totals.linkHits).toBe(0)
    expect(missDetails(report)).toEqual({
      'no-entry': { 'flags-changed': coldUnits.size, 'units-changed': 3 },
      'dependency-changed': {}
    })
    expect(mismatches).toEqual([])
  })

  it('compiler.c.extra_flags (in the C recipe only): exactly the C units recompile', async () => {
    const cUnits = [...coldUnits.keys()].filter(source => source.endsWith('.c'))
    expect(cUnits.length).toBeGreaterThan(0)
    const { report, compiled, mismatches } = await rebuild('c-flags', ['compiler.c.extra_flags=-DBAR'])
    expect(compiled).toEqual(cUnits.sort())
    expect(report.totals.misses).toBe(cUnits.length)
    expect(report.totals.hits).toBe(coldUnits.size - cUnits.length)
    expect(mismatches).toEqual([])
  })

  it("the compiler's content at the same path: every unit recompiles", async () => {
    // Bytes after an ELF executable's last section are ignored when it runs: cc1plus still works.
    const [version] = await readdir(path.join(toolchain, 'lib', 'gcc', 'avr'))
    await appendFile(path.join(toolchain, 'lib', 'gcc', 'avr', version ?? '', 'cc1plus.real'), '\0')
    const { report, compiled, mismatches } = await rebuild('compiler')
    expect(compiled).toEqual([...coldUnits.keys()].sort())
    expect(report.totals.hits).toBe(0)
    expect(report.totals.linkHits).toBe(0)
    expect(report.toolchain.id).not.toBe(coldReport.toolchain.id)
    expect(missDetails(report)).toEqual({
      'no-entry': { 'toolchain-changed': coldUnits.size, 'units-changed': 3 },
      'dependency-changed': {}
    })
    expect(mismatches).toEqual([])
  })

  it('a toolchain header replaced by one of the same size, its mtime put back: every unit recompiles', async () => {
    const header = path.join(toolchain, 'lib', 'avr', 'include', 'stdlib.h')
    const longAgo = new Date('2024-01-02T03:04:05Z')
    await utimes(header, longAgo, longAgo)
    // The memo trusts a stamp 2 s after the file's last change: let the restored copy settle.
    await sleep(DISTRUST_MS + 100)
    expect((await runBuild(build)).run.code).toBe(0)
    const remembered = await runBuild(build)
    expect(remembered.report?.toolchain.work).toEqual({ filesHashed: 0, driverAsked: 0 })

    const text = await readFile(header, 'utf8')
    expect(text).toContain('Copyright')
    await writeFile(`${header}.new`, text.replace('Copyright', 'copyright'))
    await rename(`${header}.new`, header)
    await utimes(header, longAgo, longAgo)
    const { report, compiled, mismatches } = await rebuild('header')
    expect(report.toolchain.work?.filesHashed).toBe(1)
    expect(report.toolchain.id).not.toBe(coldReport.toolchain.id)
    expect(compiled).toEqual([...coldUnits.keys()].sort())
    expect(mismatches).toEqual([])
  })
})
