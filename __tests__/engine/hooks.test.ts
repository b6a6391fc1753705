/**
 * Recipe hooks, on a platform made here from a copy of SAMD 1.8.14 (it has none of its own): a
 * `recipe.hooks.prebuild` that writes a generated header from a file of the platform (as ESP8266's
 * build_opt.h machinery does) and a `recipe.hooks.linking.postlink` that writes an extra file.
 * arduino-builder runs the same hooks and is the oracle. Warm (same store, another build folder):
 * the hooks run, no compiler does, the bytes are the same and the postlink file is restored.
 * Editing the hook's input changes the firmware, as an uncached build says it must.
 */
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../../src/engine/runBuild.js'
import type { BuildRequest, BuildResult } from '../../src/engine/types.js'
import { buildWithArduinoBuilder } from '../helpers/arduinoBuilder.js'
import { samdCorpus } from '../helpers/corpus.js'
import { copyTree } from '../helpers/toolchainCopy.js'

const FQBN = 'arduino:samd:mkrzero'
const PREFS = { 'runtime.tools.arm-none-eabi-gcc-7-2017q4.path': '/usr', 'runtime.ide.version': '10607' }

const HOOKS = `
recipe.hooks.prebuild.1.pattern=bash "{runtime.platform.path}/hooks/generate.sh" "{runtime.platform.path}" "{build.path}"
recipe.hooks.linking.postlink.1.pattern=bash "{runtime.platform.path}/hooks/postlink.sh" "{compiler.path}{compiler.objcopy.cmd}" "{build.path}/{build.project_name}"
`
const GENERATE = `set -e
mkdir -p "$2/sketch"
printf '#pragma once\\n#define GENERATED_VALUE %s\\n' "$(cat "$1/hooks/value.txt")" > "$2/sketch/generated.h"
`
const POSTLINK = `"$1" -O ihex -R .eeprom "$2.elf" "$2.postlink.hex"\n`
const SKETCH = `#include "generated.h"
void setup() { SerialUSB.begin(9600); }
void loop() { SerialUSB.println(GENERATED_VALUE); delay(1000); }
`

let work: string
let platformRoot: string
let sketch: string

const platformDir = (): string => path.join(platformRoot, 'hardware', 'arduino', 'samd', '1.8.14')

function request(buildDir: string, store: string | null): BuildRequest {
  return {
    sketches: [sketch],
    fqbn: FQBN,
    coreDirs: [platformDir()],
    toolsDirs: [path.join(platformRoot, 'tools')],
    toolchainDir: null,
    libraryDirs: [],
    buildProperties: Object.entries(PREFS),
    buildDir,
    storeDir: store,
    jobs: 2
  }
}

const output = async (result: BuildResult, name: string): Promise<Buffer> =>
  readFile(result.sketches[0]?.outputs?.[name] ?? '')

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-hooks-'))
  platformRoot = path.join(work, 'platform')
  await copyTree(samdCorpus().root, platformRoot)
  await appendFile(path.join(platformDir(), 'platform.txt'), HOOKS)
  await mkdir(path.join(platformDir(), 'hooks'))
  await writeFile(path.join(platformDir(), 'hooks', 'generate.sh'), GENERATE)
  await writeFile(path.join(platformDir(), 'hooks', 'postlink.sh'), POSTLINK)
  await writeFile(path.join(platformDir(), 'hooks', 'value.txt'), '4242\n')
  sketch = path.join(work, 'sketches', 'Generated')
  await mkdir(sketch, { recursive: true })
  await writeFile(path.join(sketch, 'Generated.ino'), SKETCH)
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('recipe hooks: a prebuild that generates a header, a postlink that writes a file', () => {
  let cold: BuildResult

  beforeAll(async () => {
    cold = await runBuild(request(path.join(work, 'cold'), path.join(work, 'store')))
  })

  it('builds what arduino-builder builds, running the same hooks', async () => {
    expect(cold.sketches[0]?.error).toBeNull()
    expect(cold.processes.hook).toBe(2)
    const oracle = await buildWithArduinoBuilder({
      sketches: [sketch],
      fqbn: FQBN,
      outDir: path.join(work, 'oracle'),
      platform: {
        hardwareDir: path.join(platformRoot, 'hardware'),
        toolsDir: path.join(platformRoot, 'tools'),
        compiler: 'arm-none-eabi-gcc',
        prefs: PREFS
      },
      resultCache: null
    })
    const theirs = oracle.get(sketch)
    expect(theirs?.ok).toBe(true)
    expect(theirs?.hex?.equals(await output(cold, 'hex'))).toBe(true)
    expect(theirs?.bin?.equals(await output(cold, 'bin'))).toBe(true)
    // The postlink hook's file: the .hex again, made from the .elf the link wrote.
    expect(theirs?.hex?.equals(await output(cold, 'postlink.hex'))).toBe(true)
  })

  it('warm: the hooks run, no compiler or linker does, the same bytes and the postlink file', async () => {
    const warm = await runBuild(request(path.join(work, 'warm'), path.join(work, 'store')))
    expect(warm.processes).toMatchObject({ compile: 0, preprocess: 0, link: 0, objcopy: 0, hook: 1 })
    expect(warm.sketches[0]?.link).toBe('hit')
    for (const name of ['hex', 'bin', 'postlink.hex'])
      expect([name, (await output(warm, name)).equals(await output(cold, name))]).toEqual([name, true])
  })

  it("editing the hook's input recompiles what reads the header, as an uncached build", async () => {
    await writeFile(path.join(platformDir(), 'hooks', 'value.txt'), '777\n')
    const edited = await runBuild(request(path.join(work, 'edited'), path.join(work, 'store')))
    const uncached = await runBuild(request(path.join(work, 'uncached'), null))
    expect(edited.sketches[0]?.units).toMatchObject({ misses: 1 })
    expect(edited.sketches[0]?.link).toBe('miss')
    expect((await output(edited, 'bin')).equals(await output(uncached, 'bin'))).toBe(true)
    expect((await output(edited, 'bin')).equals(await output(cold, 'bin'))).toBe(false)
  })
})
