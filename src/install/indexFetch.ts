/**
 * Fetches an index (library_index.json, package_index.json; `.gz` is unpacked) from a URL or a local
 * file, and keeps a copy in `keepDir` that is used instead for `maxAgeMs`: a warm job asks no index
 * host, and a new release is seen at most that long after it appears (arduino-cli's own index is only
 * refreshed on `update-index`). The copy's age comes from a note written beside it, not from mtimes,
 * and so does its SHA-256: a kept copy is used only when its bytes match the note (a restored
 * cache is written by whoever could save under its key). Indexes are read whole, so their size, and
 * what a `.gz` one inflates to, are bounded.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { redactUrl } from '../redact.js'
import { splitCredentials } from './download.js'

export interface FetchedIndex<T> {
  url: string
  index: T
  /** True when this call downloaded it (false: the kept copy, or a local file). */
  downloaded: boolean
}

export const DEFAULT_INDEX_MAX_AGE_MS = 24 * 60 * 60 * 1000

/** Arduino's library_index.json is ~100 MB inflated; an index is held in memory whole. */
const MAX_INDEX_BYTES = 512 * 1024 * 1024

interface KeptNote {
  url: string
  fetchedAt: number
  /** Of the kept text (UTF-8). */
  sha256: string
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function tooBig(input: string, url: string, maxBytes: number): UsageError {
  return new UsageError(`${input}: ${redactUrl(url)} is larger than ${maxBytes / 1024 / 1024} MiB`)
}

/** The kept copy's file name: by URL, so two indexes never share one. */
export function keptIndexName(url: string): string {
  return `index-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.json`
}

function isRemote(url: string): boolean {
  return /^https?:\/\//i.test(url)
}

function decode(bytes: Buffer, url: string, input: string, maxBytes: number): string {
  if (!new URL(url, 'file:///').pathname.endsWith('.gz')) return bytes.toString('utf8')
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes }).toString('utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(input, url, maxBytes)
    throw new UsageError(`${input}: ${redactUrl(url)} is not gzip data`)
  }
}

/** A file's bytes, refused beyond `maxBytes` before it is read. */
async function readBounded(file: string, url: string, input: string, maxBytes: number): Promise<Buffer> {
  if ((await stat(file)).size > maxBytes) throw tooBig(input, url, maxBytes)
  return readFile(file)
}

/** A kept copy's note, or null when it is not JSON (a torn or foreign file: the copy is stale). */
function parseNote(text: string): KeptNote | null {
  try {
    return JSON.parse(text) as KeptNote
  } catch {
    return null
  }
}

async function readKept(file: string, url: string, maxAgeMs: number, now: number): Promise<string | null> {
  const noteText = await orMissing(readFile(`${file}.note`, 'utf8'), null)
  const note = noteText === null ? null : parseNote(noteText)
  if (note === null || note.url !== url || !(now - note.fetchedAt < maxAgeMs)) return null
  const text = await orMissing(readFile(file, 'utf8'), null)
  return text !== null && sha256Of(text) === note.sha256 ? text : null
}

/** Written beside, then renamed: a reader never sees half an index. */
async function writeKept(file: string, url: string, text: string, now: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.${randomUUID()}.tmp`
  await writeFile(temp, text)
  await rename(temp, file)
  const note: KeptNote = { url, fetchedAt: now, sha256: sha256Of(text) }
  await writeFile(`${temp}.note`, JSON.stringify(note))
  await rename(`${temp}.note`, `${file}.note`)
}

/** Time an index download may take; a host that cannot be reached fails at once. */
const INDEX_TIMEOUT_MS = 60_000

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer in ${INDEX_TIMEOUT_MS / 1000} s`
  const code = cause?.code ?? ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `${code}: the host name does not resolve (no network?)`
  if (code === 'ECONNREFUSED') return `${code}: nothing answers there`
  return code || (cause?.message ?? (error instanceof Error ? error.message : String(error)))
}

/**
 * One attempt, no retries: an index is asked for before anything is built, so an unreachable host
 * (no network, a typo) should say so at once, with what to do instead, not after a minute of retries.
 * Credentials in the URL go as a Basic header (download.ts), messages show the URL redacted, and
 * the body is refused past `maxBytes` as it arrives.
 */
async function download(url: string, input: string, maxBytes: number, hint: string): Promise<Buffer> {
  const fail = (why: string): UsageError =>
    new UsageError(
      `${input}: cannot download ${redactUrl(url)}: ${why}; give ${input} an index you can reach (a URL or a file)${hint}`
    )
  const { url: bare, authorization } = splitCredentials(url)
  let response: Response
  try {
    response = await fetch(bare, {
      signal: AbortSignal.timeout(INDEX_TIMEOUT_MS),
      headers: authorization === undefined ? {} : { authorization }
    })
  } catch (error) {
    throw fail(reasonOf(error))
  }
  if (!response.ok) throw fail(`HTTP ${response.status}`)
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooBig(input, url, maxBytes)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length
      if (size > maxBytes) throw tooBig(input, url, maxBytes)
      chunks.push(Buffer.from(chunk))
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw fail(reasonOf(error))
  }
  return Buffer.concat(chunks)
}

export interface FetchOptions<T> {
  /** Reads the text; throws a UsageError when it is no such index (then nothing is kept). */
  parse: (text: string) => T
  /** Where copies are kept; null keeps none. */
  keepDir: string | null
  maxAgeMs?: number
  now?: number
  /** What the index may be, inflated (default MAX_INDEX_BYTES). */
  maxBytes?: number
  /** Appended to the message when the index cannot be downloaded (e.g. ", or the library as a folder"). */
  unreachableHint?: string
}

export async function fetchIndex<T>(
  url: string,
  input: string,
  opts: FetchOptions<T>
): Promise<FetchedIndex<T>> {
  const maxBytes = opts.maxBytes ?? MAX_INDEX_BYTES
  if (!isRemote(url)) {
    const bytes = await orMissing(readBounded(url, url, input, maxBytes), null)
    if (bytes === null)
      throw new UsageError(`${input}: ${url}: no such file (expected an http(s) URL or an index file)`)
    return { url, index: opts.parse(decode(bytes, url, input, maxBytes)), downloaded: false }
  }
  const now = opts.now ?? Date.now()
  const kept = opts.keepDir === null ? null : path.join(opts.keepDir, keptIndexName(url))
  const fresh =
    kept === null ? null : await readKept(kept, url, opts.maxAgeMs ?? DEFAULT_INDEX_MAX_AGE_MS, now)
  // A kept copy that no longer parses (an older format) is fetched again.
  if (fresh !== null) {
    try {
      return { url, index: opts.parse(fresh), downloaded: false }
    } catch {
      // fall through to the download
    }
  }
  const text = decode(await download(url, input, maxBytes, opts.unreachableHint ?? ''), url, input, maxBytes)
  const index = opts.parse(text)
  if (kept !== null) await writeKept(kept, url, text, now)
  return { url, index, downloaded: true }
}
