/**
 * Our prototypes against the real arduino-builder 1.3.25 (the oracle) on the Debian example corpus and
 * the platform's library examples, then our merged .cpp through the real avr-g++.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pLimit from 'p-limit'
import { addPrototypes } from '../../src/arduino/prototypes.js'
import { loadSketch, mergeSketch } from '../../src/arduino/sketch.js'
import { debianBuilderFolders } from '../helpers/arduinoBuilder.js'
import { corpusExamplesDir, platformDir, platformLibrariesDir } from '../helpers/corpus.js'

const run = promisify(execFile)
const CORPUS = corpusExamplesDir()
const AVR = platformDir
const LIBRARIES = platformLibrariesDir
/**
 * Oracle results, and a copy of the platform's library examples at a stable path (part of the key):
 * beside the corpus like arduinoBuilder.ts's result cache, kept from one run to the next.
 */
const CACHE = path.join(path.dirname(CORPUS), 'prototypes-oracle')
const CXXFLAGS = [
  '-fsyntax-only', '-std=gnu++11', '-fpermissive', '-mmcu=atmega328p', '-DF_CPU=16000000L', '-DARDUINO=10607',
  '-DARDUINO_AVR_UNO', '-DARDUINO_ARCH_AVR', '-DDECIMAL_DIG=9', `-I${AVR}/cores/arduino`, `-I${AVR}/variants/standard`
] // prettier-ignore

async function findInos(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && existsSync(path.join(full, `${entry.name}.ino`)))
      found.push(path.join(full, `${entry.name}.ino`))
    else if (entry.isDirectory()) found.push(...(await findInos(full)))
  }
  return found
}

async function ourCpp(ino: string): Promise<{ merged: string; cpp: string }> {
  const sketch = await loadSketch(ino)
  const sources = new Map<string, string>()
  for (const file of sketch.inoFiles) sources.set(file, await readFile(file, 'utf8'))
  const merged = mergeSketch(sketch, sources, file => file)
  return { merged, cpp: addPrototypes(merged) }
}

/** The `#line N "file" declaration` pairs of the one block that `cpp` inserts into `merged`. */
function prototypeSet(cpp: string, merged: string): string[] {
  const rows = cpp.split('\n')
  const before = merged.split('\n')
  let start = 0
  while (start < before.length && rows[start] === before[start]) start++
  let end = 0
  while (end < before.length - start && rows[rows.length - 1 - end] === before[before.length - 1 - end]) end++
  const block = rows.slice(start, rows.length - end)
  return block
    .map((row, k) => `${block[k - 1] ?? ''} ${row}`)
    .filter(pair => /^#line \d+ ".*" [^#].*$/.test(pair))
    .sort()
}

interface OracleResult {
  ok: boolean
  /** build/sketch/<main>.cpp when arduino-builder succeeded, its messages otherwise. */
  text: string
}

/** Runs arduino-builder -preprocess once per sketch, cached by its version and the sketch's text. */
async function oracle(inos: string[], work: string): Promise<Map<string, OracleResult>> {
  const { hardwareDir, toolsDir } = await debianBuilderFolders(work)
  const { stdout: version } = await run('arduino-builder', ['-version'])
  const cacheDir = path.join(CACHE, 'oracle')
  await mkdir(cacheDir, { recursive: true })
  const limit = pLimit(2)
  const results = new Map<string, OracleResult>()
  await Promise.all(
    inos.map((ino, index) =>
      limit(async () => {
        const key = createHash('sha256')
          .update(version + ino + (await readFile(ino, 'utf8')))
          .digest('hex')
        const cached = path.join(cacheDir, `${key}.json`)
        if (existsSync(cached))
          return results.set(ino, JSON.parse(await readFile(cached, 'utf8')) as OracleResult)
        const build = path.join(work, `build${index}`)
        await mkdir(build)
        const args = ['-preprocess', '-hardware', hardwareDir, '-tools', toolsDir, '-fqbn', 'arduino:avr:uno']
        args.push(
          '-build-path',
          build,
          '-prefs',
          'compiler.cpp.extra_flags=-DDECIMAL_DIG=9',
          '-libraries',
          LIBRARIES,
          ino
        )
        const result = await run('arduino-builder', args, { maxBuffer: 1 << 26 }).then(
          async (): Promise<OracleResult> => ({
            ok: true,
            text: await readFile(path.join(build, 'sketch', `${path.basename(ino)}.cpp`), 'utf8')
          }),
          (error: { stdout?: string; stderr?: string }): OracleResult => ({
            ok: false,
            text: `${error.stdout ?? ''}${error.stderr ?? ''}`
          })
        )
        await writeFile(cached, JSON.stringify(result))
        results.set(ino, result)
      })
    )
  )
  return results
}

let work: string
let inos: string[]
let expected: Map<string, OracleResult>

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'fbuild-prototypes-'))
  // Copied with cp (only the tools read the platform folder), to a stable path for the cache keys.
  const copy = path.join(CACHE, 'libraries')
  await rm(copy, { recursive: true, force: true })
  await mkdir(copy, { recursive: true })
  await run('sh', ['-c', `cd ${LIBRARIES} && cp -r --parents */examples ${copy}`])
  inos = [...(await findInos(CORPUS)), ...(await findInos(copy))]
  expected = await oracle(inos, work)
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

test('the corpus is there: 81 sketches and 19 library examples', () => {
  expect(inos.length).toBe(100)
})

test('our merged .cpp equals arduino-builder 1.3.25 output for every sketch it can preprocess', async () => {
  const missingLibrary: string[] = []
  for (const ino of inos) {
    const theirs = expected.get(ino) ?? { ok: false, text: 'no oracle run' }
    if (!theirs.ok) {
      // Servo, LiquidCrystal, CapacitiveSensor, Keyboard, Mouse are not installed: arduino-builder stops
      // before adding prototypes. The compile test below checks ours up to the missing header.
      expect(theirs.text).toMatch(/fatal error: \w+\.h: No such file or directory/)
      missingLibrary.push(path.basename(ino))
      continue
    }
    const ours = await ourCpp(ino)
    const sets = [prototypeSet(ours.cpp, ours.merged), prototypeSet(theirs.text, ours.merged)]
    expect({ ino, prototypes: sets[0] }).toEqual({ ino, prototypes: sets[1] })
    expect({ ino, cpp: ours.cpp }).toEqual({ ino, cpp: theirs.text })
  }
  expect(missingLibrary.length).toBeLessThanOrEqual(11)
})

/**
 * The sketches arduino-builder stops on (a library not installed) have no oracle .cpp: ours must still
 * compile up to the missing header. Every other sketch's .cpp equals the oracle's (above), and the
 * oracle test builds it for real.
 */
test('our merged .cpp of every sketch the oracle cannot preprocess passes avr-g++ -fsyntax-only up to its missing library', async () => {
  const unpreprocessed = inos.filter(ino => expected.get(ino)?.ok !== true)
  expect(unpreprocessed.length).toBeGreaterThan(0)
  const { stdout } = await run('find', [LIBRARIES, '-mindepth', '2', '-maxdepth', '2', '-name', 'src'])
  const includes = stdout
    .split('\n')
    .filter(Boolean)
    .map(dir => `-I${dir}`)
  const limit = pLimit(2)
  const failures: string[] = []
  await Promise.all(
    unpreprocessed.map((ino, index) =>
      limit(async () => {
        const file = path.join(work, `sketch${index}.cpp`)
        await writeFile(file, (await ourCpp(ino)).cpp)
        const flags = [...CXXFLAGS, `-I${path.dirname(ino)}`, ...includes, file]
        await run('avr-g++', flags).catch((error: { stderr: string }) => {
          const errors = error.stderr.split('\n').filter(l => /error/.test(l))
          // Skipped, with their reason: a library that is not installed, or Serial1 (boards with two UARTs).
          const expected = errors.every(l =>
            /fatal error: (Servo|LiquidCrystal|CapacitiveSensor|Keyboard|Mouse)\.h|.Serial1. was not declared/.test(
              l
            )
          )
          if (!expected || errors.length === 0) failures.push(`${ino}\n${error.stderr}`)
        })
      })
    )
  )
  expect(failures).toEqual([])
})

/** A one-file sketch merged as /s/S.ino, then prototyped. */
const PLAIN = {
  name: 'S',
  dir: '/s',
  mainFile: '/s/S.ino',
  inoFiles: ['/s/S.ino'],
  sourceFiles: [],
  headerFiles: []
}

function prototyped(source: string): string {
  const sketch = PLAIN
  return addPrototypes(mergeSketch(sketch, new Map([[sketch.mainFile, source]]), file => file))
}

const insertedBy = (source: string): string[] =>
  prototypeSet(
    prototyped(source),
    mergeSketch(PLAIN, new Map([[PLAIN.mainFile, source]]), file => file)
  )

describe('prototype rules (each checked against arduino-builder 1.3.25 by hand)', () => {
  test('a function used before its definition gets a prototype before the first function', () => {
    const cpp = prototyped(
      'int x;\nvoid setup() { helper(1); }\nvoid loop() {}\nint helper(int a) { return a; }\n'
    )
    expect(cpp).toBe(
      '#include <Arduino.h>\n#line 1 "/s/S.ino"\n#line 1 "/s/S.ino"\nint x;\n' +
        '#line 2 "/s/S.ino"\nvoid setup();\n#line 3 "/s/S.ino"\nvoid loop();\n#line 4 "/s/S.ino"\nint helper(int a);\n' +
        '#line 2 "/s/S.ino"\nvoid setup() { helper(1); }\nvoid loop() {}\nint helper(int a) { return a; }\n\n'
    )
  })

  test('an existing prototype, default arguments, comments, strings and #if 0 add nothing', () => {
    const source = [
      'void declared(int a);',
      '// void commented() {}',
      '/* void blockCommented(int x) {\n} */',
      '#if 0\nvoid disabled() {}\n#else\nvoid enabled() {}\n#endif',
      'const char *s = "void inString() {";',
      'void declared(int a) {}',
      'void withDefault(int a = 5) {}'
    ].join('\n')
    expect(insertedBy(source)).toEqual(['#line 8 "/s/S.ino" void enabled();'])
  })

  test('only default-argument functions: an empty section, as arduino-builder leaves it', () => {
    expect(prototyped('int q;\nvoid d(int a = 1) {}\n')).toContain(
      'int q;\n\n#line 2 "/s/S.ino"\nvoid d(int a = 1) {}'
    )
  })

  test('return types, static, extern "C", templates and multi-line definitions follow ctags', () => {
    const source = [
      'struct Point { int x; int y; };',
      'Point makePoint(int x,   int y) { Point p = {x, y}; return p; }',
      'struct Point other() { return makePoint(1, 2); }',
      'static inline int stat(int a) { return a; }',
      'template <typename T> T twice(T v) { return v + v; }',
      'extern "C" void cfun(int) {}',
      'void* ptrRet(char* c) { return c; }',
      'const __FlashStringHelper *flash() { return 0; }',
      'unsigned long',
      'returnTypeAbove(int a) { return a; }',
      'void paramsBelow(int a,',
      '                 long b) {}',
      'ISR(TIMER1_COMPA_vect) {}',
      'class K { public: void method() {} };'
    ].join('\n')
    expect(insertedBy(source)).toEqual(
      [
        '#line 2 "/s/S.ino" Point makePoint(int x, int y);',
        '#line 3 "/s/S.ino" struct Point other();',
        '#line 4 "/s/S.ino" static int stat(int a);',
        '#line 5 "/s/S.ino" template <typename T> T twice(T v) ;',
        '#line 6 "/s/S.ino" extern "C" void cfun(int);',
        '#line 7 "/s/S.ino" void * ptrRet(char* c);',
        '#line 8 "/s/S.ino" const __FlashStringHelper* flash();',
        '#line 11 "/s/S.ino" void paramsBelow(int a, long b);'
      ].sort()
    )
  })

  test('a function whose address is taken before the first function moves the section up', () => {
    const cpp = prototyped('void (*handler)() = &tick;\nint y;\nvoid setup() {}\nvoid tick() {}\n')
    expect(cpp.split('\n').slice(3, 5)).toEqual(['#line 3 "/s/S.ino"', 'void setup();'])
    expect(cpp).toContain('void tick();\n#line 1 "/s/S.ino"\nvoid (*handler)() = &tick;')
  })
})
