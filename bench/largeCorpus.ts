/**
 * A generated large-library corpus at the scale of a big LED library (FastLED: ~2,800 headers, a few
 * dozen unity-build .cpp files shared by every example, 111 examples, a third failing on an Uno).
 * Deterministic: the same sizes and seed write the same bytes, so every repetition and every machine
 * builds the same thing.
 *
 * Layout under `root`:
 *   libraries/BigLed/library.properties
 *   libraries/BigLed/src/BigLed.h                      the main header the examples include
 *   libraries/BigLed/src/bigled/log.h                  `__FILE__` logging, compiled out unless BIGLED_DEBUG
 *   libraries/BigLed/src/bigled/mMM/hNNNN.h            the headers, in modules of 70
 *   libraries/BigLed/src/bigled_unity_UU.cpp           the heavy unity TUs
 *   sketches/BigLedExNNN/BigLedExNNN.ino               the examples
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface LargeCorpusSizes {
  seed: number
  headers: number
  unityUnits: number
  /** Headers each unity TU includes (besides the main header). */
  headersPerUnit: number
  /** Out-of-line functions each unity TU defines. */
  functionsPerUnit: number
  /** Headers the main header includes (what every example pays to parse). */
  apiHeaders: number
  examples: number
}

export const DEFAULT_LARGE_CORPUS: LargeCorpusSizes = {
  seed: 20261125,
  headers: 2800,
  unityUnits: 27,
  headersPerUnit: 300,
  functionsPerUnit: 120,
  apiHeaders: 60,
  examples: 111
}

export interface LargeCorpus {
  root: string
  libraryDir: string
  sketches: string[]
  sizes: LargeCorpusSizes
}

const LIBRARY = 'BigLed'
const MODULE_SIZE = 70
/** Public functions per unity TU that the main header declares and the examples may call. */
const PUBLIC_PER_UNIT = 8

/** mulberry32: a small seeded generator, enough for reproducible layouts. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')
const headerName = (i: number): string => `h${pad(i, 4)}`
const headerPath = (i: number): string => `bigled/m${pad(Math.floor(i / MODULE_SIZE), 2)}/${headerName(i)}.h`
const unitName = (u: number): string => `u${pad(u, 2)}`
const publicName = (u: number, f: number): string => `bigled_${unitName(u)}_f${pad(f, 3)}`

/** `count` distinct integers below `limit`, in ascending order. */
function pick(next: () => number, count: number, limit: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, limit)) chosen.add(Math.floor(next() * limit))
  return [...chosen].sort((a, b) => a - b)
}

/**
 * Header i: includes up to two lower headers (a DAG, like a real library's), and defines a pixel
 * struct, a template blend and a step function that calls one dependency, so inlining and template
 * instantiation in the unity TUs cost real compile time.
 */
function headerText(i: number, next: () => number): string {
  const deps = i === 0 ? [] : pick(next, Math.min(2, i), i)
  const name = headerName(i)
  const [a, b, c] = [3 + Math.floor(next() * 250), 1 + Math.floor(next() * 31), 1 + Math.floor(next() * 7)]
  const call = deps.length === 0 ? 'x' : `${headerName(deps[0] ?? 0)}::step(x >> ${c})`
  return [
    '#pragma once',
    '#include <stdint.h>',
    ...deps.map(dep => `#include "../m${pad(Math.floor(dep / MODULE_SIZE), 2)}/${headerName(dep)}.h"`),
    `namespace bl {`,
    `namespace ${name} {`,
    `struct Pixel {`,
    `  uint8_t r, g, b;`,
    `  Pixel scaled(uint8_t s) const { return Pixel{uint8_t((r * s) >> 8), uint8_t((g * s) >> 8), uint8_t((b * s) >> 8)}; }`,
    `  Pixel operator+(const Pixel &o) const { return Pixel{uint8_t(r + o.r), uint8_t(g + o.g), uint8_t(b + o.b)}; }`,
    `  uint16_t luma() const { return uint16_t(r * ${a % 77} + g * 150 + b * ${b}) >> 8; }`,
    `};`,
    `template <typename T, int N> struct Ring {`,
    `  T items[N];`,
    `  uint8_t head;`,
    `  void push(T v) { items[head] = v; head = uint8_t((head + 1) % N); }`,
    `  T sum() const { T s = 0; for (int k = 0; k < N; ++k) s = T(s + items[k]); return s; }`,
    `};`,
    `template <typename T> inline T blend(T a, T b, uint8_t w) { return T((a * (255 - w) + b * w) / 255); }`,
    `inline uint16_t step(uint16_t x) { return uint16_t(x * ${a}u + ${b}u) ^ uint16_t(${call}); }`,
    `inline Pixel shade(uint16_t x) { return Pixel{uint8_t(step(x)), uint8_t(x >> ${c}), uint8_t(x * ${b})}; }`,
    `}  // namespace ${name}`,
    `}  // namespace bl`,
    ''
  ].join('\n')
}

/** A unity TU: hundreds of headers and functions that instantiate and inline what they declare. */
function unityText(u: number, sizes: LargeCorpusSizes, next: () => number): string {
  const included = pick(next, sizes.headersPerUnit, sizes.headers)
  const lines = [
    // A trait of the real library: a time macro named in a comment changes nothing.
    ...(u === 0 ? ['// Generated unity file; the __TIME__ stamp of the generator was dropped.'] : []),
    `#include "${LIBRARY}.h"`,
    ...included.map(i => `#include "${headerPath(i)}"`),
    'namespace bl {'
  ]
  for (let f = 0; f < sizes.functionsPerUnit; f++) {
    const uses = [0, 1, 2, 3].map(() => headerName(included[Math.floor(next() * included.length)] ?? 0))
    const [h1, h2, h3, h4] = uses
    const isPublic = f < PUBLIC_PER_UNIT
    const fn = isPublic ? publicName(u, f) : `${unitName(u)}_f${pad(f, 3)}`
    lines.push(
      `uint16_t ${fn}(uint16_t x) {`,
      ...(f % 16 === 0 ? [`  BIGLED_LOG("${fn}");`] : []),
      `  ${h1}::Ring<uint16_t, ${4 + (f % 5)}> ring = {};`,
      `  ${h2}::Pixel p = ${h2}::shade(x);`,
      `  for (uint8_t i = 0; i < ${8 + (f % 9)}; ++i) {`,
      `    ring.push(${h3}::blend<uint16_t>(${h1}::step(x + i), ${h4}::step(p.luma()), i));`,
      `    p = p.scaled(uint8_t(i * 29)) + ${h2}::shade(ring.sum() ^ ${h4}::step(i));`,
      `  }`,
      f % 8 !== 0 && !isPublic
        ? `  return uint16_t(ring.sum() ^ p.luma() ^ ${unitName(u)}_f${pad(f - 1, 3)}(x >> 1));`
        : '  return uint16_t(ring.sum() ^ p.luma());',
      `}`
    )
  }
  // One more public function reaches the last private chain (up to 8 deep), so examples link real code.
  const last = sizes.functionsPerUnit - 1
  if (last >= PUBLIC_PER_UNIT) {
    lines.push(
      `uint16_t ${publicName(u, PUBLIC_PER_UNIT)}(uint16_t x) { return ${unitName(u)}_f${pad(last, 3)}(x); }`
    )
  }
  lines.push('}  // namespace bl', '')
  return lines.join('\n')
}

function publicFunctions(sizes: LargeCorpusSizes): string[] {
  const names: string[] = []
  for (let u = 0; u < sizes.unityUnits; u++) {
    const count =
      Math.min(PUBLIC_PER_UNIT, sizes.functionsPerUnit) + (sizes.functionsPerUnit > PUBLIC_PER_UNIT ? 1 : 0)
    for (let f = 0; f < count; f++) names.push(publicName(u, f))
  }
  return names
}

/** Logging that names the source location, compiled out unless BIGLED_DEBUG is defined. */
const LOG_HEADER = [
  '#pragma once',
  '#ifdef BIGLED_DEBUG',
  'void bigled_log(const char *file, int line, const char *what);',
  '#define BIGLED_LOG(what) bigled_log(__FILE__, __LINE__, what)',
  '#else',
  '#define BIGLED_LOG(what) ((void)0)',
  '#endif',
  ''
].join('\n')

function mainHeaderText(sizes: LargeCorpusSizes, next: () => number): string {
  const api = pick(next, sizes.apiHeaders, sizes.headers)
  return [
    '#pragma once',
    '#include <stdint.h>',
    '#include "bigled/log.h"',
    ...api.map(i => `#include "${headerPath(i)}"`),
    'namespace bl {',
    ...publicFunctions(sizes).map(name => `uint16_t ${name}(uint16_t x);`),
    '}  // namespace bl',
    ''
  ].join('\n')
}

/**
 * A third of the examples do not build on an Uno, as in the real LED library (111 examples, 46 of
 * them failing there): one in six overflows the flash at link, one in six does not compile.
 */
type ExampleFate = 'builds' | 'link-fails' | 'compile-fails'

function exampleFate(e: number): ExampleFate {
  if (e % 6 === 1) return 'link-fails'
  return e % 6 === 4 ? 'compile-fails' : 'builds'
}

function exampleText(e: number, sizes: LargeCorpusSizes, next: () => number): string {
  const all = publicFunctions(sizes)
  const calls = [0, 1, 2].map(() => all[Math.floor(next() * all.length)] ?? all[0])
  const fate = exampleFate(e)
  return [
    `// BigLed example ${e}: uses a few of the library's functions.`,
    `#include <${LIBRARY}.h>`,
    '',
    'uint16_t state;',
    // More than an Uno's 32 KB of flash: the link fails with a region overflow.
    ...(fate === 'link-fails'
      ? ['const uint8_t framesA[18000] PROGMEM = {1};', 'const uint8_t framesB[18000] PROGMEM = {2};']
      : []),
    '',
    'void setup() {',
    '  Serial.begin(9600);',
    `  state = ${e + 1};`,
    '}',
    '',
    'void loop() {',
    ...calls.map(name => `  state = bl::${name}(state);`),
    ...(fate === 'link-fails'
      ? ['  state += pgm_read_byte(&framesA[state % 18000]) + pgm_read_byte(&framesB[state % 18000]);']
      : []),
    // A function of another board's port of the library: a compile error on this one.
    ...(fate === 'compile-fails' ? ['  state = bl::bigled_dma_show(state);'] : []),
    '  BIGLED_LOG("loop");',
    '  Serial.println(state);',
    '  delay(100);',
    '}',
    ''
  ].join('\n')
}

async function writeFiles(files: Map<string, string>): Promise<void> {
  const folders = new Set([...files.keys()].map(file => path.dirname(file)))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await Promise.all([...files].map(([file, text]) => writeFile(file, text)))
}

/** Writes the corpus into `root` (emptied first) and says where its library and sketches are. */
export async function generateLargeCorpus(root: string, sizes: LargeCorpusSizes): Promise<LargeCorpus> {
  const next = random(sizes.seed)
  const libraryDir = path.join(root, 'libraries', LIBRARY)
  const src = path.join(libraryDir, 'src')
  const files = new Map<string, string>()
  files.set(
    path.join(libraryDir, 'library.properties'),
    [
      `name=${LIBRARY}`,
      'version=1.0.0',
      'author=fbuild-action bench',
      'maintainer=fbuild-action bench',
      'sentence=A generated library at the scale of a big LED library.',
      'paragraph=',
      'category=Display',
      'url=https://example.invalid',
      'architectures=*',
      ''
    ].join('\n')
  )
  for (let i = 0; i < sizes.headers; i++) files.set(path.join(src, headerPath(i)), headerText(i, next))
  files.set(path.join(src, `${LIBRARY}.h`), mainHeaderText(sizes, next))
  files.set(path.join(src, 'bigled', 'log.h'), LOG_HEADER)
  for (let u = 0; u < sizes.unityUnits; u++) {
    files.set(path.join(src, `bigled_unity_${pad(u, 2)}.cpp`), unityText(u, sizes, next))
  }
  const sketches: string[] = []
  for (let e = 0; e < sizes.examples; e++) {
    const name = `BigLedEx${pad(e, 3)}`
    const dir = path.join(root, 'sketches', name)
    files.set(path.join(dir, `${name}.ino`), exampleText(e, sizes, next))
    sketches.push(dir)
  }
  await rm(root, { recursive: true, force: true })
  await writeFiles(files)
  return { root, libraryDir, sketches, sizes }
}
