/** Loading sketches from real folders, merging them, and compiler messages that point at the .ino. */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { UsageError } from '../../src/errors.js'
import { addPrototypes } from '../../src/arduino/prototypes.js'
import { loadSketch, mergeSketch, type Sketch } from '../../src/arduino/sketch.js'

const run = promisify(execFile)
const AVR = '/usr/share/arduino/hardware/arduino/avr'
const CXXFLAGS = [
  '-fsyntax-only', '-std=gnu++11', '-fpermissive', '-mmcu=atmega328p', '-DF_CPU=16000000L', '-DARDUINO=10607',
  '-DARDUINO_AVR_UNO', '-DARDUINO_ARCH_AVR', '-DDECIMAL_DIG=9', `-I${AVR}/cores/arduino`, `-I${AVR}/variants/standard`
] // prettier-ignore

let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'fbuild-sketch-'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Writes files (relative path -> text) under a new folder of the test root. */
async function makeSketch(folder: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, folder)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

async function mergedCpp(sketch: Sketch): Promise<string> {
  const sources = new Map<string, string>()
  for (const file of sketch.inoFiles) sources.set(file, await readFile(file, 'utf8'))
  return addPrototypes(mergeSketch(sketch, sources, file => file))
}

describe('loadSketch', () => {
  test('finds the files arduino-builder merges, compiles and copies', async () => {
    const dir = await makeSketch('Multi', {
      'Multi.ino': 'void setup() { helper(1); second(2); }\nvoid loop() {}\n',
      'b_second.ino': 'void second(int x) {}\n',
      'a_first.ino': 'void helper(int x) {}\n',
      'Zed.pde': 'int zed() { return 1; }\n',
      'util.cpp': '',
      'asm.S': '',
      'low.s': '',
      'upper.CPP': '',
      'conf.h': '',
      'src/lib/deep.c': '',
      'src/lib/deep.hpp': '',
      'src/extra.ino': '',
      'other/skipped.cpp': '',
      'other/inc.hh': '',
      '.git/hooks.cpp': ''
    })
    const sketch = await loadSketch(dir)
    const abs = (...names: string[]): string[] => names.map(n => path.join(dir, n))
    expect(sketch).toEqual({
      name: 'Multi',
      dir,
      mainFile: path.join(dir, 'Multi.ino'),
      inoFiles: abs('Multi.ino', 'Zed.pde', 'a_first.ino', 'b_second.ino'),
      sourceFiles: abs('asm.S', 'src/lib/deep.c', 'util.cpp'),
      headerFiles: abs('conf.h', 'other/inc.hh', 'src/lib/deep.hpp')
    })
    expect(await loadSketch(path.join(dir, 'Multi.ino'))).toEqual(sketch)
  })

  test('a main file named unlike its folder is accepted when given as a file, like arduino-builder', async () => {
    const dir = await makeSketch('Folder', { 'Other.ino': 'void setup() {}\nvoid loop() {}\n' })
    const sketch = await loadSketch(path.join(dir, 'Other.ino'))
    expect(sketch.name).toBe('Other')
    await expect(loadSketch(dir)).rejects.toThrow(
      new UsageError(`sketch "${dir}": no Folder.ino in folder (a sketch folder must hold <folder name>.ino)`)
    )
  })

  test('errors name the input', async () => {
    const missing = path.join(root, 'nope')
    await expect(loadSketch(missing)).rejects.toThrow(
      new UsageError(`sketch "${missing}": no such file or folder`)
    )
    const text = path.join(await makeSketch('Text', { 'notes.txt': 'x' }), 'notes.txt')
    await expect(loadSketch(text)).rejects.toThrow(UsageError)
  })

  test('a main file that is there but cannot be read is not called missing: its own error names it', async () => {
    // A link to itself: stat fails with ELOOP, for root too (root reads a chmod 000 file).
    const dir = path.join(root, 'Looped')
    await mkdir(dir)
    const main = path.join(dir, 'Looped.ino')
    await symlink(main, main)
    await expect(loadSketch(dir)).rejects.toThrow(
      `ELOOP: too many symbolic links encountered, stat '${main}'`
    )
    await expect(loadSketch(main)).rejects.not.toThrow(UsageError)
  })
})

describe('mergeSketch', () => {
  test('main file first, then the others, each with its own #line 1', async () => {
    const dir = await makeSketch('Order', {
      'Order.ino': 'void setup() { helper(1); }\nvoid loop() {}',
      'b.ino': 'void helper(int x) {}',
      'a.pde': 'int early;'
    })
    const sketch = await loadSketch(dir)
    const sources = new Map(sketch.inoFiles.map(f => [f, `// ${path.basename(f)}`]))
    expect(mergeSketch(sketch, sources, file => path.basename(file))).toBe(
      '#include <Arduino.h>\n#line 1 "Order.ino"\n#line 1 "Order.ino"\n// Order.ino\n' +
        '#line 1 "a.pde"\n// a.pde\n#line 1 "b.ino"\n// b.ino\n'
    )
  })

  test('no extra #include when the main file includes Arduino.h; paths are quoted as C strings', async () => {
    const dir = await makeSketch('Quote', { 'Quote.ino': '  #  include "Arduino.h"\n' })
    const sketch = await loadSketch(dir)
    const sources = new Map([[sketch.mainFile, '  #  include "Arduino.h"']])
    expect(mergeSketch(sketch, sources, () => 'C:\\x\\"q".ino')).toBe(
      '#line 1 "C:\\\\x\\\\\\"q\\".ino"\n#line 1 "C:\\\\x\\\\\\"q\\".ino"\n  #  include "Arduino.h"\n'
    )
  })
})

describe('the merged sketch with the real compiler', () => {
  test('a multi-file sketch compiles, and an error on line 7 of an .ino is reported there', async () => {
    const dir = await makeSketch('Broken', {
      'Broken.ino': [
        '// 1',
        '// 2',
        'void setup() {',
        '  helper(1);',
        '}',
        'void loop() {',
        '  int y = undefinedThing;',
        '}'
      ].join('\n'),
      'helpers.ino': 'void helper(int x) {\n  (void)x;\n}\n'
    })
    const file = path.join(root, 'Broken.ino.cpp')
    await writeFile(file, await mergedCpp(await loadSketch(dir)))
    const error = await run('avr-g++', [...CXXFLAGS, file], { env: { ...process.env, LC_ALL: 'C' } }).then(
      () => '',
      (e: { stderr: string }) => e.stderr
    )
    expect(error).toContain(`${path.join(dir, 'Broken.ino')}:7:11: error: 'undefinedThing' was not declared`)
    expect(error.match(/error:/g)).toHaveLength(1)
  })
})
