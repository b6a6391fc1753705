/**
 * A pull request as a library maintainer has one, through the bundled action: a library's git
 * repository (its shared source expands `__FILE__` in a diagnostics function no example calls, as
 * real logging libraries do) whose second commit grows one example (Blink starts using Serial) and
 * adds a warning in another (an unused variable in Fade). A push run on the first commit saves the
 * store; the pull-request run, in a fresh clone elsewhere, builds the head and the base commit (in a
 * worktree: a third location) and must report exactly those deltas and that one new warning, build
 * the base without a compiler or linker run (counted by the toolchain's own wrappers), and write a
 * sketches report that report-size-deltas reads.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import type { SizeDeltas } from '../../src/report/sizeDeltas.js'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { startActionServices, type ActionServices } from '../helpers/actionServices.js'
import { corpusExamplesDir } from '../helpers/corpus.js'
import { git } from '../helpers/git.js'
import { readAsReportSizeDeltas } from '../helpers/reportSizeDeltas.js'
import { compiledSources, readSpawnLog, spawnsOf, type Spawn } from '../helpers/toolchainCopy.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '04.Communication/ASCIITable']

/** The repository is a library: its examples are the sketches, and one of them uses it. */
const LIBRARY: Record<string, string> = {
  'library.properties': 'name=Blinky\nversion=1.0.0\narchitectures=*\n',
  'src/Blinky.h': '#pragma once\nint scaled(int value);\nvoid diagnostics();\n',
  'src/Blinky.cpp':
    '#include <Arduino.h>\n#include "Blinky.h"\n#define LOG(msg) Serial.println(__FILE__ ": " msg)\n' +
    'void diagnostics() { LOG("diagnostics"); }\nint scaled(int value) { return value * 3; }\n',
  'examples/Scaled/Scaled.ino':
    '#include <Blinky.h>\nvoid setup() { Serial.begin(9600); }\nvoid loop() { Serial.println(scaled(analogRead(A0))); }\n'
}

let root: string
let services: ActionServices
let shas: { base: string; head: string }
let push: Awaited<ReturnType<typeof job>>
let pr: Awaited<ReturnType<typeof job>>

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`)
  await writeFile(file, text.replace(from, to))
}

async function job(name: string, workspace: string, env: Record<string, string>) {
  const where = runnerFolders(root, name, workspace)
  const spawnLog = path.join(root, name, 'spawns.log')
  const result = await runJob(
    where,
    { ...services.inputs, 'cache-key-extra': 'pull-request-flow' },
    {
      ...services.cacheServer.env,
      FBUILD_SPAWN_LOG: spawnLog,
      // Restores run in a child process: a loaded machine needs more than a few seconds for one.
      FBUILD_CACHE_TIMEOUT_MS: '60000',
      GITHUB_REPOSITORY: 'octo/blinky',
      ...env
    }
  )
  if (result.main.code !== 0) throw new Error(`${name} failed:\n${result.main.stdout}`)
  const { report } = result
  if (report === null) throw new Error(`${name} wrote no report:\n${result.main.stdout}`)
  return { ...result, report, folders: where, spawns: await readSpawnLog(spawnLog) }
}

const flash = (report: Report, sketch: string): number =>
  report.sketches.find(s => s.path === `examples/${sketch}`)?.sizes?.flash ?? NaN
const ram = (report: Report, sketch: string): number =>
  report.sketches.find(s => s.path === `examples/${sketch}`)?.sizes?.ram ?? NaN

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-pr-'))
  services = await startActionServices(root)
  const origin = path.join(root, 'origin')
  for (const sketch of SKETCHES) {
    await cp(path.join(corpusExamplesDir(), sketch), path.join(origin, 'examples', path.basename(sketch)), {
      recursive: true
    })
  }
  for (const [file, text] of Object.entries(LIBRARY)) {
    await mkdir(path.dirname(path.join(origin, file)), { recursive: true })
    await writeFile(path.join(origin, file), text)
  }
  await writeFile(path.join(origin, '.gitignore'), 'sketches-reports/\n.fbuild-cache/\n')
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', 'base')
  const base = git(origin, 'rev-parse', 'HEAD')
  push = await job('push', origin, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: base, GITHUB_RUN_ID: '1' })

  await edit(path.join(origin, 'examples/Blink/Blink.ino'), 'pinMode(', 'Serial.begin(9600);\n  pinMode(')
  await edit(path.join(origin, 'examples/Fade/Fade.ino'), 'void loop() {', 'void loop() {\n  int unused = 0;')
  git(origin, 'commit', '-q', '-am', 'grow Blink, warn in Fade')
  shas = { base, head: git(origin, 'rev-parse', 'HEAD') }

  const clone = path.join(root, 'elsewhere', 'checkout')
  await mkdir(path.dirname(clone), { recursive: true })
  // As actions/checkout leaves it: one commit deep, so the action must fetch the base commit.
  git(root, 'clone', '-q', '--depth', '1', `file://${origin}`, clone)
  const event = path.join(root, 'event.json')
  await writeFile(
    event,
    JSON.stringify({
      number: 7,
      pull_request: { number: 7, base: { sha: shas.base }, head: { sha: shas.head } }
    })
  )
  pr = await job('pr', clone, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: shas.head,
    GITHUB_RUN_ID: '2'
  })
})

afterAll(async () => {
  await services?.stop()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

/** The compiles and links of the pull-request job, by build folder. */
function work(spawns: readonly Spawn[], buildDir: string): { compiled: string[]; links: number } {
  const inside = (file: string): boolean => file.startsWith(buildDir + path.sep)
  return {
    compiled: compiledSources(spawns)
      .filter(inside)
      .map(file => path.basename(file))
      .sort(),
    links: spawnsOf(spawns, ['collect2']).filter(spawn => spawn.args.some(inside)).length
  }
}

describe('a pull request: size deltas and new warnings against the base commit', () => {
  it('the push run on the base commit compares nothing and saves the store', () => {
    expect(push.main.outputs['size-deltas']).toBeUndefined()
    expect(push.main.outputs['cache-matched-key']).toBe('')
    expect(push.post.stdout).not.toMatch(/not saving/)
  })

  it('reports exactly the grown sketch and the new warning', async () => {
    const deltas = JSON.parse(await readFile(pr.main.outputs['size-deltas'] ?? '', 'utf8')) as SizeDeltas
    expect(deltas.base.sha).toBe(shas.base)
    expect(deltas.head.sha).toBe(shas.head)
    const grown = flash(pr.report, 'Blink') - flash(push.report, 'Blink')
    expect(grown).toBeGreaterThan(0)
    // Largest change first; the other sketches did not change.
    expect(deltas.sketches.map(s => [s.path, s.flash.delta, s.ram.delta])).toEqual([
      ['examples/Blink', grown, ram(pr.report, 'Blink') - ram(push.report, 'Blink')],
      ['examples/ASCIITable', 0, 0],
      ['examples/Fade', 0, 0],
      ['examples/Scaled', 0, 0]
    ])
    const blink = deltas.sketches[0]
    expect(blink?.flash.maximum).toBe(32256)
    expect(blink?.flash.deltaPercent).toBe(Math.round((grown * 10000) / 32256) / 100)
    const fresh = deltas.sketches.flatMap(s => s.warnings.new.map(w => ({ sketch: s.path, ...w })))
    expect(fresh).toEqual([
      expect.objectContaining({ sketch: 'examples/Fade', file: 'examples/Fade/Fade.ino' })
    ])
    expect(fresh[0]?.message).toMatch(/unused variable .unused./)
    // The same warning is annotated on its line, first, as new.
    expect(pr.main.stdout).toMatch(
      new RegExp(
        `::warning title=new warning%3A examples/Fade,file=examples/Fade/Fade.ino,line=${fresh[0]?.line},col=\\d+::unused variable`
      )
    )
  })

  it('builds the base commit warm: no compiler or linker run; the head compiles only what changed', () => {
    const head = work(pr.spawns, path.join(pr.folders.temp, 'fbuild-build'))
    const base = work(pr.spawns, path.join(pr.folders.temp, 'fbuild-base-build'))
    expect(base).toEqual({ compiled: [], links: 0 })
    expect(head).toEqual({ compiled: ['Blink.ino.cpp', 'Fade.ino.cpp'], links: 2 })
  })

  it('writes a sketches report that report-size-deltas reads, with the same deltas', async () => {
    const file = path.join(pr.main.outputs['sketches-report-path'] ?? '', 'arduino-avr-uno.json')
    expect(file).toBe(path.join(pr.folders.workspace, 'sketches-reports', 'arduino-avr-uno.json'))
    const read = readAsReportSizeDeltas(JSON.parse(await readFile(file, 'utf8')))
    expect(read.used).toBe(true)
    expect(read.commitHash).toBe(shas.head)
    const grown = flash(pr.report, 'Blink') - flash(push.report, 'Blink')
    const cell = (sketch: string, memory: string) =>
      read.detail.find(d => d.sketch === `examples/${sketch}` && d.memory === memory)
    expect(cell('Blink', 'flash')).toMatchObject({
      absolute: grown,
      relative: Math.round((grown * 10000) / 32256) / 100
    })
    expect(cell('Fade', 'flash')).toMatchObject({ absolute: 0, relative: 0 })
    expect(cell('ASCIITable', 'RAM for global variables')).toMatchObject({ absolute: 0 })
    expect(read.summary.find(s => s.memory === 'flash')?.absolute).toEqual({ minimum: 0, maximum: grown })
  })

  it('shows the changes in the job summary, sorted by size', () => {
    expect(pr.main.summary).toContain(`Changes against the base commit \`${shas.base.slice(0, 10)}\``)
    expect(pr.main.summary).toMatch(/\| `examples\/Blink` \| \+\d+ B \(\+[\d.]+%\) \|/)
    expect(pr.main.summary).toMatch(/- `examples\/Fade\/Fade.ino:\d+`: unused variable/)
  })
})
