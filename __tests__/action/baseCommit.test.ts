/**
 * The base commit's git work with real git: "no such commit" and "no repository" are values, any
 * other failure is an error; a checkout is removed with git's record of it; an event file that is
 * missing is an empty payload, one that cannot be read is an error.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkoutBase, readEvent, removeBase, revParse } from '../../src/action/baseCommit.js'
import { git } from '../helpers/git.js'

let root: string
let repo: string

const inRepo = (...args: string[]): string => git(repo, ...args)

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-base-commit-'))
  repo = path.join(root, 'repo')
  await mkdir(repo)
  inRepo('init', '--quiet')
  await writeFile(path.join(repo, 'a.txt'), 'a\n')
  inRepo('add', 'a.txt')
  inRepo('commit', '--quiet', '-m', 'first')
})

afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('revParse', () => {
  it('a commit: its full SHA; an unknown ref: null', async () => {
    expect(await revParse(repo, 'HEAD')).toBe(inRepo('rev-parse', 'HEAD'))
    expect(await revParse(repo, 'no-such-branch')).toBeNull()
  })

  it('a folder that is no repository: null (a workspace without git still builds)', async () => {
    const plain = path.join(root, 'plain')
    await mkdir(plain)
    expect(await revParse(plain, 'HEAD')).toBeNull()
  })

  it('a folder that does not exist is an error, not "no commit"', async () => {
    await expect(revParse(path.join(root, 'missing'), 'HEAD')).rejects.toThrow()
  })
})

it('removeBase removes a checkout and git forgets it; with none there, it does nothing', async () => {
  const dir = path.join(root, 'base')
  await removeBase(repo, dir)
  const sha = await checkoutBase(repo, 'HEAD', dir)
  expect(sha).toBe(inRepo('rev-parse', 'HEAD'))
  expect(inRepo('worktree', 'list')).toContain(dir)
  await removeBase(repo, dir)
  expect(inRepo('worktree', 'list')).not.toContain(dir)
  // Checked out again at the same place, as the next run does.
  await checkoutBase(repo, 'HEAD', dir)
  await removeBase(repo, dir)
})

describe('readEvent', () => {
  it('no event file, or a missing one: the name and an empty payload', async () => {
    expect(await readEvent({ GITHUB_EVENT_NAME: 'push' })).toEqual({ name: 'push', payload: {} })
    expect(
      await readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path.join(root, 'missing.json') })
    ).toEqual({ name: 'push', payload: {} })
  })

  it('a payload is read; a file that cannot be read is an error', async () => {
    const file = path.join(root, 'event.json')
    await writeFile(file, JSON.stringify({ pull_request: { number: 7 } }))
    expect(await readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toEqual({
      name: 'pull_request',
      payload: { pull_request: { number: 7 } }
    })
    await expect(readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: root })).rejects.toThrow(/EISDIR/)
  })
})
