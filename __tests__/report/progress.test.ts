/**
 * The CLI's progress on a terminal: the live line names the sketches being built, a finished
 * sketch's line starts on a cleared line, and finish() leaves nothing behind for the summary.
 * The events come from a real build (Blink and Fade), recorded, then replayed to the printer.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../../src/engine/runBuild.js'
import type { BuildEvent } from '../../src/engine/types.js'
import { progressPrinter } from '../../src/report/progress.js'
import { summaryLine } from '../../src/cli/main.js'
import { makeReport } from '../../src/report/report.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'

let work: string
const events: BuildEvent[] = []
let totals: ReturnType<typeof makeReport>['totals']
let processes: Record<string, number>

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-progress-'))
  const result = await runBuild({
    sketches: ['01.Basics/Blink', '01.Basics/Fade'].map(s => path.join(corpusExamplesDir(), s)),
    fqbn: 'arduino:avr:uno',
    coreDirs: [platformDir],
    toolchainDir: null,
    libraryDirs: [],
    buildProperties: [['compiler.cpp.extra_flags', '-DDECIMAL_DIG=9']],
    buildDir: path.join(work, 'build'),
    storeDir: null,
    jobs: 2,
    onEvent: event => events.push(event)
  })
  totals = makeReport(result, work).totals
  processes = result.processes
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

function replay(isTTY: boolean, verbose = false): string {
  let text = ''
  const printer = progressPrinter({ isTTY, write: chunk => (text += chunk) }, corpusExamplesDir(), {
    verbose
  })
  for (const event of events) printer.onEvent(event)
  printer.finish()
  return text
}

it('names the sketch being built in the live line', () => {
  const text = replay(true)
  expect(text).toMatch(/sketch 0\/2 {2}building Blink(, Fade)? {2}units \d+/)
})

it('clears the live line before the summary', () => {
  const text = replay(true)
  expect(text.endsWith('\r\x1b[2K')).toBe(true)
  // What the terminal shows: each \r\x1b[2K wipes the line, so the visible last line is empty.
  const visible = text.split('\n').map(line => line.split('\r\x1b[2K').at(-1))
  expect(visible.at(-1)).toBe('')
  expect(visible.filter(line => /^(ok|FAIL) /.test(line ?? ''))).toHaveLength(2)
})

it('writes no control characters to a log, and commands only when verbose', () => {
  const log = replay(false)
  expect(log.includes('\r') || log.includes('\u001b')).toBe(false)
  expect(log.trim().split('\n')).toHaveLength(2)
  const commands = events.filter(event => event.type === 'command').length
  expect(commands).toBe(Object.values(processes).reduce((sum, count) => sum + count, 0))
  expect(replay(false, true).trim().split('\n')).toHaveLength(2 + commands)
})

it('says "1 link", not "1 links"', () => {
  expect(summaryLine({ ...totals, linkHits: 1, compilerInvocations: 1, warnings: 1 })).toMatch(
    /1 compiler run, 1 link from cache, 1 warning,/
  )
})
