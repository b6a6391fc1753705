/**
 * Libraries by name, git URL and .zip URL, installed from a Library Manager served on 127.0.0.1
 * (real archives of the corpus libraries, arduino-cli's index format) through the real tool-cache
 * client. The SSD1306 examples, built from `--library "Adafruit SSD1306"` alone, must give
 * arduino-builder's .hex given the same three library folders.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { installLibraries } from '../../src/install/libraries.js'
import { parseLibraryIndex, parseDepends } from '../../src/install/libraryIndex.js'
import { resolveLibraries } from '../../src/install/libraryResolve.js'
import { parseLibrarySpec } from '../../src/install/librarySpec.js'
import { constraintRange, satisfies } from '../../src/install/versions.js'
import {
  CORPUS_LIBRARIES,
  INDEX_PATH,
  NOT_JSON_PATH,
  OLD_BUSIO,
  startLibraryIndex,
  type LibraryIndexFixture
} from '../fixtures/libraryIndex.js'
import { buildWithArduinoBuilder } from '../helpers/arduinoBuilder.js'
import { runBuild } from '../helpers/cliRunner.js'
import { freshRunner, noDownloadRetryWaits } from '../helpers/runnerFolders.js'
import { platformDir } from '../helpers/corpus.js'

const run = promisify(execFile)
const SSD1306_EXAMPLES = ['ssd1306_128x64_i2c', 'ssd1306_128x32_spi']

let root: string
let fixture: LibraryIndexFixture

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-libraries-'))
  fixture = await startLibraryIndex(root)
  noDownloadRetryWaits()
})

/** The tool cache installs go to: the latest fresh runner's. */
let toolCacheNow = ''
/** A fresh runner's tool cache (its temp folder is RUNNER_TEMP), used by the installs that follow. */
const fresh = async (name: string): Promise<string> =>
  (toolCacheNow = (await freshRunner(root, name)).toolCache)

afterAll(async () => {
  await fixture?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

function install(specs: string[], indexUrl = fixture.indexUrl) {
  return installLibraries({ specs, cwd: root, sketchDirs: [], indexUrl, toolCache: toolCacheNow })
}

function archiveRequests(): number {
  return [...fixture.archives.values()].reduce((sum, route) => sum + fixture.server.requests(route), 0)
}

describe('what a --library entry names', () => {
  const noFolder = () => false
  test('folders, names, pinned versions, git and zip URLs', () => {
    expect(parseLibrarySpec('libs/Foo', noFolder)).toEqual({ kind: 'folder', dir: 'libs/Foo' })
    expect(parseLibrarySpec('Foo', dir => dir === 'Foo')).toEqual({ kind: 'folder', dir: 'Foo' })
    expect(parseLibrarySpec('Adafruit GFX Library', noFolder)).toEqual({
      kind: 'name',
      name: 'Adafruit GFX Library',
      version: null
    })
    expect(parseLibrarySpec('Servo@1.2', noFolder)).toEqual({ kind: 'name', name: 'Servo', version: '1.2' })
    expect(parseLibrarySpec('https://h.example/a/b.git#v1.0', noFolder)).toEqual({
      kind: 'git',
      url: 'https://h.example/a/b.git',
      ref: 'v1.0'
    })
    expect(parseLibrarySpec('git@h.example:a/b.git', noFolder)).toMatchObject({ kind: 'git', ref: null })
    expect(parseLibrarySpec('https://h.example/a/archive/v1.zip', noFolder)).toMatchObject({ kind: 'zip' })
    expect(() => parseLibrarySpec('https://h.example/a/page.html', noFolder)).toThrow(/must name a git/)
    expect(() => parseLibrarySpec('Foo@', noFolder)).toThrow(/^library "Foo@": expected a folder/)
  })

  test('depends= and relaxed-semver constraints', () => {
    expect(parseDepends('A, B (>=1.2), C (=2.0.0)')).toEqual([
      { name: 'A', constraint: '' },
      { name: 'B', constraint: '>=1.2' },
      { name: 'C', constraint: '=2.0.0' }
    ])
    expect(satisfies('1.17.4', constraintRange('>=1.16 && <2', 'x'))).toBe(true)
    expect(satisfies('1.16.0', constraintRange('>1.16', 'x'))).toBe(false)
    expect(satisfies('2.0', constraintRange('^1.0 || =2.0.0', 'x'))).toBe(true)
    expect(() => constraintRange('!(>=1.0)', 'library "B"')).toThrow(/^library "B": cannot read/)
  })
})

describe('resolution against the index', () => {
  let index: ReturnType<typeof parseLibraryIndex>
  beforeAll(async () => {
    const text = await readFile(path.join(root, 'library-index', 'library_index.json'), 'utf8')
    index = parseLibraryIndex(text, '--library-index', 'the fixture')
  })

  test('a name brings its dependencies, newest versions first; a pinned version wins', () => {
    const newest = resolveLibraries([{ name: 'Adafruit SSD1306', version: null }], index, [])
    expect(newest.install.map(r => `${r.release.name}@${r.release.version}<-${r.requiredBy}`)).toEqual([
      'Adafruit SSD1306@2.5.16<-null',
      'Adafruit GFX Library@1.12.6<-Adafruit SSD1306',
      'Adafruit BusIO@1.17.4<-Adafruit GFX Library'
    ])
    const pinned = resolveLibraries(
      [
        { name: 'Adafruit SSD1306', version: null },
        { name: 'Adafruit BusIO', version: OLD_BUSIO }
      ],
      index,
      []
    )
    expect(pinned.install.map(r => r.release.version)).toEqual(['2.5.16', OLD_BUSIO, '1.12.6'])
  })

  test('a library given as a folder is used as it is, and its depends= are followed', () => {
    const local = {
      name: 'Adafruit SSD1306',
      version: '0.0.1',
      dependencies: parseDepends('Adafruit GFX Library')
    }
    const resolved = resolveLibraries([{ name: 'Adafruit SSD1306', version: null }], index, [local])
    expect(resolved.provided).toEqual(['Adafruit SSD1306'])
    expect(resolved.install.map(r => r.release.name)).toEqual(['Adafruit GFX Library', 'Adafruit BusIO'])
  })
})

describe('installing from the index', () => {
  test('SSD1306 with GFX and BusIO: downloaded and verified once, then found in the tool cache', async () => {
    const toolCache = await fresh('ssd1306')
    const before = archiveRequests()
    const first = await install(['Adafruit SSD1306'])
    expect(first.installed.map(l => [l.name, l.version, l.from])).toEqual([
      ['Adafruit SSD1306', '2.5.16', 'download'],
      ['Adafruit GFX Library', '1.12.6', 'download'],
      ['Adafruit BusIO', '1.17.4', 'download']
    ])
    expect(first.installed.every(l => /^SHA-256:[0-9a-f]{64}$/.test(l.checksum))).toBe(true)
    expect(archiveRequests()).toBe(before + 3)
    // arduino-cli's folder names, inside the tool cache.
    expect(first.libraryDirs.map(dir => path.basename(dir))).toEqual([
      'Adafruit_SSD1306',
      'Adafruit_GFX_Library',
      'Adafruit_BusIO'
    ])
    expect(first.libraryDirs.every(dir => dir.startsWith(toolCache))).toBe(true)
    const header = await readFile(path.join(first.libraryDirs[1] ?? '', 'Adafruit_GFX.h'))
    expect(
      header.equals(await readFile(path.join(CORPUS_LIBRARIES, 'Adafruit_GFX_Library', 'Adafruit_GFX.h')))
    ).toBe(true)

    const second = await install(['Adafruit SSD1306'])
    expect(second.installed.map(l => l.from)).toEqual(['tool-cache', 'tool-cache', 'tool-cache'])
    expect(archiveRequests()).toBe(before + 3)
  })

  test('a pinned older release is installed beside, not over, the newest', async () => {
    await fresh('pinned')
    const result = await install([`Adafruit BusIO@${OLD_BUSIO}`])
    expect(result.installed.map(l => l.version)).toEqual([OLD_BUSIO])
    const props = await readFile(path.join(result.libraryDirs[0] ?? '', 'library.properties'), 'utf8')
    expect(props).toContain(`version=${OLD_BUSIO}`)
  })

  const faults: [string, string[], RegExp, string][] = [
    [
      'an unknown library',
      ['No Such Library'],
      /^library "No Such Library": not in the library index /,
      INDEX_PATH
    ],
    ['a wrong case names the right one', ['adafruit busio'], /did you mean "Adafruit BusIO"\?/, INDEX_PATH],
    [
      'an unknown version',
      ['Adafruit GFX Library@9.9.9'],
      /^library "Adafruit GFX Library@9\.9\.9": no such version in .* \(versions: 1\.12\.6\)$/,
      INDEX_PATH
    ],
    [
      'a checksum mismatch',
      ['Wrong Checksum'],
      /^library "Wrong Checksum@1\.0\.0": checksum mismatch for \S+: expected 0{64}, got [0-9a-f]{64}$/,
      INDEX_PATH
    ],
    [
      'a size mismatch',
      ['Wrong Size'],
      /^library "Wrong Size@1\.0\.0": size mismatch for \S+: expected \d+ bytes, got \d+$/,
      INDEX_PATH
    ],
    [
      'a zip entry outside its folder',
      ['Evil'],
      /^library "Evil@1\.0\.0": archive entry '.*\.\.\/.*' escapes/,
      INDEX_PATH
    ],
    [
      'a 404',
      ['Missing Archive'],
      /^library "Missing Archive@1\.0\.0": cannot download \S+missing\.zip: HTTP 404$/,
      INDEX_PATH
    ],
    [
      'a dependency cycle',
      ['Cycle A'],
      /^library dependency cycle: Cycle A -> Cycle B -> Cycle A$/,
      INDEX_PATH
    ],
    ['an index that is not JSON', ['Adafruit BusIO'], /^--library-index: \S+ is not JSON /, NOT_JSON_PATH],
    [
      'an index that is not there',
      ['Adafruit BusIO'],
      /^--library-index: cannot download \S+: HTTP 404; give --library-index an index you can reach \(a URL or a file\), or give the library as a folder$/,
      '/nope.json'
    ]
  ]

  test.each(faults)('%s: one line, nothing installed', async (name, specs, message, indexPath) => {
    const toolCache = await fresh(`fault-${name.replace(/\W+/g, '-')}`)
    const attempt = install(specs, fixture.server.url(indexPath))
    // A usage error, or (a download failing) a setup error: the CLI prints either as one line.
    await expect(attempt).rejects.toThrow(message)
    const error = await attempt.then(
      () => null,
      (e: Error) => e
    )
    expect(error?.message.split('\n')).toHaveLength(1)
    expect(await readdir(toolCache)).toEqual([])
    expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([])
  })

  test('the escaping entry was not written anywhere', async () => {
    const found = await readdir(root, { recursive: true })
    expect(found.filter(name => name.endsWith('escaped.txt'))).toEqual([])
    expect(fixture.server.requests(INDEX_PATH)).toBeGreaterThan(0)
  })
})

describe('libraries by URL', () => {
  test('a git repository at a tag, then from the tool cache by commit', async () => {
    await fresh('git')
    const repo = path.join(root, 'git', 'BusIO.git')
    const work = path.join(root, 'git', 'work')
    await cp(path.join(CORPUS_LIBRARIES, 'Adafruit_BusIO'), work, { recursive: true })
    const git = (args: string[], cwd = work) => run('git', args, { cwd })
    await git(['init', '-q'])
    await git(['add', '.'])
    await git(['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'import'])
    await git(['tag', 'v1.17.4'])
    await git(['clone', '-q', '--bare', work, repo], root)
    const commit = (await git(['rev-parse', 'HEAD'])).stdout.trim()

    const url = `file://${repo}#v1.17.4`
    const first = await install([url])
    expect(first.installed).toEqual([
      expect.objectContaining({
        name: 'Adafruit BusIO',
        version: '1.17.4',
        source: 'git',
        checksum: `git:${commit}`
      })
    ])
    expect(path.basename(first.libraryDirs[0] ?? '')).toBe('Adafruit_BusIO')
    expect(await readdir(first.libraryDirs[0] ?? '')).not.toContain('.git')
    const second = await install([url])
    expect(second.installed[0]?.from).toBe('tool-cache')
    await expect(install([`file://${repo}#no-such-tag`])).rejects.toThrow(/no branch or tag 'no-such-tag'/)
  })

  test('a .zip URL: installed, its SHA-256 recorded', async () => {
    await fresh('zip-url')
    const route = fixture.archives.get('ArduinoJson@7.2.0') ?? ''
    const result = await install([fixture.server.url(route)])
    expect(result.installed[0]).toMatchObject({ name: 'ArduinoJson', version: '7.2.0', source: 'zip' })
    expect(result.installed[0]?.checksum).toMatch(/^SHA-256:[0-9a-f]{64}$/)
  })
})

describe('fbuild-action build --library "Adafruit SSD1306"', () => {
  test('the examples build from the name alone, byte-identical to arduino-builder with the three folders', async () => {
    const project = path.join(root, 'project')
    for (const example of SSD1306_EXAMPLES) {
      await cp(
        path.join(CORPUS_LIBRARIES, 'Adafruit_SSD1306', 'examples', example),
        path.join(project, example),
        {
          recursive: true
        }
      )
    }
    const toolCache = path.join(root, 'cli-tool-cache')
    const ours = await runBuild({
      sketches: SSD1306_EXAMPLES,
      cwd: project,
      core: platformDir,
      buildDir: path.join(root, 'cli-build'),
      store: null,
      libraries: ['Adafruit SSD1306'],
      options: ['--library-index', fixture.indexUrl],
      env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: path.join(root, 'cli-temp') }
    })
    expect(ours.run.stderr).toMatch(/2\/2 sketches built/)
    expect(ours.report?.libraries.map(l => `${l.name}@${l.version}`)).toEqual([
      'Adafruit SSD1306@2.5.16',
      'Adafruit GFX Library@1.12.6',
      'Adafruit BusIO@1.17.4'
    ])
    expect(ours.report?.libraries.every(l => l.url.startsWith('http://127.0.0.1'))).toBe(true)

    // arduino-builder takes folders of libraries: one holding the three.
    const threeLibraries = path.join(root, 'oracle-libraries')
    for (const name of ['Adafruit_SSD1306', 'Adafruit_GFX_Library', 'Adafruit_BusIO'])
      await cp(path.join(CORPUS_LIBRARIES, name), path.join(threeLibraries, name), { recursive: true })
    const theirs = await buildWithArduinoBuilder({
      sketches: SSD1306_EXAMPLES.map(example => path.join(project, example)),
      fqbn: 'arduino:avr:uno',
      outDir: path.join(root, 'oracle'),
      libraries: [threeLibraries]
    })
    for (const [i, example] of SSD1306_EXAMPLES.entries()) {
      const sketch = ours.report?.sketches[i]
      expect(sketch?.path).toBe(example)
      const oracle = [...theirs.values()][i]
      expect(oracle?.ok).toBe(true)
      const hex = await readFile(path.resolve(project, sketch?.hex ?? ''))
      expect(hex.equals(oracle?.hex ?? Buffer.alloc(0))).toBe(true)
    }
  })
})
