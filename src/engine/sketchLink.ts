/**
 * A sketch's link step: restored from the cache when a link with the same key was stored (its
 * outputs, or its failure), else the objects written out, the core and library archives made, the
 * link, objcopy and size steps run (link.ts), and the result stored unless the environment failed
 * it. A link is keyed by its commands and the names of everything it reads (unitCache/linkCache.ts).
 */
import { readFile } from 'node:fs/promises'
import type { Properties } from '../arduino/properties.js'
import { HOOK_POINTS } from '../arduino/hooks.js'
import { orMissing } from '../files.js'
import type { MissReason } from '../store/index.js'
import { storeMissReason } from '../unitCache/buildCache.js'
import type { MissDetail } from '../unitCache/explain.js'
import { objectName } from '../unitCache/linkCache.js'
import { digestOf } from '../unitCache/keys.js'
import type { RunContext } from './buildSession.js'
import type { UnitOutcome } from './compileUnits.js'
import { hookArgvs } from './hookRunner.js'
import { makeLibraryArchives, precompiledNames, type LibraryLink } from './libraryLink.js'
import { clearOutputs, madeOutputs, runLink, type LinkCommands } from './link.js'

export interface LinkInput {
  /** The sketch's board properties. */
  props: Properties
  commands: LinkCommands
  /** The units whose objects the link names (sketch, libraries, variant). */
  objectUnits: readonly UnitOutcome[]
  /** The core archive's members, in order. */
  coreUnits: readonly UnitOutcome[]
  libraryLink: LibraryLink
}

export interface LinkResult {
  link: 'hit' | 'miss'
  /** The size tool's output: null when the link failed (now or when it was stored). */
  sizeOutput: string | null
  error: string | null
  /** Why the cache missed, as the report counts it; null for a hit or when no store was asked. */
  missReason: MissReason | null
  /** Its finer name (unitCache/explain.ts MISS_DETAILS): `units-changed` or `command-changed`. */
  missDetail: MissDetail | null
}

const nameOf = (outcome: UnitOutcome): string | null => objectName(outcome.resultKey, outcome.objectSha256)

/** The link's key: its commands, and every file it reads named by content or by its unit's result. */
async function linkKey(ctx: RunContext, input: LinkInput): Promise<string | null> {
  const { props, commands, objectUnits, coreUnits, libraryLink } = input
  const objectNames = new Map(objectUnits.map(outcome => [outcome.unit.object, nameOf(outcome)]))
  // A library linked as one archive is named by its members' names, as the core archive is.
  const inputs = await precompiledNames(libraryLink.precompiledFiles)
  for (const archive of libraryLink.archives)
    inputs.set(
      archive.file,
      `archive:${digestOf(archive.members.map(member => objectNames.get(member) ?? null))}`
    )
  // Every hook's command line (hookRunner.ts): a hook can write what the link reads.
  for (const [hookKey, argv] of hookArgvs(props, HOOK_POINTS))
    inputs.set(`hook:${hookKey}`, JSON.stringify(argv.map(arg => ctx.cache.normalize(arg))))
  return ctx.cache.linkKey(ctx.toolchainId, commands, objectNames, coreUnits.map(nameOf), inputs)
}

/** Every file the link steps made, by suffix, as the cache stores them. */
async function linkOutputs(stem: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const [name, file] of await madeOutputs(stem)) {
    const content = await orMissing(readFile(file), null)
    if (content !== null) files.set(name, content)
  }
  return files
}

/** A real link: objects written out, archives made, the steps run; stored unless the environment failed it. */
async function linkNow(
  ctx: RunContext,
  input: LinkInput,
  key: string | null
): Promise<Pick<LinkResult, 'sizeOutput' | 'error'>> {
  const { props, commands, objectUnits, coreUnits, libraryLink } = input
  await Promise.all([...objectUnits, ...coreUnits].map(outcome => ctx.compiler.ensureObject(outcome)))
  const core = await ctx.archiver.archive(props, ctx.core)
  const archived = core.ok ? await makeLibraryArchives(ctx.runner, props, libraryLink.archives) : core
  if (!archived.ok) return { sizeOutput: null, error: `core archive: ${archived.messages}` }
  const linked = await runLink(ctx.runner, commands, ctx.exec)
  if (!linked.ok) {
    // A link that failed for its inputs is a result; one the environment failed is never stored.
    if (linked.environment === null) await ctx.cache.storeLinkFailure(key, linked.error)
    return { sizeOutput: null, error: linked.error }
  }
  await ctx.cache.storeLink(key, () => linkOutputs(commands.stem), linked.sizeOutput)
  return { sizeOutput: linked.sizeOutput, error: null }
}

export async function linkSketch(ctx: RunContext, input: LinkInput): Promise<LinkResult> {
  const key = await linkKey(ctx, input)
  const stem = input.commands.stem
  await clearOutputs(stem)
  const found = await ctx.cache.lookupLink(key, name => `${stem}.${name}`)
  const hit = { link: 'hit', error: null, missReason: null, missDetail: null } as const
  if (found.kind === 'hit') return { ...hit, sizeOutput: found.sizeOutput }
  if (found.kind === 'failed') return { ...hit, sizeOutput: null, error: found.error }
  const missReason = storeMissReason(found.reason)
  return {
    link: 'miss',
    ...(await linkNow(ctx, input, key)),
    missReason,
    missDetail: linkMissDetail(input, missReason)
  }
}

/**
 * A link's key names its units by their results: when one of them did not come from the store, the
 * link names other objects; when all did, its commands changed (or its entry was pruned).
 */
function linkMissDetail(input: LinkInput, reason: MissReason | null): MissDetail | null {
  if (reason !== 'no-entry') return null
  const units = [...input.objectUnits, ...input.coreUnits]
  return units.some(outcome => outcome.source !== 'hit') ? 'units-changed' : 'command-changed'
}
