/**
 * The JSON report (the CLI's --report, the action's report-path; README "The JSON report"). Field
 * names are a public contract: add fields, never rename or drop.
 */
import path from 'node:path'
import type { BuildResult, SketchResult } from '../engine/types.js'
import type { IdentityWork } from '../toolchain/identityMemo.js'
import { MISS_REASONS, type MissReason, type StoreFault } from '../store/index.js'
import { redactText, redactUrl } from '../redact.js'
import { MISS_DETAILS, type DetailedReason, type MissReasonDetails } from '../unitCache/explain.js'
import { firstErrorLine, warningsFrom } from './annotations.js'

/** Every finer miss reason's count over the sketches, 0 for those that did not happen. */
function detailTotals(sketches: readonly SketchResult[]): Report['missReasonDetails'] {
  const group = <Reason extends DetailedReason>(reason: Reason) =>
    Object.fromEntries(
      MISS_DETAILS[reason].map(detail => [
        detail,
        sketches.reduce(
          (sum, sketch) =>
            sum +
            ((sketch.missReasonDetails[reason] as Partial<Record<string, number>> | undefined)?.[detail] ??
              0),
          0
        )
      ])
    ) as Record<(typeof MISS_DETAILS)[Reason][number], number>
  return { 'no-entry': group('no-entry'), 'dependency-changed': group('dependency-changed') }
}

/** One compiler warning; `file` relative to the working directory when inside it. */
export interface ReportWarning {
  file: string
  line: number
  column: number | null
  message: string
}

export const REPORT_SCHEMA = 1

export interface ReportSketch {
  path: string
  ok: boolean
  hex: string | null
  hexSha256: string | null
  elf: string | null
  eep: string | null
  /** Every file the link steps made, by suffix (`elf`, `hex`, `bin`, `map`, `with_bootloader.hex`, ...). */
  outputs?: Record<string, string>
  /** The file users upload (`recipe.output.tmp_file`: the .bin on SAMD, else the .hex) and its SHA-256. */
  firmware?: string | null
  firmwareSha256?: string | null
  sizes: { flash: number; ram: number; eeprom: number; maxFlash: number | null; maxRam: number | null } | null
  units: SketchResult['units']
  missReasons: SketchResult['missReasons']
  /** Its misses by finer name, as the run's `missReasonDetails`, listing only those that happened. */
  missReasonDetails: MissReasonDetails
  link: SketchResult['link']
  seconds: number
  compileSeconds: number
  libraries: string[]
  phases: SketchResult['phases']
  error: string | null
  /** The first line of `error` a reader needs (the first compiler error), paths made relative. */
  firstError: string | null
  /** The compiler's warnings for every unit the sketch uses (core and libraries too). */
  warnings: ReportWarning[]
}

/** A library installed for the build (not a folder given as is): enough to install the same bytes. */
export interface ReportLibrary {
  name: string
  version: string
  /** `index` (Library Manager), `git` or `zip`. */
  source: string
  url: string
  /** `SHA-256:<hex>` of the archive, or `git:<commit>`. */
  checksum: string
  /** The library that needed it; null when asked for directly. */
  requiredBy: string | null
}

/** A platform or tool installed from a Boards Manager index. */
export interface ReportPackage {
  /** `packager:arch` (platform) or `packager:name` (tool). */
  id: string
  kind: 'platform' | 'tool'
  version: string
  url: string
  /** `SHA-256:<hex>` of the archive. */
  checksum: string
}

/** What was installed before the build (install/), as the report records it. */
export interface InstalledFacts {
  libraries: ReportLibrary[]
  platforms?: ReportPackage[]
  /** Lines the installs warned with (a plain-http index or archive). */
  warnings?: string[]
}

export interface Report {
  schema: number
  fqbn: string
  /** `work`: what identifying the toolchain cost (0 and 0 when its memo in the store held). */
  toolchain: { id: string; version: string; work?: IdentityWork }
  /** How compiles named files: `relative` (to named roots, the default) or `absolute` (--absolute-paths). */
  paths: 'relative' | 'absolute'
  sketches: ReportSketch[]
  totals: {
    sketches: number
    failed: number
    units: number
    hits: number
    misses: number
    uncacheable: number
    shared: number
    compilerInvocations: number
    preprocessorInvocations: number
    linkerInvocations: number
    linkHits: number
    linkMisses: number
    /** Warnings of the sketches that built. */
    warnings: number
    wallSeconds: number
    compileSeconds: number
  }
  missReasons: Record<MissReason, number>
  /**
   * `missReasons` by finer name where the store's nearest entry tells which labelled key input
   * differs (unitCache/explain.ts MISS_DETAILS): `no-entry` into `new-source`, `toolchain-changed`,
   * `flags-changed`, ...; `dependency-changed` into `source-changed`, `header-changed`,
   * `location-changed`. Every counter is listed; each group sums to its reason's counter, but for a
   * miss no name fits (an entry another build changed meanwhile).
   */
  missReasonDetails: { [Reason in DetailedReason]: Record<(typeof MISS_DETAILS)[Reason][number], number> }
  /**
   * Where the store is and what this run added; null with --no-cache. `faults` lists the
   * file-system errors that turned a store, or its writing, off for the rest of the run (the build
   * then went on as --no-cache would); `faultCount` is their number.
   */
  store: {
    path: string
    bytesStored: number
    recoveredEntries: number
    faultCount: number
    faults: StoreFault[]
  } | null
  /** Libraries installed by name or URL, with the resolved version and checksum. */
  libraries: ReportLibrary[]
  /** Platforms and tools installed from Boards Manager indexes, with version and checksum. */
  platforms: ReportPackage[]
  /** What the installs warned about (a plain-http index or archive URL), one line each. */
  installWarnings: string[]
}

/** Relative to `cwd` when the path is below it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000

/**
 * The percentage of the run's own units (not those shared from another sketch of the run) that came
 * from the store, rounded down to one decimal so that 100 means every one; null without own units.
 */
export function hitRate(totals: Pick<Report['totals'], 'units' | 'shared' | 'hits'>): number | null {
  const own = totals.units - totals.shared
  return own === 0 ? null : Math.floor((totals.hits * 1000) / own) / 10
}

function sumOf(sketches: readonly SketchResult[], pick: (sketch: SketchResult) => number): number {
  return sketches.reduce((sum, sketch) => sum + pick(sketch), 0)
}

function warningsOf(sketch: SketchResult, cwd: string): ReportWarning[] {
  return warningsFrom(sketch.messages, cwd).map(({ file, line, column, message }) => ({
    file,
    line,
    column: column ?? null,
    message
  }))
}

function reportLibrary(library: ReportLibrary): ReportLibrary {
  const { name, version, source, url, checksum, requiredBy } = library
  return { name, version, source, url: redactUrl(url), checksum, requiredBy }
}

export function makeReport(
  result: BuildResult,
  cwd: string,
  installed: InstalledFacts = { libraries: [] }
): Report {
  const show = (file: string | null): string | null => (file === null ? null : displayPath(file, cwd))
  const sketches = result.sketches
  const warnings = sketches.map(sketch => warningsOf(sketch, cwd))
  return {
    schema: REPORT_SCHEMA,
    fqbn: result.fqbn,
    toolchain: { id: result.toolchain.id, version: result.toolchain.version, work: result.toolchain.work },
    paths: result.paths,
    sketches: sketches.map((sketch, i) => ({
      path: displayPath(sketch.path, cwd),
      ok: sketch.ok,
      hex: show(sketch.hex),
      hexSha256: sketch.hexSha256,
      elf: show(sketch.elf),
      eep: show(sketch.eep),
      outputs: Object.fromEntries(
        Object.entries(sketch.outputs ?? {}).map(([name, file]) => [name, displayPath(file, cwd)])
      ),
      firmware: show(sketch.firmware ?? null),
      firmwareSha256: sketch.firmwareSha256 ?? null,
      sizes: sketch.sizes,
      units: sketch.units,
      missReasons: sketch.missReasons,
      missReasonDetails: sketch.missReasonDetails,
      link: sketch.link,
      seconds: round(sketch.seconds),
      compileSeconds: round(sketch.compileSeconds),
      libraries: sketch.libraries,
      phases: sketch.phases,
      error: sketch.error,
      firstError: sketch.error === null ? null : firstErrorLine(sketch.error, cwd),
      warnings: warnings[i] ?? []
    })),
    totals: {
      sketches: sketches.length,
      failed: sketches.filter(sketch => !sketch.ok).length,
      units: sumOf(sketches, sketch => sketch.units.total),
      hits: sumOf(sketches, sketch => sketch.units.hits),
      misses: sumOf(sketches, sketch => sketch.units.misses),
      uncacheable: sumOf(sketches, sketch => sketch.units.uncacheable),
      shared: sumOf(sketches, sketch => sketch.units.shared),
      compilerInvocations: result.processes.compile ?? 0,
      preprocessorInvocations: result.processes.preprocess ?? 0,
      linkerInvocations: result.processes.link ?? 0,
      linkHits: sketches.filter(sketch => sketch.link === 'hit').length,
      linkMisses: sketches.filter(sketch => sketch.link === 'miss').length,
      warnings: sketches.reduce((sum, sketch, i) => sum + (sketch.ok ? (warnings[i]?.length ?? 0) : 0), 0),
      wallSeconds: round(result.wallSeconds),
      compileSeconds: round(sumOf(sketches, sketch => sketch.compileSeconds))
    },
    missReasons: Object.fromEntries(
      MISS_REASONS.map(reason => [reason, sumOf(sketches, sketch => sketch.missReasons[reason] ?? 0)])
    ) as Record<MissReason, number>,
    missReasonDetails: detailTotals(sketches),
    store:
      result.store === null
        ? null
        : {
            path: displayPath(result.store.dir, cwd),
            bytesStored: result.store.run.bytesStored,
            recoveredEntries: result.store.recovered,
            faultCount: result.store.faults.length,
            faults: result.store.faults.map(fault => ({ ...fault, store: displayPath(fault.store, cwd) }))
          },
    libraries: installed.libraries.map(reportLibrary),
    platforms: (installed.platforms ?? []).map(({ id, kind, version, url, checksum }) => ({
      id,
      kind,
      version,
      url: redactUrl(url),
      checksum
    })),
    installWarnings: (installed.warnings ?? []).map(redactText)
  }
}
