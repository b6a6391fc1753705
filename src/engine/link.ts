/**
 * Link, objcopy (hex, eep) and size of one sketch, with the platform's recipes: the commands as a
 * pure description, then running them.
 */
import path from 'node:path'
import { mergeProperties, type Properties } from '../arduino/properties.js'
import { parseSizeOutput, sizeVerdict, type SizeReport } from '../arduino/size.js'
import { environmentFailure } from '../toolchain/failures.js'
import type { ProcessKind, ProcessRunner } from '../toolchain/processes.js'
import { linkArgv, objcopyArgvs, sizeArgv } from '../arduino/recipes.js'
import type { ExecutionRoot } from './executionRoot.js'

// A type, not an interface: the link cache reads it as a name-to-path record.
export type LinkOutputs = { elf: string; hex: string; eep: string }

export interface LinkCommands {
  link: string[]
  objcopy: { name: string; argv: string[] }[]
  size: string[]
  /** The core archive the link reads. */
  archive: string
  outputs: LinkOutputs
}

export type SizeOutcome =
  { ok: true; sizes: SizeReport; lines: string[] } | { ok: false; error: string; sizes: SizeReport }

function linkOutputs(props: Properties): LinkOutputs {
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

export function linkCommands(
  props: Properties,
  objects: readonly string[],
  coreArchive: string
): LinkCommands {
  // The combine recipe names the archive as {build.path}/{archive_file}.
  const archiveFile = path.relative(props.get('build.path') ?? '', coreArchive)
  return {
    link: linkArgv(withArduinoLinkQuirks(props), objects, archiveFile),
    objcopy: objcopyArgvs(props),
    size: sizeArgv(props),
    archive: coreArchive,
    outputs: linkOutputs(props)
  }
}

export type LinkOutcome =
  | { ok: true; sizeOutput: string }
  /** `environment`: why the environment, not the inputs, failed it (toolchain/failures.ts), else null. */
  | { ok: false; error: string; environment: string | null }

/** Runs the link and objcopy steps, then the size tool: its output, or the first failure's message. */
export async function runLink(
  runner: ProcessRunner,
  commands: LinkCommands,
  exec: ExecutionRoot
): Promise<LinkOutcome> {
  const steps: { kind: ProcessKind; label: string; argv: readonly string[] }[] = [
    { kind: 'link', label: '', argv: commands.link },
    ...commands.objcopy.map(({ name, argv }) => ({
      kind: 'objcopy' as const,
      label: `objcopy ${name}: `,
      argv
    })),
    { kind: 'size', label: 'size: ', argv: commands.size }
  ]
  let sizeOutput = ''
  for (const step of steps) {
    const result = await runner.run(step.kind, exec.command(step.argv), exec.cwd)
    if (result.code !== 0 || result.signal !== null) {
      const error = `${step.label}${exec.placeText((result.stdout + result.stderr).trim())}`
      return { ok: false, error, environment: environmentFailure(result) }
    }
    sizeOutput = result.stdout
  }
  return { ok: true, sizeOutput }
}

/** The board's limits applied to the size tool's output, with Arduino's messages. */
export function checkSizes(props: Properties, sizeOutput: string): SizeOutcome {
  const sizes = parseSizeOutput(sizeOutput, props)
  const verdict = sizeVerdict(sizes)
  return verdict.ok
    ? { ok: true, sizes, lines: verdict.lines }
    : { ok: false, error: verdict.lines.join('\n'), sizes }
}
