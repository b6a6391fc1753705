/**
 * Link, objcopy (hex, eep) and size of one sketch, with the platform's recipes.
 */
import path from 'node:path'
import { mergeProperties, type Properties } from '../arduino/properties.js'
import { parseSizeOutput, sizeVerdict, type SizeReport } from '../arduino/size.js'
import type { ProcessRunner } from './processes.js'
import { linkArgv, objcopyArgvs, sizeArgv } from './recipes.js'

export interface LinkOutputs {
  elf: string
  hex: string
  eep: string
}

export type LinkOutcome =
  | { ok: true; outputs: LinkOutputs; sizes: SizeReport; sizeLines: string[] }
  | { ok: false; error: string; sizes: SizeReport | null }

export function linkOutputs(props: Properties): LinkOutputs {
  const stem = path.join(props.get('build.path') ?? '', props.get('build.project_name') ?? '')
  return { elf: `${stem}.elf`, hex: `${stem}.hex`, eep: `${stem}.eep` }
}

/**
 * arduino-builder (and the IDE) add `,--relax` to the link flags for the ATmega2560, a fix kept in
 * the tool rather than in platform.txt; without it a Mega's firmware differs from the IDE's.
 */
export function withArduinoLinkQuirks(props: Properties): Properties {
  if (props.get('build.mcu') !== 'atmega2560') return props
  const flags = props.get('compiler.c.elf.flags') ?? ''
  return mergeProperties(props, new Map([['compiler.c.elf.flags', `${flags},--relax`]]))
}

/** Links `objects` with the core archive, makes the hex/eep files and checks the board's limits. */
export async function linkSketch(
  runner: ProcessRunner,
  props: Properties,
  objects: readonly string[],
  coreArchive: string
): Promise<LinkOutcome> {
  // The combine recipe names the archive as {build.path}/{archive_file}.
  const archiveFile = path.relative(props.get('build.path') ?? '', coreArchive)
  const linked = await runner.run('link', linkArgv(withArduinoLinkQuirks(props), objects, archiveFile))
  if (linked.code !== 0) return { ok: false, error: (linked.stdout + linked.stderr).trim(), sizes: null }
  for (const { name, argv } of objcopyArgvs(props)) {
    const copied = await runner.run('objcopy', argv)
    if (copied.code !== 0) {
      return { ok: false, error: `objcopy ${name}: ${(copied.stdout + copied.stderr).trim()}`, sizes: null }
    }
  }
  const sized = await runner.run('size', sizeArgv(props))
  if (sized.code !== 0)
    return { ok: false, error: `size: ${(sized.stdout + sized.stderr).trim()}`, sizes: null }
  const sizes = parseSizeOutput(sized.stdout, props)
  const verdict = sizeVerdict(sizes)
  if (!verdict.ok) return { ok: false, error: verdict.lines.join('\n'), sizes }
  return { ok: true, outputs: linkOutputs(props), sizes, sizeLines: verdict.lines }
}
