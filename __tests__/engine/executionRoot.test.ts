/**
 * The execution root with the real avr-gcc: a library reached through its link compiles as it does
 * through its real folder (`#include "../x.h"` climbs the real tree, `#pragma once` holds across two
 * spellings of one header), `__FILE__` names the root-relative path, so the object is the same
 * bytes at two locations, and what the compiler prints names the real files again.
 */
import { execFile } from 'node:child_process'
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { absolutePaths, createExecutionRoot, type ExecutionRoot } from '../../src/engine/executionRoot.js'
import { namedRoots } from '../../src/unitCache/open.js'

const exec = promisify(execFile)

const LIBRARY: Record<string, string> = {
  'Lib/library.properties': 'name=Lib\nversion=1.0.0\n',
  'Lib/src/Lib.h': '#pragma once\nstruct Once { int value; };\nconst char *where();\n',
  // Climbs out of utility/ through the link: the real parent folder, not the execution root's.
  'Lib/src/utility/helper.h': '#include "../Lib.h"\n#include <Lib.h>\nstruct Twice { Once once; };\n',
  'Lib/src/Lib.cpp':
    '#include "utility/helper.h"\nconst char *where() { return __FILE__; }\n' +
    'int broken() { return missing_name; }\n'
}

async function placeAt(
  root: string
): Promise<{ source: string; object: string; roots: ReturnType<typeof namedRoots> }> {
  for (const [file, text] of Object.entries(LIBRARY)) {
    await mkdir(path.dirname(path.join(root, 'libraries', file)), { recursive: true })
    await writeFile(path.join(root, 'libraries', file), text)
  }
  const library = path.join(root, 'libraries', 'Lib')
  const build = path.join(root, 'build')
  await mkdir(build, { recursive: true })
  const roots = namedRoots({
    toolchainDir: '/usr',
    platformDirs: [],
    libraries: [{ dir: library, name: 'Lib', dirName: 'Lib', location: 'user' }],
    sketches: [],
    buildDir: build,
    workspace: root,
    home: path.join(root, 'home')
  })
  return { source: path.join(library, 'src', 'Lib.cpp'), object: path.join(build, 'Lib.cpp.o'), roots }
}

/** Compiles Lib.cpp as the engine does, in `where`; `broken` leaves its one error in. */
async function compile(
  where: ExecutionRoot,
  place: Awaited<ReturnType<typeof placeAt>>,
  broken = false
): Promise<{ code: number; messages: string }> {
  const argv = [
    '/usr/bin/avr-g++',
    '-c',
    '-Os',
    '-mmcu=atmega328p',
    `-I${path.dirname(place.source)}`,
    ...(broken ? [] : ['-Dmissing_name=0']),
    place.source,
    '-o',
    place.object
  ]
  const [program = '', ...args] = where.command(argv)
  try {
    const { stderr } = await exec(program, args, { cwd: where.cwd })
    return { code: 0, messages: where.placeText(stderr) }
  } catch (error) {
    return { code: 1, messages: where.placeText((error as { stderr: string }).stderr) }
  }
}

describe('the execution root, with the real avr-gcc', () => {
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-exec-test-'))
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  it('compiles through links, and __FILE__ makes the same object at two locations', async () => {
    const objects: Buffer[] = []
    for (const side of ['A', path.join('B', 'deeper')]) {
      const place = await placeAt(path.join(work, 'relative', side))
      const root = await createExecutionRoot(place.roots)
      const compiled = await compile(root, place)
      await root.dispose()
      expect(compiled).toEqual({ code: 0, messages: '' })
      objects.push(await readFile(place.object))
    }
    expect(objects[0]?.equals(objects[1] ?? Buffer.alloc(0))).toBe(true)
    expect(objects[0]?.toString('latin1')).toContain('lib/user/Lib/src/Lib.cpp')
  })

  it('with absolute paths (exact parity) the objects name their folders, so they differ', async () => {
    const objects: Buffer[] = []
    for (const side of ['A', 'B']) {
      const place = await placeAt(path.join(work, 'absolute', side))
      expect(await compile(absolutePaths, place)).toEqual({ code: 0, messages: '' })
      objects.push(await readFile(place.object))
    }
    expect(objects[0]?.equals(objects[1] ?? Buffer.alloc(0))).toBe(false)
  })

  it("prints the compiler's errors with real paths, as a compile with real paths does", async () => {
    const place = await placeAt(path.join(work, 'errors'))
    const root = await createExecutionRoot(place.roots)
    const relative = await compile(root, place, true)
    await root.dispose()
    const absolute = await compile(absolutePaths, place, true)
    expect(relative.code).toBe(1)
    expect(relative.messages).toContain(`${place.source}:3:`)
    expect(relative.messages).toBe(absolute.messages)
  })

  it('gives each run its own folder of links, and removes only the links', async () => {
    const place = await placeAt(path.join(work, 'twice'))
    const [one, two] = await Promise.all([createExecutionRoot(place.roots), createExecutionRoot(place.roots)])
    expect(one.cwd).not.toBe(two.cwd)
    const link = path.join(one.cwd ?? '', 'lib', 'user', 'Lib')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    await Promise.all([one.dispose(), two.dispose()])
    await expect(lstat(one.cwd ?? '')).rejects.toThrow(/ENOENT/)
    expect(await readdir(path.join(work, 'twice', 'libraries', 'Lib', 'src'))).toContain('Lib.cpp')
  })
})
