import {
  normalizeArgv,
  normalizeText,
  orderRoots,
  placeRelativePath,
  placeRelativeText,
  placeText,
  portableText,
  relativeArgv,
  relativeName,
  resolveNormalized,
  type NamedRoot
} from '../../src/unitCache/roots.js'
import { namedRoots, type RootFolders } from '../../src/unitCache/open.js'

/** One build's folders, all under `base`: the same build at two bases is the same build moved. */
function foldersAt(base: string): RootFolders {
  return {
    toolchainDir: `${base}/tools/avr`,
    platformDirs: [
      { name: 'core', dir: `${base}/hw/avr/cores/arduino` },
      { name: 'variant', dir: `${base}/hw/avr/variants/standard` },
      { name: 'platform', dir: `${base}/hw/avr` }
    ],
    libraries: [
      { dir: `${base}/hw/avr/libraries/Wire`, name: 'Wire', dirName: 'Wire', location: 'platform' },
      { dir: `${base}/home/Arduino/libraries/Servo`, name: 'Servo', dirName: 'Servo', location: 'user' }
    ],
    sketches: [{ name: 'Blink', dir: `${base}/ws/sketches/Blink` }],
    buildDir: `${base}/ws/build/Blink`,
    workspace: `${base}/ws`,
    home: `${base}/home`
  }
}

describe('orderRoots', () => {
  it('puts the longest folder first, resolves folders, drops "/" and keeps the first name of a folder', () => {
    const ordered = orderRoots([
      { name: 'toolchain', dir: '/usr' },
      { name: 'platform', dir: '/usr/share/arduino/' },
      { name: 'all', dir: '/' },
      { name: 'again', dir: '/usr/./share/arduino' },
      { name: 'core', dir: '/usr/share/arduino/cores/arduino' }
    ])
    expect(ordered).toEqual([
      { name: 'core', dir: '/usr/share/arduino/cores/arduino' },
      { name: 'platform', dir: '/usr/share/arduino' },
      { name: 'toolchain', dir: '/usr' }
    ])
  })
})

describe('normalizeText', () => {
  const roots = orderRoots([
    { name: 'toolchain', dir: '/usr' },
    { name: 'platform', dir: '/usr/share/arduino' },
    { name: 'core', dir: '/a/core' }
  ])

  it('lets a longer root win over a shorter one that contains it', () => {
    expect(normalizeText('/usr/share/arduino/boards.txt', roots)).toBe('{platform}/boards.txt')
    expect(normalizeText('/usr/bin/avr-gcc', roots)).toBe('{toolchain}/bin/avr-gcc')
  })

  it('matches whole folders only: /a/core2 is not under /a/core', () => {
    expect(normalizeText('/a/core2/x.h', roots)).toBe('/a/core2/x.h')
    expect(normalizeText('/a/core/x.h', roots)).toBe('{core}/x.h')
    expect(normalizeText('/usrlocal/x.h', roots)).toBe('/usrlocal/x.h')
  })

  it('names every occurrence in an argument, ending at a separator, a quote, a space or the end', () => {
    expect(normalizeText('-I/a/core', roots)).toBe('-I{core}')
    expect(normalizeText('-DP="/a/core" -DQ=\'/usr\' /a/core\\x /a/core2', roots)).toBe(
      '-DP="{core}" -DQ=\'{toolchain}\' {core}\\x /a/core2'
    )
  })

  it('leaves a path under no root absolute', () => {
    expect(normalizeText('/opt/extra/include/x.h', roots)).toBe('/opt/extra/include/x.h')
  })

  // BUG: only the end of a match is checked for a boundary, not its start, so a root found in the
  // middle of a path under no root is replaced: `/tmp/x/usr/include/f.h` becomes `/tmp/x{toolchain}/include/f.h`,
  // which resolveNormalized cannot place back (see below).
  it('does not name a root found in the middle of another path', () => {
    expect(normalizeText('/tmp/x/usr/include/f.h', roots)).toBe('/tmp/x/usr/include/f.h')
    expect(normalizeText('-I/tmp/x/a/core', roots)).toBe('-I/tmp/x/a/core')
  })
})

describe('resolveNormalized', () => {
  const roots = namedRoots(foldersAt('/base'))

  it('inverts normalizeText for a path under each root', () => {
    for (const root of roots) {
      const file = `${root.dir}/sub dir/f.h`
      const normalized = normalizeText(file, roots)
      expect(normalized).toBe(`{${root.name}}/sub dir/f.h`)
      expect(resolveNormalized(normalized, roots)).toBe(file)
    }
  })

  it('places a normalized path at another location', () => {
    const normalized = normalizeText('/base/hw/avr/libraries/Wire/src/Wire.h', roots)
    expect(resolveNormalized(normalized, namedRoots(foldersAt('/elsewhere/deep')))).toBe(
      '/elsewhere/deep/hw/avr/libraries/Wire/src/Wire.h'
    )
  })

  it('returns an absolute path under no root as is, and null for an unknown root or a relative path', () => {
    expect(resolveNormalized('/opt/extra/x.h', roots)).toBe('/opt/extra/x.h')
    expect(resolveNormalized('{nowhere}/x.h', roots)).toBeNull()
    expect(resolveNormalized('x.h', roots)).toBeNull()
  })

  it('inverts normalizeText for a path under no root that contains a root folder', () => {
    const usr: NamedRoot[] = orderRoots([{ name: 'toolchain', dir: '/usr' }])
    const file = '/tmp/ardeb/x/usr/include/f.h'
    expect(resolveNormalized(normalizeText(file, usr), usr)).toBe(file)
  })
})

describe('normalizeArgv', () => {
  const roots = namedRoots(foldersAt('/base'))

  it('names the roots in every argument and leaves out -o and its value', () => {
    const argv = ['/base/tools/avr/bin/avr-g++', '-c', '-I/base/hw/avr/cores/arduino', 'in.cpp']
    expect(normalizeArgv([...argv, '-o', '/base/ws/build/Blink/x.o', '-MMD'], roots)).toEqual([
      '{toolchain}/bin/avr-g++',
      '-c',
      '-I{core}',
      'in.cpp',
      '-MMD'
    ])
  })
})

describe('namedRoots', () => {
  it('gives the same names, and so the same normalized text, at any location', () => {
    const here = namedRoots(foldersAt('/a'))
    const there = namedRoots(foldersAt('/b/c/d'))
    expect(here.map(root => root.name).sort()).toEqual(there.map(root => root.name).sort())
    const text = (base: string): string =>
      Object.values(foldersAt(base))
        .flat()
        .map(value => (typeof value === 'string' ? value : value.dir) + '/f.h')
        .join(' ')
    expect(normalizeText(text('/a'), here)).toBe(normalizeText(text('/b/c/d'), there))
    expect(normalizeText(text('/a'), here)).not.toContain('/a/')
  })

  it('gives unique names to libraries with the same folder name in different places', () => {
    const folders = foldersAt('/a')
    folders.libraries = [
      { dir: '/a/hw/avr/libraries/Wire', name: 'Wire', dirName: 'Wire', location: 'platform' },
      { dir: '/a/home/Arduino/libraries/Wire', name: 'Wire', dirName: 'Wire', location: 'user' },
      { dir: '/a/other/libraries/Wire', name: 'Wire', dirName: 'Wire', location: 'user' },
      { dir: '/a/third/libraries/Wire', name: 'Wire', dirName: 'Wire', location: 'user' }
    ]
    const byDir = new Map(namedRoots(folders).map(root => [root.dir, root.name]))
    const names = folders.libraries.map(library => byDir.get(library.dir))
    expect(names).toEqual(['lib/platform/Wire', 'lib/user/Wire', 'lib/user/Wire-2', 'lib/user/Wire-3'])
    const all = namedRoots(folders).map(root => root.name)
    expect(new Set(all).size).toBe(all.length)
  })

  it("names a library by its own name, not its folder's (a fork or a worktree), as one safe path component", () => {
    const folders = foldersAt('/a')
    folders.libraries = [
      { dir: '/a/ws', name: 'FastLED', dirName: 'ws', location: 'sketch-owner' },
      { dir: '/a/libs/gfx', name: 'Adafruit GFX Library', dirName: 'gfx', location: 'user' },
      { dir: '/a/libs/odd', name: '../Odd/Name', dirName: 'odd', location: 'user' },
      { dir: '/a/libs/dots', name: '..', dirName: 'dots', location: 'user' }
    ]
    const byDir = new Map(namedRoots(folders).map(root => [root.dir, root.name]))
    expect(folders.libraries.map(library => byDir.get(library.dir))).toEqual([
      'lib/sketch-owner/FastLED',
      'lib/user/Adafruit GFX Library',
      'lib/user/_Odd_Name',
      'lib/user/dots'
    ])
  })
})

describe('relative paths (the execution root)', () => {
  const roots = namedRoots(foldersAt('/a'))

  it('names every root folder in a command relative to it, but not the program or a macro value', () => {
    const argv = [
      '/a/tools/avr/bin/avr-g++',
      '-c',
      '-I/a/hw/avr/cores/arduino',
      '-DWHERE="/a/ws/data"',
      '/a/ws/sketches/Blink/Blink.ino.cpp',
      '-o',
      '/a/ws/build/Blink/Blink.ino.cpp.o',
      '-Wl,-Map,/a/ws/build/Blink/x.map',
      '/elsewhere/x.h'
    ]
    expect(relativeArgv(argv, roots)).toEqual([
      '/a/tools/avr/bin/avr-g++',
      '-c',
      '-Icore',
      '-DWHERE="/a/ws/data"',
      'sketch/Blink/Blink.ino.cpp',
      '-o',
      'build/Blink.ino.cpp.o',
      '-Wl,-Map,build/x.map',
      '/elsewhere/x.h'
    ])
  })

  it('places a path the toolchain printed back at this location, the longest name first', () => {
    const withTwin = orderRoots([...roots, { name: 'sketch/Blink-2', dir: '/a/ws/sketches/twin' }])
    expect(placeRelativePath('sketch/Blink/x.h', withTwin)).toBe('/a/ws/sketches/Blink/x.h')
    expect(placeRelativePath('sketch/Blink-2/x.h', withTwin)).toBe('/a/ws/sketches/twin/x.h')
    expect(placeRelativePath('lib/user/Servo/src/../Servo.h', withTwin)).toBe(
      '/a/home/Arduino/libraries/Servo/src/../Servo.h'
    )
    expect(placeRelativePath('/usr/lib/avr/include/stdio.h', withTwin)).toBe('/usr/lib/avr/include/stdio.h')
    expect(placeRelativePath('nowhere/x.h', withTwin)).toBeNull()
  })

  it('inverts relativeName for every root, at any location', () => {
    for (const base of ['/a', '/b/c d']) {
      const here = namedRoots(foldersAt(base))
      for (const root of here) {
        const file = `${root.dir}/src/f.h`
        expect(placeRelativePath(relativeName(file, here), here)).toBe(file)
      }
    }
  })

  it("places the compiler's messages: paths where they start, not words that merely contain a name", () => {
    const printed = [
      'In file included from sketch/Blink/Blink.ino:3:0:',
      '                 from lib/user/Servo/src/Servo.h:2,',
      "core/Arduino.h:12:5: error: 'x' was not declared",
      ' (build/x.o) rebuild/x.o buildings core',
      "fatal error: 'core/none.h' missing"
    ].join('\n')
    expect(placeRelativeText(printed, roots)).toBe(
      [
        'In file included from /a/ws/sketches/Blink/Blink.ino:3:0:',
        '                 from /a/home/Arduino/libraries/Servo/src/Servo.h:2,',
        "/a/hw/avr/cores/arduino/Arduino.h:12:5: error: 'x' was not declared",
        ' (/a/ws/build/Blink/x.o) rebuild/x.o buildings /a/hw/avr/cores/arduino',
        "fatal error: '/a/hw/avr/cores/arduino/none.h' missing"
      ].join('\n')
    )
  })
})

describe('portable text (compiler messages)', () => {
  const at = (base: string): NamedRoot[] =>
    orderRoots([
      { name: 'sketch/Blink', dir: `${base}/ws/Blink` },
      { name: 'build', dir: `${base}/build` }
    ])
  const message = (base: string): string =>
    `${base}/ws/Blink/Blink.ino:3:7: warning: unused variable 'x'\nIn file included from ${base}/build/a.cpp:1:0:`

  it('names each root so the text reads right at another location', () => {
    const portable = portableText(message('/A'), at('/A'))
    expect(portable).not.toContain('/A')
    expect(placeText(portable, at('/elsewhere/B'))).toBe(message('/elsewhere/B'))
  })

  it('leaves text without a root as it is, braces included', () => {
    const text = "x.cpp:1:1: error: expected '{' before '}' token"
    expect(placeText(portableText(text, at('/A')), at('/B'))).toBe(text)
  })

  it('cannot place a root this location does not have', () => {
    expect(placeText(portableText(message('/A'), at('/A')), at('/B').slice(0, 1))).toBeNull()
  })
})
