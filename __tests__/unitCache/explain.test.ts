import {
  countDetail,
  explainDependencies,
  explainInputs,
  type MissReasonDetails
} from '../../src/unitCache/explain.js'
import { ABSENT, unitKeyInputs } from '../../src/unitCache/keys.js'
import type { PathMode } from '../../src/unitCache/roots.js'

const inputs = (toolchainId: string, paths: PathMode, argv: string[]) =>
  unitKeyInputs({ toolchainId, paths, argv })

describe('explainInputs: which labelled input of a unit key differs', () => {
  const argv = ['{toolchain}/bin/avr-g++', '-c', '-Os', '-DLEVEL=1', '{sketch/Blink}/Blink.ino.cpp']
  const stored = inputs('sha256:aaaa', 'relative', argv)

  it('calls the same inputs an evicted entry', () => {
    expect(explainInputs(stored, inputs('sha256:aaaa', 'relative', argv))).toEqual({
      detail: 'evicted',
      why: ['its entry is no longer in the store (pruned or evicted)']
    })
  })

  it('names the toolchain and the path mode, the toolchain first', () => {
    expect(explainInputs(stored, inputs('sha256:bbbb', 'absolute', argv))).toEqual({
      detail: 'toolchain-changed',
      why: ['toolchain sha256:aaaa -> sha256:bbbb', 'paths relative -> absolute']
    })
    expect(explainInputs(stored, inputs('sha256:aaaa', 'absolute', argv)).detail).toBe('paths-changed')
  })

  it('names a schema change before anything else', () => {
    const now = { ...inputs('sha256:bbbb', 'relative', argv), schema: stored.schema + 1 }
    expect(explainInputs(stored, now).detail).toBe('schema-changed')
  })

  it('names added and removed flags, with the build property an added one comes from', () => {
    const now = inputs('sha256:aaaa', 'relative', [...argv.slice(0, 3), '-DLEVEL=2', '-g', argv[4] ?? ''])
    expect(explainInputs(stored, now, [['compiler.cpp.extra_flags', '-DLEVEL=2 -DX']])).toEqual({
      detail: 'flags-changed',
      why: [
        'flag added: -DLEVEL=2 (build property compiler.cpp.extra_flags)',
        'flag added: -g',
        'flag removed: -DLEVEL=1'
      ]
    })
  })

  it('names a change of order alone', () => {
    const now = inputs('sha256:aaaa', 'relative', [argv[0] ?? '', '-Os', '-c', ...argv.slice(3)])
    expect(explainInputs(stored, now)).toEqual({ detail: 'flags-changed', why: ['the order of the flags'] })
  })
})

describe('explainDependencies: which file a result depended on differs', () => {
  it('names changed, vanished, appeared and moved files, and nothing that is the same', () => {
    const stored: [string, string][] = [
      ['{sketch/A}/a.h', 'h1'],
      ['{sketch/A}/b.h', 'h2'],
      ['{sketch/A}/c.h', ABSENT],
      ['{sketch/A}/d.h', 'h4@/x/d.h'],
      ['{sketch/A}/e.h', 'h5']
    ]
    const now: [string, string][] = [
      ['{sketch/A}/a.h', 'h1b'],
      ['{sketch/A}/b.h', ABSENT],
      ['{sketch/A}/c.h', 'h3'],
      ['{sketch/A}/d.h', 'h4@/y/d.h'],
      ['{sketch/A}/e.h', 'h5']
    ]
    expect(explainDependencies(stored, now, '{sketch/A}/A.ino.cpp')).toEqual({
      detail: 'header-changed',
      why: [
        '{sketch/A}/a.h changed',
        '{sketch/A}/b.h is gone',
        '{sketch/A}/c.h appeared',
        '{sketch/A}/d.h moved (/x/d.h -> /y/d.h)'
      ]
    })
  })

  it('names the source before a header, and a move alone as a location change', () => {
    const stored: [string, string][] = [
      ['{sketch/A}/a.cpp', 'h1@/x/a.cpp'],
      ['{sketch/A}/a.h', 'h2@/x/a.h']
    ]
    const edited: [string, string][] = [
      ['{sketch/A}/a.cpp', 'h1b@/x/a.cpp'],
      ['{sketch/A}/a.h', 'h2b@/x/a.h']
    ]
    const moved: [string, string][] = [
      ['{sketch/A}/a.cpp', 'h1@/y/a.cpp'],
      ['{sketch/A}/a.h', 'h2@/y/a.h']
    ]
    expect(explainDependencies(stored, edited, '{sketch/A}/a.cpp').detail).toBe('source-changed')
    expect(explainDependencies(stored, moved, '{sketch/A}/a.cpp').detail).toBe('location-changed')
    expect(explainDependencies(stored, stored, '{sketch/A}/a.cpp')).toEqual({ detail: null, why: [] })
  })
})

describe('countDetail', () => {
  it('counts a finer name under its own reason only', () => {
    const details: MissReasonDetails = {}
    countDetail(details, 'no-entry', 'flags-changed')
    countDetail(details, 'no-entry', 'flags-changed')
    countDetail(details, 'dependency-changed', 'header-changed')
    countDetail(details, 'no-entry', 'header-changed')
    countDetail(details, 'corrupt-entry', null)
    countDetail(details, 'no-entry', null)
    expect(details).toEqual({
      'no-entry': { 'flags-changed': 2 },
      'dependency-changed': { 'header-changed': 1 }
    })
  })
})
