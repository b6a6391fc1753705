/**
 * The toolchain's identity by content: every file that can change an output (drivers, compilers
 * proper, assembler, linker and its plugin, the C library's headers and archives, linker scripts),
 * hashed, never its paths or mtimes. Hashing ~100 MB is kept to once per machine by a memo keyed
 * on (path, size, mtime, inode) of those files: a machine-local shortcut, never the cross-run truth.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { runProcess } from './processes.js'

export interface ToolchainIdentity {
  id: string
  version: string
  /** How many files were fingerprinted. */
  fileCount: number
}

/** A machine-local memo: a digest of the files' stat facts to the content identity. */
export interface IdentityMemo {
  get(statDigest: string): Promise<string | null>
  set(statDigest: string, id: string): Promise<void>
}

const DRIVERS = ['avr-gcc', 'avr-g++', 'avr-gcc-ar', 'avr-objcopy', 'avr-size']

async function askDriver(driver: string, question: string): Promise<string> {
  const result = await runProcess([driver, question])
  return result.code === 0 ? result.stdout.trim() : ''
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name))
}

/** The folders the driver really uses: its programs, gcc's own libraries, and the C library. */
async function toolchainFolders(binDir: string): Promise<string[]> {
  const driver = path.join(binDir, 'avr-gcc')
  const answers = await Promise.all([
    askDriver(driver, '-print-prog-name=cc1'),
    askDriver(driver, '-print-libgcc-file-name'),
    askDriver(driver, '-print-file-name=libc.a')
  ])
  const [cc1, libgcc, libc] = answers
  const folders = [
    cc1 !== undefined && path.isAbsolute(cc1) ? path.dirname(cc1) : null,
    libgcc !== undefined && path.isAbsolute(libgcc) ? path.dirname(libgcc) : null,
    // <sysroot>/lib/libc.a: the whole sysroot (headers, libraries, as and ld, linker scripts).
    libc !== undefined && path.isAbsolute(libc) ? path.dirname(path.dirname(libc)) : null
  ].filter((folder): folder is string => folder !== null)
  const resolved = await Promise.all(folders.map(folder => realpath(folder).catch(() => folder)))
  // A folder inside another is hashed once.
  const unique = [...new Set(resolved)].sort()
  return unique.filter(
    folder => !unique.some(other => other !== folder && folder.startsWith(other + path.sep))
  )
}

async function toolchainFiles(binDir: string): Promise<string[]> {
  const files = DRIVERS.map(name => path.join(binDir, name))
  for (const folder of await toolchainFolders(binDir)) files.push(...(await filesUnder(folder)))
  return files
}

/** Relative names, so the same toolchain in another folder has the same identity. */
function nameWithin(file: string, binDir: string): string {
  return file.startsWith(binDir + path.sep)
    ? `bin/${path.basename(file)}`
    : file.split(path.sep).slice(-4).join('/')
}

export async function identifyToolchain(binDir: string, memo?: IdentityMemo): Promise<ToolchainIdentity> {
  const version = await askDriver(path.join(binDir, 'avr-gcc'), '-dumpversion')
  const files = (await toolchainFiles(binDir)).sort()
  const stats = await Promise.all(files.map(file => stat(file).catch(() => null)))
  const statDigest = createHash('sha256')
    .update(JSON.stringify(files.map((file, i) => [file, stats[i]?.size, stats[i]?.mtimeMs, stats[i]?.ino])))
    .digest('hex')
  const remembered = await memo?.get(statDigest)
  if (remembered !== undefined && remembered !== null)
    return { id: remembered, version, fileCount: files.length }

  const hash = createHash('sha256')
  for (const file of files) {
    const content = await readFile(file).catch(() => null)
    if (content === null) continue
    hash.update(nameWithin(file, binDir)).update('\u0000').update(content).update('\u0000')
  }
  const id = `sha256:${hash.digest('hex')}`
  await memo?.set(statDigest, id)
  return { id, version, fileCount: files.length }
}
