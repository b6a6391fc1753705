/**
 * Writes the pull-request comment through GitHub's REST API (@actions/github's Octokit): the comment
 * of this board that an earlier push wrote (found by its marker) is edited; without one, one is
 * created. Issue comments, as report-size-deltas uses: a pull request is an issue.
 */
import { getOctokit } from '@actions/github'

export interface CommentTarget {
  token: string
  /** GITHUB_API_URL (https://api.github.com, or the GitHub Enterprise Server's). */
  apiUrl: string
  owner: string
  repo: string
  issueNumber: number
}

export interface CommentOutcome {
  id: number
  action: 'created' | 'updated'
  url: string
}

export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string
): Promise<CommentOutcome> {
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl })
  const where = { owner: target.owner, repo: target.repo }
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.issueNumber,
    per_page: 100
  })
  const ours = comments.find(comment => comment.body?.startsWith(marker) === true)
  if (ours !== undefined) {
    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body })
    return { id: updated.data.id, action: 'updated', url: updated.data.html_url }
  }
  const created = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.issueNumber,
    body
  })
  return { id: created.data.id, action: 'created', url: created.data.html_url }
}
