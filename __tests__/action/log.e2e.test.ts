/**
 * What a maintainer reads in the step log, through the bundled action (`node dist/index.js`) with the
 * served toolchain and core: a failing sketch's whole compiler output (every error, the include
 * chain, the context lines) in a collapsible group, paths relative to the workspace; each sketch's
 * warnings in a group, the user's own first; with `verbose`, each command the build ran, checked
 * against the toolchain's own spawn log.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { startActionServices, type ActionServices } from '../helpers/actionServices.js'
import { DRIVERS, readSpawnLog, spawnsOf, type Spawn } from '../helpers/toolchainCopy.js'

// An error in a header the sketch includes (gcc prints the include chain), two in the .ino.
const BROKEN_INO = `#include "helper.h"
void setup() {
  pinMode(13, OUTPUT);
}
void loop() {
  int x = ;
  undeclared();
}
`
const BROKEN_HEADER = 'int helper() { return }\n'
const WARNS = `void setup() {
  int unused = 3;
}
void loop() {}
`

let root: string
let services: ActionServices
let job: Awaited<ReturnType<typeof runJob>>
let report: Report
let spawns: Spawn[]
let workspace: string
let buildDir: string

/** The lines of the group whose title matches, between ::group:: and ::endgroup::. */
function group(stdout: string, title: RegExp): string[] | null {
  const lines = stdout.split('\n')
  const start = lines.findIndex(line => line.startsWith('::group::') && title.test(line.slice(9)))
  if (start < 0) return null
  const end = lines.indexOf('::endgroup::', start)
  return lines.slice(start + 1, end)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-log-'))
  services = await startActionServices(root)
  const folders = runnerFolders(root, 'job')
  workspace = folders.workspace
  buildDir = path.join(folders.temp, 'fbuild-build')
  await mkdir(path.join(workspace, 'examples', 'Broken'), { recursive: true })
  await writeFile(path.join(workspace, 'examples', 'Broken', 'Broken.ino'), BROKEN_INO)
  await writeFile(path.join(workspace, 'examples', 'Broken', 'helper.h'), BROKEN_HEADER)
  await mkdir(path.join(workspace, 'examples', 'Warns'), { recursive: true })
  await writeFile(path.join(workspace, 'examples', 'Warns', 'Warns.ino'), WARNS)
  const spawnLog = path.join(root, 'spawns.log')
  job = await runJob(
    folders,
    { ...services.inputs, verbose: 'true' },
    { ...services.cacheServer.env, FBUILD_SPAWN_LOG: spawnLog, FBUILD_CACHE_TIMEOUT_MS: '60000' }
  )
  if (job.report === null) throw new Error(`no report:\n${job.main.stdout}`)
  report = job.report
  spawns = await readSpawnLog(spawnLog)
})

afterAll(async () => {
  await services.stop()
  await rm(root, { recursive: true, force: true })
})

it('fails the step, naming the failed sketch', () => {
  expect(job.main.code).toBe(1)
  expect(job.main.stdout).toMatch(/^::error::1 of 2 sketches failed/m)
})

it("holds the failing sketch's whole compiler output in a group, paths relative to the workspace", () => {
  const lines = group(job.main.stdout, /^FAIL examples\/Broken: compiler output$/)
  expect(lines).not.toBeNull()
  const error = report.sketches.find(s => s.path === 'examples/Broken')?.error ?? ''
  // Every line the compiler printed, with only the paths changed: the workspace prefix dropped, the
  // sketch's copy in the build folder named as the sketch's own folder.
  const expected = error
    .trimEnd()
    .split('\n')
    .map(line =>
      line
        .split(`${path.join(buildDir, 'sketches', 'Broken', 'sketch')}/`)
        .join('examples/Broken/')
        .split(`${workspace}/`)
        .join('')
    )
  expect(lines).toEqual(expected)
  expect(lines?.filter(line => / error: /.test(line)).length).toBeGreaterThanOrEqual(3)
  expect(lines).toContain('In file included from examples/Broken/Broken.ino:1:0:')
  expect(lines?.some(line => line.startsWith('examples/Broken/helper.h:1:'))).toBe(true)
  expect(lines?.some(line => line.includes(workspace) || line.includes(buildDir))).toBe(false)
})

it("lists each sketch's warnings in a group, the user's own first", () => {
  const sketch = report.sketches.find(s => s.path === 'examples/Warns')
  const lines = group(job.main.stdout, /^Warnings: examples\/Warns \(\d+ warnings?, 1 in your code\)$/)
  expect(lines).toHaveLength(sketch?.warnings.length ?? -1)
  expect(lines?.[0]).toMatch(/^examples\/Warns\/Warns\.ino:2:\d+: warning: unused variable 'unused'/)
  expect(lines?.slice(1).every(line => !line.startsWith('examples/'))).toBe(true)
})

it('with verbose, prints each command the build ran (as the toolchain counted them)', () => {
  const toolchainBin = job.main.outputs['toolchain-path'] ?? '?'
  const printed = job.main.stdout
    .split('\n')
    .filter(line => line.startsWith(path.join(toolchainBin, 'bin')))
    .map(line => path.basename(line.split(' ')[0] ?? ''))
  // Not build commands: the toolchain's identity questions (one option: -dumpversion, -print-...).
  const ran = spawnsOf(spawns, DRIVERS)
    .filter(spawn => !(spawn.args.length === 1 && spawn.args[0]?.startsWith('-') === true))
    .map(spawn => spawn.program)
  expect(printed.length).toBeGreaterThan(10)
  expect(printed.sort()).toEqual(ran.sort())
})
