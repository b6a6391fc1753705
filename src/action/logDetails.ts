/**
 * The step log beyond one line per sketch: each failed sketch's whole compiler output, and each
 * sketch's warnings (the user's own first), in collapsible groups after the build's own group
 * (the log does not nest groups).
 */
import * as core from '@actions/core'
import { failureText, warningLines, warningsTitle, type LogPlaces } from '../report/compilerLog.js'
import type { Report } from '../report/report.js'

export function logDetails(report: Report, places: LogPlaces): void {
  for (const sketch of report.sketches) {
    const text = failureText(sketch, places)
    if (text === null) continue
    core.startGroup(`FAIL ${sketch.path}: compiler output`)
    core.info(text)
    core.endGroup()
  }
  for (const sketch of report.sketches) {
    if (!sketch.ok || sketch.warnings.length === 0) continue
    const warnings = warningLines(sketch, places)
    core.startGroup(warningsTitle(sketch.path, warnings))
    core.info(warnings.lines.join('\n'))
    core.endGroup()
  }
}
