/**
 * The pull-request comment (`comment: true`): one per pull request and board, found again by a
 * hidden marker and edited on each push. It holds what the job summary says of the change: the
 * size table against the base commit, the new warnings, the failed sketches. Pure: facts in, markdown out.
 */
import type { Report } from './report.js'
import type { SizeDeltas } from './sizeDeltas.js'
import { deltaLines, failureLines } from './summary.js'

/** The hidden line that names the comment of this board; the first line of every such comment. */
export function commentMarker(fqbn: string): string {
  return `<!-- fbuild-action size comment: ${fqbn.replace(/-->/g, '')} -->`
}

export function commentBody(report: Report, deltas: SizeDeltas | null): string {
  const { totals } = report
  const lines = [
    commentMarker(report.fqbn),
    `## fbuild-action: ${totals.sketches - totals.failed}/${totals.sketches} sketches built for \`${report.fqbn}\``,
    '',
    ...failureLines(report),
    ...(deltas === null
      ? ['No comparison with the base commit in this run (see the `size-deltas` input).', '']
      : deltaLines(deltas)),
    '<sub>This comment is updated on each push.</sub>'
  ]
  return `${lines.join('\n')}\n`
}
