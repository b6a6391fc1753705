/**
 * The toolchain's identity, never its paths or mtimes, for whichever GCC the platform's recipes
 * name (`compiler.c.cmd`: avr-gcc, arm-none-eabi-gcc, ...). By content: every file that can change
 * an output: the recipes' programs (compilers, archiver, objcopy, size), what the driver runs
 * (`-print-prog-name=cc1plus`, the assembler, the linker, collect2, the LTO plugin), the headers
 * the compiler reads on its own (not in -MMD's output), and the libraries, start files and linker
 * scripts of the multilib the board's flags select (`-print-multi-directory`): an ARM toolchain
 * carries ~2 GB of libraries for other cores, which no build of this board reads. The identity is
 * the hash of those files' names and content digests; a memo kept in the store (identityMemo.ts)
 * spares a warm run the driver's processes, the listing and the hashing of unchanged files. Or, for
 * a toolchain extracted from a verified archive, by that archive's SHA-256 and the list of files
 * extracted from it, which reads no file's content.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { orUnreadable } from '../files.js'
import {
  answersStand,
  memoKey,
  MISSING,
  parseMemo,
  parseVersionMemo,
  rememberedDigest,
  Stamps,
  type DriverAnswers,
  type FileRecord,
  type IdentityWork,
  type ToolchainMemo,
  type VersionMemo
} from './identityMemo.js'
import { runProcess } from './processes.js'

export interface ToolchainIdentity {
  id: string
  version: string
  /** How many files were fingerprinted. */
  fileCount: number
  /** Where the compiler finds its own headers (gcc's include, include-fixed; the C library's include). */
  includeDirs: string[]
  /** What this identity cost: files hashed and questions put to the driver (each one a process). */
  work: IdentityWork
}

/** Where the memo's records live (the store): by key, a JSON value; null when none is kept. */
export interface IdentityMemo {
  get(key: string): Promise<unknown>
  set(key: string, record: ToolchainMemo | VersionMemo): Promise<void>
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
function fromToolchain<T, F>(
  file: string,
  doing: 'read' | 'run',
  operation: Promise<T>,
  fallback: F
): Promise<T | F> {
  return orUnreadable(operation, fallback, code => {
    throw new UsageError(
      `toolchain file ${file}: cannot ${doing} it (${code}), and the toolchain's identity needs every file a build uses`
    )
  })
}

/** The driver's answer, or '' when it is not there or answers with an error. */
async function askDriver(driver: string, work: IdentityWork, ...question: string[]): Promise<string> {
  work.driverAsked++
  const result = await fromToolchain(driver, 'run', runProcess([driver, ...question]), null)
  return result?.code === 0 ? result.stdout.trim() : ''
}

const absoluteOrNull = (file: string): string | null => (path.isAbsolute(file) ? path.normalize(file) : null)

async function askAnswers(binDir: string, use: CompilerUse, work: IdentityWork): Promise<DriverAnswers> {
  const driver = path.join(binDir, use.driver)
  const [version, libgcc, libc, multilib, ...programs] = await Promise.all([
    askDriver(driver, work, '-dumpversion'),
    askDriver(driver, work, '-print-libgcc-file-name'),
    askDriver(driver, work, '-print-file-name=libc.a'),
    askDriver(driver, work, ...use.machineFlags, '-print-multi-directory'),
    ...DRIVEN_PROGRAMS.map(name => askDriver(driver, work, `-print-prog-name=${name}`)),
    ...DRIVEN_FILES.map(name => askDriver(driver, work, `-print-file-name=${name}`))
  ])
  const dirOf = (file: string, levels: number): string | null => {
    const absolute = absoluteOrNull(file)
    return absolute === null ? null : path.resolve(absolute, ...Array<string>(levels).fill('..'))
  }
  return {
    version,
    gccDir: dirOf(libgcc, 1),
    sysroot: dirOf(libc, 2),
    multilib: multilib === '' ? '.' : multilib,
    programs: programs.map(absoluteOrNull).filter((file): file is string => file !== null)
  }
}

function includeDirsOf(answers: DriverAnswers): string[] {
  const { gccDir, sysroot } = answers
  return [
    ...(gccDir === null ? [] : [path.join(gccDir, 'include'), path.join(gccDir, 'include-fixed')]),
    ...(sysroot === null ? [] : [path.join(sysroot, 'include')])
  ]
}

interface Listing {
  files: string[]
  /** Every folder the listing read, and those the answers point into: a change there re-lists. */
  folders: string[]
}

/** The files directly in `dir` (or in the whole tree) and the folders read; none when it is missing. */
async function listFolder(dir: string, recursive: boolean, listing: Listing): Promise<void> {
  listing.folders.push(dir)
  const entries = await fromToolchain(dir, 'read', readdir(dir, { recursive, withFileTypes: true }), [])
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile()) listing.files.push(file)
    else if (recursive && entry.isDirectory()) listing.folders.push(file)
  }
}

/**
 * Every file a build of this board can read from the toolchain: programs, headers (the C library's
 * include folder may be a link, as Debian's alternatives make it), and the libraries of the
 * default and the selected multilib, gcc's device specs and the linker scripts.
 */
async function listToolchain(binDir: string, use: CompilerUse, answers: DriverAnswers): Promise<Listing> {
  const listing: Listing = {
    files: [...use.programs.map(name => path.join(binDir, name)), ...answers.programs],
    folders: [binDir, ...answers.programs.map(file => path.dirname(file)), ...includeDirsOf(answers)]
  }
  const trees = await Promise.all(
    includeDirsOf(answers).map(dir => fromToolchain(dir, 'read', realpath(dir), dir))
  )
  const flat: string[] = []
  for (const base of [answers.gccDir, answers.sysroot === null ? null : path.join(answers.sysroot, 'lib')]) {
    if (base === null) continue
    flat.push(base, path.join(base, answers.multilib))
    trees.push(path.join(base, 'device-specs'), path.join(base, 'ldscripts'))
  }
  for (const dir of trees) await listFolder(dir, true, listing)
  for (const dir of flat) await listFolder(dir, false, listing)
  return { files: [...new Set(listing.files)].sort(), folders: [...new Set(listing.folders)].sort() }
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
  const work: IdentityWork = { filesHashed: 0, driverAsked: 0 }
  const [answers, files] = await Promise.all([askAnswers(binDir, use, work), fileList(dir)])
  const hash = createHash('sha256').update(`archive sha256:${archiveSha256}\n`)
  for (const file of files) hash.update(file).update('\n')
  return {
    id: `sha256:${hash.digest('hex')}`,
    version: answers.version,
    fileCount: files.length,
    includeDirs: includeDirsOf(answers),
    work
  }
}

/** Each file's record: the remembered digest when its stamp stands, else its content hashed now. */
async function recordFiles(
  files: readonly string[],
  previous: ToolchainMemo | null,
  stamps: Stamps,
  work: IdentityWork
): Promise<Record<string, FileRecord>> {
  const records: Record<string, FileRecord> = {}
  for (const file of files) {
    const stamp = await fromToolchain(file, 'read', stamps.of(file), null)
    const remembered = rememberedDigest(previous, file, stamp)
    if (remembered !== null) {
      records[file] = { stamp, sha256: remembered === MISSING ? null : remembered }
      continue
    }
    const content = await fromToolchain(file, 'read', readFile(file), null)
    if (content !== null) work.filesHashed++
    const sha256 = content === null ? null : createHash('sha256').update(content).digest('hex')
    records[file] = { stamp: content === null ? MISSING : stamp, sha256 }
  }
  return records
}

/** The identity: the multilib, and each present file's relative name and content digest. */
function identityOf(binDir: string, multilib: string, files: Record<string, FileRecord>): string {
  const hash = createHash('sha256').update(`digests\u0000${multilib}\u0000`)
  for (const [file, { sha256 }] of Object.entries(files)) {
    if (sha256 !== null)
      hash.update(nameWithin(file, binDir)).update('\u0000').update(sha256).update('\u0000')
  }
  return `sha256:${hash.digest('hex')}`
}

export async function identifyToolchain(
  binDir: string,
  memo?: IdentityMemo,
  use: CompilerUse = AVR_GCC,
  now: () => number = Date.now
): Promise<ToolchainIdentity> {
  const key = memoKey(binDir, use)
  const previous = memo === undefined ? null : parseMemo(await memo.get(key))
  const stamps = new Stamps(now)
  const work: IdentityWork = { filesHashed: 0, driverAsked: 0 }
  let answers: DriverAnswers
  let files: string[]
  let folders: string[]
  if (previous !== null && (await answersStand(previous, stamps))) {
    answers = previous.answers
    files = Object.keys(previous.files)
    folders = Object.keys(previous.folders)
  } else {
    answers = await askAnswers(binDir, use, work)
    ;({ files, folders } = await listToolchain(binDir, use, answers))
  }
  const records = await recordFiles(files, previous, stamps, work)
  const folderStamps = Object.fromEntries(
    await Promise.all(folders.map(async dir => [dir, await stamps.of(dir)]))
  )
  const next: ToolchainMemo = { schema: 1, answers, folders: folderStamps, files: records }
  if (memo !== undefined && JSON.stringify(next) !== JSON.stringify(previous)) await memo.set(key, next)
  return {
    id: identityOf(binDir, answers.multilib, records),
    version: answers.version,
    fileCount: files.length,
    includeDirs: includeDirsOf(answers),
    work
  }
}

/**
 * `<driver> -dumpversion`, or null when it cannot be asked; kept in the memo while the driver file's
 * stamp stands, so that a warm run starts no process to learn it.
 */
export async function driverVersion(
  driver: string,
  memo?: IdentityMemo,
  now: () => number = Date.now
): Promise<string | null> {
  const key = memoKey(driver, '-dumpversion')
  const stamp = await new Stamps(now).of(driver)
  const trusted = stamp !== null && stamp !== MISSING
  const remembered = memo === undefined ? null : parseVersionMemo(await memo.get(key))
  if (trusted && remembered?.stamp === stamp) return remembered.version
  const result = await fromToolchain(driver, 'run', runProcess([driver, '-dumpversion']), null)
  const version = result?.code === 0 ? result.stdout.trim() : null
  if (memo !== undefined && trusted && version !== null) await memo.set(key, { schema: 1, stamp, version })
  return version
}
