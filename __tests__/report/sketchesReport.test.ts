/**
 * The sketches report against the format arduino/report-size-deltas reads (the check in
 * helpers/reportSizeDeltas.ts): first that the check itself accepts a report written as that
 * project documents it and rejects an old-format one, then reports we make from real-shaped data,
 * with and without a comparison, including a failed and a new sketch.
 */
import type { Report, ReportSketch } from '../../src/report/report.js'
import { sizeDeltas, roundPercent } from '../../src/report/sizeDeltas.js'
import { makeSketchesReport, sketchesReportFileName } from '../../src/report/sketchesReport.js'
import { readAsReportSizeDeltas } from '../helpers/reportSizeDeltas.js'

const commit = { sha: 'c0ffee', repository: 'octo/blinky', serverUrl: 'https://github.com' }

function sketch(path: string, flash: number | null, ram = 9, warnings = 0): ReportSketch {
  return {
    path,
    ok: flash !== null,
    hex: null,
    hexSha256: null,
    elf: null,
    eep: null,
    sizes: flash === null ? null : { flash, ram, eeprom: 0, maxFlash: 32256, maxRam: 2048 },
    units: { total: 1, hits: 0, misses: 1, uncacheable: 0, shared: 0 },
    missReasons: {},
    missReasonDetails: {},
    link: 'miss',
    seconds: 0,
    compileSeconds: 0,
    libraries: [],
    phases: {},
    error: flash === null ? 'x.ino:1:1: error: no' : null,
    firstError: flash === null ? 'x.ino:1:1: error: no' : null,
    warnings: Array.from({ length: warnings }, (_, i) => ({
      file: `${path}/${path.split('/').pop()}.ino`,
      line: i + 1,
      column: 3,
      message: `unused variable 'v${i}'`
    }))
  }
}

function report(sketches: ReportSketch[]): Report {
  return { fqbn: 'arduino:avr:uno', sketches } as Report
}

describe('the report-size-deltas check', () => {
  it('reads a report in the documented format, and skips an old-format one', () => {
    const documented = {
      commit_hash: 'd8fd302',
      commit_url: 'https://example.com/commit/d8fd302',
      boards: [
        {
          board: 'arduino:avr:leonardo',
          sketches: [
            {
              name: 'examples/Foo',
              compilation_success: true,
              sizes: [
                {
                  name: 'flash',
                  maximum: 28672,
                  current: { absolute: 3462, relative: 12.07 },
                  previous: { absolute: 3474, relative: 12.12 },
                  delta: { absolute: -12, relative: -0.04 }
                }
              ]
            }
          ],
          sizes: [
            {
              name: 'flash',
              maximum: 28672,
              delta: {
                absolute: { minimum: -12, maximum: -12 },
                relative: { minimum: -0.04, maximum: -0.04 }
              }
            }
          ]
        }
      ]
    }
    const read = readAsReportSizeDeltas(documented)
    expect(read.used).toBe(true)
    expect(read.detail).toEqual([
      {
        board: 'arduino:avr:leonardo',
        sketch: 'examples/Foo',
        memory: 'flash',
        absolute: -12,
        relative: -0.04
      }
    ])
    const old = { ...documented, boards: [{ ...documented.boards[0], sizes: [{ name: 'flash' }] }] }
    expect(readAsReportSizeDeltas(old).used).toBe(false)
    const broken = { ...documented, boards: [{ ...documented.boards[0], sketches: [{ name: 'x' }] }] }
    expect(() => readAsReportSizeDeltas(broken)).toThrow(/no "sizes"/)
  })
})

describe('makeSketchesReport', () => {
  const head = report([
    sketch('examples/Blink', 1928, 184),
    sketch('examples/Fade', 1152, 13, 1),
    sketch('examples/New', 1000),
    sketch('examples/Broken', null)
  ])
  const base = report([
    sketch('examples/Blink', 930, 9),
    sketch('examples/Fade', 1152, 13),
    sketch('examples/Broken', 900)
  ])

  it('without a comparison: current sizes, no deltas, still read (as N/A)', () => {
    const made = makeSketchesReport(head, null, commit)
    expect(sketchesReportFileName('arduino:avr:nano:cpu=atmega328old')).toBe(
      'arduino-avr-nano-cpu=atmega328old.json'
    )
    expect(made.commit_url).toBe('https://github.com/octo/blinky/commit/c0ffee')
    const read = readAsReportSizeDeltas(made)
    expect(read.used).toBe(true)
    expect(read.summary.every(cell => cell.absolute === null)).toBe(true)
    expect(made.boards[0]?.sketches[0]?.sizes[0]).toEqual({
      name: 'flash',
      maximum: 32256,
      current: { absolute: 1928, relative: roundPercent((1928 * 100) / 32256) }
    })
  })

  it('with a comparison: per-sketch deltas, board ranges, N/A where unknown', () => {
    const deltas = sizeDeltas(head, base, { base: 'b', head: 'c0ffee' })
    const made = makeSketchesReport(head, deltas, commit)
    const read = readAsReportSizeDeltas(JSON.parse(JSON.stringify(made)))
    const cell = (name: string, memory = 'flash') =>
      read.detail.find(d => d.sketch === name && d.memory === memory)
    expect(cell('examples/Blink')).toMatchObject({ absolute: 998, relative: 3.09 })
    expect(cell('examples/Blink', 'RAM for global variables')).toMatchObject({
      absolute: 175,
      relative: 8.54
    })
    expect(cell('examples/Fade')).toMatchObject({ absolute: 0, relative: 0 })
    expect(cell('examples/New')).toMatchObject({ absolute: 'N/A', relative: 'N/A' })
    // A sketch that fails at the head has no comparison, as in compile-sketches.
    expect(cell('examples/Broken')).toMatchObject({ absolute: 'N/A' })
    expect(made.boards[0]?.sketches.find(s => s.name === 'examples/Broken')?.sizes[0]?.delta).toBeUndefined()
    expect(read.summary.find(s => s.memory === 'flash')?.absolute).toEqual({ minimum: 0, maximum: 998 })
    expect(made.boards[0]?.warnings).toEqual({ delta: { absolute: { minimum: 0, maximum: 1 } } })
    expect(deltas.sketches.map(s => s.path)).toEqual([
      'examples/Blink',
      'examples/Broken',
      'examples/Fade',
      'examples/New'
    ])
    expect(deltas.sketches.find(s => s.path === 'examples/Fade')?.warnings.new).toHaveLength(1)
  })

  it('rounds percentages as Python does', () => {
    expect(roundPercent(0.125)).toBe(0.12)
    expect(roundPercent(0.375)).toBe(0.38)
    expect(roundPercent(2.675)).toBe(2.67)
    expect(roundPercent(-0.125)).toBe(-0.12)
  })
})
