/**
 * `fbuild-action explain`: after a cold build, editing one header names that header as the reason
 * the units that read it missed, and changing one build property names the property (and its flag)
 * for the units whose command it reaches; everything else is a hit. The store and the compiler are
 * real; the only input to the answer is what the store holds.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { runCli, DECIMAL_DIG } from '../helpers/cliRunner.js'
import { platformDir } from '../helpers/corpus.js'

describe('fbuild-action explain', () => {
  let work: string
  const args = (...extra: string[]): string[] => [
    'Blinker',
    '--core',
    platformDir,
    '--library',
    'libraries',
    '--store',
    'store',
    '--build-dir',
    'build',
    '--build-property',
    DECIMAL_DIG,
    ...extra
  ]

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-explain-'))
    const files: Record<string, string> = {
      'Blinker/Blinker.ino':
        '#include <Rate.h>\nvoid setup() { pinMode(13, OUTPUT); }\nvoid loop() { delay(rate()); }\n',
      'libraries/Rate/library.properties': 'name=Rate\nversion=1.0.0\narchitectures=*\n',
      'libraries/Rate/src/Rate.h': '#pragma once\n#include "Period.h"\nint rate();\n',
      'libraries/Rate/src/Period.h': '#define PERIOD 500\n',
      'libraries/Rate/src/Rate.cpp': '#include "Rate.h"\nint rate() { return PERIOD * SCALE; }\n'
    }
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(work, file)), { recursive: true })
      await writeFile(path.join(work, file), text)
    }
    const cold = await runCli(
      ['build', ...args('--build-property', 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9 -DSCALE=2')],
      work
    )
    if (cold.code !== 0) throw new Error(`cold build failed: ${cold.stderr}`)
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  const missesOf = (stdout: string): string[] => stdout.split('\n').filter(line => line.includes(': miss'))

  it('names the edited header for the units that read it, and nothing else misses', async () => {
    const header = path.join(work, 'libraries/Rate/src/Period.h')
    await writeFile(header, (await readFile(header, 'utf8')).replace('500', '250'))
    const run = await runCli(
      ['explain', ...args('--build-property', 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9 -DSCALE=2')],
      work
    )
    expect(run.code).toBe(0)
    const misses = missesOf(run.stdout)
    // Rate.cpp reads it, and so does the sketch (through Rate.h); the link follows.
    const changed = '{lib/user/Rate}/src/Period.h changed'
    expect(misses).toHaveLength(3)
    expect(misses).toContain(
      `unit build/sketches/Blinker/sketch/Blinker.ino.cpp: miss (dependency-changed/header-changed): ${changed}`
    )
    expect(misses).toContain(
      `unit libraries/Rate/src/Rate.cpp: miss (dependency-changed/header-changed): ${changed}`
    )
    expect(misses.find(line => line.startsWith('link '))).toMatch(
      /^link Blinker: miss \(no-entry\/units-changed\): 2 of its units compiled$/
    )
    expect(run.stdout).toMatch(/^unit .*wiring\.c: hit$/m)
  })

  it('names the changed build property and its flag for the units it reaches', async () => {
    const run = await runCli(
      ['explain', ...args('--build-property', 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9 -DSCALE=3')],
      work
    )
    expect(run.code).toBe(0)
    const units = missesOf(run.stdout).filter(line => line.startsWith('unit '))
    expect(units.length).toBeGreaterThan(2)
    for (const line of units) {
      expect(line).toMatch(
        /\.(cpp|ino\.cpp): miss \(no-entry\/flags-changed\): flag added: -DSCALE=3 \(build property compiler\.cpp\.extra_flags\); flag removed: -DSCALE=2$/
      )
    }
    // C units do not see compiler.cpp.extra_flags: they hit.
    expect(run.stdout).toMatch(/^unit .*wiring\.c: hit$/m)
  })

  it("names the sketch's own source, and the report counts the misses by the same names", async () => {
    const sketch = path.join(work, 'Blinker/Blinker.ino')
    await writeFile(sketch, (await readFile(sketch, 'utf8')).replace('pinMode(13', 'pinMode(12'))
    const run = await runCli(
      [
        'explain',
        ...args(
          '--build-property',
          'compiler.cpp.extra_flags=-DDECIMAL_DIG=9 -DSCALE=2',
          '--report',
          'source.json'
        )
      ],
      work
    )
    expect(run.code).toBe(0)
    const source = '{build}/sketches/Blinker/sketch/Blinker.ino.cpp'
    expect(missesOf(run.stdout)).toEqual([
      `unit build/sketches/Blinker/sketch/Blinker.ino.cpp: miss (dependency-changed/source-changed): ${source} changed`,
      'link Blinker: miss (no-entry/units-changed): 1 of its units compiled'
    ])
    const report = JSON.parse(await readFile(path.join(work, 'source.json'), 'utf8')) as Report
    expect(report.missReasons).toEqual({ 'no-entry': 1, 'dependency-changed': 1, 'corrupt-entry': 0 })
    expect(report.missReasonDetails['dependency-changed']['source-changed']).toBe(1)
    expect(report.missReasonDetails['no-entry']['units-changed']).toBe(1)
  })
})
