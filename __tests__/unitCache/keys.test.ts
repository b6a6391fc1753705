import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { factsOf } from '../../src/unitCache/fileFacts.js'
import { expansionCheck } from '../../src/unitCache/expansion.js'
import {
  ABSENT,
  CACHE_SCHEMA,
  detectKeyInputs,
  digestOf,
  dependencyFacts,
  keyOf,
  linkKeyInputs,
  resultKeyInputs,
  unitKeyInputs,
  type DependencyFact,
  type DetectKeyInputs,
  type LinkKeyInputs,
  type PartsOf
} from '../../src/unitCache/keys.js'
import { normalizeArgv, normalizeText, type PathMode } from '../../src/unitCache/roots.js'
import { namedRoots, type RootFolders } from '../../src/unitCache/open.js'

const TOOLCHAIN = 'toolchain-sha256:abc'

type LinkKeyInput = PartsOf<LinkKeyInputs>
type DetectKeyInput = PartsOf<DetectKeyInputs>
const unitKey = (toolchainId: string, paths: PathMode, argv: string[]): string =>
  keyOf(unitKeyInputs({ toolchainId, paths, argv }))
const resultKey = (unit: string, dependencies: DependencyFact[]): string =>
  keyOf(resultKeyInputs({ unit, dependencies }))
const linkKey = (parts: LinkKeyInput): string => keyOf(linkKeyInputs(parts))
const detectKey = (parts: DetectKeyInput): string => keyOf(detectKeyInputs(parts))

/**
 * Keys made by the code before the four kinds had one builder each (schema 3, commit 6c0b5b0): a
 * store filled then must still hit, so these digests may only change with CACHE_SCHEMA.
 */
describe('keys stay byte-identical within a schema', () => {
  const link: LinkKeyInput = {
    toolchainId: TOOLCHAIN,
    paths: 'relative',
    linkArgv: ['{toolchain}/bin/avr-gcc', '-Os', 'unit:aa', '{build}/core.a'],
    objcopyArgvs: [['{toolchain}/bin/avr-objcopy', '-O', 'ihex']],
    sizeArgv: ['{toolchain}/bin/avr-size', '-A']
  }
  const unit = unitKey(TOOLCHAIN, 'relative', [
    '{toolchain}/bin/avr-g++',
    '-c',
    '-Os',
    '-I{core}',
    '{build}/sketch/Blink.ino.cpp'
  ])

  it.each<[string, () => string, string]>([
    ['unit', () => unit, '23342df8bddd7719e0086d8ddb6a06ca58bd1f07696623084814f9fc3389b93e'],
    [
      'result',
      () =>
        resultKey(unit, [
          ['{core}/Arduino.h', 'ab'],
          ['{sketch/Blink}/Blink.ino', ABSENT]
        ]),
      'd23c5cf4b439f56e9ca4ea1353b24590580e9bc1cf81c842c618b1ae46328fd2'
    ],
    ['link', () => linkKey(link), '83014d51eb49ad59c28de8a7283312b04e7172aea6e823a42794acdb595a54dd'],
    [
      'link with other inputs',
      () => linkKey({ ...link, inputs: [['{lib/user/X}/X.a', 'sha:1']] }),
      '4323f39c248749211bb0612fb9493d0617e97080ccee9bdd0f342004ea755a3a'
    ],
    [
      'detect',
      () =>
        detectKey({
          toolchainId: TOOLCHAIN,
          preprocessArgv: ['{toolchain}/bin/avr-g++', '-E', '-I{core}'],
          candidates: [['{lib/platform/Wire}', ['Wire.h']]],
          sources: ['{sketch/Blink}/Blink.ino']
        }),
      'd29460b677b1868d89bd4aae0b69fde302c18fdfc0cd2e3d89956423ab9d5657'
    ]
  ])('%s', (_kind, key, before) => {
    expect(key()).toBe(before)
  })

  it('whatever order the caller names the parts in', () => {
    const { sizeArgv, ...rest } = link
    const reordered = { sizeArgv, ...rest }
    expect(Object.keys(reordered)[0]).toBe('sizeArgv')
    expect(linkKey(reordered)).toBe(linkKey(link))
  })
})

/** Every root of one build placed under `base`. */
function foldersAt(base: string): RootFolders {
  return {
    toolchainDir: `${base}/usr`,
    platformDirs: [
      { name: 'platform', dir: `${base}/usr/share/arduino/hardware/arduino/avr` },
      { name: 'core', dir: `${base}/usr/share/arduino/hardware/arduino/avr/cores/arduino` },
      { name: 'variant', dir: `${base}/usr/share/arduino/hardware/arduino/avr/variants/standard` }
    ],
    libraries: [
      {
        dir: `${base}/usr/share/arduino/hardware/arduino/avr/libraries/Wire`,
        name: 'Wire',
        dirName: 'Wire',
        location: 'platform'
      },
      { dir: `${base}/home/Arduino/libraries/Servo`, name: 'Servo', dirName: 'Servo', location: 'user' }
    ],
    sketches: [{ name: 'Blink', dir: `${base}/ws/examples/Blink` }],
    buildDir: `${base}/ws/.build/Blink`,
    workspace: `${base}/ws`,
    home: `${base}/home`
  }
}

interface Compile {
  flags: string[]
  defines: string[]
  includes: string[]
  source: string
  output: string
}

/** An Arduino-style compile of the sketch at `base`; `change` alters one part of it. */
function compileAt(base: string, change: (compile: Compile) => void = () => undefined): string[] {
  const avr = `${base}/usr/share/arduino/hardware/arduino/avr`
  const compile: Compile = {
    flags: ['-c', '-g', '-Os', '-w', '-std=gnu++11', '-fno-exceptions', '-MMD', '-mmcu=atmega328p'],
    defines: ['-DF_CPU=16000000L', '-DARDUINO=10807', '-DARDUINO_AVR_UNO', '-DARDUINO_ARCH_AVR'],
    includes: [
      `-I${avr}/cores/arduino`,
      `-I${avr}/variants/standard`,
      `-I${avr}/libraries/Wire/src`,
      `-I${base}/home/Arduino/libraries/Servo/src`
    ],
    source: `${base}/ws/.build/Blink/sketch/Blink.ino.cpp`,
    output: `${base}/ws/.build/Blink/sketch/Blink.ino.cpp.o`
  }
  change(compile)
  const { flags, defines, includes, source, output } = compile
  return [`${base}/usr/bin/avr-g++`, ...flags, ...defines, ...includes, source, '-o', output]
}

const keyAt = (base: string, change?: (compile: Compile) => void, toolchain = TOOLCHAIN): string =>
  unitKey(toolchain, 'absolute', normalizeArgv(compileAt(base, change), namedRoots(foldersAt(base))))

describe('unitKey', () => {
  const key = keyAt('/a')

  it('is the same for the same compile with every root moved', () => {
    expect(keyAt('/home/runner/work/other place')).toBe(key)
    expect(normalizeArgv(compileAt('/a'), namedRoots(foldersAt('/a'))).join(' ')).not.toContain('/a/')
  })

  it('keeps a path under no root absolute, so moving it changes the key', () => {
    const withExtra = (dir: string) => (compile: Compile) => compile.includes.push(`-I${dir}/include`)
    const argv = normalizeArgv(compileAt('/a', withExtra('/opt/extra')), namedRoots(foldersAt('/a')))
    expect(argv).toContain('-I/opt/extra/include')
    expect(keyAt('/a', withExtra('/opt/extra'))).toBe(keyAt('/b', withExtra('/opt/extra')))
    expect(keyAt('/a', withExtra('/opt/extra'))).not.toBe(keyAt('/a', withExtra('/opt/extra2')))
  })

  it('never sees the -o output path', () => {
    expect(keyAt('/a', compile => (compile.output = '/tmp/elsewhere/other.o'))).toBe(key)
  })

  it.each<[string, (compile: Compile) => void]>([
    ['a changed flag', compile => (compile.flags[2] = '-O2')],
    ['an added flag', compile => compile.flags.push('-flto')],
    ['a changed define', compile => (compile.defines[0] = '-DF_CPU=8000000L')],
    ['a removed define', compile => compile.defines.pop()],
    ['the include order', compile => compile.includes.reverse()],
    ['another source', compile => (compile.source = compile.source.replace('Blink.ino', 'Other.ino'))]
  ])('changes with %s', (_what, change) => {
    expect(keyAt('/a', change)).not.toBe(key)
  })

  it('changes with the toolchain identity', () => {
    expect(keyAt('/a', undefined, 'toolchain-sha256:abd')).not.toBe(key)
  })

  it('holds the cache schema, so bumping it changes every key', () => {
    const argv = normalizeArgv(compileAt('/a'), namedRoots(foldersAt('/a')))
    const withSchema = (schema: number): string =>
      digestOf({ schema, kind: 'unit', toolchainId: TOOLCHAIN, paths: 'absolute', argv })
    expect(key).toBe(withSchema(CACHE_SCHEMA))
    expect(key).not.toBe(withSchema(CACHE_SCHEMA + 1))
  })

  // What `__FILE__` expands to differs between the two modes: their results never mix.
  it('changes with the path mode', () => {
    const argv = normalizeArgv(compileAt('/a'), namedRoots(foldersAt('/a')))
    expect(unitKey(TOOLCHAIN, 'relative', argv)).not.toBe(unitKey(TOOLCHAIN, 'absolute', argv))
  })
})

describe('dependencyFacts and resultKey', () => {
  const plain = factsOf(Buffer.from('int x;\n'))
  /** The single fact of one file read from `absolute`. */
  const fingerprint = (facts: typeof plain | null, absolute: string, locationBound = false): string =>
    dependencyFacts([{ normalized: '{x}/x.h', absolute, facts }], locationBound)[0]?.[1] ?? ''

  it('is the content alone when the unit expands no location', () => {
    expect(fingerprint(plain, '/a/x.h')).toBe(fingerprint(plain, '/b/x.h'))
    expect(fingerprint(plain, '/a/x.h')).not.toBe(fingerprint(factsOf(Buffer.from('int y;\n')), '/a/x.h'))
  })

  it('includes every location when the unit expands one (it expands where it is used)', () => {
    expect(fingerprint(plain, '/a/x.h', true)).not.toBe(fingerprint(plain, '/b/x.h', true))
    expect(fingerprint(plain, '/a/x.h', true)).toContain(plain.sha256)
  })

  it('marks a file that is not there as absent, wherever it would be', () => {
    expect(fingerprint(null, '/a/x.h')).toBe(ABSENT)
    expect(fingerprint(null, '/a/x.h', true)).toBe(ABSENT)
  })

  it('changes with the unit, a dependency path, a fingerprint or the dependency set', () => {
    const core: [string, string] = ['{core}/Arduino.h', fingerprint(plain, '/a/Arduino.h')]
    const sketch: [string, string] = ['{sketch/Blink}/Blink.ino', fingerprint(plain, '/a/Blink.ino', true)]
    const key = resultKey('unit', [core, sketch])
    expect(resultKey('unit', [[...core], [...sketch]])).toBe(key)
    expect(resultKey('unit2', [core, sketch])).not.toBe(key)
    expect(resultKey('unit', [['{core}/Other.h', core[1]], sketch])).not.toBe(key)
    expect(resultKey('unit', [core, [sketch[0], fingerprint(plain, '/b/Blink.ino', true)]])).not.toBe(key)
    expect(resultKey('unit', [core])).not.toBe(key)
  })
})

function expansionVerdict(argv: string[]) {
  const check = expansionCheck(argv)
  const [command = '', ...args] = check.argv
  return check.verdict(execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 }))
}

describe('a location macro expanded outside the file that names it', () => {
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-keys-'))
  })
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  /**
   * A header in a library that stays put defines `HERE` as `__FILE__`; the sketch that expands it
   * moves. The object holds the sketch's path, so its key must change with the sketch's location.
   * avr-libc's assert.h (with __ASSERT_USE_STDERR) is such a header.
   */
  it('changes the result key when the object changes', async () => {
    const library = path.join(dir, 'lib')
    await fs.mkdir(library, { recursive: true })
    await fs.writeFile(path.join(library, 'where.h'), '#define HERE __FILE__\n')
    const buildAt = async (base: string): Promise<{ object: Buffer; key: string }> => {
      const sketch = path.join(dir, base, 'sketch')
      await fs.mkdir(sketch, { recursive: true })
      const source = path.join(sketch, 's.c')
      await fs.writeFile(source, '#include "where.h"\nconst char *here = HERE;\n')
      const argv = ['-c', '-Os', `-I${library}`, source, '-o', path.join(sketch, 's.o')]
      execFileSync('/usr/bin/avr-gcc', argv)
      const roots = namedRoots({ ...foldersAt('/nowhere'), sketches: [{ name: 's', dir: sketch }] })
      const unit = unitKey(TOOLCHAIN, 'absolute', normalizeArgv(argv, roots))
      const deps = [source, path.join(library, 'where.h')]
      const read = await Promise.all(
        deps.map(async file => ({
          normalized: normalizeText(file, roots),
          absolute: file,
          facts: factsOf(await fs.readFile(file))
        }))
      )
      return {
        object: await fs.readFile(path.join(sketch, 's.o')),
        // The unit's own preprocessor says whether it expands a location (expansion.ts).
        key: resultKey(unit, dependencyFacts(read, expansionVerdict(['/usr/bin/avr-gcc', ...argv]).location))
      }
    }
    const here = await buildAt('a')
    const there = await buildAt('b')
    expect(here.object.equals(there.object)).toBe(false)
    expect(here.key).not.toBe(there.key)
  })
})

describe('linkKey', () => {
  const input = (): LinkKeyInput => ({
    toolchainId: TOOLCHAIN,
    paths: 'relative',
    linkArgv: ['{toolchain}/bin/avr-gcc', '-Os', '-flto', 'object:aa', 'object:bb', '{build}/core.a', '-lm'],
    objcopyArgvs: [
      ['{toolchain}/bin/avr-objcopy', '-O', 'ihex', '-R', '.eeprom'],
      ['{toolchain}/bin/avr-objcopy', '-O', 'ihex', '-j', '.eeprom']
    ],
    sizeArgv: ['{toolchain}/bin/avr-size', '-A']
  })
  const key = linkKey(input())

  it('is the same for the same link', () => {
    expect(linkKey(input())).toBe(key)
  })

  it.each<[string, (link: LinkKeyInput) => void]>([
    ['an object content hash', link => (link.linkArgv[3] = 'object:cc')],
    ['the order of objects', link => link.linkArgv.splice(3, 2, 'object:bb', 'object:aa')],
    ['a link flag', link => (link.linkArgv[1] = '-O2')],
    [
      'an objcopy command',
      link => link.objcopyArgvs.splice(0, 1, ['{toolchain}/bin/avr-objcopy', '-O', 'binary'])
    ],
    ['the objcopy commands order', link => link.objcopyArgvs.reverse()],
    ['the size command', link => (link.sizeArgv = ['{toolchain}/bin/avr-size', '-C'])],
    ['the toolchain identity', link => (link.toolchainId = 'toolchain-sha256:abd')]
  ])('changes with %s', (_what, change) => {
    const changed = input()
    change(changed)
    expect(linkKey(changed)).not.toBe(key)
  })
})

describe('detectKey', () => {
  const input = (): DetectKeyInput => ({
    toolchainId: TOOLCHAIN,
    preprocessArgv: ['{toolchain}/bin/avr-g++', '-E', '-DARDUINO=10807', '-I{core}'],
    candidates: [
      ['{lib/platform/Wire}', ['Wire.h']],
      ['{lib/platform/SPI}', ['SPI.h']]
    ],
    sources: ['{sketch/Blink}/Blink.ino', '{sketch/Blink}/util.cpp']
  })
  const key = detectKey(input())

  it('is the same for the same detection', () => {
    expect(detectKey(input())).toBe(key)
  })

  it.each<[string, (detect: DetectKeyInput) => void]>([
    [
      'a header a candidate provides',
      detect => (detect.candidates[0] = ['{lib/platform/Wire}', ['Wire.h', 'utility/twi.h']])
    ],
    ['a new candidate', detect => detect.candidates.push(['{lib/user/Servo}', ['Servo.h']])],
    ['a candidate folder', detect => (detect.candidates[1] = ['{lib/user/SPI}', ['SPI.h']])],
    ['an added sketch file', detect => detect.sources.push('{sketch/Blink}/more.cpp')],
    ['a removed sketch file', detect => detect.sources.pop()],
    ['the preprocess command', detect => detect.preprocessArgv.push('-DEXTRA')],
    ['the toolchain identity', detect => (detect.toolchainId = 'other')]
  ])('changes with %s', (_what, change) => {
    const changed = input()
    change(changed)
    expect(detectKey(changed)).not.toBe(key)
  })
})
