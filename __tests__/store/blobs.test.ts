import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { InternalError } from '../../src/errors.js'
import { writeFileAtomic } from '../../src/store/atomic.js'
import { readFileOrNull } from '../../src/files.js'
import { blobPath, getBlob, putBlob } from '../../src/store/blobs.js'
import { Store } from '../../src/store/store.js'

let root: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-blobs-'))
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

describe('writeFileAtomic', () => {
  it('creates folders, replaces the old content and leaves no temp file', async () => {
    const file = path.join(root, 'a', 'b', 'f.json')
    await writeFileAtomic(file, 'first')
    await writeFileAtomic(file, 'second')
    expect((await fs.readFile(file, 'utf8')) + (await fs.readdir(path.dirname(file))).join()).toBe(
      'secondf.json'
    )
  })

  it('leaves neither a final nor a temp file when the write fails', async () => {
    const file = path.join(root, 'target')
    await fs.mkdir(file) // renaming a file over a folder fails
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow()
    expect(await fs.readdir(root)).toEqual(['target'])
    expect(await readFileOrNull(path.join(root, 'absent'))).toBeNull()
  })
})

describe('blobs', () => {
  const content = Buffer.from('object file bytes\n'.repeat(100))

  it('stores under blobs/ab/<sha256> and reads back verified', async () => {
    const digest = await putBlob(root, content)
    expect(digest).toBe(sha(content))
    expect(path.relative(root, blobPath(root, digest))).toBe(path.join('blobs', digest.slice(0, 2), digest))
    const read = await getBlob(root, digest)
    expect(read.kind === 'hit' && read.value.equals(content)).toBe(true)
    expect(await getBlob(root, sha(Buffer.from('never stored')))).toEqual({ kind: 'miss' })
  })

  it('does not rewrite a valid blob but refreshes its mtime', async () => {
    const digest = await putBlob(root, content)
    const file = blobPath(root, digest)
    const old = new Date(Date.now() - 3600_000)
    await fs.utimes(file, old, old)
    const before = await fs.stat(file)
    await putBlob(root, content)
    const after = await fs.stat(file)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBeGreaterThan(before.mtimeMs + 3000_000)
  })

  it('reports a flipped byte as corrupt, the store removes the blob, and a re-put works', async () => {
    const store = new Store(root)
    await store.open()
    const digest = await putBlob(root, content)
    const file = blobPath(root, digest)
    const bytes = await fs.readFile(file)
    bytes[10] = (bytes[10] ?? 0) ^ 0x01
    await fs.writeFile(file, bytes)
    const read = await store.getBlob(digest)
    expect(read.kind).toBe('corrupt')
    expect(await readFileOrNull(file)).toBeNull()
    await putBlob(root, content)
    expect((await getBlob(root, digest)).kind).toBe('hit')
  })

  it('reports a truncated blob as corrupt, and putBlob repairs a corrupt copy in place', async () => {
    const digest = await putBlob(root, content)
    await fs.truncate(blobPath(root, digest), 7)
    await putBlob(root, content)
    expect((await getBlob(root, digest)).kind).toBe('hit')
    await fs.truncate(blobPath(root, digest), 7)
    expect(await getBlob(root, digest)).toMatchObject({ kind: 'corrupt' })
  })

  it('rejects a digest that is not SHA-256 hex', async () => {
    await expect(getBlob(root, '../../etc/passwd')).rejects.toBeInstanceOf(InternalError)
  })
})
