/**
 * Progress output: on a terminal one live line (sketch i/N, units done, elapsed); in logs one line
 * per finished sketch with its result and sizes.
 */
import path from 'node:path'
import type { BuildEvent, SketchResult } from '../engine/types.js'
import { faultWarning } from '../store/index.js'
import { firstErrorLine, warningsFrom } from './annotations.js'
import { commandLine } from './compilerLog.js'
import { displayPath } from './report.js'

export interface ProgressStream {
  isTTY?: boolean
  write(text: string): unknown
}

function sizesText(result: SketchResult): string {
  if (result.sizes === null) return ''
  const { flash, ram, maxFlash, maxRam } = result.sizes
  const percent = (used: number, max: number | null): string =>
    max === null || max === 0 ? '' : ` (${Math.floor((used * 100) / max)}%)`
  return `flash ${flash} B${percent(flash, maxFlash)}, ram ${ram} B${percent(ram, maxRam)}`
}

/** The one-line summary of a finished sketch, as printed in CI logs. */
export function sketchLine(result: SketchResult, cwd: string): string {
  const where = displayPath(result.path, cwd)
  const time = `${result.seconds.toFixed(2)}s`
  if (result.ok) {
    const warnings = warningsFrom(result.messages, cwd).length
    const warningText = warnings === 0 ? '' : `  ${warnings} warning${warnings === 1 ? '' : 's'}`
    return `ok    ${where}  ${sizesText(result)}${warningText}  ${time}`
  }
  return `FAIL  ${where}  ${firstErrorLine(result.error ?? 'failed', cwd)}`
}

export interface ProgressPrinter {
  onEvent(event: BuildEvent): void
  /** Clears the live line, so what follows starts on a line of its own. */
  finish(): void
}

/**
 * On a terminal, one live line (sketches done of all, the sketches being built, units done,
 * elapsed time) rewritten in place and cleared before any other line; everywhere, one line per
 * finished sketch. `verbose` also prints each command the build runs.
 */
export function progressPrinter(
  stream: ProgressStream,
  cwd: string,
  options: { verbose?: boolean } = {}
): ProgressPrinter {
  const live = stream.isTTY === true
  const startedAt = performance.now()
  const building = new Map<number, string>()
  let total = 0
  let done = 0
  let unitsDone = 0
  let shown = false
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[2K')
    shown = false
  }
  const status = (): void => {
    if (!live) return
    const elapsed = ((performance.now() - startedAt) / 1000).toFixed(1)
    const names = [...building.values()]
    const now =
      names.length === 0 ? '' : `  building ${names.slice(0, 2).join(', ')}${names.length > 2 ? ', ...' : ''}`
    stream.write(`\r\x1b[2Ksketch ${done}/${total}${now}  units ${unitsDone}  ${elapsed}s`)
    shown = true
  }
  const line = (text: string): void => {
    clear()
    stream.write(`${text}\n`)
    status()
  }
  return {
    onEvent: event => {
      switch (event.type) {
        case 'start':
          total = event.sketchCount
          break
        case 'sketch-start':
          building.set(event.index, path.basename(event.path).replace(/\.(ino|pde)$/, ''))
          status()
          break
        case 'unit-done':
          unitsDone++
          status()
          break
        case 'sketch-done':
          done++
          building.delete(event.index)
          line(sketchLine(event.result, cwd))
          break
        case 'store-fault':
          line(`warning: ${faultWarning(event.fault)}`)
          break
        case 'command':
          if (options.verbose === true) line(commandLine(event.argv))
          break
      }
    },
    finish: clear
  }
}
