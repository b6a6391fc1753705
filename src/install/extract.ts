/** Extracts an archive of any format fbuild-action installs, by the one rule of safeTree.ts. */
import type { ArchiveFormat } from './sources.js'
import type { ExtractLimits } from './safeTree.js'
import { extractTar } from './tar.js'
import { extractZip } from './zip.js'

export function extractArchive(
  file: string,
  format: ArchiveFormat,
  dest: string,
  label: string,
  limits: ExtractLimits
): Promise<void> {
  return format === 'zip'
    ? extractZip(file, dest, label, limits)
    : extractTar(file, format, dest, label, limits)
}
