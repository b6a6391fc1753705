/**
 * Two CLI builds started together on one tool-cache folder, as two terminals or two jobs of one
 * self-hosted runner would: both install `Adafruit NeoPixel` from a Library Manager on 127.0.0.1 and
 * build with it, 6 times, each time on an empty tool cache. tc.cacheDir removed the folder first,
 * so one install could delete what the other was compiling with; now each builds in a private
 * folder and renames it into place. Both share a warm store, so an iteration costs installs and
 * hashing, not compiles; the firmware must equal a build's made alone, byte for byte.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CORPUS_LIBRARIES, startLibraryIndex, type LibraryIndexFixture } from '../fixtures/libraryIndex.js'
import { runBuild } from '../helpers/cliRunner.js'
import { platformDir } from '../helpers/corpus.js'

const ITERATIONS = 6

let root: string
let fixture: LibraryIndexFixture
let project: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-install-race-'))
  fixture = await startLibraryIndex(root)
  project = path.join(root, 'project')
  await cp(
    path.join(CORPUS_LIBRARIES, 'Adafruit_NeoPixel', 'examples', 'simple'),
    path.join(project, 'simple'),
    {
      recursive: true
    }
  )
})

afterAll(async () => {
  await fixture?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

function build(name: string, toolCache: string) {
  return runBuild({
    sketches: ['simple'],
    cwd: project,
    core: platformDir,
    buildDir: path.join(root, 'builds', name),
    store: path.join(root, 'store'),
    libraries: ['Adafruit NeoPixel'],
    options: ['--library-index', fixture.indexUrl],
    env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: path.join(root, 'temp', name) }
  })
}

async function hexOf(report: Awaited<ReturnType<typeof build>>['report']): Promise<Buffer> {
  return readFile(path.resolve(project, report?.sketches[0]?.hex ?? 'missing.hex'))
}

test(`two builds on one empty tool cache, started together, both install and build (${ITERATIONS} times)`, async () => {
  const alone = await build('alone', path.join(root, 'tool-cache-alone'))
  expect(alone.run.code).toBe(0)
  const expected = await hexOf(alone.report)

  for (let i = 0; i < ITERATIONS; i++) {
    const toolCache = path.join(root, `tool-cache-${i}`)
    // The second starts 0 to 0.9 s later: its install lands at another moment of the first's build.
    const later = new Promise(resolve => setTimeout(resolve, (i * 900) / (ITERATIONS - 1)))
    const [left, right] = await Promise.all([
      build(`left-${i}`, toolCache),
      later.then(() => build(`right-${i}`, toolCache))
    ])
    for (const side of [left, right]) {
      expect({
        iteration: i,
        code: side.run.code,
        stderr: side.run.code === 0 ? '' : side.run.stderr
      }).toEqual({
        iteration: i,
        code: 0,
        stderr: ''
      })
      expect(side.report?.libraries.map(library => library.name)).toEqual(['Adafruit NeoPixel'])
      expect((await hexOf(side.report)).equals(expected)).toBe(true)
    }
    // One library folder with its marker, the kept index, and no work folder left behind.
    expect((await readdir(toolCache)).sort()).toEqual(['arduino-library-Adafruit_NeoPixel', 'fbuild-indexes'])
    const [version = ''] = await readdir(path.join(toolCache, 'arduino-library-Adafruit_NeoPixel'))
    expect(await readdir(path.join(toolCache, 'arduino-library-Adafruit_NeoPixel', version))).toEqual([
      'noarch',
      'noarch.complete'
    ])
  }
})
