/**
 * Debian's avr-gcc 5.4 with Debian's Arduino core (the CLI's defaults on a Debian or Ubuntu machine)
 * fails every sketch: the core's WString.cpp needs DECIMAL_DIG, which that compiler's <float.h> does
 * not define for C++. So that pair gets `-DDECIMAL_DIG=9` in compiler.cpp.extra_flags, appended to the
 * value the user or the platform already gives, and the CLI says so once.
 */
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { loadPlatform } from '../arduino/platform.js'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { locateDefaultCore } from '../arduino/locateCore.js'
import { driverVersion, type IdentityMemo } from '../toolchain/identity.js'
import { locateToolchain } from '../toolchain/locate.js'

export const DEBIAN_CORE_DIR = '/usr/share/arduino/hardware/arduino/avr'
const DEBIAN_COMPILER_DIR = '/usr/bin'
const EXTRA_FLAGS = 'compiler.cpp.extra_flags'
const DECIMAL_DIG = '-DDECIMAL_DIG=9'

export interface DebianFacts {
  /** `avr-gcc -dumpversion`, null when it could not be asked. */
  compilerVersion: string | null
  compilerBinDir: string
  /** The real path of the platform folder the build uses. */
  coreDir: string
  /** compiler.cpp.extra_flags as platform.txt (and platform.local.txt) set it. */
  platformValue: string
  /** The user's own --build-property value for it, if any. */
  userValue: string | undefined
}

/** The compiler.cpp.extra_flags the build should use, or null when nothing is to be added. */
export function decimalDigValue(facts: DebianFacts): string | null {
  const debianPair =
    (facts.compilerVersion ?? '').startsWith('5.4.') &&
    facts.compilerBinDir === DEBIAN_COMPILER_DIR &&
    facts.coreDir === DEBIAN_CORE_DIR
  const current = facts.userValue ?? facts.platformValue
  if (!debianPair || current.includes('DECIMAL_DIG')) return null
  return `${current} ${DECIMAL_DIG}`.trim()
}

export interface DebianSetting {
  buildProperties: [string, string][]
  /** The one line that says what was added, or null. */
  note: string | null
}

/**
 * The result, or null when the user's setup is at fault (no compiler, no core, a bad platform): the
 * build reports that itself, in its own words. Any other error propagates.
 */
async function unlessSetupError<T>(operation: Promise<T>): Promise<T | null> {
  try {
    return await operation
  } catch (error) {
    if (error instanceof UsageError) return null
    throw error
  }
}

/** The build properties with the DECIMAL_DIG flag added when the build uses Debian's pair. */
export async function debianDefaults(options: {
  toolchainDir: string | null
  coreDirs: readonly string[]
  buildProperties: [string, string][]
  /** Where the compiler's version is remembered (the store's toolchain memo): no process on a warm run. */
  memo?: IdentityMemo
}): Promise<DebianSetting> {
  const unchanged = { buildProperties: options.buildProperties, note: null }
  const toolchain = await unlessSetupError(locateToolchain(options.toolchainDir))
  const coreDir = options.coreDirs[0] ?? (await unlessSetupError(locateDefaultCore()))
  if (toolchain === null || coreDir === null) return unchanged
  const realCore = await orMissing(realpath(coreDir), coreDir)
  if (realCore !== DEBIAN_CORE_DIR) return unchanged
  const version = await driverVersion(path.join(toolchain.binDir, 'avr-gcc'), options.memo)
  const platform = await unlessSetupError(loadPlatform(realCore))
  const userValue = [...options.buildProperties].reverse().find(([key]) => key === EXTRA_FLAGS)?.[1]
  const value = decimalDigValue({
    compilerVersion: version,
    compilerBinDir: await orMissing(realpath(toolchain.binDir), toolchain.binDir),
    coreDir: realCore,
    platformValue: platform?.properties.get(EXTRA_FLAGS) ?? '',
    userValue
  })
  if (value === null) return unchanged
  return {
    buildProperties: [
      ...options.buildProperties.filter(([key]) => key !== EXTRA_FLAGS),
      [EXTRA_FLAGS, value]
    ],
    note:
      `note: Debian's avr-gcc 5.4 with Debian's Arduino core: building with ${EXTRA_FLAGS}=${value} ` +
      `(its WString.cpp needs DECIMAL_DIG); give --build-property ${EXTRA_FLAGS}=... to add your own flags`
  }
}
