/**
 * A unit result carries what the compiler printed: a hit, at another location, replays the
 * warnings a compile there prints, with that location's paths (the oracle: an uncached compile at B).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UnitCompiler, type CompileUnit } from '../../src/engine/compileUnits.js'
import { createExecutionRoot, type ExecutionRoot } from '../../src/engine/executionRoot.js'
import { ProcessRunner } from '../../src/toolchain/processes.js'
import { namedRoots, openStores, openUnitCache } from '../../src/unitCache/open.js'
import { CACHE_OFF } from '../../src/unitCache/buildCache.js'
import { copyTree } from '../helpers/toolchainCopy.js'

const HEADER = `#pragma once
inline int half(int value) { int unused; return value / 2; }
`
const SOURCE = `#include "Noisy.h"
int twice(int value) { int spare; return half(value) * 4; }
`

/** A library `Noisy` at `root`, its unit compiled with -Wall into `root/build`. */
function placeAt(root: string): { unit: CompileUnit; library: string; build: string } {
  const library = path.join(root, 'libraries', 'Noisy')
  const build = path.join(root, 'build')
  const source = path.join(library, 'src', 'Noisy.cpp')
  const object = path.join(build, 'Noisy.cpp.o')
  const argv = ['avr-g++', '-c', '-Os', '-Wall', '-MMD', '-mmcu=atmega328p', source, '-o', object]
  return { unit: { source, object, argv }, library, build }
}

const execRoots: ExecutionRoot[] = []

/** A compiler at `root` as the engine runs it: in an execution root (relative paths), with a store or none. */
async function compilerAt(root: string, store: string | null): Promise<UnitCompiler> {
  const place = placeAt(root)
  const roots = namedRoots({
    toolchainDir: '/usr',
    platformDirs: [],
    libraries: [{ dir: place.library, name: 'Noisy', dirName: 'Noisy', location: 'user' }],
    sketches: [],
    buildDir: place.build,
    workspace: root,
    home: path.join(root, 'home')
  })
  const exec = await createExecutionRoot(roots)
  execRoots.push(exec)
  const cache =
    store === null ? CACHE_OFF : openUnitCache(openStores(store, 'test'), 'toolchain', roots, place.build)
  return new UnitCompiler(new ProcessRunner(1), cache, exec)
}

describe('unit results keep the compiler messages', () => {
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-messages-'))
    const src = path.join(placeAt(path.join(work, 'A')).library, 'src')
    await mkdir(src, { recursive: true })
    await writeFile(path.join(src, 'Noisy.h'), HEADER)
    await writeFile(path.join(src, 'Noisy.cpp'), SOURCE)
    await copyTree(path.join(work, 'A'), path.join(work, 'B'))
  })
  afterAll(async () => {
    await Promise.all(execRoots.map(exec => exec.dispose()))
    await rm(work, { recursive: true, force: true })
  })

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true })
  })

  it('replays the warnings of the compile, at the new location, on a hit', async () => {
    const store = path.join(work, 'store')
    const cold = await (
      await compilerAt(path.join(work, 'A'), store)
    ).compile(placeAt(path.join(work, 'A')).unit)
    expect(cold.source).toBe('compiled')
    expect(cold.messages).toMatch(/Noisy\.h:2:.*warning: unused variable/)
    expect(cold.messages).toMatch(/Noisy\.cpp:2:.*warning: unused variable/)

    const atB = placeAt(path.join(work, 'B'))
    const warm = await (await compilerAt(path.join(work, 'B'), store)).compile(atB.unit)
    const uncached = await (
      await compilerAt(path.join(work, 'B'), null)
    ).compile({
      ...atB.unit,
      argv: atB.unit.argv.map(arg => (arg === atB.unit.object ? `${atB.unit.object}.uncached.o` : arg))
    })
    expect(warm.source).toBe('hit')
    expect(uncached.messages).toContain(path.join(work, 'B', 'libraries'))
    expect(warm.messages).toBe(uncached.messages)
  })
})
