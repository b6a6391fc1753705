/**
 * Progress output: on a terminal one live line (sketch i/N, units done, elapsed); in logs one line
 * per finished sketch with its result and sizes.
 */
import type { BuildEvent, SketchResult } from '../engine/types.js'
import { faultWarning } from '../store/index.js'
import { firstErrorLine, warningsFrom } from './annotations.js'
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

export function progressPrinter(stream: ProgressStream, cwd: string): (event: BuildEvent) => void {
  const live = stream.isTTY === true
  const startedAt = performance.now()
  let total = 0
  let done = 0
  let unitsDone = 0
  const status = (): void => {
    const elapsed = ((performance.now() - startedAt) / 1000).toFixed(1)
    stream.write(`\r\x1b[2Ksketch ${done}/${total}  units ${unitsDone}  ${elapsed}s`)
  }
  return event => {
    switch (event.type) {
      case 'start':
        total = event.sketchCount
        break
      case 'unit-done':
        unitsDone++
        if (live) status()
        break
      case 'sketch-done':
        done++
        if (live) stream.write('\r\x1b[2K')
        stream.write(`${sketchLine(event.result, cwd)}\n`)
        if (live) status()
        break
      case 'store-fault':
        if (live) stream.write('\r\x1b[2K')
        stream.write(`warning: ${faultWarning(event.fault)}\n`)
        break
      case 'sketch-start':
        break
    }
  }
}
