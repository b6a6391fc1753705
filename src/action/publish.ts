/**
 * What the main step leaves behind after a build: the JSON report, compile-sketches' sketches
 * report, the size deltas, the outputs, annotations on the user's files, the cold-build record of a
 * new store, and the job summary.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Annotation } from '../report/annotations.js'
import { hitRate, type Report, type ReportWarning } from '../report/report.js'
import type { SizeDeltas } from '../report/sizeDeltas.js'
import { makeSketchesReport, sketchesReportFileName } from '../report/sketchesReport.js'
import { buildSummary, type CacheFacts, type ColdBuild } from '../report/summary.js'
import { annotationsFrom } from '../report/annotations.js'
import { orMissing } from '../files.js'
import type { StoreLayout } from '../store/layout.js'
import { setOutputs, type ActionRuntime } from './runtime.js'

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`)
}

const insideWorkspace = (file: string): boolean => !path.isAbsolute(file) && !file.startsWith('..')

function annotationProperties(
  note: Pick<Annotation, 'file' | 'line'> & { column: number | null | undefined },
  title: string
) {
  return { file: note.file, startLine: note.line, startColumn: note.column ?? undefined, title }
}

/**
 * Errors of failed sketches on their lines; warnings of sketches that built, once each, on files in
 * the workspace (GitHub shows only a few per step: on a pull request the new ones go first).
 */
export function annotate(
  runtime: ActionRuntime,
  report: Report,
  workspace: string,
  deltas: SizeDeltas | null
): void {
  for (const sketch of report.sketches) {
    if (sketch.ok || sketch.error === null) continue
    const found = annotationsFrom(sketch.error, workspace).filter(note => note.severity === 'error')
    if (found.length === 0) runtime.error(`${sketch.path}: ${sketch.firstError ?? 'failed'}`)
    for (const note of found) runtime.error(note.message, annotationProperties(note, sketch.path))
  }
  const fresh = new Set(
    deltas?.sketches.flatMap(sketch => sketch.warnings.new.map(warning => JSON.stringify(warning))) ?? []
  )
  const seen = new Set<string>()
  const warnings: { warning: ReportWarning; title: string; isNew: boolean }[] = []
  for (const sketch of report.sketches) {
    if (!sketch.ok) continue
    for (const warning of sketch.warnings) {
      const id = JSON.stringify(warning)
      if (!insideWorkspace(warning.file) || seen.has(id)) continue
      seen.add(id)
      warnings.push({ warning, title: sketch.path, isNew: fresh.has(id) })
    }
  }
  warnings.sort((a, b) => Number(b.isNew) - Number(a.isNew))
  for (const { warning, title, isNew } of warnings)
    runtime.warning(warning.message, annotationProperties(warning, isNew ? `new warning: ${title}` : title))
}

/** The record, or null when the store has none (a store from before it) or it is not one. */
async function readColdBuild(file: string): Promise<ColdBuild | null> {
  const text = await orMissing(readFile(file, 'utf8'), null)
  if (text === null) return null
  try {
    const value = JSON.parse(text) as Partial<ColdBuild>
    return typeof value.wallSeconds === 'number' && typeof value.sketches === 'number'
      ? (value as ColdBuild)
      : null
  } catch {
    return null
  }
}

/**
 * The store's cold build, for the summary's comparison: a run that restored a store reads the
 * record its first build wrote; a run that restored nothing writes it. Null with the cache off.
 */
export async function coldBuildRecord(
  layout: StoreLayout,
  cache: CacheFacts | null,
  report: Report
): Promise<ColdBuild | null> {
  if (cache === null) return null
  if (cache.matchedKey !== null) return readColdBuild(layout.coldBuild)
  const record: ColdBuild = {
    key: cache.primaryKey,
    wallSeconds: report.totals.wallSeconds,
    compileSeconds: report.totals.compileSeconds,
    sketches: report.totals.sketches
  }
  await writeJson(layout.coldBuild, record)
  return null
}

export interface Publication {
  report: Report
  workspace: string
  temp: string
  sketchesReportDir: string
  cache: CacheFacts | null
  coldBuild: ColdBuild | null
  deltas: SizeDeltas | null
  baseSeconds: number | null
  headSha: string
  /** GITHUB_REPOSITORY and GITHUB_SERVER_URL: the sketches report names the commit's page. */
  repository: string
  serverUrl: string
  summary: boolean
}

export async function publish(runtime: ActionRuntime, run: Publication): Promise<void> {
  const { report } = run
  const reportPath = path.join(run.temp, 'fbuild-report.json')
  await writeJson(reportPath, report)
  const sketchesReport = makeSketchesReport(report, run.deltas, {
    sha: run.headSha,
    repository: run.repository,
    serverUrl: run.serverUrl
  })
  await writeJson(path.join(run.sketchesReportDir, sketchesReportFileName(report.fqbn)), sketchesReport)
  setOutputs(runtime, {
    'report-path': reportPath,
    'sketches-report-path': run.sketchesReportDir,
    hits: report.totals.hits,
    misses: report.totals.misses,
    'hit-rate': hitRate(report.totals) ?? 0,
    'compile-seconds': report.totals.compileSeconds
  })
  if (run.deltas !== null) {
    const deltasPath = path.join(run.temp, 'fbuild-size-deltas.json')
    await writeJson(deltasPath, run.deltas)
    setOutputs(runtime, { 'size-deltas': deltasPath })
  }
  annotate(runtime, report, run.workspace, run.deltas)
  if (run.summary) {
    await runtime.summary(
      buildSummary({
        report,
        cache: run.cache,
        coldBuild: run.coldBuild,
        deltas: run.deltas,
        baseSeconds: run.baseSeconds
      })
    )
  }
}
