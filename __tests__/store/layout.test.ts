import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Store } from '../../src/store/index.js'
import { changesEveryRun, storePaths } from '../../src/store/layout.js'
import { retireOldStores } from '../../src/store/root.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-layout-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the cache root', () => {
  it('tells the files that change on every run from the results', () => {
    expect(changesEveryRun(path.join('sketches', 'usage', 'run-1.log'))).toBe(true)
    expect(changesEveryRun(path.join('sketches', 'stats', 'delta.json'))).toBe(true)
    expect(changesEveryRun(path.join('sketches', 'entries', 'toolchain', 'ab', 'ab12.json'))).toBe(true)
    expect(changesEveryRun(path.join('sketches', 'entries', 'links', 'ab', 'ab12.json'))).toBe(false)
    expect(changesEveryRun(path.join('objects', 'blobs', 'ab', 'ab12'))).toBe(false)
  })

  it('retires a store of the old layout (build/) and leaves a folder that is no store', async () => {
    const old = new Store(path.join(root, 'build'), { runId: 'run-1' })
    await old.put('links', 'a'.repeat(64), { old: true })
    await new Store(storePaths(root).sketches, { runId: 'run-1' }).put('links', 'a'.repeat(64), { new: true })
    await retireOldStores(root)
    expect((await readdir(root)).sort()).toEqual(['sketches'])

    await mkdir(path.join(root, 'build'))
    await writeFile(path.join(root, 'build', 'notes.txt'), 'mine\n')
    await retireOldStores(root)
    expect(await readdir(path.join(root, 'build'))).toEqual(['notes.txt'])
  })

  // The caller runs it as a write of the store: a fault is warned once there (health.ts), never dropped.
  it('fails, keeping the old store, when it cannot be moved away', async () => {
    const old = new Store(path.join(root, 'build'), { runId: 'run-1' })
    await old.put('links', 'a'.repeat(64), { old: true })
    // Where it would be moved, a folder that is not empty: rename fails with ENOTEMPTY, for root too.
    const inTheWay = path.join(root, `.retired-${process.pid}-build`)
    await mkdir(inTheWay)
    await writeFile(path.join(inTheWay, 'notes.txt'), 'mine\n')
    await expect(retireOldStores(root)).rejects.toMatchObject({ code: 'ENOTEMPTY' })
    expect((await old.get('links', 'a'.repeat(64))).kind).toBe('hit')
  })
})
