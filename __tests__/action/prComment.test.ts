/**
 * The pull-request comment through the real client (@actions/github's Octokit) against GitHub's REST
 * protocol for issue comments on 127.0.0.1. Reports come from real builds: Blink at the base, then
 * two pushes that grow it. The first push creates one comment, the second edits that same comment
 * with the new numbers; other people's comments and another board's comment are left alone; with
 * `comment: false` the run makes no request at all and still writes the markdown for `comment-path`.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pullRequestComment } from '../../src/action/pullRequestComment.js'
import type { GithubEvent } from '../../src/action/baseCommit.js'
import { runBuild } from '../../src/engine/runBuild.js'
import { commentMarker } from '../../src/report/prComment.js'
import { makeReport, type Report } from '../../src/report/report.js'
import { sizeDeltas, type SizeDeltas } from '../../src/report/sizeDeltas.js'
import { startGithubServer, type GithubServer } from '../fixtures/githubServer.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'
import { memoryRuntime } from '../helpers/memoryRuntime.js'

const TOKEN = 'ghs_test-token'
const PR: GithubEvent = { name: 'pull_request', payload: { pull_request: { number: 42 } } }

let work: string
let github: GithubServer
let base: Report
const pushes: { report: Report; deltas: SizeDeltas }[] = []

async function buildBlink(name: string, edit: (source: string) => string): Promise<Report> {
  const sketch = path.join(work, name, 'Blink')
  await cp(path.join(corpusExamplesDir(), '01.Basics', 'Blink'), sketch, { recursive: true })
  const ino = path.join(sketch, 'Blink.ino')
  await writeFile(ino, edit(await readFile(ino, 'utf8')))
  const result = await runBuild({
    sketches: [sketch],
    fqbn: 'arduino:avr:uno',
    coreDirs: [platformDir],
    toolchainDir: null,
    libraryDirs: [],
    buildProperties: [['compiler.cpp.extra_flags', '-DDECIMAL_DIG=9']],
    warnings: 'all',
    buildDir: path.join(work, `build-${name}`),
    storeDir: path.join(work, 'store'),
    jobs: 2
  })
  // Each checkout at its own folder: paths relative to it, as the action's base build does.
  return makeReport(result, path.join(work, name))
}

/** The comment step of one run; its runtime, with the outputs it set. */
async function comment(deltas: SizeDeltas | null, report: Report, enabled: boolean) {
  const runtime = memoryRuntime()
  await pullRequestComment(runtime, {
    report,
    deltas,
    event: PR,
    comment: enabled,
    token: TOKEN,
    temp: path.join(work, 'temp'),
    repository: 'octo/blinky',
    apiUrl: github.url
  })
  return runtime
}

function push(index: number): { report: Report; deltas: SizeDeltas } {
  const found = pushes[index]
  if (found === undefined) throw new Error(`push ${index} was not built`)
  return found
}

const flashOf = (report: Report): number => report.sketches[0]?.sizes?.flash ?? NaN

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-pr-comment-'))
  github = await startGithubServer({ token: TOKEN, owner: 'octo', repo: 'blinky' })
  base = await buildBlink('base', source => source)
  const first = await buildBlink('push1', source =>
    source.replace('void setup() {', 'void setup() {\n  Serial.begin(9600);')
  )
  const second = await buildBlink('push2', source =>
    source.replace(
      'void setup() {',
      'void setup() {\n  Serial.begin(9600);\n  Serial.println(millis() * 1.5);\n  int unused = 0;'
    )
  )
  for (const report of [first, second])
    pushes.push({ report, deltas: sizeDeltas(report, base, { base: 'b'.repeat(40), head: 'h'.repeat(40) }) })
  // Comments already on the pull request: a person's, and this action's for another board.
  github.comments.push(
    { id: 1, issue: 42, body: 'Looks good!', user: 'octocat', created_at: '', updated_at: '' },
    {
      id: 2,
      issue: 42,
      body: `${commentMarker('arduino:avr:mega')}\nmega table`,
      user: 'bot',
      created_at: '',
      updated_at: ''
    }
  )
})

afterAll(async () => {
  await github.close()
  await rm(work, { recursive: true, force: true })
})

it('the builds grew Blink twice (the numbers the comment must show)', () => {
  expect(flashOf(push(0).report)).toBeGreaterThan(flashOf(base))
  expect(flashOf(push(1).report)).toBeGreaterThan(flashOf(push(0).report))
})

it('comment: false makes no request, and still writes the markdown for comment-path', async () => {
  const runtime = await comment(push(0).deltas, push(0).report, false)
  expect(github.requests).toEqual([])
  const file = runtime.outputs['comment-path'] ?? ''
  expect(await readFile(file, 'utf8')).toContain(`+${flashOf(push(0).report) - flashOf(base)} B`)
})

it('the first push creates one comment with its numbers', async () => {
  await comment(push(0).deltas, push(0).report, true)
  const ours = github.comments.filter(c => c.body.startsWith(commentMarker('arduino:avr:uno')))
  expect(ours).toHaveLength(1)
  expect(github.requests.filter(r => r.startsWith('POST'))).toHaveLength(1)
  expect(ours[0]?.body).toContain(`+${flashOf(push(0).report) - flashOf(base)} B`)
})

it('the second push edits that comment (same id, new numbers, the new warning) and adds none', async () => {
  const before = github.comments.find(c => c.body.startsWith(commentMarker('arduino:avr:uno')))
  await comment(push(1).deltas, push(1).report, true)
  const ours = github.comments.filter(c => c.body.startsWith(commentMarker('arduino:avr:uno')))
  expect(ours).toHaveLength(1)
  expect(ours[0]?.id).toBe(before?.id)
  expect(github.requests.at(-1)).toBe(`PATCH /repos/octo/blinky/issues/comments/${before?.id}`)
  expect(ours[0]?.body).toContain(`+${flashOf(push(1).report) - flashOf(base)} B`)
  expect(ours[0]?.body).not.toContain(`+${flashOf(push(0).report) - flashOf(base)} B`)
  expect(ours[0]?.body).toMatch(/unused variable 'unused'/)
  // The person's comment and the other board's comment are untouched.
  expect(github.comments.find(c => c.id === 1)?.body).toBe('Looks good!')
  expect(github.comments.find(c => c.id === 2)?.body).toBe(`${commentMarker('arduino:avr:mega')}\nmega table`)
  expect(github.comments).toHaveLength(3)
})
