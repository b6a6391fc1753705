/**
 * The toolchain's identity, never its paths or mtimes, for whichever GCC the platform's recipes
 * name (`compiler.c.cmd`: avr-gcc, arm-none-eabi-gcc, ...). By content: every file that can change
 * an output: the recipes' programs (compilers, archiver, objcopy, size), what the driver runs
 * (`-print-prog-name=cc1plus`, the assembler, the linker, collect2, the LTO plugin), the headers
 * the compiler reads on its own (not in -MMD's output), and the libraries, start files and linker
 * scripts of the multilib the board's flags select (`-print-multi-directory`): an ARM toolchain
 * carries ~2 GB of libraries for other cores, which no build of this board reads. Hashing is kept
 * to once per machine by a memo keyed on (path, size, mtime, inode) of those files, a
 * machine-local shortcut, never the cross-run truth. Or, for a toolchain extracted from a verified
 * archive, by that archive's SHA-256 and the list of files extracted from it, which reads no
 * file's content.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { isSystemError, UsageError } from '../errors.js'
import { orMissing } from '../files.js'
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

/** Which compiler, and what a build runs of it: from the platform's recipes (engine/toolchainUse.ts). */
export interface CompilerUse {
  /** The C compiler driver's file name (`compiler.c.cmd`). */
  driver: string
  /** Every program of the recipes found in bin/ (`compiler.*.cmd`), by file name. */
  programs: readonly string[]
  /** The board's machine flags (`-mcpu=...`, `-mthumb`, `-mmcu=...`): they select the multilib. */
  machineFlags: readonly string[]
}

export const AVR_GCC: CompilerUse = {
  driver: 'avr-gcc',
  programs: ['avr-gcc', 'avr-g++', 'avr-gcc-ar', 'avr-objcopy', 'avr-size'],
  machineFlags: []
}

/** What the driver runs itself: the compilers proper, the assembler, the linker and its helpers. */
const DRIVEN_PROGRAMS = ['cc1', 'cc1plus', 'collect2', 'as', 'ld', 'lto-wrapper', 'lto1']
const DRIVEN_FILES = ['liblto_plugin.so']

/**
 * `operation` on a toolchain file, or `fallback` when the file is not there (a program or folder this
 * toolchain lacks). A file that is there but cannot be read or run fails the identity, naming the
 * file: an identity that silently left it out would not change when it does.
 */
async function fromToolchain<T, F>(
  file: string,
  doing: 'read' | 'run',
  operation: Promise<T>,
  fallback: F
): Promise<T | F> {
  try {
    return await orMissing(operation, fallback)
  } catch (error) {
    if (!isSystemError(error)) throw error
    throw new UsageError(
      `toolchain file ${file}: cannot ${doing} it (${error.code}), and the toolchain's identity needs every file a build uses`
    )
  }
}

/** The driver's answer, or '' when it is not there or answers with an error. */
async function askDriver(driver: string, ...question: string[]): Promise<string> {
  const result = await fromToolchain(driver, 'run', runProcess([driver, ...question]), null)
  return result?.code === 0 ? result.stdout.trim() : ''
}

async function filesUnder(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await fromToolchain(dir, 'read', readdir(dir, { recursive, withFileTypes: true }), [])
  return entries.filter(entry => entry.isFile()).map(entry => path.join(entry.parentPath, entry.name))
}

interface ToolchainFolders {
  /** gcc's own folder (libgcc.a, include/, include-fixed/, device-specs/). */
  gccDir: string | null
  /** <sysroot>/lib/libc.a: the C library's headers, libraries and linker scripts. */
  sysroot: string | null
  /** The multilib the machine flags select, relative to the library folders ('.' for the default). */
  multilib: string
  /** The driven programs and the LTO plugin, resolved. */
  programs: string[]
}

const absoluteOrNull = (file: string): string | null => (path.isAbsolute(file) ? path.normalize(file) : null)

async function askFolders(binDir: string, use: CompilerUse): Promise<ToolchainFolders> {
  const driver = path.join(binDir, use.driver)
  const [libgcc, libc, multilib, ...programs] = await Promise.all([
    askDriver(driver, '-print-libgcc-file-name'),
    askDriver(driver, '-print-file-name=libc.a'),
    askDriver(driver, ...use.machineFlags, '-print-multi-directory'),
    ...DRIVEN_PROGRAMS.map(name => askDriver(driver, `-print-prog-name=${name}`)),
    ...DRIVEN_FILES.map(name => askDriver(driver, `-print-file-name=${name}`))
  ])
  const dirOf = (file: string, levels: number): string | null => {
    const absolute = absoluteOrNull(file)
    return absolute === null ? null : path.resolve(absolute, ...Array<string>(levels).fill('..'))
  }
  return {
    gccDir: dirOf(libgcc, 1),
    sysroot: dirOf(libc, 2),
    multilib: multilib === '' ? '.' : multilib,
    programs: programs.map(absoluteOrNull).filter((file): file is string => file !== null)
  }
}

function includeDirsOf(folders: ToolchainFolders): string[] {
  const { gccDir, sysroot } = folders
  return [
    ...(gccDir === null ? [] : [path.join(gccDir, 'include'), path.join(gccDir, 'include-fixed')]),
    ...(sysroot === null ? [] : [path.join(sysroot, 'include')])
  ]
}

/**
 * Every file a build of this board can read from the toolchain: programs, headers (the C library's
 * include folder may be a link, as Debian's alternatives make it), and the libraries of the
 * default and the selected multilib, gcc's device specs and the linker scripts.
 */
async function toolchainFiles(binDir: string, use: CompilerUse, asked: ToolchainFolders): Promise<string[]> {
  const files = [...use.programs.map(name => path.join(binDir, name)), ...asked.programs]
  const trees = await Promise.all(
    includeDirsOf(asked).map(dir => fromToolchain(dir, 'read', realpath(dir), dir))
  )
  const flat: string[] = []
  for (const base of [asked.gccDir, asked.sysroot === null ? null : path.join(asked.sysroot, 'lib')]) {
    if (base === null) continue
    flat.push(base, path.join(base, asked.multilib))
    trees.push(path.join(base, 'device-specs'), path.join(base, 'ldscripts'))
  }
  for (const dir of trees) files.push(...(await filesUnder(dir, true)))
  for (const dir of flat) files.push(...(await filesUnder(dir, false)))
  return [...new Set(files)].sort()
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

/** The C compiler driver in an extracted toolchain's bin/ (`<target>-gcc`), when not told. */
async function driverIn(binDir: string): Promise<string> {
  const names = (await fromToolchain(binDir, 'read', readdir(binDir), [])).filter(name =>
    /(^|-)gcc$/.test(name)
  )
  return names.sort()[0] ?? AVR_GCC.driver
}

/**
 * The identity of the toolchain at `dir` (its root, holding bin/), extracted from the archive whose
 * verified SHA-256 is `archiveSha256`. The same archive extracted anywhere has the same identity.
 */
export async function identifyArchiveToolchain(
  dir: string,
  archiveSha256: string,
  driver?: string
): Promise<ToolchainIdentity> {
  const binDir = path.join(dir, 'bin')
  const use = { ...AVR_GCC, driver: driver ?? (await driverIn(binDir)) }
  const [version, asked, files] = await Promise.all([
    askDriver(path.join(binDir, use.driver), '-dumpversion'),
    askFolders(binDir, use),
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

export async function identifyToolchain(
  binDir: string,
  memo?: IdentityMemo,
  use: CompilerUse = AVR_GCC
): Promise<ToolchainIdentity> {
  const driver = path.join(binDir, use.driver)
  const [version, asked] = await Promise.all([askDriver(driver, '-dumpversion'), askFolders(binDir, use)])
  const includeDirs = includeDirsOf(asked)
  const files = await toolchainFiles(binDir, use, asked)
  const stats = await Promise.all(files.map(file => fromToolchain(file, 'read', stat(file), null)))
  const statDigest = createHash('sha256')
    .update(JSON.stringify(asked.multilib))
    .update(JSON.stringify(files.map((file, i) => [file, stats[i]?.size, stats[i]?.mtimeMs, stats[i]?.ino])))
    .digest('hex')
  const remembered = await memo?.get(statDigest)
  if (remembered !== undefined && remembered !== null)
    return { id: remembered, version, fileCount: files.length, includeDirs }

  const hash = createHash('sha256').update(`${asked.multilib}\u0000`)
  for (const file of files) {
    const content = await fromToolchain(file, 'read', readFile(file), null)
    if (content === null) continue
    hash.update(nameWithin(file, binDir)).update('\u0000').update(content).update('\u0000')
  }
  const id = `sha256:${hash.digest('hex')}`
  await memo?.set(statDigest, id)
  return { id, version, fileCount: files.length, includeDirs }
}
