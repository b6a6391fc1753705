/**
 * The step log beyond one line per sketch: each failed sketch's whole compiler output, and each
 * sketch's warnings (the user's own first), in collapsible groups after the build's own group
 * (the log does not nest groups).
 */
import { failureText, warningLines, warningsTitle, type LogPlaces } from '../report/compilerLog.js'
import type { Report } from '../report/report.js'
import type { ActionRuntime } from './runtime.js'

export async function logDetails(runtime: ActionRuntime, report: Report, places: LogPlaces): Promise<void> {
  for (const sketch of report.sketches) {
    const text = failureText(sketch, places)
    if (text === null) continue
    await runtime.group(`FAIL ${sketch.path}: compiler output`, async () => runtime.info(text))
  }
  for (const sketch of report.sketches) {
    if (!sketch.ok || sketch.warnings.length === 0) continue
    const warnings = warningLines(sketch, places)
    await runtime.group(warningsTitle(sketch.path, warnings), async () =>
      runtime.info(warnings.lines.join('\n'))
    )
  }
}
