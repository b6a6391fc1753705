/**
 * Link, objcopy (hex, eep, bin, ...) and size of one sketch, with the platform's recipes: the
 * commands as a pure description, then running them; the files they made, found by name.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { bootloaderImage, mergeWithBootloader } from '../arduino/bootloader.js'
import { expandProperties } from '../arduino/properties.js'
import { hookCommands, type HookPoint } from '../arduino/hooks.js'
import { mergeProperties, type Properties } from '../arduino/properties.js'
import { parseSizeOutput, sizeVerdict, type SizeReport } from '../arduino/size.js'
import { environmentFailure } from '../toolchain/failures.js'
import type { ProcessKind, ProcessRunner } from '../toolchain/processes.js'
import { linkArgv, objcopyArgvs, sizeArgv } from '../arduino/recipes.js'
import type { ExecutionRoot } from './executionRoot.js'
import { orMissing } from '../files.js'

// A type, not an interface: the link cache reads it as a name-to-path record.
export type LinkOutputs = { elf: string; hex: string; eep: string }

export interface LinkCommands {
  link: string[]
  objcopy: { name: string; argv: string[] }[]
  size: string[]
  /** The core archive the link reads. */
  archive: string
  outputs: LinkOutputs
  /** `<build.path>/<build.project_name>`: each file the recipes make is this stem, a dot and a suffix. */
  stem: string
  /** The link hooks (engine/hookRunner.ts), by point. */
  hooks: Record<LinkHookPoint, { key: string; argv: string[] }[]>
}

const LINK_HOOKS = [
  'linking.prelink',
  'linking.postlink',
  'objcopy.preobjcopy',
  'objcopy.postobjcopy'
] as const
type LinkHookPoint = (typeof LINK_HOOKS)[number] & HookPoint

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
    outputs: linkOutputs(props),
    stem: path.join(props.get('build.path') ?? '', props.get('build.project_name') ?? ''),
    hooks: Object.fromEntries(
      LINK_HOOKS.map(point => [point, hookCommands(props, point)])
    ) as LinkCommands['hooks']
  }
}

/**
 * Every file the link steps made, by its suffix after the stem (`elf`, `hex`, `bin`, `map`,
 * `with_bootloader.hex`, ...): whatever a platform's recipes name, so a link result holds them all.
 */
export async function madeOutputs(stem: string): Promise<Map<string, string>> {
  const prefix = `${path.basename(stem)}.`
  const entries = await orMissing(readdir(path.dirname(stem), { withFileTypes: true }), [])
  const made = new Map<string, string>()
  for (const entry of entries.filter(e => e.isFile() && e.name.startsWith(prefix)).sort(byName))
    made.set(entry.name.slice(prefix.length), path.join(path.dirname(stem), entry.name))
  return made
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0

/** A build folder is reused run to run: last run's outputs must not pass for this run's. */
export async function clearOutputs(stem: string): Promise<void> {
  // madeOutputs lists files only: unlink, without rm's look at what the path is first.
  for (const file of (await madeOutputs(stem)).values()) await orMissing(unlink(file), undefined)
}

/**
 * arduino-builder's `.with_bootloader.hex` (arduino/bootloader.ts), made from the .hex whether
 * linked or restored: a pure function of two files, never cached. None when the board names an
 * image the platform lacks, as arduino-builder ("Bootloader file specified but missing").
 */
export async function addBootloader(props: Properties, stem: string): Promise<void> {
  const image = bootloaderImage(props)
  if (image === null) return
  const [hex, bootloader] = await Promise.all([
    orMissing(readFile(`${stem}.hex`), null),
    orMissing(readFile(image), null)
  ])
  if (hex !== null && bootloader !== null)
    await writeFile(`${stem}.with_bootloader.hex`, mergeWithBootloader(hex, bootloader))
}

/** The file users upload: `recipe.output.tmp_file` (`<sketch>.ino.bin` on SAMD) when it was made, else the .hex. */
export function firmwareFile(props: Properties, made: ReadonlyMap<string, string>): string | null {
  const named = props.get('recipe.output.tmp_file')
  const buildPath = props.get('build.path') ?? ''
  const preferred = named === undefined ? null : path.join(buildPath, expandProperties(named, props))
  const files = [...made.values()]
  if (preferred !== null && files.includes(preferred)) return preferred
  return made.get('hex') ?? null
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
  const hooks = (point: LinkHookPoint) =>
    commands.hooks[point].map(({ key, argv }) => ({ kind: 'hook' as const, label: `${key}: `, argv }))
  const steps: { kind: ProcessKind; label: string; argv: readonly string[] }[] = [
    ...hooks('linking.prelink'),
    { kind: 'link', label: '', argv: commands.link },
    ...hooks('linking.postlink'),
    ...hooks('objcopy.preobjcopy'),
    ...commands.objcopy.map(({ name, argv }) => ({
      kind: 'objcopy' as const,
      label: `objcopy ${name}: `,
      argv
    })),
    ...hooks('objcopy.postobjcopy'),
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
