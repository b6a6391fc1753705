/** Whether the post step saves the store: a pure decision, logged with its reason. */

/** The `save` input: `auto` saves except on pull requests. */
export type SavePolicy = 'auto' | 'always' | 'never'

/** Asked only when the cache is on (post.ts stops earlier when it is off). */
export interface SaveQuestion {
  policy: SavePolicy
  eventName: string
  /** The store's content differs from what was restored. */
  changed: boolean
  /** The restored entry had exactly the primary key (saving it again would be refused). */
  exactHit: boolean
}

export type SaveDecision = { save: true } | { save: false; reason: string }

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function decideSave(question: SaveQuestion): SaveDecision {
  if (question.policy === 'never') return { save: false, reason: 'save is never' }
  if (question.policy === 'auto' && PULL_REQUEST_EVENTS.has(question.eventName)) {
    return { save: false, reason: `save is auto and this is a ${question.eventName} run (restore only)` }
  }
  if (question.exactHit)
    return { save: false, reason: 'the primary key was restored exactly; it cannot be saved again' }
  if (!question.changed) return { save: false, reason: 'the store did not change' }
  return { save: true }
}
