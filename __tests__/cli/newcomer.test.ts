/**
 * A newcomer's path through the CLI (a real process, the real compiler): with no flags at all, a
 * Debian example builds on Debian's avr-gcc 5.4 and Debian's core, the DECIMAL_DIG flag said once
 * and appended to the user's own flags; with no network a library name fails at once in one line
 * that says what to give instead; nothing prints GitHub's workflow commands; --version answers.
 */
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { runCli } from '../helpers/cliRunner.js'
import { corpusExamplesDir, repoDir } from '../helpers/corpus.js'

let work: string
/** A fresh machine's user: no ~/.arduino15, an empty store, outside GitHub Actions. */
let env: NodeJS.ProcessEnv

const NEEDS_OWN_FLAG = `#ifndef MY_FLAG
#error "MY_FLAG must come from compiler.cpp.extra_flags"
#endif
void setup() { Serial.begin(9600); Serial.println(String(3.25)); }
void loop() {}
`

async function hexSha(report: Report, sketchSuffix: string): Promise<string> {
  const sketch = report.sketches.find(s => s.path.endsWith(sketchSuffix))
  if (sketch?.hex == null) throw new Error(`no hex for ${sketchSuffix}: ${JSON.stringify(sketch?.error)}`)
  return createHash('sha256')
    .update(await readFile(path.resolve(work, sketch.hex)))
    .digest('hex')
}

const readReport = async (name: string): Promise<Report> =>
  JSON.parse(await readFile(path.join(work, name), 'utf8')) as Report

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-newcomer-'))
  await cp(path.join(corpusExamplesDir(), '01.Basics', 'Blink'), path.join(work, 'Blink'), {
    recursive: true
  })
  await mkdir(path.join(work, 'OwnFlag'))
  await writeFile(path.join(work, 'OwnFlag', 'OwnFlag.ino'), NEEDS_OWN_FLAG)
  env = {
    HOME: path.join(work, 'home'),
    FBUILD_CACHE_DIR: path.join(work, 'store'),
    GITHUB_ACTIONS: '',
    FBUILD_CORE_DIR: ''
  }
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

it('builds a Debian example with no flags, saying once what it added, as with the flag given by hand', async () => {
  const plain = await runCli(['build', 'Blink', '--report', 'plain.json'], work, env)
  expect(plain.code).toBe(0)
  const notes = plain.stderr.split('\n').filter(line => line.includes('DECIMAL_DIG'))
  expect(notes).toHaveLength(1)
  expect(notes[0]).toMatch(/^note: Debian's avr-gcc 5\.4 with Debian's Arduino core/)
  // The oracle: the same sketch, flag given by hand, no cache.
  const byHand = await runCli(
    [
      'build',
      'Blink',
      '--no-cache',
      '--build-dir',
      path.join(work, 'by-hand'),
      '--build-property',
      'compiler.cpp.extra_flags=-DDECIMAL_DIG=9',
      '--report',
      'by-hand.json'
    ],
    work,
    env
  )
  expect(byHand.code).toBe(0)
  expect(byHand.stderr).not.toMatch(/DECIMAL_DIG/)
  expect(await hexSha(await readReport('plain.json'), 'Blink')).toBe(
    await hexSha(await readReport('by-hand.json'), 'Blink')
  )
  for (const run of [plain, byHand]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/^::/m)
})

it("appends to the user's own compiler.cpp.extra_flags instead of replacing it", async () => {
  const run = await runCli(
    ['build', 'OwnFlag', '--build-property', 'compiler.cpp.extra_flags=-DMY_FLAG=1', '--report', 'own.json'],
    work,
    env
  )
  expect(run.stderr).toMatch(/compiler\.cpp\.extra_flags=-DMY_FLAG=1 -DDECIMAL_DIG=9/)
  expect(run.code).toBe(0)
  expect((await readReport('own.json')).sketches[0]?.ok).toBe(true)
})

it('prints each command with --verbose, and clears the progress line before the summary', async () => {
  const run = await runCli(['build', 'Blink', '--verbose', '--no-cache'], work, env)
  expect(run.code).toBe(0)
  const lines = run.stderr.split('\n')
  expect(lines.filter(line => /^\S*avr-g\+\+ -c /.test(line)).length).toBeGreaterThan(5)
  expect(lines.some(line => /^\S*avr-gcc .* -o \S+\.elf/.test(line))).toBe(true)
  expect(lines.filter(line => line !== '').at(-1)).toMatch(/^1\/1 sketches built, \d+ units/)
})

it('fails in under 5 s with one line when the library index cannot be reached', async () => {
  // The CLI's own start-up (tsx compiling the sources, on a loaded machine) is not the wait asked about.
  const started = performance.now()
  await runCli(['--version'], work, env)
  const startUp = (performance.now() - started) / 1000
  const startedAt = performance.now()
  const run = await runCli(['build', 'Blink', '--library', 'Servo'], work, env)
  const seconds = (performance.now() - startedAt) / 1000
  expect(run.code).toBe(2)
  const lines = run.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^fbuild-action: --library-index: cannot download \S+: /)
  expect(lines[0]).toMatch(/give --library-index an index you can reach .*, or give the library as a folder$/)
  expect(run.stdout).toBe('')
  expect(seconds - startUp).toBeLessThan(5)
})

it('answers --version with the package version', async () => {
  const run = await runCli(['--version'], work, env)
  const { version } = JSON.parse(await readFile(path.join(repoDir, 'package.json'), 'utf8')) as {
    version: string
  }
  expect(run.code).toBe(0)
  expect(run.stdout).toBe(`fbuild-action ${version}\n`)
})

it('--fail-on-new-warnings exits 1 on a warning the earlier report lacks, and 0 without one', async () => {
  const sketch = path.join(work, 'Grows')
  await mkdir(sketch, { recursive: true })
  await writeFile(path.join(sketch, 'Grows.ino'), 'void setup() {}\nvoid loop() {}\n')
  const base = await runCli(['build', 'Grows', '--warnings', 'all', '--report', 'grows-base.json'], work, env)
  expect(base.code).toBe(0)
  const same = await runCli(
    ['build', 'Grows', '--warnings', 'all', '--fail-on-new-warnings', 'grows-base.json'],
    work,
    env
  )
  expect(same.code).toBe(0)
  await writeFile(path.join(sketch, 'Grows.ino'), 'void setup() { int unused = 1; }\nvoid loop() {}\n')
  const grown = await runCli(
    [
      'build',
      'Grows',
      '--warnings',
      'all',
      '--fail-on-new-warnings',
      'grows-base.json',
      '--report',
      'grows.json'
    ],
    work,
    env
  )
  expect(grown.code).toBe(1)
  expect((await readReport('grows.json')).sketches[0]?.ok).toBe(true)
  expect(grown.stderr).toMatch(/^1 new warning against \S+grows-base\.json \(--fail-on-new-warnings\)$/m)
})
