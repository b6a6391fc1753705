/**
 * Extracts a .zip archive with yauzl, refusing any entry whose path (or symlink target) would land
 * outside the target folder. `unzip` only drops `../` components with a warning and goes on, so an
 * archive built to escape would still install; here it fails the whole install instead.
 */
import { createWriteStream } from 'node:fs'
import { chmod, mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { text } from 'node:stream/consumers'
import yauzl from 'yauzl'
import { UsageError } from '../errors.js'

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

/** `target` resolved against `base`, or null when it is not inside `root`. Pure. */
export function insideRoot(root: string, base: string, target: string): string | null {
  const resolved = path.resolve(base, target)
  const relative = path.relative(root, resolved)
  return relative.startsWith('..') || path.isAbsolute(relative) ? null : resolved
}

function escapes(label: string, entry: string): UsageError {
  return new UsageError(`${label}: archive entry '${entry}' escapes the folder it is extracted to`)
}

/** Extracts `file` into `dest` (created); `label` names the input in errors (`library "X@1.0"`). */
export async function extractZip(file: string, dest: string, label: string): Promise<void> {
  await mkdir(dest, { recursive: true })
  // strictFileNames keeps `\` as a name character instead of a separator, so it cannot hide `..\`.
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, strictFileNames: true })
  } catch (error) {
    throw new UsageError(`${label}: not a valid zip archive (${(error as Error).message})`)
  }
  try {
    for await (const entry of zip.eachEntry()) {
      const target = insideRoot(dest, dest, entry.fileName)
      if (target === null || entry.fileName.includes('\\')) throw escapes(label, entry.fileName)
      const mode = (entry.externalFileAttributes >>> 16) & 0o177777
      if (entry.fileName.endsWith('/') || (mode & S_IFMT) === S_IFDIR) {
        await mkdir(target, { recursive: true })
        continue
      }
      await mkdir(path.dirname(target), { recursive: true })
      const stream = await zip.openReadStreamPromise(entry)
      if ((mode & S_IFMT) === S_IFLNK) {
        const link = await text(stream)
        if (insideRoot(dest, path.dirname(target), link) === null)
          throw escapes(label, `${entry.fileName} -> ${link}`)
        await symlink(link, target)
        continue
      }
      await pipeline(stream, createWriteStream(target, { flags: 'wx' }))
      if ((mode & 0o111) !== 0) await chmod(target, 0o755)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    // yauzl's own name checks ("invalid relative path: ../x", "absolute path: /x") land here too.
    const message = (error as Error).message
    const named = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(
      message
    )
    if (named?.[1] !== undefined) throw escapes(label, named[1])
    throw new UsageError(`${label}: cannot extract the zip archive (${message})`)
  } finally {
    zip.close()
  }
}
