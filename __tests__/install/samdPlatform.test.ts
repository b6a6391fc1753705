/**
 * `--platform arduino:samd@1.8.14` from a Boards Manager index served on 127.0.0.1
 * (fixtures/samdIndex.ts): the platform and its toolsDependencies (arm-none-eabi-gcc, CMSIS,
 * CMSIS-Atmel) installed, verified, into the tool cache; the tool holding the platform's compiler
 * becomes the toolchain, identified by its archive. The installed board builds what arduino-builder
 * builds from the corpus folders, byte for byte, and warm from the same store starts no compiler.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBuild } from '../../src/engine/runBuild.js'
import type { BuildRequest } from '../../src/engine/types.js'
import { installPlatforms, type PlatformInstallResult } from '../../src/install/platforms.js'
import { identifyArchiveToolchain } from '../../src/toolchain/identity.js'
import { startSamdIndex, type SamdIndexFixture } from '../fixtures/samdIndex.js'
import { buildWithArduinoBuilder } from '../helpers/arduinoBuilder.js'
import { corpusExamplesDir, samdCorpus } from '../helpers/corpus.js'
import { freshRunner, noDownloadRetryWaits } from '../helpers/runnerFolders.js'

const FQBN = 'arduino:samd:mkrzero'
const PREFS = { 'runtime.ide.version': '10607' }
let root: string
let fixture: SamdIndexFixture
let installed: PlatformInstallResult

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-samd-install-'))
  fixture = await startSamdIndex(root)
  noDownloadRetryWaits()
  const { toolCache } = await freshRunner(root, 'runner')
  installed = await installPlatforms({
    toolCache,
    platforms: ['arduino:samd@1.8.14'],
    indexUrls: [fixture.indexUrl],
    fqbn: FQBN,
    givenCoreDirs: [],
    host: 'linux-x64',
    fallbackIndexUrl: fixture.indexUrl
  })
})
afterAll(async () => {
  await fixture?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

test('installs the platform and the three tools it depends on, with their checksums', () => {
  expect(installed.packages.map(item => [item.id, item.kind, item.version])).toEqual([
    ['arduino:samd', 'platform', '1.8.14'],
    ['arduino:arm-none-eabi-gcc', 'tool', '7-2017q4'],
    ['arduino:CMSIS', 'tool', '4.5.0'],
    ['arduino:CMSIS-Atmel', 'tool', '1.2.0']
  ])
  for (const item of installed.packages) expect(item.checksum).toMatch(/^SHA-256:[0-9a-f]{64}$/)
  const toolchain = installed.packages.find(item => item.id === 'arduino:arm-none-eabi-gcc')
  expect(installed.toolchainDir).toBe(toolchain?.dir)
  expect(installed.toolchainSha256).toBe(fixture.toolchainSha256)
  expect(new Map(installed.toolProperties).get('runtime.tools.CMSIS-4.5.0.path')).toBe(
    installed.packages.find(item => item.id === 'arduino:CMSIS')?.dir
  )
})

test('builds Blink as arduino-builder does from the corpus, and warm starts no compiler', async () => {
  const blink = path.join(corpusExamplesDir(), '01.Basics', 'Blink')
  const toolchainDir = installed.toolchainDir ?? ''
  // As the action does it: a verified archive is identified without hashing its files.
  const identity = await identifyArchiveToolchain(toolchainDir, installed.toolchainSha256 ?? '')
  const request = (buildDir: string): BuildRequest => ({
    sketches: [blink],
    fqbn: FQBN,
    coreDirs: installed.coreDirs,
    toolchainDir,
    toolchainIdentity: identity,
    toolProperties: installed.toolProperties,
    libraryDirs: [],
    buildProperties: Object.entries(PREFS),
    buildDir,
    storeDir: path.join(root, 'store'),
    jobs: 2
  })
  const samd = samdCorpus()
  const [cold, oracle] = await Promise.all([
    runBuild(request(path.join(root, 'cold'))),
    buildWithArduinoBuilder({
      sketches: [blink],
      fqbn: FQBN,
      outDir: path.join(root, 'oracle'),
      platform: {
        hardwareDir: samd.hardwareDir,
        toolsDir: samd.toolsDir,
        compiler: 'arm-none-eabi-gcc',
        prefs: { ...PREFS, 'runtime.tools.arm-none-eabi-gcc-7-2017q4.path': '/usr' }
      }
    })
  ])
  const ours = cold.sketches[0]
  expect(ours?.error).toBeNull()
  expect(await readFile(ours?.outputs?.bin ?? '')).toEqual(oracle.get(blink)?.bin)
  expect(await readFile(ours?.hex ?? '')).toEqual(oracle.get(blink)?.hex)
  const warm = await runBuild(request(path.join(root, 'warm')))
  expect(warm.processes).toMatchObject({ compile: 0, link: 0 })
  expect(await readFile(warm.sketches[0]?.outputs?.bin ?? '')).toEqual(oracle.get(blink)?.bin)
})
