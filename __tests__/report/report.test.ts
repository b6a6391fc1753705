import { hitRate, makeReport } from '../../src/report/report.js'
import { buildSummary } from '../../src/report/summary.js'
import type { BuildResult, SketchResult } from '../../src/engine/types.js'

function sketch(units: SketchResult['units']): SketchResult {
  return {
    path: '/w/examples/Blink',
    name: 'Blink',
    ok: true,
    hex: null,
    elf: null,
    eep: null,
    hexSha256: null,
    sizes: null,
    units,
    missReasons: {},
    link: 'hit',
    seconds: 1,
    compileSeconds: 0,
    libraries: [],
    phases: {},
    error: null,
    messages: ''
  }
}

function result(sketches: SketchResult[]): BuildResult {
  return {
    fqbn: 'arduino:avr:uno',
    toolchain: { id: 'sha256:00', version: '7.3.0', dir: '/t', work: { filesHashed: 0, driverAsked: 0 } },
    paths: 'relative',
    sketches,
    processes: {},
    wallSeconds: 1,
    store: null
  }
}

describe('hitRate', () => {
  it('is 100 only when every own unit came from the store', () => {
    expect(hitRate({ units: 24, shared: 4, hits: 20 })).toBe(100)
    expect(hitRate({ units: 2000, shared: 0, hits: 1999 })).toBe(99.9)
    expect(hitRate({ units: 3, shared: 0, hits: 1 })).toBe(33.3)
    expect(hitRate({ units: 10, shared: 0, hits: 0 })).toBe(0)
  })

  it('is null when the run had no units of its own', () => {
    expect(hitRate({ units: 0, shared: 0, hits: 0 })).toBeNull()
    expect(hitRate({ units: 5, shared: 5, hits: 0 })).toBeNull()
  })
})

describe('the job summary', () => {
  it('shows the same hit rate as the action output, never 100% with a miss', () => {
    const report = makeReport(
      result([sketch({ total: 2000, hits: 1999, misses: 1, uncacheable: 0, shared: 0 })]),
      '/w'
    )
    const cache = {
      primaryKey: 'k',
      matchedKey: 'k',
      restoreSeconds: 0,
      restoredBytes: 0,
      restoreWarning: null
    }
    const summary = (of: typeof report) =>
      buildSummary({ report: of, cache, coldBuild: null, deltas: null, baseSeconds: null })
    expect(summary(report)).toContain('(99.9% of the 2000 units')
    const empty = makeReport(
      result([sketch({ total: 0, hits: 0, misses: 0, uncacheable: 0, shared: 0 })]),
      '/w'
    )
    expect(summary(empty)).not.toMatch(/\d%/)
  })
})
