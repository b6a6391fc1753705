import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { AVR_GCC, identifyArchiveToolchain, identifyToolchain } from '../../src/toolchain/identity.js'

/** A toolchain root as an archive extracts it: bin/avr-gcc (Debian's, linked) and library files. */
async function extracted(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  await symlink('/usr/bin/avr-gcc', path.join(dir, 'bin', 'avr-gcc'))
  await mkdir(path.join(dir, 'avr', 'lib'), { recursive: true })
  await writeFile(path.join(dir, 'avr', 'lib', 'libc.a'), 'archive members\n')
  await writeFile(path.join(dir, 'avr', 'include.h'), '#define X 1\n')
  return dir
}

const SHA = 'a'.repeat(64)
let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-identity-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the identity of a toolchain extracted from a verified archive', () => {
  it('is the same wherever the archive was extracted, and names the compiler version', async () => {
    const here = await extracted(path.join(root, 'tool-cache-1', 'avr-gcc'))
    await cp(here, path.join(root, 'tool-cache-2', 'avr-gcc'), { recursive: true, verbatimSymlinks: true })
    const first = await identifyArchiveToolchain(here, SHA)
    const second = await identifyArchiveToolchain(path.join(root, 'tool-cache-2', 'avr-gcc'), SHA)
    expect(second).toEqual(first)
    expect(first.id).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(first.version).toBe(
      execFileSync('/usr/bin/avr-gcc', ['-dumpversion'], { encoding: 'utf8' }).trim()
    )
    expect(first.fileCount).toBe(3)
  })

  it('changes with the archive checksum, a missing file or a file of another size', async () => {
    const dir = await extracted(path.join(root, 'changing', 'avr-gcc'))
    const before = (await identifyArchiveToolchain(dir, SHA)).id
    expect((await identifyArchiveToolchain(dir, 'b'.repeat(64))).id).not.toBe(before)
    await writeFile(path.join(dir, 'avr', 'include.h'), '#define X 10\n')
    const resized = (await identifyArchiveToolchain(dir, SHA)).id
    expect(resized).not.toBe(before)
    await unlink(path.join(dir, 'avr', 'lib', 'libc.a'))
    expect((await identifyArchiveToolchain(dir, SHA)).id).not.toBe(resized)
  })
})

/**
 * A bin/ folder with Debian's avr-gcc (linked) and `program` replaced by `stand-in`. The failures
 * below are ones root meets too (tests run as root in CI, and root reads any chmod 000 file).
 */
async function binWith(
  name: string,
  program: string,
  standIn: (file: string) => Promise<void>
): Promise<string> {
  const bin = path.join(root, name, 'bin')
  await mkdir(bin, { recursive: true })
  if (program !== 'avr-gcc') await symlink('/usr/bin/avr-gcc', path.join(bin, 'avr-gcc'))
  await standIn(path.join(bin, program))
  return bin
}

describe('the identity of a toolchain by content', () => {
  it('fails, naming the file, when a program of the recipes is there but cannot be read', async () => {
    const looped = await binWith('looped', 'avr-size', file => symlink(file, file))
    const identity = identifyToolchain(looped, undefined, AVR_GCC)
    await expect(identity).rejects.toThrow(UsageError)
    await expect(identity).rejects.toThrow(
      `toolchain file ${path.join(looped, 'avr-size')}: cannot read it (ELOOP)`
    )
    const folder = await binWith('folder', 'avr-objcopy', file => mkdir(file))
    await expect(identifyToolchain(folder, undefined, AVR_GCC)).rejects.toThrow(
      `toolchain file ${path.join(folder, 'avr-objcopy')}: cannot read it (EISDIR)`
    )
  })

  it('fails, naming the driver, when the driver is there but cannot be run', async () => {
    const bin = await binWith('driver', 'avr-gcc', file => mkdir(file))
    await expect(identifyToolchain(bin, undefined, AVR_GCC)).rejects.toThrow(
      `toolchain file ${path.join(bin, 'avr-gcc')}: cannot run it (EACCES)`
    )
  })

  it('leaves out a program of the recipes that is not there', async () => {
    const bin = await binWith('partial', 'avr-size', async () => {})
    const use = { ...AVR_GCC, programs: ['avr-gcc', 'avr-size'] }
    const identity = await identifyToolchain(bin, undefined, use)
    expect(identity.id).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(identity.version).toBe(
      execFileSync('/usr/bin/avr-gcc', ['-dumpversion'], { encoding: 'utf8' }).trim()
    )
  })
})
