import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { identifyArchiveToolchain } from '../../src/toolchain/identity.js'

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
