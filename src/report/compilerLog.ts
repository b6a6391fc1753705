/**
 * What the log shows of a sketch beyond its one-line result: a failed sketch's compiler output as the
 * compiler printed it (every error, the include chain, the context lines) and each sketch's warnings,
 * the user's own first. Paths are made readable: the sketch's copy in the build folder becomes the
 * sketch's own folder, and files in the workspace become relative to it. Pure: text in, text out.
 */
import path from 'node:path'
import { displayPath, type ReportSketch, type ReportWarning } from './report.js'
import { plural } from './summary.js'

export interface LogPlaces {
  workspace: string
  /** The build folder the engine copied each sketch into (`<buildDir>/sketches/<name>/sketch/`). */
  buildDir: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function sketchFolder(sketchPath: string): string {
  return /\.(ino|pde)$/.test(sketchPath) ? path.dirname(sketchPath) : sketchPath
}

/**
 * `text` with the sketch's build-folder copy named as the sketch's folder and the workspace prefix
 * removed. `sketchPath` is the report's (relative to the workspace, or absolute outside it).
 */
export function readablePaths(text: string, sketchPath: string, places: LogPlaces): string {
  const sketchDir = sketchFolder(sketchPath)
  const copy = new RegExp(`${escapeRegExp(places.buildDir)}/sketches/[^/\\s:]+/sketch/`, 'g')
  const workspacePrefix = new RegExp(`${escapeRegExp(places.workspace)}/`, 'g')
  return text.replace(copy, `${sketchDir}/`).replace(workspacePrefix, '')
}

/** The failed sketch's whole compiler output, readable; null for a sketch that built. */
export function failureText(sketch: ReportSketch, places: LogPlaces): string | null {
  if (sketch.ok || sketch.error === null) return null
  return readablePaths(sketch.error, sketch.path, places).replace(/\s+$/, '')
}

const insideWorkspace = (file: string): boolean => !path.isAbsolute(file) && !file.startsWith('..')

/**
 * A sketch's warnings as gcc prints them, those in the workspace (the user's own code) first, then
 * the core's and other libraries'; with how many are the user's.
 */
export function warningLines(
  sketch: ReportSketch,
  places: LogPlaces
): { own: number; others: number; lines: string[] } {
  const shown = sketch.warnings.map(warning => ({
    ...warning,
    file: readablePaths(displayPath(warning.file, places.workspace), sketch.path, places)
  }))
  const own = shown.filter(warning => insideWorkspace(warning.file))
  const others = shown.filter(warning => !insideWorkspace(warning.file))
  const line = (warning: ReportWarning): string => {
    const column = warning.column === null ? '' : `${warning.column}:`
    return `${warning.file}:${warning.line}:${column} warning: ${warning.message}`
  }
  return { own: own.length, others: others.length, lines: [...own, ...others].map(line) }
}

/** The title of a sketch's warnings group: how many, and how many are in the user's own code. */
export function warningsTitle(sketchPath: string, counts: { own: number; others: number }): string {
  return `Warnings: ${sketchPath} (${plural(counts.own + counts.others, 'warning')}, ${counts.own} in your code)`
}

/** One command line as a shell would take it back: arguments with spaces or quotes are quoted. */
export function commandLine(argv: readonly string[]): string {
  return argv.map(arg => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ')
}
