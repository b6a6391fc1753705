/** Where an Arduino AVR platform is found when the user names none. */
import { readdir, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'

async function isDir(dir: string): Promise<boolean> {
  return (await orMissing(stat(dir), null))?.isDirectory() ?? false
}

/** Newest version folder first, by numeric comparison of dotted versions. */
function byVersionDescending(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pb[i] ?? 0) - (pa[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The platform folders tried in order: the Arduino IDE/CLI's own install, then Debian's package. */
async function defaultCoreCandidates(home = homedir()): Promise<string[]> {
  const boardsManagerDir = path.join(home, '.arduino15', 'packages', 'arduino', 'hardware', 'avr')
  const versions = (await orMissing(readdir(boardsManagerDir), [])).sort(byVersionDescending)
  return [
    ...versions.map(version => path.join(boardsManagerDir, version)),
    path.join(path.sep, 'usr', 'share', 'arduino', 'hardware', 'arduino', 'avr')
  ]
}

/** FBUILD_CORE_DIR (the action exports the core it installed), else the usual install places. */
export async function locateDefaultCore(
  home = homedir(),
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const fromEnv = env.FBUILD_CORE_DIR
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const candidates = await defaultCoreCandidates(home)
  for (const candidate of candidates) {
    if (await isDir(candidate)) return candidate
  }
  throw new UsageError(
    `no Arduino core found (looked in ${candidates.join(', ')}): pass --core DIR or install arduino-core-avr`
  )
}
