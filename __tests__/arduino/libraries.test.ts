import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  libraryIncludeDirs,
  libraryOwnIncludeDirs,
  libraryRootOfExamples,
  librarySourceFiles,
  loadLibrary,
  scanLibraries,
  type Library
} from '../../src/arduino/libraries.js'
import { UsageError } from '../../src/errors.js'
import { platformLibrariesDir } from '../helpers/corpus.js'

let scratch: string

/** Creates files (empty unless given content) under scratch; a name ending in / is a folder. */
async function makeTree(root: string, files: Record<string, string>): Promise<string> {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name)
    if (name.endsWith('/')) await mkdir(full, { recursive: true })
    else {
      await mkdir(path.dirname(full), { recursive: true })
      await writeFile(full, content)
    }
  }
  return root
}

const relativeTo = (base: string, files: string[]): string[] => files.map(file => path.relative(base, file))

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-libraries-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('the bundled AVR libraries', () => {
  let libs: Library[]
  const byName = (name: string): Library => {
    const found = libs.find(lib => lib.name === name)
    if (found === undefined) throw new Error(`no library ${name}`)
    return found
  }
  beforeAll(async () => {
    libs = await scanLibraries([platformLibrariesDir], 'platform')
  })

  it('finds the five libraries of the folder, in name order, with the 1.5 layout', () => {
    expect(libs.map(lib => lib.name)).toEqual(['EEPROM', 'HID', 'SPI', 'SoftwareSerial', 'Wire'])
    for (const lib of libs) {
      expect(lib.layout).toBe('recursive')
      expect(lib.sourceDir).toBe(path.join(lib.dir, 'src'))
      expect(lib.utilityDir).toBeNull()
      expect(lib.architectures).toEqual(['avr'])
      expect(lib.location).toBe('platform')
      expect(lib.precompiled).toBe(false)
      expect(lib.dirName).toBe(path.basename(lib.dir))
    }
    expect(byName('EEPROM').version).toBe('2.0')
    expect(byName('Wire').properties.get('category')).toBe('Communication')
  })

  it('lists only the top-level headers of src/', () => {
    expect(libs.map(lib => lib.headers)).toEqual([
      ['EEPROM.h'],
      ['HID.h'],
      ['SPI.h'],
      ['SoftwareSerial.h'],
      ['Wire.h']
    ])
  })

  it('compiles everything under src/, utility/twi.c of Wire included', async () => {
    const sources = await Promise.all(
      libs.map(async lib => relativeTo(lib.dir, await librarySourceFiles(lib)))
    )
    expect(sources).toEqual([
      [],
      ['src/HID.cpp'],
      ['src/SPI.cpp'],
      ['src/SoftwareSerial.cpp'],
      ['src/Wire.cpp', 'src/utility/twi.c']
    ])
  })

  it('adds src/ to every -I list and nothing else', () => {
    const wire = byName('Wire')
    expect(libraryIncludeDirs(wire)).toEqual([path.join(wire.dir, 'src')])
    expect(libraryOwnIncludeDirs(wire)).toEqual([])
  })
})

describe('libraryRootOfExamples', () => {
  it('climbs from an example sketch (folder or .ino) to its library', () => {
    const sketch = path.join(platformLibrariesDir, 'SPI', 'examples', 'BarometricPressureSensor')
    expect(libraryRootOfExamples(sketch)).toBe(path.join(platformLibrariesDir, 'SPI'))
    expect(libraryRootOfExamples(path.join(sketch, 'BarometricPressureSensor.ino'))).toBe(
      path.join(platformLibrariesDir, 'SPI')
    )
  })

  it('ignores an examples/ folder whose parent is no library, and sketches outside examples/', async () => {
    await makeTree(scratch, {
      'NoLib/examples/Demo/Demo.ino': '',
      'Lib/src/': '',
      'Lib/examples/Cat/Demo/Demo.ino': ''
    })
    expect(libraryRootOfExamples(path.join(scratch, 'NoLib/examples/Demo'))).toBeNull()
    expect(libraryRootOfExamples(path.join(scratch, 'Lib/examples/Cat/Demo'))).toBe(path.join(scratch, 'Lib'))
    expect(libraryRootOfExamples(path.join(platformLibrariesDir, 'SPI', 'src'))).toBeNull()
  })

  it('gives the canonical folder, as Library.dir is, when reached through a symlink', async () => {
    await makeTree(scratch, { 'Lib/library.properties': 'name=Lib\n', 'Lib/examples/Demo/Demo.ino': '' })
    await symlink(path.join(scratch, 'Lib'), path.join(scratch, 'Link'))
    const root = libraryRootOfExamples(path.join(scratch, 'Link/examples/Demo'))
    expect(root).toBe((await loadLibrary(path.join(scratch, 'Link'), 'sketch-owner')).dir)
    expect(root).toBe(path.join(scratch, 'Lib'))
  })
})

describe('loadLibrary', () => {
  it('loads a legacy library: flat layout, utility/, every architecture', async () => {
    const dir = await makeTree(path.join(scratch, 'Legacy'), {
      'Legacy.h': '',
      'Legacy.cpp': '',
      'b.c': '',
      'a.S': '',
      'lower.s': '',
      '.hidden.c': '',
      'utility/u.c': '',
      'utility/u.h': '',
      'utility/deeper/no.c': '',
      'extras/x.c': '',
      'examples/Ex/Ex.ino': ''
    })
    const lib = await loadLibrary(dir, 'user')
    expect(lib).toMatchObject({
      name: 'Legacy',
      layout: 'flat',
      sourceDir: lib.dir,
      utilityDir: path.join(lib.dir, 'utility'),
      architectures: ['*'],
      headers: ['Legacy.h'],
      version: null
    })
    expect(relativeTo(lib.dir, await librarySourceFiles(lib))).toEqual([
      'Legacy.cpp',
      'a.S',
      'b.c',
      'utility/u.c'
    ])
    expect(libraryIncludeDirs(lib)).toEqual([lib.dir])
    expect(libraryOwnIncludeDirs(lib)).toEqual([path.join(lib.dir, 'utility')])
  })

  it('loads a 1.5 library without src/ as flat, reading its properties', async () => {
    const dir = await makeTree(path.join(scratch, 'folder-name'), {
      'library.properties': 'name= Pretty Name \nversion=1.2.3\narchitectures=avr, samd\nprecompiled=full\n',
      'Pretty.hpp': '',
      'Pretty.cc': '',
      'utility/helper.cxx': ''
    })
    const lib = await loadLibrary(dir, 'user')
    expect(lib).toMatchObject({
      name: 'Pretty Name',
      dirName: 'folder-name',
      layout: 'flat',
      architectures: ['avr', 'samd'],
      headers: ['Pretty.hpp'],
      version: '1.2.3',
      precompiled: true
    })
    expect(relativeTo(lib.dir, await librarySourceFiles(lib))).toEqual(['Pretty.cc', 'utility/helper.cxx'])
  })

  it('orders recursive sources like the object files arduino-cli links, skipping hidden and VCS folders', async () => {
    const dir = await makeTree(path.join(scratch, 'Deep'), {
      'library.properties': 'name=Deep\n',
      'src/Deep.h': '',
      'src/x.c': '',
      'src/x.c-y.c': '',
      'src/util.c': '',
      'src/util/z.c': '',
      'src/util/sub/w.cpp': '',
      'src/.git/g.c': '',
      'src/CVS/c.c': '',
      'src/.hidden/h.c': '',
      'src/notes.txt': '',
      'examples/Demo/demo.c': ''
    })
    const lib = await loadLibrary(dir, 'user')
    expect(lib.architectures).toEqual(['*'])
    expect(relativeTo(lib.sourceDir, await librarySourceFiles(lib))).toEqual([
      'util.c',
      'util/sub/w.cpp',
      'util/z.c',
      'x.c-y.c',
      'x.c'
    ])
  })

  it('keeps the link name as dirName and the resolved folder as dir', async () => {
    const real = await makeTree(path.join(scratch, 'RealLib'), { 'RealLib.h': '' })
    await symlink(real, path.join(scratch, 'Linked'))
    const lib = await loadLibrary(path.join(scratch, 'Linked'), 'user')
    expect(lib.dirName).toBe('Linked')
    expect(lib.name).toBe('Linked')
    expect(path.basename(lib.dir)).toBe('RealLib')
  })

  it('refuses a folder that is neither kind of library, a file and a missing path', async () => {
    await mkdir(path.join(scratch, 'empty'))
    await writeFile(path.join(scratch, 'file.h'), '')
    const empty = path.join(scratch, 'empty')
    await expect(loadLibrary(empty, 'user')).rejects.toThrow(
      new UsageError(`--library ${empty}: not an Arduino library (no library.properties, no headers)`)
    )
    await expect(loadLibrary(path.join(scratch, 'file.h'), 'user')).rejects.toThrow(/file\.h: not a folder$/)
    await expect(loadLibrary(path.join(scratch, 'missing'), 'user')).rejects.toThrow(
      /missing: no such folder$/
    )
  })
})

describe('scanLibraries', () => {
  it('takes a single library as unmanaged and a folder of libraries as user libraries', async () => {
    await makeTree(scratch, {
      'single/library.properties': 'name=Single\n',
      'single/src/Single.h': '',
      'many/Zeta/Zeta.h': '',
      'many/Alpha/library.properties': 'name=Alpha\n',
      'many/Alpha/src/Alpha.h': '',
      'many/NotALibrary/readme.txt': '',
      'many/.hidden/Hidden.h': '',
      'many/stray.txt': ''
    })
    const libs = await scanLibraries(
      [path.join(scratch, 'single'), path.join(scratch, 'many'), path.join(scratch, 'single')],
      'user'
    )
    expect(libs.map(lib => [lib.name, lib.location])).toEqual([
      ['Single', 'unmanaged'],
      ['Alpha', 'user'],
      ['Zeta', 'user']
    ])
  })

  it('refuses a folder holding no library, and a file', async () => {
    await makeTree(scratch, { 'nothing/sub/readme.txt': '', 'file.txt': '' })
    const nothing = path.join(scratch, 'nothing')
    await expect(scanLibraries([nothing], 'user')).rejects.toThrow(
      `--library ${nothing}: not an Arduino library (no library.properties, no headers)`
    )
    await expect(scanLibraries([path.join(scratch, 'file.txt')], 'user')).rejects.toBeInstanceOf(UsageError)
  })
})
