/** Finds the avr-gcc toolchain: the folder the user named, or the one on PATH. */
import { access, constants } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'

export interface Toolchain {
  /** The toolchain root: its `bin/` holds avr-gcc. */
  dir: string
  binDir: string
}

const DRIVER = 'avr-gcc'

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export async function locateToolchain(
  dir: string | null,
  searchPath = process.env.PATH ?? ''
): Promise<Toolchain> {
  if (dir !== null) {
    const binDir = path.resolve(dir, 'bin')
    if (!(await isExecutable(path.join(binDir, DRIVER)))) {
      throw new UsageError(`--toolchain ${dir}: no executable bin/${DRIVER} in that folder`)
    }
    return { dir: path.resolve(dir), binDir }
  }
  for (const entry of searchPath.split(path.delimiter)) {
    if (entry !== '' && (await isExecutable(path.join(entry, DRIVER)))) {
      const binDir = path.resolve(entry)
      return { dir: path.dirname(binDir), binDir }
    }
  }
  throw new UsageError(`no toolchain: ${DRIVER} is not on PATH (install gcc-avr, or pass --toolchain DIR)`)
}
