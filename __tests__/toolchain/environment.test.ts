/**
 * The compiler's environment, one variable at a time, with the real avr-gcc: each variable gcc reads
 * is shown to change a compile when passed as is (a decoy header, program or file), and to change
 * nothing through the toolchain's runner, which strips it or pins it. So no key needs to see it.
 */
import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { STRIPPED_VARIABLES, toolchainEnvironment } from '../../src/toolchain/environment.js'
import { runProcess } from '../../src/toolchain/processes.js'

const FLAGS = ['-c', '-Os', '-Wall', '-mmcu=atmega328p']
let dir: string

/** A source that takes another value when a header named extra.h can be found. */
const SOURCE = `#if __has_include(<extra.h>)
#include <extra.h>
#else
#define VALUE 1
#endif
int value(void) { return VALUE; }
int unused(int x) { int y; return x; }
`

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fbuild-environment-'))
  await writeFile(path.join(dir, 'unit.c'), SOURCE)
  await writeFile(path.join(dir, 'unit.cpp'), SOURCE)
  await mkdir(path.join(dir, 'decoy-include'))
  await writeFile(path.join(dir, 'decoy-include', 'extra.h'), '#define VALUE 2\n')
  // A cc1 that fails, where GCC_EXEC_PREFIX and COMPILER_PATH would send the driver.
  const version = spawnSync('avr-gcc', ['-dumpversion'], { encoding: 'utf8' }).stdout.trim()
  for (const bin of [path.join(dir, 'decoy-prefix', 'avr', version), path.join(dir, 'decoy-programs')]) {
    await mkdir(bin, { recursive: true })
    await writeFile(path.join(bin, 'cc1'), '#!/bin/sh\necho decoy cc1 >&2\nexit 1\n')
    await chmod(path.join(bin, 'cc1'), 0o755)
  }
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

interface Compile {
  code: number
  object: Buffer | null
  messages: string
}

let compiles = 0

/** Compiles `source` with `extra` in the environment: through our runner, or as passed by a shell. */
async function compile(
  source: string,
  extra: NodeJS.ProcessEnv,
  through: 'runner' | 'raw'
): Promise<Compile> {
  const object = path.join(dir, `out-${++compiles}.o`)
  const argv = ['avr-gcc', ...FLAGS, path.join(dir, source), '-o', object]
  const env = { ...process.env, ...extra }
  let result: { code: number; stderr: string }
  if (through === 'runner') {
    result = await runProcess(argv, dir, env)
  } else {
    const raw = spawnSync(argv[0] ?? '', argv.slice(1), { cwd: dir, env, encoding: 'utf8' })
    result = { code: raw.status ?? 1, stderr: raw.stderr }
  }
  return {
    code: result.code,
    object: result.code === 0 ? await readFile(object) : null,
    messages: result.stderr
  }
}

/** A variable that changes a raw compile and nothing through the runner. */
async function expectStripped(source: string, extra: NodeJS.ProcessEnv): Promise<void> {
  const clean = await compile(source, {}, 'runner')
  expect(clean.code).toBe(0)
  const raw = await compile(source, extra, 'raw')
  expect(raw.code !== 0 || !raw.object?.equals(clean.object as Buffer)).toBe(true)
  const ours = await compile(source, extra, 'runner')
  expect(ours.code).toBe(0)
  expect(ours.object?.equals(clean.object as Buffer)).toBe(true)
}

describe('the toolchain environment', () => {
  it('CPATH: a decoy header is not found', () =>
    expectStripped('unit.c', { CPATH: path.join(dir, 'decoy-include') }))

  it('C_INCLUDE_PATH: a decoy header is not found', () =>
    expectStripped('unit.c', { C_INCLUDE_PATH: path.join(dir, 'decoy-include') }))

  it('CPLUS_INCLUDE_PATH: a decoy header is not found', () =>
    expectStripped('unit.cpp', { CPLUS_INCLUDE_PATH: path.join(dir, 'decoy-include') }))

  it('GCC_EXEC_PREFIX: the toolchain runs its own programs', () =>
    expectStripped('unit.c', { GCC_EXEC_PREFIX: `${path.join(dir, 'decoy-prefix')}/` }))

  it('COMPILER_PATH: the toolchain runs its own programs', () =>
    expectStripped('unit.c', { COMPILER_PATH: path.join(dir, 'decoy-programs') }))

  it('DEPENDENCIES_OUTPUT and SUNPRO_DEPENDENCIES: no dependency file on the side', async () => {
    for (const name of ['DEPENDENCIES_OUTPUT', 'SUNPRO_DEPENDENCIES']) {
      const side = path.join(dir, `${name}.d`)
      await compile('unit.c', { [name]: side }, 'raw')
      expect(existsSync(side)).toBe(true)
      await rm(side)
      const clean = await compile('unit.c', {}, 'runner')
      const ours = await compile('unit.c', { [name]: side }, 'runner')
      expect(existsSync(side)).toBe(false)
      expect(ours.object?.equals(clean.object as Buffer)).toBe(true)
    }
  })

  it('LANG and LC_*: messages are pinned to one language and quoting, the object is the same', async () => {
    const utf8 = { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C.UTF-8' }
    const raw = await compile('unit.c', utf8, 'raw')
    expect(raw.messages).toContain('\u2018y\u2019') // ‘y’, as gcc quotes in a UTF-8 locale
    const ours = await compile('unit.c', utf8, 'runner')
    const plain = await compile('unit.c', { LANG: '', LC_ALL: '' }, 'runner')
    expect(ours.messages).toContain("unused variable 'y'")
    expect(ours.messages).toBe(plain.messages)
    expect(ours.object?.equals(raw.object as Buffer)).toBe(true)
  })

  it('LIBRARY_PATH is removed, and the rest of the environment kept, SOURCE_DATE_EPOCH included', () => {
    const env = toolchainEnvironment({
      PATH: '/usr/bin',
      LIBRARY_PATH: '/decoy',
      SOURCE_DATE_EPOCH: '1700000000',
      LANGUAGE: 'de',
      LC_CTYPE: 'de_DE.UTF-8'
    })
    // gcc ignores LIBRARY_PATH when cross-compiling, so no compile can show it; it goes all the same.
    // SOURCE_DATE_EPOCH reaches an object only through __DATE__/__TIME__, which make a unit uncacheable.
    expect(env).toEqual({ PATH: '/usr/bin', SOURCE_DATE_EPOCH: '1700000000', LC_ALL: 'C' })
    for (const name of Object.keys(STRIPPED_VARIABLES))
      expect(toolchainEnvironment({ [name]: 'x' })).toEqual({ LC_ALL: 'C' })
  })
})
