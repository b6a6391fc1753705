/**
 * Libraries that change the link (arduino-cli compileLibrary), on the Uno: `dot_a_linkage=true`
 * links a library's objects as one archive (so an unreferenced member with a global constructor is
 * left out), `precompiled=true` links `src/<mcu>/lib*.a` through compiler.libraries.ldflags with
 * the library's `ldflags=`. arduino-builder 1.3.25 is the oracle for the first; for the second it
 * predates `precompiled`, so it gets the flags arduino-cli would add as a build property. The link
 * key names a precompiled archive by content: a new archive is a link miss.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { runBuild } from '../../src/engine/runBuild.js'
import type { BuildRequest, BuildResult } from '../../src/engine/types.js'
import { buildWithArduinoBuilder, ORACLE_DEFAULT_PREFS } from '../helpers/arduinoBuilder.js'
import { platformDir } from '../helpers/corpus.js'

const exec = promisify(execFile)

// Everything arduino-builder 1.3.25 demands of a 1.5 library.properties.
const ABOUT =
  'author=Test\nmaintainer=Test\nsentence=Test.\nparagraph=Test.\ncategory=Other\nurl=http://localhost\n'

const FILES: Record<string, string> = {
  'libraries/Dotted/library.properties': `name=Dotted\nversion=1.0.0\narchitectures=avr\ndot_a_linkage=true\n${ABOUT}`,
  'libraries/Dotted/src/Dotted.h': '#pragma once\nint dotted(int value);\n',
  'libraries/Dotted/src/Dotted.cpp': '#include "Dotted.h"\nint dotted(int value) { return value * 3; }\n',
  // Linked as an object, its constructor would run and stay in the firmware; as a member, never.
  'libraries/Dotted/src/more/Registry.cpp': `#include <Arduino.h>
struct Registry { Registry() { Serial.begin(1200); Serial.println(F("registry up")); } };
static Registry registry;
`,
  'libraries/Prebuilt/library.properties': `name=Prebuilt\nversion=1.0.0\narchitectures=avr\nprecompiled=true\nldflags=-lm\n${ABOUT}`,
  'libraries/Prebuilt/src/Prebuilt.h': '#pragma once\nextern "C" long prebuilt(long value);\n',
  'sketches/Linked/Linked.ino': `#include <Dotted.h>
#include <Prebuilt.h>
void setup() { Serial.begin(9600); }
void loop() { Serial.println(prebuilt(dotted(analogRead(A0)))); }
`
}

let work: string
let prebuiltDir: string

async function makePrebuiltArchive(multiplier: number): Promise<void> {
  const source = path.join(work, `prebuilt-${multiplier}.c`)
  await writeFile(source, `long prebuilt(long value) { return value * ${multiplier} + 7; }\n`)
  const object = `${source}.o`
  await exec('avr-gcc', ['-mmcu=atmega328p', '-Os', '-c', source, '-o', object])
  await rm(path.join(prebuiltDir, 'libprebuilt.a'), { force: true })
  await exec('avr-gcc-ar', ['rcs', path.join(prebuiltDir, 'libprebuilt.a'), object])
}

function request(buildDir: string, store: string | null): BuildRequest {
  return {
    sketches: [path.join(work, 'sketches', 'Linked')],
    fqbn: 'arduino:avr:uno',
    coreDirs: [platformDir],
    toolchainDir: null,
    libraryDirs: [path.join(work, 'libraries')],
    buildProperties: Object.entries(ORACLE_DEFAULT_PREFS),
    buildDir,
    storeDir: store,
    jobs: 2
  }
}

const hexOf = async (result: BuildResult): Promise<Buffer> => readFile(result.sketches[0]?.hex ?? '')

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-library-linkage-'))
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true })
    await writeFile(path.join(work, file), text)
  }
  prebuiltDir = path.join(work, 'libraries', 'Prebuilt', 'src', 'atmega328p')
  await mkdir(prebuiltDir, { recursive: true })
  await makePrebuiltArchive(5)
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('dot_a_linkage, precompiled= and ldflags=', () => {
  let cold: BuildResult

  beforeAll(async () => {
    cold = await runBuild(request(path.join(work, 'cold'), path.join(work, 'store')))
  })

  it('links as arduino-builder does: the library archive, the precompiled archive with its ldflags', async () => {
    expect(cold.sketches[0]?.error).toBeNull()
    const oracle = await buildWithArduinoBuilder({
      sketches: [path.join(work, 'sketches', 'Linked')],
      fqbn: 'arduino:avr:uno',
      outDir: path.join(work, 'oracle'),
      libraries: [path.join(work, 'libraries')],
      prefs: { 'compiler.libraries.ldflags': ` "-L${prebuiltDir}" -lm -lprebuilt  ` },
      resultCache: null
    })
    const theirs = oracle.get(path.join(work, 'sketches', 'Linked'))
    expect(theirs?.log).toContain('Dotted.a')
    expect(theirs?.hex?.equals(await hexOf(cold))).toBe(true)
    // The constructor of the member no symbol needs is not in the firmware.
    expect((await readFile(cold.sketches[0]?.elf ?? '')).includes('registry up')).toBe(false)
  })

  it('warm: a link hit with the same bytes; a new precompiled archive is a link miss', async () => {
    const warm = await runBuild(request(path.join(work, 'warm'), path.join(work, 'store')))
    expect([warm.sketches[0]?.link, warm.processes.link]).toEqual(['hit', 0])
    expect((await hexOf(warm)).equals(await hexOf(cold))).toBe(true)
    await makePrebuiltArchive(9)
    const changed = await runBuild(request(path.join(work, 'changed'), path.join(work, 'store')))
    const uncached = await runBuild(request(path.join(work, 'uncached'), null))
    expect([changed.sketches[0]?.link, changed.processes.link]).toEqual(['miss', 1])
    expect((await hexOf(changed)).equals(await hexOf(uncached))).toBe(true)
    expect((await hexOf(changed)).equals(await hexOf(cold))).toBe(false)
  })
})
