/**
 * The toolchain's identity, never its paths or mtimes. By content: every file that can change an
 * output (drivers, compilers proper, assembler, linker and its plugin, the C library's headers and
 * archives, linker scripts), hashed; hashing ~100 MB is kept to once per machine by a memo keyed on
 * (path, size, mtime, inode) of those files, a machine-local shortcut, never the cross-run truth.
 * Or, for a toolchain extracted from a verified archive, by that archive's SHA-256 and the list of
 * files extracted from it, which reads no file's content.
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
  /** Where the compiler finds its own headers (gcc's include, include-fixed; the C library's include). */
  includeDirs: string[]
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

interface ToolchainFolders {
  cc1Dir: string | null
  /** gcc's own folder (libgcc.a, include/, include-fixed/). */
  gccDir: string | null
  /** <sysroot>/lib/libc.a: the whole sysroot (headers, libraries, as and ld, linker scripts). */
  sysroot: string | null
}

async function askFolders(binDir: string): Promise<ToolchainFolders> {
  const driver = path.join(binDir, 'avr-gcc')
  const [cc1, libgcc, libc] = await Promise.all([
    askDriver(driver, '-print-prog-name=cc1'),
    askDriver(driver, '-print-libgcc-file-name'),
    askDriver(driver, '-print-file-name=libc.a')
  ])
  const dirOf = (file: string, levels: number): string | null =>
    path.isAbsolute(file) ? path.resolve(file, ...Array<string>(levels).fill('..')) : null
  return { cc1Dir: dirOf(cc1, 1), gccDir: dirOf(libgcc, 1), sysroot: dirOf(libc, 2) }
}

function includeDirsOf(folders: ToolchainFolders): string[] {
  const { gccDir, sysroot } = folders
  return [
    ...(gccDir === null ? [] : [path.join(gccDir, 'include'), path.join(gccDir, 'include-fixed')]),
    ...(sysroot === null ? [] : [path.join(sysroot, 'include')])
  ]
}

/** The folders the driver really uses: its programs, gcc's own libraries, and the C library. */
async function toolchainFolders(asked: ToolchainFolders): Promise<string[]> {
  const folders = [asked.cc1Dir, asked.gccDir, asked.sysroot].filter(
    (folder): folder is string => folder !== null
  )
  const resolved = await Promise.all(folders.map(folder => realpath(folder).catch(() => folder)))
  // A folder inside another is hashed once.
  const unique = [...new Set(resolved)].sort()
  return unique.filter(
    folder => !unique.some(other => other !== folder && folder.startsWith(other + path.sep))
  )
}

async function toolchainFiles(binDir: string, asked: ToolchainFolders): Promise<string[]> {
  const files = DRIVERS.map(name => path.join(binDir, name))
  for (const folder of await toolchainFolders(asked)) files.push(...(await filesUnder(folder)))
  return files
}

/** Relative names, so the same toolchain in another folder has the same identity. */
function nameWithin(file: string, binDir: string): string {
  return file.startsWith(binDir + path.sep)
    ? `bin/${path.basename(file)}`
    : file.split(path.sep).slice(-4).join('/')
}

/** Relative name and size of every file and link under `dir`: shows an extracted folder is whole. */
async function fileList(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const listed = await Promise.all(
    entries
      .filter(entry => entry.isFile() || entry.isSymbolicLink())
      .map(async entry => {
        const file = path.join(entry.parentPath, entry.name)
        const size = entry.isFile() ? (await stat(file)).size : 'link'
        return `${path.relative(dir, file).split(path.sep).join('/')}\u0000${size}`
      })
  )
  return listed.sort()
}

/**
 * The identity of the toolchain at `dir` (its root, holding bin/), extracted from the archive whose
 * verified SHA-256 is `archiveSha256`. The same archive extracted anywhere has the same identity.
 */
export async function identifyArchiveToolchain(
  dir: string,
  archiveSha256: string
): Promise<ToolchainIdentity> {
  const binDir = path.join(dir, 'bin')
  const [version, asked, files] = await Promise.all([
    askDriver(path.join(binDir, 'avr-gcc'), '-dumpversion'),
    askFolders(binDir),
    fileList(dir)
  ])
  const hash = createHash('sha256').update(`archive sha256:${archiveSha256}\n`)
  for (const file of files) hash.update(file).update('\n')
  return {
    id: `sha256:${hash.digest('hex')}`,
    version,
    fileCount: files.length,
    includeDirs: includeDirsOf(asked)
  }
}

export async function identifyToolchain(binDir: string, memo?: IdentityMemo): Promise<ToolchainIdentity> {
  const version = await askDriver(path.join(binDir, 'avr-gcc'), '-dumpversion')
  const asked = await askFolders(binDir)
  const includeDirs = includeDirsOf(asked)
  const files = (await toolchainFiles(binDir, asked)).sort()
  const stats = await Promise.all(files.map(file => stat(file).catch(() => null)))
  const statDigest = createHash('sha256')
    .update(JSON.stringify(files.map((file, i) => [file, stats[i]?.size, stats[i]?.mtimeMs, stats[i]?.ino])))
    .digest('hex')
  const remembered = await memo?.get(statDigest)
  if (remembered !== undefined && remembered !== null)
    return { id: remembered, version, fileCount: files.length, includeDirs }

  const hash = createHash('sha256')
  for (const file of files) {
    const content = await readFile(file).catch(() => null)
    if (content === null) continue
    hash.update(nameWithin(file, binDir)).update('\u0000').update(content).update('\u0000')
  }
  const id = `sha256:${hash.digest('hex')}`
  await memo?.set(statDigest, id)
  return { id, version, fileCount: files.length, includeDirs }
}
