/**
 * Where the real sketches live on a machine set up by scripts/setup.sh: the Debian `arduino` package's
 * examples (fetched by `npm run corpus`) and the examples of the installed Arduino AVR platform's libraries.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoDir = path.resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** Debian arduino-core-avr: boards.txt, platform.txt, cores/, variants/, libraries/. */
export const platformDir = '/usr/share/arduino/hardware/arduino/avr'
export const platformLibrariesDir = path.join(platformDir, 'libraries')

/** `$FBUILD_CORPUS_DIR/examples`, else `<repo>/.corpus/examples`; throws when it was never fetched. */
export function corpusExamplesDir(): string {
  const corpusDir = process.env.FBUILD_CORPUS_DIR ?? path.join(repoDir, '.corpus')
  const examples = path.join(corpusDir, 'examples')
  if (!existsSync(examples)) {
    throw new Error(
      `example corpus not found at ${examples}: run \`npm run corpus\` (scripts/fetch-corpus.sh)`
    )
  }
  return examples
}

/** Every folder under root (root included) that holds `<folder name>.ino`, sorted by path. */
export function listSketches(root: string): string[] {
  const sketches: string[] = []
  const visit = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true })
    const ownIno = `${path.basename(dir)}.ino`
    if (entries.some(entry => entry.isFile() && entry.name === ownIno)) sketches.push(dir)
    for (const entry of entries) if (entry.isDirectory()) visit(path.join(dir, entry.name))
  }
  visit(path.resolve(root))
  return sketches.sort()
}

/** The sketches in the `examples/` of the platform's own libraries (EEPROM, SPI, SoftwareSerial, Wire). */
export function platformLibraryExamples(): string[] {
  return listSketches(platformLibrariesDir)
}

/**
 * The real third-party libraries (ArduinoJson, Adafruit NeoPixel, GFX, BusIO, SSD1306 at pinned
 * commits): `$FBUILD_LIBRARIES_DIR`, else `../shared/corpus/libraries` beside the repository (CI
 * has it), else `<repo>/.corpus/libraries` (`npm run libraries` fetches them with git); throws,
 * saying so, when none is there.
 */
export function realLibrariesDir(): string {
  const candidates = [
    process.env.FBUILD_LIBRARIES_DIR,
    path.join(repoDir, '..', 'shared', 'corpus', 'libraries'),
    path.join(repoDir, '.corpus', 'libraries')
  ].filter((dir): dir is string => dir !== undefined && dir !== '')
  const found = candidates.find(dir => existsSync(path.join(dir, 'ArduinoJson', 'library.properties')))
  if (found === undefined) {
    throw new Error(
      `real libraries not found (looked in ${candidates.join(', ')}): run \`npm run libraries\` ` +
        '(scripts/fetch-libraries.sh, needs git and the network) or set FBUILD_LIBRARIES_DIR'
    )
  }
  return found
}

/**
 * Arduino SAMD Boards 1.8.14 with its CMSIS tools (../shared/corpus/platforms/samd, README.md
 * there): `$FBUILD_SAMD_DIR`, else beside the repository; throws, saying so, when absent.
 */
export function samdCorpus(): { root: string; platformDir: string; hardwareDir: string; toolsDir: string } {
  const root =
    process.env.FBUILD_SAMD_DIR ?? path.join(repoDir, '..', 'shared', 'corpus', 'platforms', 'samd')
  const hardwareDir = path.join(root, 'hardware')
  const platformDir = path.join(hardwareDir, 'arduino', 'samd', '1.8.14')
  if (!existsSync(path.join(platformDir, 'platform.txt')))
    throw new Error(`SAMD platform not found at ${platformDir}: set FBUILD_SAMD_DIR (see its README.md)`)
  return { root, platformDir, hardwareDir, toolsDir: path.join(root, 'tools') }
}

/** The README's ten sketches: five Debian examples, five of the platform's library examples. */
export function samdSketches(): string[] {
  const examples = corpusExamplesDir()
  const libraries = path.join(samdCorpus().platformDir, 'libraries')
  return [
    ...['01.Basics/Blink', '01.Basics/AnalogReadSerial', '02.Digital/Debounce', '03.Analog/Fading'],
    '04.Communication/ASCIITable'
  ]
    .map(sketch => path.join(examples, sketch))
    .concat(
      [
        'Wire/examples/master_writer',
        'SPI/examples/DigitalPotControl',
        'USBHost/examples/KeyboardController',
        'I2S/examples/SimpleTone',
        'SAMD_AnalogCorrection/examples/CorrectADCResponse'
      ].map(sketch => path.join(libraries, sketch))
    )
}
