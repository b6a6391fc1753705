/**
 * Migration is a rename of `uses:`: the `with:` blocks of three real workflows that use
 * arduino/compile-sketches, pasted as they are (the runner's `${{ }}` expressions evaluated as the
 * runner would for one matrix row), run through the bundled action with the served toolchain; each
 * builds, and its sketches report is the one the same run writes with this action's own input names.
 *
 * - arduino/ArduinoCore-avr, .github/workflows/compile-platform-examples.yml (commit 05b7d7a9), the
 *   arduino:avr:uno row: the platform from the checkout (`source-path: ./`) and its libraries'
 *   examples. The checkout is Debian's arduino-core-avr, the same platform.
 * - arduino-libraries/Stepper's template (as in KOLANICH-libs/Stepper,
 *   .github/workflows/compile-examples.yml, commit a59ec07f), the arduino:avr:nano row:
 *   `libraries: - source-path: ./`, `sketch-paths: - examples`, `enable-deltas-report`, pasted into a
 *   checkout of Adafruit NeoPixel (four of its examples).
 * - adafruit/LPD8806, .github/workflows/compile-examples.yml (commit 2eaa5db4), the arduino:avr:uno
 *   row: only `platforms` and the deltas report, compile-sketches' defaults for the rest, pasted into a
 *   checkout of ArduinoJson (four of its examples, one needing a library the packages lack).
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runJob, runnerFolders } from '../helpers/actionRunner.js'
import { startActionServices, type ActionServices } from '../helpers/actionServices.js'
import { DECIMAL_DIG } from '../helpers/cliRunner.js'
import { platformDir, realLibrariesDir } from '../helpers/corpus.js'

let root: string
let services: ActionServices

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-compile-sketches-'))
  services = await startActionServices(root)
})

afterAll(async () => {
  await services.stop()
  await rm(root, { recursive: true, force: true })
})

/** A checkout of a library with some of its examples. */
async function libraryCheckout(workspace: string, library: string, examples: string[]): Promise<void> {
  const from = path.join(realLibrariesDir(), library)
  await mkdir(workspace, { recursive: true })
  for (const entry of await readdir(from)) {
    if (entry !== 'examples')
      await cp(path.join(from, entry), path.join(workspace, entry), { recursive: true })
  }
  for (const example of examples)
    await cp(path.join(from, 'examples', example), path.join(workspace, 'examples', example), {
      recursive: true
    })
}

/**
 * The pasted block and our own inputs, each run as a job of its own in its own copy of the checkout;
 * both jobs' sketches reports, and the pasted job's main step.
 */
async function bothWays(
  name: string,
  checkout: (workspace: string) => Promise<void>,
  pasted: Record<string, string>,
  ours: Record<string, string>,
  served: Record<string, string> = services.inputs
) {
  const results = []
  let toolCache: string | undefined
  for (const [way, inputs] of [
    ['pasted', pasted],
    ['ours', ours]
  ] as const) {
    const own = runnerFolders(root, `${name}-${way}`)
    // Both jobs on one (self-hosted) runner: the second finds the toolchain the first installed.
    const folders = { ...own, toolCache: toolCache ?? own.toolCache }
    toolCache = folders.toolCache
    await checkout(folders.workspace)
    const job = await runJob(
      folders,
      { ...served, 'cache-key-extra': name, ...inputs },
      { ...services.cacheServer.env, FBUILD_CACHE_TIMEOUT_MS: '60000' }
    )
    const reportDir = path.join(folders.workspace, inputs['sketches-report-path'] ?? 'sketches-reports')
    const fqbn = (inputs.fqbn ?? 'arduino:avr:uno').replaceAll(':', '-')
    const text = await readFile(path.join(reportDir, `${fqbn}.json`), 'utf8').catch(() => {
      throw new Error(`${name} (${way}) wrote no sketches report:\n${job.main.stdout}`)
    })
    results.push({
      job,
      sketchesReport: JSON.parse(text) as { boards: { sketches: { compilation_success: boolean }[] }[] }
    })
  }
  const [asPasted, asOurs] = results
  if (asPasted === undefined || asOurs === undefined) throw new Error('two jobs expected')
  return { asPasted, asOurs }
}

const built = (report: { boards: { sketches: { compilation_success: boolean }[] }[] }) =>
  report.boards[0]?.sketches.filter(sketch => sketch.compilation_success).length ?? 0

it("arduino/ArduinoCore-avr: the platform from the checkout and its libraries' examples", async () => {
  // The platform comes from the checkout: no core download.
  const toolchainOnly = Object.fromEntries(
    Object.entries(services.inputs).filter(([name]) => !name.startsWith('core'))
  )
  const checkout = async (workspace: string) => {
    await cp(platformDir, workspace, { recursive: true })
    await writeFile(path.join(workspace, 'platform.local.txt'), `${DECIMAL_DIG}\n`)
  }
  // The uno row of the matrix: serial and softwareserial true, as the runner expands it.
  const serialSketchPaths = `- libraries/EEPROM/examples/eeprom_crc
- libraries/EEPROM/examples/eeprom_get
- libraries/EEPROM/examples/eeprom_put
- libraries/EEPROM/examples/eeprom_read
- libraries/SPI
- libraries/Wire
`
  const softwareSerialSketchPaths = '- libraries/SoftwareSerial\n'
  const pasted = {
    'github-token': 'ghs_from-secrets',
    fqbn: 'arduino:avr:uno',
    platforms: `# Use Boards Manager to install the latest release of the platform to get the toolchain.
- name: arduino:avr
# Overwrite the Boards Manager installation with the platform from the repository.
- source-path: ./
  name: arduino:avr
`,
    'sketch-paths': `- libraries
# Compile these sketches for all boards
- libraries/EEPROM/examples/eeprom_clear
- libraries/EEPROM/examples/eeprom_iteration
- libraries/EEPROM/examples/eeprom_update
- libraries/EEPROM/examples/eeprom_write
# Board-specific sketches
${serialSketchPaths}
${softwareSerialSketchPaths}
`
  }
  const ours = { fqbn: 'arduino:avr:uno', core: '.', sketches: 'libraries' }
  const { asPasted, asOurs } = await bothWays('core-avr', checkout, pasted, ours, toolchainOnly)
  expect(asPasted.job.main.code).toBe(0)
  expect(built(asPasted.sketchesReport)).toBe(19)
  expect(asPasted.sketchesReport).toEqual(asOurs.sketchesReport)
})

it('the arduino-libraries template (Stepper), pasted into a library checkout', async () => {
  const checkout = (workspace: string) =>
    libraryCheckout(workspace, 'Adafruit_NeoPixel', [
      'simple',
      'strandtest',
      'buttoncycler',
      'RGBWstrandtest'
    ])
  const pasted = {
    'github-token': 'ghs_from-secrets',
    fqbn: 'arduino:avr:nano',
    platforms: '- name: arduino:avr\n',
    libraries: `# Install the library from the local path.
- source-path: ./
# Additional library dependencies can be listed here.
# See: https://github.com/arduino/compile-sketches#libraries
`,
    'sketch-paths': '- examples\n',
    'enable-deltas-report': 'true',
    'sketches-report-path': 'sketches-reports'
  }
  const ours = { fqbn: 'arduino:avr:nano', libraries: '.', 'sketches-report-path': 'sketches-reports' }
  const { asPasted, asOurs } = await bothWays('stepper-template', checkout, pasted, ours)
  expect(asPasted.job.main.code).toBe(0)
  expect(built(asPasted.sketchesReport)).toBe(4)
  expect(asPasted.sketchesReport).toEqual(asOurs.sketchesReport)
})

it('adafruit/LPD8806: platforms and the deltas report only, compile-sketches defaults for the rest', async () => {
  const checkout = (workspace: string) =>
    libraryCheckout(workspace, 'ArduinoJson', [
      'JsonParserExample',
      'MsgPackParser',
      'StringExample',
      'JsonServer'
    ])
  const pasted = {
    fqbn: 'arduino:avr:uno',
    platforms: '- name: arduino:avr\n',
    'enable-deltas-report': 'true',
    'sketches-report-path': 'sketches-reports'
  }
  const ours = { fqbn: 'arduino:avr:uno' }
  const { asPasted, asOurs } = await bothWays('lpd8806', checkout, pasted, ours)
  // JsonServer needs the Ethernet library, which Debian's core does not have: it fails both ways.
  expect(asPasted.job.main.code).toBe(1)
  expect(built(asPasted.sketchesReport)).toBe(3)
  expect(asPasted.sketchesReport).toEqual(asOurs.sketchesReport)
})
