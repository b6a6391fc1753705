/**
 * Real processes sharing one store: `node --import tsx` children run the store code while the test
 * reads, compacts and kills. Every read must be a miss or a complete, self-consistent entry.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compactStats, prune, readStats, sha256Hex, Store, type LoadedEntry } from '../../src/store/index.js'
import { tempNameFor } from '../../src/store/atomic.js'
import { entryPath } from '../../src/store/entries.js'
import { sweepTempFiles, TEMP_MAX_AGE_MS } from '../../src/store/prune.js'

const STORE_MODULE = fileURLToPath(new URL('../../src/store/index.ts', import.meta.url))

// Each step: put a shared or own key, then load a shared key and check it; flush stats every 10 steps.
// Steps: a number; 'until-stopped' (SIGTERM ends it after the current step); 'forever' (big payloads,
// for a SIGKILL mid-write).
const WORKER = `
const [storeModule, root, writer, steps] = process.argv.slice(1)
const { Store, StatsRecorder, sha256Hex } = await import(storeModule)
const store = new Store(root, { runId: 'run-' + writer })
const stats = new StatsRecorder(root, 'run-' + writer)
const keyOf = name => sha256Hex(Buffer.from(name))
const seen = { hit: 0, miss: 0, corrupt: 0, invalid: 0 }
let stopped = false
process.on('SIGTERM', () => (stopped = true))
const endless = steps === 'forever' || steps === 'until-stopped'
for (let i = 0; !stopped && (endless || i < Number(steps)); i++) {
  const name = i % 2 === 0 ? 'shared-' + (i % 10) : writer + '-' + (i % 20)
  const payload = Buffer.from((writer + ':' + i + ';').repeat(steps === 'forever' ? 20000 : 50 + (i % 7) * 100))
  await store.put('objects', keyOf(name), { name, sha: sha256Hex(payload) }, new Map([['obj', payload]]))
  stats.add({ compilerInvocations: 1 })
  const got = await store.load('objects', keyOf('shared-' + ((i + 4) % 10)))
  if (got.kind === 'hit') {
    const ok = sha256Hex(got.value.blobs.get('obj')) === got.value.entry.meta.sha
    seen[ok ? 'hit' : 'invalid']++
    if (ok) stats.hit()
  } else {
    seen[got.kind]++
    stats.miss(got.kind === 'corrupt' ? 'corrupt-entry' : 'no-entry')
  }
  if (i % 10 === 9) await stats.flush()
  if (i === 3) process.stdout.write('started\\n')
}
await stats.flush()
process.stdout.write(JSON.stringify(seen) + '\\n')
`

interface Seen {
  hit: number
  miss: number
  corrupt: number
  invalid: number
}

function startWorker(
  root: string,
  writer: string,
  steps: string
): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', WORKER, STORE_MODULE, root, writer, steps],
    {
      cwd: path.resolve(path.dirname(STORE_MODULE), '../..'),
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', chunk => (stdout += chunk))
  child.stderr?.on('data', chunk => (stderr += chunk))
  const output = new Promise<string>((resolve, reject) =>
    child.on('close', (code, signal) =>
      code === 0 || signal === 'SIGKILL'
        ? resolve(stdout)
        : reject(new Error(`worker ${writer}: ${code} ${stderr}`))
    )
  )
  return { child, output }
}

function isConsistent(loaded: LoadedEntry): boolean {
  const meta = loaded.entry.meta as { sha?: string }
  const blob = loaded.blobs.get('obj')
  return blob !== undefined && sha256Hex(blob) === meta.sha
}

/** Loads every key the workers can write and sorts the outcomes. */
async function loadEverything(store: Store, writers: string[]): Promise<Seen> {
  const names = Array.from({ length: 10 }, (_, i) => `shared-${i}`)
  for (const writer of writers) names.push(...Array.from({ length: 20 }, (_, i) => `${writer}-${i}`))
  const kinds: Seen = { hit: 0, miss: 0, corrupt: 0, invalid: 0 }
  for (const name of names) {
    const loaded = await store.load('objects', sha256Hex(Buffer.from(name)))
    if (loaded.kind === 'hit') kinds[isConsistent(loaded.value) ? 'hit' : 'invalid']++
    else kinds[loaded.kind]++
  }
  return kinds
}

/** Every file under the store, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

let root: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-concurrent-'))
})
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

it('two processes writing the same and different keys never expose a torn entry; stats add up', async () => {
  const steps = 120
  const workers = [startWorker(root, 'a', String(steps)), startWorker(root, 'b', String(steps))]
  const reader = new Store(root, { runId: 'reader' })
  const parentSeen: Seen = { hit: 0, miss: 0, corrupt: 0, invalid: 0 }
  let running = true
  const done = Promise.all(workers.map(w => w.output)).finally(() => (running = false))
  while (running) {
    for (let i = 0; i < 10; i++) {
      const loaded = await reader.load('objects', sha256Hex(Buffer.from(`shared-${i}`)))
      if (loaded.kind === 'hit') parentSeen[isConsistent(loaded.value) ? 'hit' : 'invalid']++
      else parentSeen[loaded.kind]++
    }
    await compactStats(root) // compaction racing the writers' flushes must not lose counts
  }
  const seen = (await done).map(out => JSON.parse(out.trim().split('\n').pop() ?? '') as Seen)
  for (const s of [...seen, parentSeen])
    expect({ corrupt: s.corrupt, invalid: s.invalid }).toEqual({ corrupt: 0, invalid: 0 })
  expect(parentSeen.hit).toBeGreaterThan(0)

  const totals = (await readStats(root)).totals
  expect(totals.compilerInvocations).toBe(2 * steps)
  expect(totals.hits + totals.misses['no-entry']).toBe(2 * steps)
  expect(totals.hits).toBe((seen[0]?.hit ?? 0) + (seen[1]?.hit ?? 0))
  // Even steps write shared-{0,2,4,6,8}; odd steps write 10 own keys per writer.
  expect((await readStats(root)).entries).toBe(5 + 2 * 10)
})

/** Entries in the store under final names, so far. */
async function entryCount(): Promise<number> {
  return (await readStats(root)).entries
}

it('a writer killed with SIGKILL mid-way leaves a store that reads cleanly', async () => {
  const { child, output } = startWorker(root, 'k', 'forever')
  // Kill once it has stored a dozen entries, in the middle of writing more.
  while ((await entryCount()) < 12) await new Promise(resolve => setTimeout(resolve, 20))
  child.kill('SIGKILL')
  await output

  const kinds = await loadEverything(new Store(root), ['k'])
  expect(kinds.hit).toBeGreaterThanOrEqual(12)
  expect({ corrupt: kinds.corrupt, invalid: kinds.invalid }).toEqual({ corrupt: 0, invalid: 0 })
})

it('sweeping removes the temp files a killed writer left once they are old, and nothing else', async () => {
  const store = new Store(root, { runId: 'sweep' })
  const keys = ['a', 'b', 'c'].map(name => sha256Hex(Buffer.from(name)))
  for (const key of keys) await store.put('objects', key, null, new Map([['o', Buffer.from(key)]]))
  const files = await filesUnder(root)
  // What a writer killed between open and rename leaves: a temp file beside an entry and a blob.
  const old = tempNameFor(entryPath(root, 'objects', keys[0] ?? ''))
  const fresh = tempNameFor(entryPath(root, 'objects', keys[1] ?? ''))
  await fs.writeFile(old, 'partial')
  await fs.writeFile(fresh, 'partial')
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
  await fs.utimes(old, twoHoursAgo, twoHoursAgo)

  expect(await sweepTempFiles(root, Date.now() - TEMP_MAX_AGE_MS)).toBe(1)
  // The fresh one may be a live writer's: it stays. Every store file stays.
  expect(await filesUnder(root)).toEqual([...files, fresh].sort())
  for (const key of keys) expect((await store.load('objects', key)).kind).toBe('hit')
})

it('prune running beside a writer never removes a blob that an entry references', async () => {
  // Entries in use whose blobs are old (written two hours ago): prune may evict an entry with its
  // blob, never the blob alone.
  const reader = new Store(root, { runId: 'reader' })
  const stable = ['s0', 's1', 's2', 's3'].map(name => sha256Hex(Buffer.from(name)))
  for (const key of stable)
    await reader.put('objects', key, null, new Map([['o', Buffer.from(`stable ${key}`)]]))
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
  for (const blob of await filesUnder(path.join(root, 'blobs')))
    await fs.utimes(blob, twoHoursAgo, twoHoursAgo)

  const { child, output } = startWorker(root, 'w', 'until-stopped')
  const removed = { entries: 0, blobs: 0 }
  const stableSeen: Seen = { hit: 0, miss: 0, corrupt: 0, invalid: 0 }
  // Overwritten entries orphan their old blobs, collected once older than the grace (longer than a
  // put takes, even on a loaded machine). The writer runs until it has made 400 steps and prune has
  // removed entries and blobs beside it, however long that takes here; the deadline only turns a
  // prune that never removes anything into a failure.
  const writerSteps = async (): Promise<number> => (await readStats(root)).totals.compilerInvocations
  const deadline = Date.now() + 120_000
  while (
    (removed.entries === 0 || removed.blobs === 0 || (await writerSteps()) < 400) &&
    Date.now() < deadline
  ) {
    for (const key of stable) stableSeen[(await reader.load('objects', key)).kind]++
    const result = await prune(root, { maxBytes: 20_000, graceMs: 3000 })
    removed.entries += result.entriesRemoved
    removed.blobs += result.blobsRemoved
  }
  child.kill('SIGTERM')
  await output
  expect(removed.entries).toBeGreaterThan(0)
  expect(removed.blobs).toBeGreaterThan(0)
  // Evicting a stable entry is allowed (a miss); losing its blob while it is listed is not.
  expect(stableSeen.hit).toBeGreaterThan(0)
  expect(stableSeen.corrupt).toBe(0)
  const kinds = await loadEverything(new Store(root), ['w'])
  expect(kinds.hit).toBeGreaterThan(0)
  expect({ corrupt: kinds.corrupt, invalid: kinds.invalid }).toEqual({ corrupt: 0, invalid: 0 })
})
