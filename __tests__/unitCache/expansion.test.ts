/**
 * Expansion, not text: a location or time macro that the unit's preprocessor never expands (in a
 * comment, under `#if 0`, in a macro never used, in a system header's unused branch) leaves the
 * result cacheable and location-free; one that is expanded makes it uncacheable (`__DATE__`) or,
 * with real paths (exact parity), ties the result to its location (`__FILE__`). In the execution
 * root (relative paths, the default) an expanded `__FILE__` names the same text everywhere, so that
 * unit is location-free too. Each unit is compiled at A into a store, then looked up at B
 * (everything moved): the bytes it gives at B equal an uncached compile at B, and only misses ran
 * the preprocessor.
 */
import { readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UnitCompiler, type CompileUnit, type UnitOutcome } from '../../src/engine/compileUnits.js'
import { absolutePaths, createExecutionRoot } from '../../src/engine/executionRoot.js'
import { identifyToolchain } from '../../src/toolchain/identity.js'
import { ProcessRunner } from '../../src/toolchain/processes.js'
import { expansionCheck, filesNamed, includedNames } from '../../src/unitCache/expansion.js'
import type { PathMode } from '../../src/unitCache/roots.js'
import { namedRoots, openStores, openUnitCache } from '../../src/unitCache/open.js'
import { CACHE_OFF } from '../../src/unitCache/buildCache.js'
import { expandingSystemHeaders } from '../../src/unitCache/systemHeaders.js'
import { copyTree } from '../helpers/toolchainCopy.js'

type Expected = 'hit' | 'miss' | 'uncacheable'
/**
 * One unit per trait; `expected` is what a warm lookup at B must find with real paths, `relative`
 * (when given) what it must find in the execution root.
 */
const TRAITS: { name: string; source: string; expected: Expected; relative?: Expected }[] = [
  { name: 'plain', source: 'int answer() { return 42; }\n', expected: 'hit' },
  {
    name: 'comment',
    source: '// built on __DATE__ at __TIME__ in __FILE__\nint f() { return 1; }\n',
    expected: 'hit'
  },
  {
    name: 'ifZero',
    source:
      '#if 0\nconst char *where = __FILE__;\nconst char *when = __TIME__;\n#endif\nint g() { return 2; }\n',
    expected: 'hit'
  },
  {
    name: 'unusedMacro',
    source:
      '#define LOG(msg) log_at(__FILE__, __LINE__, msg)\n#define STAMP __DATE__ " " __TIME__\nint h() { return 3; }\n',
    expected: 'hit'
  },
  {
    name: 'compiledOut',
    source:
      '#ifdef VERBOSE\n#define LOG(msg) log_at(__FILE__, msg)\n#else\n#define LOG(msg) ((void)0)\n#endif\n' +
      'int k(int v) { LOG("k"); return v + 4; }\n',
    expected: 'hit'
  },
  {
    name: 'assertOff',
    source: '#define NDEBUG\n#include <assert.h>\nint m(int v) { assert(v > 0); return v * 5; }\n',
    expected: 'hit'
  },
  {
    name: 'expandedFile',
    source: '#define HERE __FILE__\nconst char *here() { return HERE; }\n',
    expected: 'miss',
    relative: 'hit'
  },
  {
    // avr-libc's assert.h expands __FILE__ (a system header: not in -MMD's list, seen all the same).
    name: 'assertOn',
    source:
      '#define __ASSERT_USE_STDERR\n#include <assert.h>\nint n(int v) { assert(v > 0); return v * 6; }\n',
    expected: 'miss',
    // The macro is defined in a toolchain header but expanded here, so it names this file.
    relative: 'hit'
  },
  {
    name: 'expandedDate',
    source: 'const char *built() { return __DATE__; }\n',
    expected: 'uncacheable'
  }
]

const unitAt = (root: string, name: string): CompileUnit => {
  const source = path.join(root, 'lib', `${name}.c`)
  const object = path.join(root, 'build', `${name}.c.o`)
  // No -g and no -flto: then an object is the same bytes wherever it is compiled, unless it names a location.
  return {
    source,
    object,
    argv: ['/usr/bin/avr-gcc', '-c', '-Os', '-MMD', '-mmcu=atmega328p', source, '-o', object]
  }
}

describe.each<PathMode>(['relative', 'absolute'])('expansion, not text (%s paths)', mode => {
  const expectedAtB = (trait: (typeof TRAITS)[number]): Expected =>
    mode === 'relative' ? (trait.relative ?? trait.expected) : trait.expected
  let work: string
  let toolchainId: string
  let includeDirs: string[]
  const outcomes: Record<'A' | 'B' | 'uncached', Map<string, UnitOutcome>> = {
    A: new Map(),
    B: new Map(),
    uncached: new Map()
  }
  const preprocessorRuns: Record<string, number> = {}

  async function compileAll(place: 'A' | 'B' | 'uncached', store: string | null): Promise<void> {
    const root = path.join(work, place === 'A' ? 'A' : 'B')
    const buildDir = path.join(root, place === 'uncached' ? 'build-uncached' : 'build')
    const runner = new ProcessRunner(2)
    const roots = namedRoots({
      toolchainDir: '/usr',
      platformDirs: [],
      libraries: [{ dir: path.join(root, 'lib'), name: 'lib', dirName: 'lib', location: 'user' }],
      sketches: [],
      buildDir,
      workspace: root,
      home: path.join(root, 'home')
    })
    const cache =
      store === null
        ? CACHE_OFF
        : openUnitCache(openStores(store, place), toolchainId, roots, buildDir, includeDirs, mode)
    const exec = mode === 'relative' ? await createExecutionRoot(roots) : absolutePaths
    const compiler = new UnitCompiler(runner, cache, exec)
    await mkdir(buildDir, { recursive: true })
    for (const trait of TRAITS) {
      const unit = unitAt(root, trait.name)
      const placed = { ...unit, object: path.join(buildDir, path.basename(unit.object)) }
      placed.argv = unit.argv.map(arg => (arg === unit.object ? placed.object : arg))
      const outcome = await compiler.compile(placed)
      await compiler.ensureObject(outcome)
      outcomes[place].set(trait.name, outcome)
    }
    await exec.dispose()
    preprocessorRuns[place] = runner.counts.preprocess
  }

  const objectOf = (place: 'B' | 'uncached', name: string): Promise<Buffer> =>
    readFile(outcomes[place].get(name)?.unit.object ?? '')

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-expansion-'))
    const identity = await identifyToolchain('/usr/bin')
    toolchainId = identity.id
    includeDirs = identity.includeDirs
    await mkdir(path.join(work, 'A', 'lib'), { recursive: true })
    for (const trait of TRAITS) await writeFile(unitAt(path.join(work, 'A'), trait.name).source, trait.source)
    const store = path.join(work, 'store')
    await compileAll('A', store)
    await copyTree(path.join(work, 'A', 'lib'), path.join(work, 'B', 'lib'))
    await compileAll('B', store)
    await compileAll('uncached', null)
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  it.each(TRAITS.map(trait => [trait.name, expectedAtB(trait)]))('%s: %s at B', async (name, expected) => {
    const atA = outcomes.A.get(name)
    const atB = outcomes.B.get(name)
    expect(atA?.ok).toBe(true)
    expect(atA?.source).toBe(expected === 'uncacheable' ? 'uncacheable' : 'compiled')
    const sourceAtB = { hit: 'hit', miss: 'compiled', uncacheable: 'uncacheable' }[expected]
    expect([atB?.source, atB?.missReason]).toEqual([
      sourceAtB,
      expected === 'hit' ? null : expected === 'miss' ? 'dependency-changed' : 'no-entry'
    ])
    // The oracle: the bytes an uncached compile at B gives.
    expect((await objectOf('B', name)).equals(await objectOf('uncached', name))).toBe(true)
  })

  it('runs the preprocessor only on misses, and only for units that mention a macro', () => {
    // At A every unit but `plain` mentions one (assert.h through what it includes).
    expect(preprocessorRuns.A).toBe(TRAITS.length - 1)
    // At B only the misses ran it: the location-bound units and the uncacheable one.
    expect(preprocessorRuns.B).toBe(TRAITS.filter(trait => expectedAtB(trait) !== 'hit').length)
    expect(preprocessorRuns.uncached).toBe(0)
  })
})

describe('the verdict: where an expansion happens', () => {
  const check = expansionCheck(['avr-gcc', '-c', 'x.c', '-o', 'x.o'], 'tag')
  const file = '__fbuild_tag_FILE'
  it('names a location only inside a file the compiler knows by an absolute path', () => {
    const relative = `# 1 "lib/user/Log/src/Log.cpp"\nconst char *f = "${file}";\n`
    const absolute = `# 1 "/usr/lib/avr/include/x.h" 1 3\nconst char *g = "${file}";\n# 2 "lib/user/Log/src/Log.cpp" 2\n`
    expect(check.verdict(relative)).toEqual({ location: false, time: false })
    expect(check.verdict(absolute)).toEqual({ location: true, time: false })
    expect(check.verdict(`# 1 "/a/b.cpp"\nint x;\n# 3 "rel.h"\n${file}`).location).toBe(false)
    expect(check.verdict(`# 1 "/a/b.cpp"\nint x = __builtin_FILE();\n`).location).toBe(true)
  })

  it('reads escaped names in line markers', () => {
    expect(filesNamed('# 1 "a\\"b.c"\nx\n# 7 "/c d.h" 1\ny\n')).toEqual([
      { name: '', text: '' },
      { name: 'a"b.c', text: '\nx\n' },
      { name: '/c d.h', text: '\ny\n' }
    ])
  })
})

describe('when to ask the preprocessor', () => {
  it('reads the names of #include and #include_next lines, and marks a computed include', () => {
    const text = '#include <avr/io.h>\n# include_next <stdint.h>\n#include "a/b.h"\n  #  include HEADER\n'
    expect(includedNames(text)).toEqual(['io.h', 'stdint.h', 'b.h', '*'])
  })

  // Not every unit that includes avr/io.h (whose computed include names a device header) is suspect.
  it("finds the toolchain's headers that can expand a macro: avr-libc's assert.h, not avr/io.h", async () => {
    const found = await expandingSystemHeaders((await identifyToolchain('/usr/bin')).includeDirs)
    expect(found.has('assert.h')).toBe(true)
    expect(found.has('io.h')).toBe(false)
    expect(found.has('stdint.h')).toBe(false)
  })
})
