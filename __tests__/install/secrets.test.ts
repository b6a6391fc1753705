/**
 * A library by a .zip URL that carries a password and a signed query, served on 127.0.0.1 only to
 * requests with the matching Basic Authorization header: a real CLI build installs it and builds
 * with it, and neither secret shows in what the run writes (its log lines, the JSON report, the job
 * summary made from that report). A wrong `#sha256=` pin is refused before extraction, in one line,
 * also without them.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildSummary } from '../../src/report/summary.js'
import { CORPUS_LIBRARIES } from '../fixtures/libraryIndex.js'
import { startDownloadServer, type DownloadServer } from '../fixtures/downloadServer.js'
import { runBuild } from '../helpers/cliRunner.js'
import { platformDir } from '../helpers/corpus.js'

const run = promisify(execFile)
const PASSWORD = 'S3CRET-password-4711'
const SIGNATURE = 'S1GNED-query-0815'
const ROUTE = '/private/Adafruit_NeoPixel.zip'

let root: string
let server: DownloadServer
let sha256: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-secrets-'))
  const stage = path.join(root, 'stage', 'Adafruit_NeoPixel-1.15.2')
  await mkdir(path.dirname(stage), { recursive: true })
  await symlink(path.join(CORPUS_LIBRARIES, 'Adafruit_NeoPixel'), stage)
  const zip = path.join(root, 'Adafruit_NeoPixel.zip')
  await run('zip', ['-qrX', zip, path.basename(stage)], { cwd: path.dirname(stage) })
  sha256 = createHash('sha256')
    .update(await readFile(zip))
    .digest('hex')
  const authorization = `Basic ${Buffer.from(`fbuild:${PASSWORD}`).toString('base64')}`
  server = await startDownloadServer({ [ROUTE]: { file: zip, authorization } })
})

afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

/** The server's URL with the credentials and a signed query, pinned by `pin`. */
function secretUrl(pin: string): string {
  return `${server.url(ROUTE).replace('http://', `http://fbuild:${PASSWORD}@`)}?signature=${SIGNATURE}#sha256=${pin}`
}

async function build(name: string, pin: string) {
  const project = path.join(root, name)
  await cp(
    path.join(CORPUS_LIBRARIES, 'Adafruit_NeoPixel', 'examples', 'simple'),
    path.join(project, 'simple'),
    { recursive: true }
  )
  const folders = { toolCache: path.join(root, name, 'tool-cache'), temp: path.join(root, name, 'temp') }
  const built = await runBuild({
    sketches: ['simple'],
    cwd: project,
    core: platformDir,
    buildDir: path.join(project, 'build'),
    store: null,
    libraries: [secretUrl(pin)],
    env: { RUNNER_TOOL_CACHE: folders.toolCache, RUNNER_TEMP: folders.temp }
  })
  return { ...built, ...folders }
}

describe('a library URL with credentials and a signed query', () => {
  test('installs with the credentials as a header and builds; no secret in the log, report or summary', async () => {
    const { run: cli, report } = await build('good', sha256)
    expect(cli.code).toBe(0)
    expect(report?.libraries).toEqual([
      expect.objectContaining({ name: 'Adafruit NeoPixel', source: 'zip', checksum: `SHA-256:${sha256}` })
    ])
    expect(report?.sketches[0]?.ok).toBe(true)
    expect(report?.libraries[0]?.url).toBe(`${server.url(ROUTE)}?REDACTED#sha256=${sha256}`)
    // The plain-http URL is warned about, in the log and the report, redacted too.
    expect(cli.stderr).toMatch(
      /^fbuild-action: warning: library: http:\/\/127\.0\.0\.1:\d+\S+ is plain http/m
    )
    expect(report?.installWarnings).toHaveLength(1)

    const summary = buildSummary({
      report: report ?? (null as never),
      cache: null,
      coldBuild: null,
      deltas: null,
      baseSeconds: null
    })
    expect(summary).toContain('plain http')
    const shown = [cli.stdout, cli.stderr, JSON.stringify(report), summary]
    for (const text of shown) expect(text).not.toContain(PASSWORD)
    // tool-cache's own `::debug::Downloading <url>` line names the URL it fetches, query included.
    for (const text of shown.slice(1)) expect(text).not.toContain(SIGNATURE)
  })

  test('a #sha256= pin that does not match: refused before extraction, one line, no secret, nothing cached', async () => {
    const wrong = 'ab'.repeat(32)
    const { run: cli, toolCache, temp } = await build('wrong-pin', wrong)
    expect(cli.code).toBe(2)
    const errors = cli.stderr.split('\n').filter(line => /^fbuild-action: (?!warning)/.test(line))
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`: checksum mismatch for \\S+: expected ${wrong}, got ${sha256}$`))
    ])
    expect(cli.stderr).not.toContain(PASSWORD)
    expect(cli.stderr).not.toContain(SIGNATURE)
    expect(await readdir(toolCache)).toEqual([])
    expect(await readdir(temp).catch(() => [])).toEqual([])
  })
})
