/** The pull-request inputs: values, defaults, one-line errors naming the input; which commit to compare with. */
import { cacheTimeoutMs } from '../../src/action/context.js'
import { readInputs } from '../../src/action/inputs.js'
import { UsageError } from '../../src/errors.js'
import { chooseBase } from '../../src/action/baseCommit.js'

const read = (values: Record<string, string>) => readInputs(name => values[name] ?? '')

describe('inputs', () => {
  it('defaults: warnings all, size deltas auto, sketches-reports, summary on', () => {
    expect(read({})).toMatchObject({
      warnings: 'all',
      sizeDeltas: { mode: 'auto' },
      sketchesReportPath: 'sketches-reports',
      summary: true
    })
  })

  it('reads each value', () => {
    expect(read({ warnings: 'more', 'size-deltas': 'false', summary: 'false' })).toMatchObject({
      warnings: 'more',
      sizeDeltas: { mode: 'off' },
      summary: false
    })
    expect(read({ 'size-deltas': 'true' }).sizeDeltas).toEqual({ mode: 'on' })
    expect(read({ 'size-deltas': 'origin/main' }).sizeDeltas).toEqual({ mode: 'ref', ref: 'origin/main' })
  })

  it.each([
    [
      'warnings',
      'loud',
      /^input warnings: "loud" is not a warning level \(expected none, default, more, all\)$/
    ],
    [
      'size-deltas',
      '--upload-pack=x',
      /^input size-deltas: .* is not auto, true, false or a git commit or ref$/
    ],
    ['summary', 'yes', /^input summary: "yes" is not a boolean/]
  ])('%s: %s is a one-line error naming the input', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message)
  })
})

describe('chooseBase', () => {
  const pullRequest = {
    name: 'pull_request',
    payload: { pull_request: { base: { sha: 'b4' }, head: { sha: 'h1' } } }
  }
  const push = { name: 'push', payload: {} }

  it('auto: the base of a pull request; nothing on a push', () => {
    expect(chooseBase({ mode: 'auto' }, pullRequest)?.ref).toBe('b4')
    expect(chooseBase({ mode: 'auto' }, push)).toBeNull()
  })

  it('true: the parent commit on a push; false: never; a ref: that ref', () => {
    expect(chooseBase({ mode: 'on' }, push)?.ref).toBe('HEAD^')
    expect(chooseBase({ mode: 'off' }, pullRequest)).toBeNull()
    expect(chooseBase({ mode: 'ref', ref: 'v1.2.0' }, pullRequest)?.ref).toBe('v1.2.0')
  })
})

describe('FBUILD_CACHE_TIMEOUT_MS, read like an input', () => {
  it('unset or empty: 10 minutes; a positive whole number: itself', () => {
    expect(cacheTimeoutMs({})).toBe(600_000)
    expect(cacheTimeoutMs({ FBUILD_CACHE_TIMEOUT_MS: '' })).toBe(600_000)
    expect(cacheTimeoutMs({ FBUILD_CACHE_TIMEOUT_MS: ' 2000 ' })).toBe(2000)
  })

  it.each(['abc', '0', '-5', '1.5', '2s'])('"%s" is a one-line error naming the variable', text => {
    expect(() => cacheTimeoutMs({ FBUILD_CACHE_TIMEOUT_MS: text })).toThrow(UsageError)
    expect(() => cacheTimeoutMs({ FBUILD_CACHE_TIMEOUT_MS: text })).toThrow(
      `FBUILD_CACHE_TIMEOUT_MS: "${text}" is not a positive whole number of milliseconds`
    )
  })
})
