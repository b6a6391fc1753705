/**
 * Indexes fetched through the real tool-cache client from 127.0.0.1 and kept for a day: a kept
 * copy is used only when its bytes match the SHA-256 noted when it was fetched (a restored cache is
 * whoever saved it), and a `.gz` index inflates only to its limit, refused in one line beyond it.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fetchIndex, keptIndexName } from '../../src/install/indexFetch.js'
import { parseLibraryIndex } from '../../src/install/libraryIndex.js'
import { startDownloadServer, type DownloadServer } from '../fixtures/downloadServer.js'
import { freshRunner } from '../helpers/runnerFolders.js'

const INDEX = '/library_index.json'
const BOMB = '/bomb_index.json.gz'
const release = {
  name: 'Real',
  version: '1.0.0',
  url: 'https://downloads.example/Real-1.0.0.zip',
  archiveFileName: 'Real-1.0.0.zip',
  size: 1234,
  checksum: `SHA-256:${'1'.repeat(64)}`
}

let root: string
let server: DownloadServer

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-index-fetch-'))
  const index = path.join(root, 'library_index.json')
  await writeFile(index, JSON.stringify({ libraries: [release] }))
  // 2 MiB of spaces (valid JSON whitespace) around an empty index, a few KB gzipped.
  const bomb = path.join(root, 'bomb_index.json.gz')
  await writeFile(bomb, gzipSync(Buffer.from(`${' '.repeat(2 * 1024 * 1024)}{"libraries": []}`)))
  server = await startDownloadServer({ [INDEX]: { file: index }, [BOMB]: { file: bomb } })
})

afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

const parse = (text: string) => parseLibraryIndex(text, '--library-index', 'the test index')

test('a kept index whose bytes were changed is not used: fetched again, and the copy replaced', async () => {
  const { temp } = await freshRunner(root, 'kept')
  const keepDir = path.join(root, 'kept', 'indexes')
  const url = server.url(INDEX)
  const first = await fetchIndex(url, '--library-index', { parse, keepDir })
  expect(first.downloaded).toBe(true)
  const second = await fetchIndex(url, '--library-index', { parse, keepDir })
  expect(second.downloaded).toBe(false)
  expect(server.requests(INDEX)).toBe(1)

  // What a poisoned cache entry would hold: the same note, another index.
  const evil = {
    ...release,
    url: 'https://evil.example/Real-1.0.0.zip',
    checksum: `SHA-256:${'e'.repeat(64)}`
  }
  await writeFile(path.join(keepDir, keptIndexName(url)), JSON.stringify({ libraries: [evil] }))
  const third = await fetchIndex(url, '--library-index', { parse, keepDir })
  expect(third.downloaded).toBe(true)
  expect(third.index.libraries.get('Real')?.[0]?.url).toBe(release.url)
  expect(server.requests(INDEX)).toBe(2)
  expect((await fetchIndex(url, '--library-index', { parse, keepDir })).downloaded).toBe(false)
  expect(await readdir(temp)).toEqual([])
})

test('a .gz index that inflates beyond its limit is refused in one line, nothing kept', async () => {
  await freshRunner(root, 'bomb')
  const keepDir = path.join(root, 'bomb', 'indexes')
  const url = server.url(BOMB)
  const attempt = fetchIndex(url, '--library-index', { parse, keepDir, maxBytes: 1024 * 1024 })
  await expect(attempt).rejects.toThrow(
    /^--library-index: http:\/\/127\.0\.0\.1:\d+\/bomb_index\.json\.gz is larger than 1 MiB$/
  )
  expect(await readdir(keepDir).catch(() => [])).toEqual([])
  // Under the default limit the same index reads.
  expect((await fetchIndex(url, '--library-index', { parse, keepDir })).index.libraries.size).toBe(0)
})
