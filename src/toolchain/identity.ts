/**
 * The toolchain's identity by content: the programs that can change an output (drivers, the
 * compilers proper, assembler, linker, LTO plugin), hashed, never their paths or mtimes.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runProcess } from '../build/processes.js'

export interface ToolchainIdentity {
  id: string
  version: string
  /** The files that were hashed, in hashing order. */
  files: string[]
}

const DRIVERS = ['avr-gcc', 'avr-g++']
const PROGRAMS = ['cc1', 'cc1plus', 'lto1', 'as', 'ld', 'collect2', 'lto-wrapper']
const LIBRARY_FILES = ['liblto_plugin.so']

async function askDriver(driver: string, question: string): Promise<string> {
  const result = await runProcess([driver, question])
  return result.code === 0 ? result.stdout.trim() : ''
}

/** Resolves where the driver finds its own programs: they are what really compiles. */
async function programFiles(binDir: string): Promise<string[]> {
  const driver = path.join(binDir, 'avr-gcc')
  const files = DRIVERS.map(name => path.join(binDir, name))
  for (const program of PROGRAMS) {
    const found = await askDriver(driver, `-print-prog-name=${program}`)
    if (path.isAbsolute(found)) files.push(found)
  }
  for (const library of LIBRARY_FILES) {
    const found = await askDriver(driver, `-print-file-name=${library}`)
    if (path.isAbsolute(found)) files.push(found)
  }
  return files
}

export async function identifyToolchain(binDir: string): Promise<ToolchainIdentity> {
  const version = await askDriver(path.join(binDir, 'avr-gcc'), '-dumpversion')
  const files = await programFiles(binDir)
  const hash = createHash('sha256')
  for (const file of files) {
    const content = await readFile(file).catch(() => null)
    if (content === null) continue
    hash.update(path.basename(file)).update('\u0000').update(content)
  }
  return { id: `sha256:${hash.digest('hex')}`, version, files }
}
