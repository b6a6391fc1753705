/**
 * Failures are results, unless the environment caused them (src/toolchain/failures.ts). A compile
 * error is stored and replayed (same message, no process) until its inputs change; a compile that
 * failed because its compiler was killed, a program of the toolchain was missing or not
 * executable, memory ran out or the disk was full is never stored. Real avr-gcc throughout: the
 * environment faults are made in a copy of the toolchain (a killed or memory-capped cc1plus, a
 * missing or non-executable one) and with an object path on /dev/full.
 */
import { chmod, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UnitCompiler, type CompileUnit } from '../../src/engine/compileUnits.js'
import { absolutePaths } from '../../src/engine/executionRoot.js'
import { environmentFailure } from '../../src/toolchain/failures.js'
import { ProcessRunner } from '../../src/toolchain/processes.js'
import { namedRoots, openStores, openUnitCache } from '../../src/unitCache/open.js'
import type { NamedRoot } from '../../src/unitCache/roots.js'
import type { UnitCache } from '../../src/unitCache/unitCache.js'
import { makeCountingToolchain } from '../helpers/toolchainCopy.js'

const GOOD = 'int twice(int value) { return value * 2; }\n'
const BROKEN = 'int twice(int value) { return value * 2 }\n'

describe('which failures are stored', () => {
  let work: string
  let toolchain: string
  let cc1plus: string
  let roots: NamedRoot[]
  let runs = 0

  // A run's cache: its race guard refuses files changed since it opened, so each compile opens one.
  const cacheNow = (): UnitCache =>
    openUnitCache(
      openStores(path.join(work, 'store'), `run${runs}`),
      'toolchain',
      roots,
      path.join(work, 'build')
    )
  const compileNow = (unit: CompileUnit) =>
    new UnitCompiler(new ProcessRunner(1), cacheNow(), absolutePaths).compile(unit)

  /** A fresh unit (its own source, so its own key) compiled with the toolchain copy. */
  async function unitWith(text: string, object?: string): Promise<CompileUnit> {
    const name = `unit${++runs}`
    const source = path.join(work, 'lib', `${name}.cpp`)
    await writeFile(source, text)
    const target = object ?? path.join(work, 'build', `${name}.cpp.o`)
    const argv = [
      path.join(toolchain, 'bin', 'avr-g++'),
      '-c',
      '-Os',
      '-MMD',
      '-mmcu=atmega328p',
      source,
      '-o',
      target
    ]
    return { source, object: target, argv }
  }

  /** Compiles `unit` with cc1plus replaced by `script` (a shell script body), then restores it. */
  async function compileWithCc1plus(unit: CompileUnit, script: string | null, mode = 0o755) {
    await rename(cc1plus, `${cc1plus}.saved`)
    try {
      if (script !== null) {
        await writeFile(cc1plus, `#!/bin/sh\n${script}\n`)
        await chmod(cc1plus, mode)
      }
      return await compileNow(unit)
    } finally {
      await rename(`${cc1plus}.saved`, cc1plus)
    }
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-failures-'))
    toolchain = path.join(work, 'toolchain')
    await makeCountingToolchain(toolchain)
    const [version] = (await import('node:fs')).readdirSync(path.join(toolchain, 'lib', 'gcc', 'avr'))
    cc1plus = path.join(toolchain, 'lib', 'gcc', 'avr', version ?? '', 'cc1plus')
    await mkdir(path.join(work, 'lib'), { recursive: true })
    await mkdir(path.join(work, 'build'), { recursive: true })
    roots = namedRoots({
      toolchainDir: toolchain,
      platformDirs: [],
      libraries: [{ dir: path.join(work, 'lib'), name: 'lib', dirName: 'lib', location: 'user' }],
      sketches: [],
      buildDir: path.join(work, 'build'),
      workspace: work,
      home: path.join(work, 'home')
    })
  })

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true })
  })

  const storedFor = async (unit: CompileUnit): Promise<string> => {
    const cache = cacheNow()
    const found = await cache.lookupUnit(cache.keyOf(unit.argv))
    return found.kind === 'hit' ? 'stored' : `not stored (${found.reason})`
  }

  it('stores a compile error and replays it, message and all, until the source changes', async () => {
    const unit = await unitWith(BROKEN)
    const first = await compileNow(unit)
    expect([first.ok, first.source]).toEqual([false, 'failed'])
    expect(first.messages).toMatch(
      /error: expected ';' before '}' token|error: expected ‘;’ before ‘}’ token/
    )
    expect(environmentFailure({ code: 1, signal: null, stdout: '', stderr: first.messages })).toBeNull()

    const replayed = await compileNow(unit)
    expect([replayed.ok, replayed.source, replayed.messages]).toEqual([false, 'hit', first.messages])

    await writeFile(unit.source, GOOD)
    const rebuilt = await compileNow(unit)
    expect([rebuilt.ok, rebuilt.source, rebuilt.missReason]).toEqual([true, 'compiled', 'dependency-changed'])
  })

  const ENVIRONMENT_FAULTS: [string, string | null, number, RegExp][] = [
    ['a compiler killed by SIGKILL', 'kill -KILL $$', 0o755, /Killed/],
    ['a compiler stopped by a timeout (SIGTERM)', 'kill -TERM $$', 0o755, /Terminated/],
    ['a missing compiler', null, 0o755, /error trying to exec 'cc1plus'/],
    // gcc skips a program it cannot execute, and says so as for a missing one.
    ['a compiler that is not executable', 'exit 0', 0o644, /error trying to exec 'cc1plus'/]
  ]

  it.each(ENVIRONMENT_FAULTS)('never stores the failure of %s', async (_label, script, mode, message) => {
    const unit = await unitWith(GOOD)
    const failed = await compileWithCc1plus(unit, script, mode)
    expect(failed.ok).toBe(false)
    expect(failed.messages).toMatch(message)
    expect(environmentFailure({ code: 1, signal: null, stdout: '', stderr: failed.messages })).not.toBeNull()
    expect(await storedFor(unit)).toBe('not stored (no-entry)')
    // With the environment repaired the same unit compiles and is stored.
    expect((await compileNow(unit)).source).toBe('compiled')
    expect(await storedFor(unit)).toBe('stored')
  })

  it('never stores the failure of a compiler out of memory', async () => {
    // A large initializer in a compiler capped at 60 MB of address space: gcc's own allocator fails.
    const table = `const char table[] = {${Array.from({ length: 200000 }, (_, i) => i % 100).join(',')}};\n`
    const unit = await unitWith(table)
    const real = `${cc1plus}.saved.real`
    await symlink(`${cc1plus}.real`, real)
    const failed = await compileWithCc1plus(unit, `ulimit -v 60000\nexec "${real}" "$@"`)
    expect(failed.ok).toBe(false)
    expect(failed.messages).toMatch(/virtual memory exhausted|out of memory/)
    expect(await storedFor(unit)).toBe('not stored (no-entry)')
  })

  it('never stores the failure of a compile whose disk is full (ENOSPC)', async () => {
    const full = path.join(work, 'build', 'full.cpp.o')
    await symlink('/dev/full', full)
    const unit = await unitWith(GOOD, full)
    const failed = await compileNow(unit)
    expect(failed.ok).toBe(false)
    expect(failed.messages).toMatch(/No space left on device/)
    expect(await storedFor(unit)).toBe('not stored (no-entry)')
  })

  it('tells the environment from the inputs by signal and by what the tools say', () => {
    const said = (stderr: string, signal: NodeJS.Signals | null = null) =>
      environmentFailure({ code: signal === null ? 1 : 0, signal, stdout: '', stderr })
    expect(said('', 'SIGKILL')).toMatch(/SIGKILL/)
    expect(said('', 'SIGTERM')).toMatch(/SIGTERM/)
    expect(said('cc1plus: fatal error: x.cpp: Input/output error')).toMatch(/EIO/)
    expect(said("/tmp/cc.s: Fatal error: can't close x.o: No space left on device")).toMatch(/ENOSPC/)
    expect(said('cc1plus: out of memory allocating 65536 bytes after a total of 1 bytes')).toMatch(/memory/)
    expect(said("collect2: fatal error: cannot find 'ld'")).toMatch(/missing/)
    // Results: what the inputs made the tools say.
    expect(said("x.cpp:1:38: error: expected ';' before '}' token")).toBeNull()
    expect(said("x.ino.cpp.o: In function `loop':\nundefined reference to `missing()'")).toBeNull()
    expect(
      said("ld: x.elf section `.data' will not fit in region `data'\nregion `data' overflowed by 7 bytes")
    ).toBeNull()
    expect(said('x.ino:3:2: error: #error "for the ESP32 only"')).toBeNull()
  })
})
