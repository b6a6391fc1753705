/**
 * The toolchain headers that can expand a location macro, and what the cache makes of headers it
 * cannot read: suspect, never an error. Folders that cannot be listed are links to themselves
 * (ELOOP), which fail for root too (root lists a chmod 000 folder).
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UnitCompiler } from '../../src/engine/compileUnits.js'
import { absolutePaths } from '../../src/engine/executionRoot.js'
import { ProcessRunner } from '../../src/toolchain/processes.js'
import { namedRoots, openStores, openUnitCache } from '../../src/unitCache/open.js'
import { ANY_HEADER, expandingSystemHeaders } from '../../src/unitCache/systemHeaders.js'

let work: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-system-headers-'))
})
afterAll(() => rm(work, { recursive: true, force: true }))

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text)
  return dir
}

async function looped(name: string): Promise<string> {
  const dir = path.join(work, name)
  await symlink(dir, dir)
  return dir
}

describe('expandingSystemHeaders', () => {
  it('names the headers that mention a macro and those that include them; a missing folder has none', async () => {
    const include = await folder('include', {
      'where.h': 'const char *where = __FILE__;\n',
      'uses.h': '#include <where.h>\n',
      'plain.h': 'int plain;\n'
    })
    const found = await expandingSystemHeaders([include, path.join(work, 'not-there')])
    expect([...found].sort()).toEqual(['uses.h', 'where.h'])
  })

  it('makes every header suspect when a folder cannot be listed', async () => {
    const include = await folder('readable', { 'plain.h': 'int plain;\n' })
    expect(await expandingSystemHeaders([include, await looped('unlisted')])).toEqual(new Set([ANY_HEADER]))
  })
})

describe('a unit whose system headers cannot all be listed', () => {
  /** Compiles a unit that mentions no macro into a fresh store; how many preprocessor checks ran. */
  async function checksFor(name: string, systemIncludeDirs: string[]): Promise<number> {
    const root = await folder(name, { 'plain.c': 'int answer(void) { return 42; }\n' })
    const buildDir = path.join(root, 'build')
    await mkdir(buildDir)
    const roots = namedRoots({
      toolchainDir: '/usr',
      platformDirs: [],
      libraries: [],
      sketches: [],
      buildDir,
      workspace: root,
      home: path.join(root, 'home')
    })
    const stores = openStores(path.join(root, 'store'), name)
    const cache = openUnitCache(stores, 'toolchain', roots, buildDir, systemIncludeDirs, 'absolute')
    const runner = new ProcessRunner(1)
    const source = path.join(root, 'plain.c')
    const object = path.join(buildDir, 'plain.c.o')
    const argv = ['/usr/bin/avr-gcc', '-c', '-Os', '-MMD', '-mmcu=atmega328p', source, '-o', object]
    const outcome = await new UnitCompiler(runner, cache, absolutePaths).compile({ source, object, argv })
    expect([outcome.ok, outcome.source]).toEqual([true, 'compiled'])
    return runner.counts.preprocess
  }

  it('is checked by the preprocessor, and still builds and is stored', async () => {
    expect(
      await checksFor('unit-listed', [await folder('unit-listed-include', { 'plain.h': 'int plain;\n' })])
    ).toBe(0)
    expect(await checksFor('unit-unlisted', [await looped('unit-unlisted-include')])).toBe(1)
  })
})
