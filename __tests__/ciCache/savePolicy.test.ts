import { decideSave, type SaveQuestion } from '../../src/ciCache/savePolicy.js'

const changedPush: SaveQuestion = { policy: 'auto', eventName: 'push', changed: true, exactHit: false }

describe('decideSave', () => {
  it('saves a changed store on push with auto or always', () => {
    expect(decideSave(changedPush)).toEqual({ save: true })
    expect(decideSave({ ...changedPush, policy: 'always', eventName: 'pull_request' })).toEqual({
      save: true
    })
  })

  it.each([
    [{ policy: 'never' }, 'save is never'],
    [{ eventName: 'pull_request' }, 'pull_request run (restore only)'],
    [{ eventName: 'pull_request_target' }, 'pull_request_target run'],
    [{ exactHit: true }, 'restored exactly'],
    [{ changed: false }, 'did not change']
  ] as [Partial<SaveQuestion>, string][])('does not save when %j, and says why', (change, reason) => {
    const decision = decideSave({ ...changedPush, ...change })
    expect(decision.save).toBe(false)
    expect(decision.save === false && decision.reason).toContain(reason)
  })
})
