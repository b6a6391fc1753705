import { hitRate, makeReport } from '../../src/report/report.js'
import { buildSummary } from '../../src/report/summary.js'
import type { BuildResult, SketchResult } from '../../src/engine/types.js'
import { emptyCounters } from '../../src/store/index.js'

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
    missReasonDetails: {},
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

describe('missReasonDetails', () => {
  it('sums the sketches by finer name and lists every counter, 0 when none', () => {
    const units = { total: 5, hits: 0, misses: 5, uncacheable: 0, shared: 0 }
    const a: SketchResult = {
      ...sketch(units),
      missReasons: { 'no-entry': 3, 'dependency-changed': 1, 'corrupt-entry': 1 },
      missReasonDetails: {
        'no-entry': { 'flags-changed': 2, 'units-changed': 1 },
        'dependency-changed': { 'header-changed': 1 }
      }
    }
    const b: SketchResult = {
      ...sketch(units),
      missReasons: { 'no-entry': 1 },
      missReasonDetails: { 'no-entry': { 'flags-changed': 1 } }
    }
    const report = makeReport(result([a, b]), '/w')
    expect(report.missReasons).toEqual({ 'no-entry': 4, 'dependency-changed': 1, 'corrupt-entry': 1 })
    expect(report.missReasonDetails).toEqual({
      'no-entry': {
        'new-source': 0,
        'schema-changed': 0,
        'toolchain-changed': 0,
        'paths-changed': 0,
        'flags-changed': 3,
        evicted: 0,
        'units-changed': 1,
        'command-changed': 0
      },
      'dependency-changed': { 'source-changed': 0, 'header-changed': 1, 'location-changed': 0 }
    })
    expect(report.sketches[1]?.missReasonDetails).toEqual({ 'no-entry': { 'flags-changed': 1 } })
  })

  it('are named in the job summary beside their reason', () => {
    const units = { total: 3, hits: 0, misses: 3, uncacheable: 0, shared: 0 }
    const built: SketchResult = {
      ...sketch(units),
      missReasons: { 'no-entry': 3, 'corrupt-entry': 1 },
      missReasonDetails: { 'no-entry': { 'toolchain-changed': 2, 'units-changed': 1 } }
    }
    const store = { dir: '/w/store', run: emptyCounters(), recovered: 1, faults: [] }
    const report = makeReport({ ...result([built]), store }, '/w')
    const cache = {
      primaryKey: 'k',
      matchedKey: null,
      restoreSeconds: 0,
      restoredBytes: 0,
      restoreWarning: null
    }
    const summary = buildSummary({ report, cache, coldBuild: null, deltas: null, baseSeconds: null })
    expect(summary).toContain(
      'Misses by reason: no-entry 3 (toolchain-changed 2, units-changed 1), corrupt-entry 1'
    )
  })
})
