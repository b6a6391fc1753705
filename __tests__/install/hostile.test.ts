/**
 * Hostile archives, served on 127.0.0.1 with their true sizes and SHA-256 sums (fixtures/
 * hostileArchives.ts), installed through the real tool-cache client: each is refused whole with one
 * line naming the library and the entry, the sentinel folder they aim at stays empty, and the tool
 * cache and temp folders are left as they were. The chained-link zip also goes through a real CLI
 * build, the way it was found to write outside.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { installLibraries } from '../../src/install/libraries.js'
import { startHostileIndex, type HostileIndex } from '../fixtures/hostileArchives.js'
import { runBuild } from '../helpers/cliRunner.js'
import { platformDir } from '../helpers/corpus.js'
import { freshRunner, noDownloadRetryWaits } from '../helpers/runnerFolders.js'

let root: string
let fixture: HostileIndex

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-hostile-'))
  fixture = await startHostileIndex(root)
  noDownloadRetryWaits()
}, 120_000)

afterAll(async () => {
  await fixture?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

const DEEP = `L/${'a/b/'.repeat(30)}c`

const cases: [string, RegExp][] = [
  [
    'Chain',
    new RegExp(
      `^library "Chain@1\\.0\\.0": archive entry 'Chain/${DEEP}' passes through the link 'Chain/L/a/b'$`
    )
  ],
  [
    'Chain Tar',
    new RegExp(
      `^library "Chain Tar@1\\.0\\.0": archive entry 'ChainTar/${DEEP}' passes through the link 'ChainTar/L/a/b'$`
    )
  ],
  [
    'Chain Bz2',
    new RegExp(
      `^library "Chain Bz2@1\\.0\\.0": archive entry 'ChainTar/${DEEP}' passes through the link 'ChainTar/L/a/b'$`
    )
  ],
  [
    'Bomb',
    /^library "Bomb@1\.0\.0": the archive inflates to more than 256 MiB \(the limit for a library archive\)$/
  ],
  [
    'Tar Bomb',
    /^library "Tar Bomb@1\.0\.0": the archive inflates to more than 256 MiB \(the limit for a library archive\)$/
  ],
  [
    'Absolute',
    /^library "Absolute@1\.0\.0": archive entry 'Absolute\/evil -> \/\S+\/outside' escapes the folder it is extracted to$/
  ],
  [
    'Absolute Bz2',
    /^library "Absolute Bz2@1\.0\.0": archive entry 'AbsoluteBz2\/evil -> \/\S+\/outside' escapes the folder it is extracted to$/
  ],
  [
    'Long Link',
    /^library "Long Link@1\.0\.0": archive entry 'LongLink\/long' is a link longer than 4096 bytes$/
  ],
  [
    'Late Link',
    /^library "Late Link@1\.0\.0": archive entry 'LateLink\/c -> x\/z\/\.\.\/\.\.\/\.\.' escapes the folder it is extracted to$/
  ]
]

describe('hostile archives from a library index', () => {
  test.each(cases)('%s: refused in one line; nothing outside, nothing left behind', async (name, message) => {
    const { toolCache, temp } = await freshRunner(root, `runner-${name.replace(/\W+/g, '-')}`)
    const attempt = installLibraries({
      specs: [name],
      cwd: root,
      sketchDirs: [],
      indexUrl: fixture.indexUrl,
      toolCache
    })
    const error = await attempt.then(
      () => null,
      (e: Error) => e
    )
    expect(error?.message).toMatch(message)
    expect(error?.message.split('\n')).toHaveLength(1)
    expect(await readdir(fixture.outside)).toEqual([])
    expect(await readdir(toolCache)).toEqual([])
    expect(await readdir(temp)).toEqual([])
  })

  test('links that stay inside install and read as written (the control)', async () => {
    const { toolCache } = await freshRunner(root, 'runner-fine')
    const result = await installLibraries({
      toolCache,
      specs: ['Fine Links'],
      cwd: root,
      sketchDirs: [],
      indexUrl: fixture.indexUrl
    })
    const dir = result.libraryDirs[0] ?? ''
    for (const name of ['src/real.h', 'src/alias.h', 'src/copy.h', 'through'])
      expect(await readFile(path.join(dir, name), 'utf8')).toBe('#define FINE 1\n')
    expect(await readlink(path.join(dir, 'src', 'alias.h'))).toBe('real.h')
    expect((await lstat(path.join(dir, 'src', 'copy.h'))).nlink).toBe(2)
  })

  test('the chained-link zip through `build --library Chain`: exit 2, one line, nothing outside', async () => {
    const project = path.join(root, 'project')
    await mkdir(path.join(project, 'Blink'), { recursive: true })
    await writeFile(path.join(project, 'Blink', 'Blink.ino'), 'void setup() {}\nvoid loop() {}\n')
    const toolCache = path.join(root, 'cli-tool-cache')
    const temp = path.join(root, 'cli-temp')
    const { run } = await runBuild({
      sketches: ['Blink'],
      cwd: project,
      core: platformDir,
      buildDir: path.join(root, 'cli-build'),
      store: null,
      libraries: ['Chain'],
      options: ['--library-index', fixture.indexUrl],
      env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: temp }
    })
    expect(run.code).toBe(2)
    const errors = run.stderr
      .split('\n')
      .filter(line => line.startsWith('fbuild-action: ') && !/warning: /.test(line))
    expect(errors).toEqual([
      expect.stringMatching(
        /^fbuild-action: library "Chain@1\.0\.0": archive entry '.*' passes through the link 'Chain\/L\/a\/b'$/
      )
    ])
    expect(await readdir(fixture.outside)).toEqual([])
    // The kept index stays (it verified); no archive, no extraction folder.
    expect(await readdir(toolCache)).toEqual(['fbuild-indexes'])
    expect(await readdir(temp).catch(() => [])).toEqual([])
  })
})
