/**
 * The pull-request comment step of the main step: on a pull request the comment's markdown is
 * written to a file (the `comment-path` output, for the workflow_run recipe of pull requests from
 * forks); with `comment: true` it is also posted, or the earlier one edited. A comment that cannot
 * be written is a warning: the build's result stands.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { commentBody, commentMarker } from '../report/prComment.js'
import type { Report } from '../report/report.js'
import type { SizeDeltas } from '../report/sizeDeltas.js'
import type { GithubEvent } from './baseCommit.js'
import { upsertComment } from './prComment.js'
import type { ActionRuntime } from './runtime.js'

export interface CommentRequest {
  report: Report
  deltas: SizeDeltas | null
  event: GithubEvent
  comment: boolean
  token: string
  temp: string
  /** GITHUB_REPOSITORY (owner/name). */
  repository: string
  /** GITHUB_API_URL (https://api.github.com, or the GitHub Enterprise Server's). */
  apiUrl: string
}

export async function pullRequestComment(runtime: ActionRuntime, request: CommentRequest): Promise<void> {
  const number = request.event.payload.pull_request?.number
  if (number === undefined) {
    if (request.comment) runtime.info('comment: not a pull request, so no comment')
    return
  }
  const body = commentBody(request.report, request.deltas)
  const file = path.join(request.temp, `fbuild-comment-${request.report.fqbn.replace(/\W+/g, '-')}.md`)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, body)
  runtime.setOutput('comment-path', file)
  if (!request.comment) return
  const [owner = '', repo = ''] = request.repository.split('/')
  try {
    const outcome = await upsertComment(
      {
        token: request.token,
        apiUrl: request.apiUrl,
        owner,
        repo,
        issueNumber: number
      },
      commentMarker(request.report.fqbn),
      body
    )
    runtime.info(`comment: ${outcome.action} ${outcome.url}`)
  } catch (error) {
    const status = (error as { status?: number }).status
    runtime.warning(
      `comment: cannot write the pull-request comment (${status === undefined ? (error as Error).message : `HTTP ${status}`}); ` +
        `a pull request from a fork gets a read-only token: see the README's workflow_run recipe`
    )
  }
}
