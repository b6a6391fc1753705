/**
 * Finds the toolchain whose bin/ holds the platform's compiler driver (`compiler.c.cmd`: avr-gcc,
 * arm-none-eabi-gcc, ...): the folder the user named, or the one on PATH.
 */
import { access, constants } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'

export interface Toolchain {
  /** The toolchain root: its `bin/` holds the driver. */
  dir: string
  binDir: string
}

const DEFAULT_DRIVER = 'avr-gcc'

export async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export async function locateToolchain(
  dir: string | null,
  searchPath = process.env.PATH ?? '',
  driver = DEFAULT_DRIVER
): Promise<Toolchain> {
  if (dir !== null) {
    const binDir = path.resolve(dir, 'bin')
    if (!(await isExecutable(path.join(binDir, driver)))) {
      throw new UsageError(`--toolchain ${dir}: no executable bin/${driver} in that folder`)
    }
    return { dir: path.resolve(dir), binDir }
  }
  for (const entry of searchPath.split(path.delimiter)) {
    if (entry !== '' && (await isExecutable(path.join(entry, driver)))) {
      const binDir = path.resolve(entry)
      return { dir: path.dirname(binDir), binDir }
    }
  }
  const hint = driver === DEFAULT_DRIVER ? 'install gcc-avr' : `put ${driver} on PATH`
  throw new UsageError(`no toolchain: ${driver} is not on PATH (${hint}, or pass --toolchain DIR)`)
}
