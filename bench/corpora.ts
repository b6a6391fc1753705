/**
 * The corpora the benchmark builds, and how a corpus is laid out in a checkout folder. Each scenario
 * copies the corpus into a folder of its own (untimed), so a warm run can find it at another path than
 * the cold run that filled the cache.
 */
import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_LARGE_CORPUS, generateLargeCorpus, type LargeCorpusSizes } from './largeCorpus.js'
import { ORACLE_DEFAULT_PREFS, type OraclePlatform } from '../__tests__/helpers/arduinoBuilder.js'
import {
  corpusExamplesDir,
  listSketches,
  platformLibrariesDir,
  platformLibraryExamples,
  realLibrariesDir,
  samdCorpus as samdFolders,
  samdSketches
} from '../__tests__/helpers/corpus.js'

/**
 * A folder of the corpus and where it goes in a checkout (relative to the checkout's root); a
 * `source` of null is inside a library folder and comes with it (a library's examples).
 */
export interface Placed {
  source: string | null
  relative: string
}

export interface Corpus {
  /** Short id: `debian`, `large`. */
  id: string
  title: string
  description: string
  sketches: Placed[]
  /** Library folders passed with --library (the platform's own libraries are not copied). */
  libraries: Placed[]
  buildProperties: Readonly<Record<string, string>>
  /** What the docs record about its size. */
  facts: Record<string, number | string>
  /** Whether arduino-builder is measured too (it rebuilds a library per sketch: too slow for `large`). */
  withArduinoBuilder: boolean
  /** The toolchain's program prefix (`avr-`): our CLI runs it through counting wrappers (processCount.ts). */
  compilerPrefix: string
  /**
   * Another board than the Uno: its FQBN, the CLI's options for its platform (--core, --tools) and
   * arduino-builder's view of it (its prefs name the real toolchain, /usr; our CLI gets the counting
   * one with --toolchain). Without it, no ccache peer either (it wraps avr-gcc).
   */
  board?: { fqbn: string; cliArgs: string[]; oracle: OraclePlatform }
}

/** The corpus as copied into `checkout`: absolute sketch and library folders. */
export interface Checkout {
  root: string
  sketches: string[]
  libraries: string[]
}

export async function placeCorpus(corpus: Corpus, checkout: string): Promise<Checkout> {
  await mkdir(checkout, { recursive: true })
  const place = async ({ source, relative }: Placed): Promise<string> => {
    const target = path.join(checkout, relative)
    if (source !== null) await cp(source, target, { recursive: true })
    return target
  }
  const libraries = await Promise.all(corpus.libraries.map(place))
  return { root: checkout, sketches: await Promise.all(corpus.sketches.map(place)), libraries }
}

/** Quick mode builds every tenth sketch: about ten, spread over the folders and the library examples. */
const quickStride = 10

/** The 81 examples of the Debian `arduino` package and the 19 of the platform's own libraries. */
export function debianCorpus(quick: boolean): Corpus {
  const examples = corpusExamplesDir()
  const all = [
    ...listSketches(examples).map(source => ({
      source,
      relative: path.join('examples', path.relative(examples, source))
    })),
    ...platformLibraryExamples().map(source => ({
      source,
      relative: path.join('library-examples', path.relative(platformLibrariesDir, source))
    }))
  ]
  const sketches = quick ? all.filter((_, i) => i % quickStride === 0) : all
  return {
    id: 'debian',
    title: 'Debian examples',
    description:
      'the 81 examples of the Debian `arduino` package and the 19 examples of the platform libraries ' +
      '(EEPROM, SPI, SoftwareSerial, Wire)',
    sketches,
    libraries: [],
    buildProperties: ORACLE_DEFAULT_PREFS,
    facts: { sketches: sketches.length },
    withArduinoBuilder: true,
    compilerPrefix: 'avr-'
  }
}

/** The SAMD oracle's ten sketches (README of shared/corpus/platforms/samd) on the MKR Zero. */
export function samdBenchCorpus(quick: boolean): Corpus {
  const samd = samdFolders()
  const all = samdSketches().map(source => ({
    source,
    relative: path.join('sketches', path.basename(source))
  }))
  // Quick: Blink, ASCIITable and I2S's SimpleTone (a library the platform brings).
  const sketches = quick ? all.filter((_, i) => i % 4 === 0) : all
  const prefs = { 'runtime.ide.version': '10607' }
  return {
    id: 'samd',
    title: 'SAMD (ARM) sketches',
    description:
      'Arduino SAMD Boards 1.8.14 with Debian arm-none-eabi-gcc 12.2 on the MKR Zero: five Debian examples ' +
      'and five examples of the platform libraries (Wire, SPI, USBHost, I2S, SAMD_AnalogCorrection)',
    sketches,
    libraries: [],
    buildProperties: prefs,
    facts: { sketches: sketches.length },
    withArduinoBuilder: true,
    compilerPrefix: 'arm-none-eabi-',
    board: {
      fqbn: 'arduino:samd:mkrzero',
      cliArgs: ['--core', samd.platformDir, '--tools', samd.toolsDir],
      oracle: {
        hardwareDir: samd.hardwareDir,
        toolsDir: samd.toolsDir,
        compiler: 'arm-none-eabi-gcc',
        prefs: { ...prefs, 'runtime.tools.arm-none-eabi-gcc-7-2017q4.path': '/usr' }
      }
    }
  }
}

/** Smaller in quick mode: enough to see every scenario work, in a minute. */
const QUICK_LARGE: Partial<LargeCorpusSizes> = { unityUnits: 4, examples: 10 }

/** Generates the large-library corpus into `dir` (bench/results/tmp/...: never committed). */
export async function largeCorpus(dir: string, quick: boolean): Promise<Corpus> {
  const sizes = { ...DEFAULT_LARGE_CORPUS, ...(quick ? QUICK_LARGE : {}) }
  const generated = await generateLargeCorpus(dir, sizes)
  return {
    id: 'large',
    title: 'Generated large library',
    description:
      `a generated library at a big LED library's scale (bench/largeCorpus.ts, seed ${sizes.seed}): ` +
      `${sizes.headers} headers in a include graph, ${sizes.unityUnits} unity-build .cpp files that each ` +
      `include ${sizes.headersPerUnit} of them (and what those include) and define ${sizes.functionsPerUnit} ` +
      `functions, and ${sizes.examples} examples that include its main header (${sizes.apiHeaders} headers ` +
      'and what those include) and call a few functions; with `__FILE__` logging compiled out in its main ' +
      'header, `__TIME__` in a comment of a unity file, and a third of the examples failing on an Uno ' +
      '(a flash overflow at link, a compile error)',
    sketches: generated.sketches.map(source => ({
      source,
      relative: path.join('examples', path.basename(source))
    })),
    libraries: [
      { source: generated.libraryDir, relative: path.join('libraries', path.basename(generated.libraryDir)) }
    ],
    buildProperties: ORACLE_DEFAULT_PREFS,
    facts: { ...sizes },
    withArduinoBuilder: false,
    compilerPrefix: 'avr-'
  }
}

/**
 * Libraries and their examples, each library copied to `libraries/<folder>` and passed with
 * --library, every example under `libraries/<folder>/examples` (so each is built with its own library).
 */
function librariesCorpus(dirs: readonly string[], quick: boolean): Pick<Corpus, 'sketches' | 'libraries'> {
  const libraries = dirs.map(dir => ({
    source: path.resolve(dir),
    relative: path.join('libraries', path.basename(path.resolve(dir)))
  }))
  const all = libraries.flatMap(library =>
    listSketches(path.join(library.source, 'examples')).map(source => ({
      source,
      relative: path.join(library.relative, path.relative(library.source, source))
    }))
  )
  // The examples live inside the library folders, which are copied whole.
  const sketches = quick ? all.filter((_, i) => i % quickStride === 0) : all
  return { sketches: sketches.map(sketch => ({ ...sketch, source: null })), libraries }
}

/** The five real libraries of ../shared/corpus/libraries (see its SOURCES.md) and their 39 examples. */
export function realLibrariesCorpus(quick: boolean): Corpus {
  const dir = realLibrariesDir()
  const names = [
    'ArduinoJson',
    'Adafruit_NeoPixel',
    'Adafruit_GFX_Library',
    'Adafruit_BusIO',
    'Adafruit_SSD1306'
  ]
  const placed = librariesCorpus(
    names.map(name => path.join(dir, name)),
    quick
  )
  return {
    id: 'libraries',
    title: 'Real libraries',
    description:
      'five public libraries at pinned commits (ArduinoJson, Adafruit NeoPixel, GFX, BusIO, SSD1306; ' +
      'a real `depends=` chain) and their examples, some of which do not build on an Uno',
    ...placed,
    buildProperties: ORACLE_DEFAULT_PREFS,
    facts: { sketches: placed.sketches.length, libraries: names.length },
    withArduinoBuilder: false,
    compilerPrefix: 'avr-'
  }
}

/** `--library DIR` (repeatable): the examples of the libraries named, each built with its library. */
export function userLibrariesCorpus(dirs: readonly string[], quick: boolean): Corpus {
  const placed = librariesCorpus(dirs, quick)
  const names = dirs.map(dir => path.basename(path.resolve(dir)))
  return {
    id: 'library',
    title: `Library ${names.join(', ')}`,
    description: `the examples of ${names.join(', ')} (--library)`,
    ...placed,
    buildProperties: ORACLE_DEFAULT_PREFS,
    facts: { sketches: placed.sketches.length, libraries: names.join(', ') },
    withArduinoBuilder: false,
    compilerPrefix: 'avr-'
  }
}
