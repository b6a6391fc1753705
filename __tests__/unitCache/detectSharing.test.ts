/**
 * Detection entries share their library's facts: two sketches of one library name one dependency-set
 * blob and keep only their own files inline; a warm run finds both without preprocessing; an edit
 * of a header of the library makes both detect again (the shared set no longer holds); an entry
 * with every fact inline (the layout before the shared set) is still honoured.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../../src/engine/runBuild.js'
import type { BuildRequest, BuildResult } from '../../src/engine/types.js'
import { platformDir } from '../helpers/corpus.js'

const FILES: Record<string, string> = {
  'libraries/Shared/library.properties': 'name=Shared\nversion=1.0.0\narchitectures=*\n',
  'libraries/Shared/src/Shared.h': '#pragma once\n#include "detail/Scale.h"\nint shared(int value);\n',
  'libraries/Shared/src/detail/Scale.h': '#pragma once\n#define SHARED_SCALE 3\n',
  'libraries/Shared/src/Shared.cpp':
    '#include "Shared.h"\nint shared(int value) { return value * SHARED_SCALE; }\n',
  'sketches/First/First.ino':
    '#include <Shared.h>\nvoid setup() { Serial.begin(9600); }\nvoid loop() { Serial.println(shared(1)); }\n',
  'sketches/Second/Second.ino':
    '#include <Shared.h>\nvoid setup() { Serial.begin(9600); }\nvoid loop() { Serial.println(shared(2)); }\n'
}

interface DetectEntry {
  blobs: Record<string, { sha256: string }>
  meta: { libraries: string[] | null; dependencies?: [string, string][] }
}

let scratch: string
let request: BuildRequest

async function detectEntries(): Promise<{ file: string; entry: DetectEntry }[]> {
  const root = path.join(scratch, 'store', 'sketches', 'entries', 'detect')
  const found: { file: string; entry: DetectEntry }[] = []
  for (const fan of await readdir(root)) {
    for (const name of await readdir(path.join(root, fan))) {
      const file = path.join(root, fan, name)
      found.push({ file, entry: JSON.parse(await readFile(file, 'utf8')) as DetectEntry })
    }
  }
  return found
}

const preprocessed = (result: BuildResult): number => result.processes.preprocess ?? 0

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-detect-sharing-'))
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(scratch, file)), { recursive: true })
    await writeFile(path.join(scratch, file), text)
  }
  request = {
    sketches: ['First', 'Second'].map(name => path.join(scratch, 'sketches', name)),
    fqbn: 'arduino:avr:uno',
    coreDirs: [platformDir],
    toolchainDir: null,
    libraryDirs: [path.join(scratch, 'libraries')],
    buildProperties: [['compiler.cpp.extra_flags', '-DDECIMAL_DIG=9']],
    buildDir: path.join(scratch, 'build'),
    storeDir: path.join(scratch, 'store'),
    jobs: 2
  }
  const cold = await runBuild(request)
  expect(cold.sketches.map(sketch => sketch.ok)).toEqual([true, true])
})

afterAll(() => rm(scratch, { recursive: true, force: true }))

it("keeps each sketch's own facts inline and the library's in one shared set", async () => {
  const entries = await detectEntries()
  expect(entries).toHaveLength(2)
  const sets = new Set(entries.map(({ entry }) => entry.blobs.dependencies?.sha256))
  expect(sets.size).toBe(1)
  expect([...sets][0]).toMatch(/^[0-9a-f]{64}$/)
  for (const { entry } of entries) {
    const own = (entry.meta.dependencies ?? []).map(([file]) => file)
    expect(own.length).toBeGreaterThan(0)
    expect(own.every(file => file.startsWith('{build}') || file.startsWith('{sketch/'))).toBe(true)
    expect(own.some(file => file.includes('Shared'))).toBe(false)
  }
})

it('finds both warm without preprocessing, and detects both again after a library header changes', async () => {
  const warm = await runBuild(request)
  expect(preprocessed(warm)).toBe(0)
  await writeFile(
    path.join(scratch, 'libraries/Shared/src/detail/Scale.h'),
    '#pragma once\n#define SHARED_SCALE 4\n'
  )
  const edited = await runBuild(request)
  // Both sketches' detection ran again: the shared set no longer holds for either.
  expect(edited.sketches.map(sketch => sketch.ok)).toEqual([true, true])
  expect(preprocessed(edited)).toBeGreaterThanOrEqual(2)
  expect(preprocessed(await runBuild(request))).toBe(0)
})

it('still honours an entry with every fact inline', async () => {
  // Rewrite each entry as the older layout: the shared set's facts inline, no blob.
  const setBlobs = path.join(scratch, 'store', 'sketches', 'blobs')
  for (const { file, entry } of await detectEntries()) {
    const digest = entry.blobs.dependencies?.sha256 ?? ''
    const shared = JSON.parse(await readFile(path.join(setBlobs, digest.slice(0, 2), digest), 'utf8')) as [
      string,
      string
    ][]
    const inline = [...(entry.meta.dependencies ?? []), ...shared].sort(([a], [b]) => (a < b ? -1 : 1))
    await writeFile(
      file,
      JSON.stringify({ ...entry, blobs: {}, meta: { ...entry.meta, dependencies: inline } })
    )
  }
  const warm = await runBuild(request)
  expect(warm.sketches.map(sketch => sketch.ok)).toEqual([true, true])
  expect(preprocessed(warm)).toBe(0)
})
