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
