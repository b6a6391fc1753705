/**
 * The toolchain identity's memo in the store: a warm run asks the driver nothing and hashes
 * nothing, yet any change to a file of the toolchain is seen, even one that keeps its size and
 * mtime, and a file changed less than 2 s ago is hashed again. The oracle is the identity taken
 * without a memo.
 */
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile
} from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { orMissing } from '../../src/files.js'
import { Store } from '../../src/store/index.js'
import { driverVersion, identifyToolchain, type CompilerUse } from '../../src/toolchain/identity.js'
import { DISTRUST_MS, stampOf } from '../../src/toolchain/identityMemo.js'
import { storeIdentityMemo } from '../../src/unitCache/open.js'
import { installWrapper } from '../helpers/toolchainCopy.js'

/** Debian's driver (linked: it finds its compilers where it was installed) and copies of the rest. */
const COPIED = ['avr-g++', 'avr-objcopy', 'avr-size']
const USE: CompilerUse = {
  driver: 'avr-gcc',
  programs: ['avr-gcc', ...COPIED],
  machineFlags: ['-mmcu=atmega328p']
}

let root: string
let binDir: string
let storeDir: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-identity-memo-'))
  binDir = path.join(root, 'toolchain', 'bin')
  storeDir = path.join(root, 'store')
  await mkdir(binDir, { recursive: true })
  await symlink('/usr/bin/avr-gcc', path.join(binDir, 'avr-gcc'))
  for (const name of COPIED) await copyFile(path.join('/usr/bin', name), path.join(binDir, name))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Identifies with the memo in a store opened afresh, as each run does; `later` moves the clock on. */
const identify = (later = 0) =>
  identifyToolchain(binDir, storeIdentityMemo(new Store(storeDir)), USE, () => Date.now() + later)

/** A whole second in the past: a time utimes puts back exactly. */
const LONG_AGO = new Date('2024-01-02T03:04:05Z')

/** Another file of the same size under the same name, with its old mtime (LONG_AGO) put back. */
async function replaceKeepingSizeAndMtime(file: string, inPlace: boolean): Promise<void> {
  const before = await stat(file)
  const content = await readFile(file)
  content.writeUInt8(content.readUInt8(content.length - 1) ^ 0xff, content.length - 1)
  if (inPlace) await writeFile(file, content)
  else {
    await writeFile(`${file}.new`, content)
    await rename(`${file}.new`, file)
  }
  await utimes(file, LONG_AGO, LONG_AGO)
  const after = await stat(file)
  expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs])
}

describe('the toolchain identity memo', () => {
  it('spares a warm run every driver process and every hash, with the same identity', async () => {
    const cold = await identify(DISTRUST_MS)
    expect(cold.work.driverAsked).toBeGreaterThan(0)
    expect(cold.work.filesHashed).toBeGreaterThan(0)
    const warm = await identify(DISTRUST_MS)
    expect(warm.work).toEqual({ filesHashed: 0, driverAsked: 0 })
    const unmemoized = await identifyToolchain(binDir, undefined, USE)
    for (const identity of [warm, unmemoized])
      expect({ ...identity, work: null }).toEqual({ ...cold, work: null })
  })

  it.each([
    ['replaced by a new file (another inode)', false],
    ['rewritten in place (another ctime)', true]
  ])('sees a file %s of the same size with its mtime put back', async (_how, inPlace) => {
    await utimes(path.join(binDir, 'avr-size'), LONG_AGO, LONG_AGO)
    const before = await identify(DISTRUST_MS)
    expect((await identify(DISTRUST_MS)).work).toEqual({ filesHashed: 0, driverAsked: 0 })

    await replaceKeepingSizeAndMtime(path.join(binDir, 'avr-size'), inPlace)
    const after = await identify(DISTRUST_MS)
    expect(after.id).not.toBe(before.id)
    expect(after.work.filesHashed).toBe(1)
    expect(after.id).toBe((await identifyToolchain(binDir, undefined, USE)).id)
  })

  it('hashes a file changed less than 2 s ago again on the next run, until it has settled', async () => {
    // The clock stopped when the copies were made: none of their digests is trusted yet.
    const changed = (await Promise.all(COPIED.map(name => stat(path.join(binDir, name))))).map(s => s.ctimeMs)
    const [first, last] = [Math.min(...changed), Math.max(...changed)]
    const at = (moment: number) =>
      identifyToolchain(binDir, storeIdentityMemo(new Store(storeDir)), USE, () => moment)
    expect((await at(last)).work.filesHashed).toBeGreaterThan(COPIED.length)
    expect((await at(first + DISTRUST_MS - 1)).work.filesHashed).toBe(COPIED.length)
    expect((await at(last + DISTRUST_MS)).work.filesHashed).toBe(COPIED.length)
    expect((await at(last + DISTRUST_MS)).work).toEqual({ filesHashed: 0, driverAsked: 0 })
  })

  it("remembers the driver's version while the driver keeps its stamp", async () => {
    const driver = path.join(binDir, 'counted-gcc')
    const log = path.join(root, 'spawns.log')
    const spawns = async () => (await orMissing(readFile(log, 'utf8'), '')).split('\n').length - 1
    const version = () =>
      driverVersion(driver, storeIdentityMemo(new Store(storeDir)), () => Date.now() + DISTRUST_MS)
    const expected = execFileSync('/usr/bin/avr-gcc', ['-dumpversion'], { encoding: 'utf8' }).trim()
    process.env.FBUILD_SPAWN_LOG = log
    try {
      await installWrapper(driver, 'avr-gcc', '/usr/bin/avr-gcc')
      expect([await version(), await version()]).toEqual([expected, expected])
      expect(await spawns()).toBe(1)
      await installWrapper(driver, 'another-gcc', '/usr/bin/avr-gcc')
      expect(await version()).toBe(expected)
      expect(await spawns()).toBe(2)
    } finally {
      delete process.env.FBUILD_SPAWN_LOG
    }
  })

  it('trusts a stamp from 2 s after the last change of mtime or ctime on', () => {
    const facts = { size: 10, mtimeMs: 1_000, ctimeMs: 5_000, ino: 7 }
    expect(stampOf(facts, 5_000 + DISTRUST_MS - 1)).toBeNull()
    expect(stampOf(facts, 5_000 + DISTRUST_MS)).toBe('10:1000:5000:7')
  })
})
