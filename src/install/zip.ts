/**
 * Extracts a .zip archive with yauzl into a SafeTree (safeTree.ts: nothing lands outside the folder,
 * links included). `unzip` only drops `../` components with a warning and goes on, so an archive
 * built to escape would still install; here it fails the whole install instead. The central
 * directory's sizes are summed before any byte is written, so a zip bomb writes nothing; yauzl
 * checks each entry's real size against the declared one while it inflates.
 */
import { text } from 'node:stream/consumers'
import yauzl from 'yauzl'
import { UsageError } from '../errors.js'
import { LINK_TARGET_LIMIT, SafeTree, type ExtractLimits } from './safeTree.js'

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

async function open(file: string, label: string): Promise<yauzl.ZipFile> {
  try {
    // strictFileNames keeps `\` as a name character instead of a separator, so it cannot hide `..\`.
    return await yauzl.openPromise(file, { lazyEntries: true, strictFileNames: true })
  } catch (error) {
    throw new UsageError(`${label}: not a valid zip archive (${(error as Error).message})`)
  }
}

/** The declared totals, from the central directory only (nothing inflated). */
async function checkDeclared(file: string, tree: SafeTree): Promise<void> {
  const zip = await open(file, tree.label)
  try {
    if (zip.entryCount > tree.limits.entries) throw tree.tooMany()
    let bytes = 0
    for await (const entry of zip.eachEntry()) {
      bytes += entry.uncompressedSize
      if (bytes > tree.limits.bytes) throw tree.tooBig()
    }
  } finally {
    zip.close()
  }
}

async function extractEntries(file: string, tree: SafeTree): Promise<void> {
  const zip = await open(file, tree.label)
  try {
    for await (const entry of zip.eachEntry()) {
      const mode = (entry.externalFileAttributes >>> 16) & 0o177777
      const kind = mode & S_IFMT
      if (entry.fileName.endsWith('/') || kind === S_IFDIR) {
        await tree.directory(entry.fileName)
      } else if (kind === S_IFLNK) {
        // Checked before the read: the target is held in memory.
        if (entry.uncompressedSize > LINK_TARGET_LIMIT)
          throw tree.refuse(entry.fileName, `is a link longer than ${LINK_TARGET_LIMIT} bytes`)
        tree.symbolicLink(entry.fileName, await text(await zip.openReadStreamPromise(entry)))
      } else {
        const content = await zip.openReadStreamPromise(entry)
        await tree.file(entry.fileName, content, entry.uncompressedSize, (mode & 0o111) !== 0)
      }
    }
  } finally {
    zip.close()
  }
}

/** Extracts `file` into `dest` (created); `label` names the input in errors (`library "X@1.0"`). */
export async function extractZip(
  file: string,
  dest: string,
  label: string,
  limits: ExtractLimits
): Promise<void> {
  const tree = await SafeTree.create(dest, label, limits)
  try {
    await checkDeclared(file, tree)
    await extractEntries(file, tree)
    await tree.finish()
  } catch (error) {
    if (error instanceof UsageError) throw error
    // yauzl's own name checks ("invalid relative path: ../x", "absolute path: /x") land here too.
    const message = (error as Error).message
    const named = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(
      message
    )
    if (named?.[1] !== undefined) throw tree.refuse(named[1])
    throw new UsageError(`${label}: cannot extract the zip archive (${message})`)
  }
}
