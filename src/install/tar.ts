/**
 * Extracts a .tar.gz, .tar.bz2 or .tar.xz archive into a SafeTree (safeTree.ts), the rule zip.ts
 * follows too: tar-stream reads the entries, and gzip is inflated by zlib, bzip2 and xz by their own
 * programs (as GNU tar runs them for -j and -J). The inflated stream is counted as it flows, so a
 * bomb stops at the limit, header bytes included.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import tarStream from 'tar-stream'
import { UsageError } from '../errors.js'
import { SafeTree, type ExtractLimits } from './safeTree.js'

export type TarFormat = 'tar.gz' | 'tar.bz2' | 'tar.xz'

const PROGRAMS: Record<Exclude<TarFormat, 'tar.gz'>, string> = { 'tar.bz2': 'bzip2', 'tar.xz': 'xz' }

/** Each entry's header and padding: what a tar stream may hold beyond its files' content. */
const BYTES_PER_ENTRY = 1024

interface Inflated {
  stream: Readable
  /** Resolves when the inflater is done; rejects with its first error line. */
  done: Promise<void>
  stop(): void
}

function inflate(file: string, format: TarFormat, label: string): Inflated {
  if (format === 'tar.gz') {
    const stream = createReadStream(file).pipe(createGunzip())
    return { stream, done: Promise.resolve(), stop: () => stream.destroy() }
  }
  const program = PROGRAMS[format]
  const child: ChildProcess = spawn(program, ['-dc', file], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString()
  })
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', error =>
      reject(new UsageError(`${label}: cannot run ${program} to read the archive (${error.message})`))
    )
    child.on('close', (code, signal) => {
      if (code === 0 || signal === 'SIGTERM') resolve()
      else reject(new UsageError(`${label}: not a ${format} archive (${stderr.trim().split('\n')[0] ?? ''})`))
    })
  })
  return { stream: child.stdout as Readable, done, stop: () => child.kill('SIGTERM') }
}

async function extractEntries(inflated: Inflated, tree: SafeTree): Promise<void> {
  let inflatedBytes = 0
  const cap = tree.limits.bytes + tree.limits.entries * BYTES_PER_ENTRY
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflatedBytes += chunk.length
      done(inflatedBytes > cap ? tree.tooBig() : null, chunk)
    }
  })
  const extract = tarStream.extract()
  const feeding = pipeline(inflated.stream, counter, extract)
  try {
    for await (const entry of extract) {
      const { name, type, linkname, size, mode } = entry.header
      if (type === 'directory') await tree.directory(name)
      else if (type === 'file' || type === 'contiguous-file')
        await tree.file(name, entry as unknown as AsyncIterable<Buffer>, size, (mode & 0o111) !== 0)
      else if (type === 'symlink') tree.symbolicLink(name, linkname)
      else if (type === 'link') await tree.hardLink(name, linkname)
      else throw tree.refuse(name, `is a ${type}, which no platform or library ships`)
      entry.resume()
    }
    await feeding
  } finally {
    inflated.stop()
    // Wait for the pipeline to wind down; its error, if any, follows from the one already thrown.
    await Promise.allSettled([feeding])
  }
}

/** Extracts `file` into `dest` (created); `label` names the input in errors. */
export async function extractTar(
  file: string,
  format: TarFormat,
  dest: string,
  label: string,
  limits: ExtractLimits
): Promise<void> {
  const tree = await SafeTree.create(dest, label, limits)
  const inflated = inflate(file, format, label)
  try {
    await extractEntries(inflated, tree)
    await inflated.done
    await tree.finish()
  } catch (error) {
    inflated.stop()
    const inflaterError: unknown = await inflated.done.then(
      () => null,
      (failure: unknown) => failure
    )
    // A refusal stands (the inflater then died of the closed pipe); otherwise the inflater's own
    // complaint (corrupt data) says more than the truncated stream it left.
    if (error instanceof UsageError) throw error
    if (inflaterError !== null) throw inflaterError
    throw new UsageError(`${label}: cannot extract the ${format} archive (${(error as Error).message})`)
  }
}
