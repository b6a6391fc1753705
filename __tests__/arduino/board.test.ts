import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parseBuildProperty, resolveBoardProperties, type BoardOptions } from '../../src/arduino/board.js'
import { parseFqbn } from '../../src/arduino/fqbn.js'
import { loadPlatform, type Platform } from '../../src/arduino/platform.js'
import { expandProperties, splitCommandLine, type Properties } from '../../src/arduino/properties.js'
import { UsageError } from '../../src/errors.js'
import { platformDir } from '../helpers/corpus.js'

const run = promisify(execFile)

let tmp: string
let avr: Platform
let acme: Platform

const options = (extra: Partial<BoardOptions> = {}): BoardOptions => ({
  buildPath: path.join(tmp, 'build'),
  projectName: 'Blink.ino',
  sketchDir: path.join(tmp, 'Blink'),
  overrides: new Map(),
  ...extra
})

const resolve = (fqbn: string, platforms = [avr], extra: Partial<BoardOptions> = {}) =>
  resolveBoardProperties(parseFqbn(fqbn), platforms, options(extra))

async function writeFiles(dir: string, files: Record<string, string>): Promise<string> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'fbuild-board-'))
  avr = await loadPlatform(platformDir)
  // A third-party platform that borrows the Arduino core (build.core=arduino:arduino).
  const acmeDir = await writeFiles(path.join(tmp, 'hardware/acme/avr'), {
    'boards.txt': [
      'menu.cpu=Processor',
      'mine.name=Mine',
      'mine.build.mcu=atmega328p',
      'mine.build.f_cpu=8000000L',
      'mine.build.core=arduino:arduino',
      'mine.build.variant=minevariant',
      'borrowed.name=Borrowed variant',
      'borrowed.build.core=arduino:arduino',
      'borrowed.build.variant=arduino:standard',
      'clash.name=Clash',
      'clash.build.core=arduino:arduino',
      'clash.build.variant=other:standard',
      'undeclared.name=Menu without menu.speed= label',
      'undeclared.build.core=arduino:arduino',
      'undeclared.menu.speed.fast=Fast',
      'undeclared.menu.speed.fast.build.f_cpu=20000000L'
    ].join('\n'),
    'platform.txt': 'name=Acme AVR\ncompiler.c.cmd=acme-gcc\n',
    'variants/minevariant/pins_arduino.h': '#pragma once\n'
  })
  acme = await loadPlatform(acmeDir)
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('boards of the installed Arduino AVR platform', () => {
  it('uno: its own keys, the platform and runtime keys', () => {
    const board = resolve('arduino:avr:uno')
    const props = board.properties
    expect(board.boardId).toBe('uno')
    expect(board.platform).toBe(avr)
    expect(board.corePlatform).toBe(avr)
    expect(board.coreDir).toBe(path.join(platformDir, 'cores/arduino'))
    expect(board.variantDir).toBe(path.join(platformDir, 'variants/standard'))
    expect(props.get('build.mcu')).toBe('atmega328p')
    expect(props.get('build.board')).toBe('AVR_UNO')
    expect(props.get('upload.maximum_size')).toBe('32256')
    expect(props.get('build.arch')).toBe('AVR')
    expect(props.get('build.fqbn')).toBe('arduino:avr:uno')
    expect(props.get('runtime.platform.path')).toBe(platformDir)
    expect(props.get('runtime.hardware.path')).toBe('/usr/share/arduino/hardware/arduino')
    expect(props.get('runtime.ide.path')).toBe('/usr/share/arduino')
    expect(props.get('runtime.ide.version')).toBe('10607')
    expect(props.get('compiler.cpp.cmd')).toBe('avr-g++')
    expect(props.get('extra.time.utc')).toBe('0')
    // Not expanded: the caller expands recipes.
    expect(props.get('recipe.size.pattern')).toContain('{compiler.path}')
  })

  it('mega: an option not given takes the first value of its menu', () => {
    const props = resolve('arduino:avr:mega').properties
    expect(props.get('build.mcu')).toBe('atmega2560')
    expect(props.get('build.board')).toBe('AVR_MEGA2560')
    expect(props.get('upload.maximum_size')).toBe('253952')
    expect(props.get('build.fqbn')).toBe('arduino:avr:mega')
    expect(resolve('arduino:avr:mega:cpu=atmega1280').properties.get('build.mcu')).toBe('atmega1280')
  })

  it('nano:cpu=atmega328old: the old bootloader and its upload speed', () => {
    const old = resolve('arduino:avr:nano:cpu=atmega328old').properties
    const current = resolve('arduino:avr:nano').properties
    expect(old.get('upload.speed')).toBe('57600')
    expect(current.get('upload.speed')).toBe('115200')
    expect(old.get('bootloader.file')).toBe('atmega/ATmegaBOOT_168_atmega328.hex')
    expect(current.get('bootloader.file')).toBe('optiboot/optiboot_atmega328.hex')
    expect(old.get('build.mcu')).toBe('atmega328p')
    expect(old.get('build.variant.path')).toBe(path.join(platformDir, 'variants/eightanaloginputs'))
  })

  it('leonardo: USB ids and product reach the compile command as single arguments', () => {
    const props = resolve('arduino:avr:leonardo').properties
    expect(props.get('build.vid')).toBe('0x2341')
    expect(props.get('build.usb_product')).toBe('"Arduino Leonardo"')
    const argv = splitCommandLine(expandProperties(props.get('recipe.cpp.o.pattern') ?? '', props))
    expect(argv).toEqual(
      expect.arrayContaining([
        '-mmcu=atmega32u4',
        '-DARDUINO_AVR_LEONARDO',
        '-DUSB_VID=0x2341',
        '-DUSB_PID=0x8036',
        '-DUSB_MANUFACTURER="Unknown"',
        '-DUSB_PRODUCT="Arduino Leonardo"'
      ])
    )
  })
})

describe('bad boards and options', () => {
  const failure = (fqbn: string, platforms = [avr]): string => {
    try {
      resolve(fqbn, platforms)
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError)
      expect((error as Error).message).not.toContain('\n')
      return (error as Error).message
    }
    throw new Error(`${fqbn} was accepted`)
  }

  it('an unknown board lists valid ones', () => {
    const message = failure('arduino:avr:unoo')
    expect(message).toContain('fqbn "arduino:avr:unoo": board "unoo" not found in')
    expect(message).toMatch(/valid boards: .*\buno\b/)
  })

  it('an option the board does not have', () => {
    expect(failure('arduino:avr:uno:cpu=atmega328p')).toContain(
      'board uno has no option "cpu" (valid options: none)'
    )
    expect(failure('arduino:avr:mega:clock=8')).toContain('has no option "clock" (valid options: cpu)')
  })

  it('a value the option does not have lists the valid values in boards.txt order', () => {
    expect(failure('arduino:avr:nano:cpu=atmega9')).toContain(
      'invalid value "atmega9" for option "cpu" (valid values: atmega328, atmega328old, atmega168)'
    )
  })

  it('a menu used by a board but not declared in boards.txt is not an option (as in arduino-cli)', () => {
    expect(failure('acme:avr:undeclared', [avr, acme])).toContain('has no option "speed"')
  })

  it('no platform for the FQBN among several', () => {
    const message = failure('esp8266:esp8266:generic', [avr, acme])
    expect(message).toContain('no platform esp8266:esp8266')
    expect(message).toContain(`arduino:avr (${platformDir})`)
    expect(message).toContain('acme:avr')
  })

  it('a single platform is used whatever its folder is called, when it has the board', async () => {
    const renamed = await loadPlatform(platformDir, { packager: 'debian', arch: 'avr8' })
    const props = resolve('arduino:avr:uno', [renamed]).properties
    expect(props.get('build.mcu')).toBe('atmega328p')
    expect(props.get('build.arch')).toBe('AVR')
    expect(failure('arduino:avr:nosuch', [renamed])).toContain('no platform arduino:avr with board "nosuch"')
  })
})

describe('a board that references the core of another platform', () => {
  it('compiles the referenced core, layering its platform.txt under the board platform', () => {
    const board = resolve('acme:avr:mine', [avr, acme])
    const props = board.properties
    expect(board.platform).toBe(acme)
    expect(board.corePlatform).toBe(avr)
    expect(board.coreDir).toBe(path.join(platformDir, 'cores/arduino'))
    expect(board.variantDir).toBe(path.join(acme.dir, 'variants/minevariant'))
    expect(props.get('compiler.c.cmd')).toBe('acme-gcc')
    expect(props.get('compiler.cpp.cmd')).toBe('avr-g++')
    expect(props.get('name')).toBe('Mine')
    expect(props.get('runtime.platform.path')).toBe(acme.dir)
    expect(props.get('build.core.platform.path')).toBe(platformDir)
    expect(props.get('build.system.path')).toBe(path.join(platformDir, 'system'))
    expect(props.get('build.board')).toBe('AVR_MINE')
    expect(props.get('build.f_cpu')).toBe('8000000L')
  })

  it('takes a referenced variant from the other platform', () => {
    const board = resolve('acme:avr:borrowed', [avr, acme])
    expect(board.variantDir).toBe(path.join(platformDir, 'variants/standard'))
    expect(board.variantPlatform).toBe(avr)
  })

  it('fails when the referenced platform was not given, or core and variant disagree', () => {
    expect(() => resolve('acme:avr:mine', [acme])).toThrow(
      'board acme:avr:mine uses build.core=arduino:arduino, but no platform arduino:avr was given'
    )
    expect(() => resolve('acme:avr:clash', [avr, acme])).toThrow('refer to different platforms')
  })
})

describe('toolchain, sketch and --build-property', () => {
  it('points compiler.path at the toolchain and puts overrides on top of everything', () => {
    const overrides: Properties = new Map([
      ['compiler.cpp.extra_flags', '-DDECIMAL_DIG=9'],
      ['build.mcu', 'atmega328']
    ])
    const props = resolve('arduino:avr:uno', [avr], { toolchainDir: '/opt/avr-gcc', overrides }).properties
    expect(props.get('compiler.path')).toBe('/opt/avr-gcc/bin/')
    expect(props.get('runtime.tools.avr-gcc.path')).toBe('/opt/avr-gcc')
    expect(props.get('compiler.cpp.extra_flags')).toBe('-DDECIMAL_DIG=9')
    expect(props.get('build.mcu')).toBe('atmega328')
    expect(props.get('build.path')).toBe(path.join(tmp, 'build'))
    expect(props.get('build.project_name')).toBe('Blink.ino')
    expect(props.get('build.source.path')).toBe(path.join(tmp, 'Blink'))
    const overridden = resolve('arduino:avr:uno', [avr], {
      toolchainDir: '/opt/avr-gcc',
      overrides: new Map([['compiler.path', '/usr/local/bin/']])
    })
    expect(overridden.properties.get('compiler.path')).toBe('/usr/local/bin/')
  })

  it('parses KEY=VALUE', () => {
    expect(parseBuildProperty('compiler.cpp.extra_flags=-DA=1 -DB')).toEqual([
      'compiler.cpp.extra_flags',
      '-DA=1 -DB'
    ])
    expect(parseBuildProperty(' build.extra_flags = ')).toEqual(['build.extra_flags', ''])
    expect(() => parseBuildProperty('x')).toThrow(new UsageError('--build-property "x": expected KEY=VALUE'))
    expect(() => parseBuildProperty('=1')).toThrow(UsageError)
  })
})

describe('against arduino-builder (the Arduino IDE build engine)', () => {
  let hardware: string
  let sketchDir: string

  beforeAll(async () => {
    // arduino-builder wants a hardware folder holding its own platform.txt beside the packager folder.
    hardware = path.join(tmp, 'oracle/hardware')
    await mkdir(hardware, { recursive: true })
    await symlink(path.dirname(platformDir), path.join(hardware, 'arduino'))
    await copyFile('/usr/share/arduino-builder/platform.txt', path.join(hardware, 'platform.txt'))
    await mkdir(path.join(tmp, 'oracle/build'))
    sketchDir = await writeFiles(path.join(tmp, 'oracle/Blink'), {
      'Blink.ino': 'void setup() {}\nvoid loop() {}\n'
    })
  })

  async function builderPrefs(fqbn: string, buildPath: string): Promise<Properties> {
    const { stdout } = await run('arduino-builder', [
      '-dump-prefs',
      ...['-hardware', hardware, '-tools', '/usr/bin', '-fqbn', fqbn, '-build-path', buildPath],
      path.join(sketchDir, 'Blink.ino')
    ])
    const prefs: Properties = new Map()
    for (const line of stdout.split('\n')) {
      const eq = line.indexOf('=')
      if (eq > 0) prefs.set(line.slice(0, eq), line.slice(eq + 1))
    }
    return prefs
  }

  // Theirs only: their tool folders, their own hardware/platform.txt, and the wall clock (ours is fixed).
  const theirsOnly = /^(runtime\.tools\.|tools\.ctags\.|tools\.avrdude\.path$|extra\.time\.)/
  const oursOnly = [
    'build.board.platform.path',
    'build.core.platform.path',
    'build.library_discovery_phase',
    'runtime.ide.path',
    'sketch_path'
  ]

  // arduino-builder 1.3 applies no default menu value, so options are spelled out here.
  it.each([
    'arduino:avr:uno',
    'arduino:avr:nano:cpu=atmega328old',
    'arduino:avr:leonardo',
    'arduino:avr:mega:cpu=atmega2560'
  ])('%s: same properties', async fqbn => {
    const buildPath = path.join(tmp, 'oracle/build')
    const theirs = await builderPrefs(fqbn, buildPath)
    const platform = await loadPlatform(path.join(hardware, 'arduino/avr'))
    const ours = resolveBoardProperties(parseFqbn(fqbn), [platform], {
      buildPath,
      projectName: 'Blink.ino',
      sketchDir,
      ideVersion: '10600',
      overrides: new Map()
    }).properties
    expect(theirs.size).toBeGreaterThan(100)
    const compared = [...theirs.keys()].filter(key => !theirsOnly.test(key))
    expect(Object.fromEntries(compared.map(key => [key, ours.get(key)]))).toEqual(
      Object.fromEntries(compared.map(key => [key, theirs.get(key)]))
    )
    expect([...ours.keys()].filter(key => !theirs.has(key)).sort()).toEqual(oursOnly)
  })

  it('uno: the expanded C++ recipe is the command line arduino-builder runs', () => {
    const board = resolve('arduino:avr:uno', [avr], {
      ideVersion: '10600',
      overrides: new Map([['compiler.cpp.extra_flags', '-DDECIMAL_DIG=9']])
    })
    const props = new Map(board.properties)
    props.set('includes', `"-I${board.coreDir}" "-I${board.variantDir}"`)
    props.set('source_file', '/s/WString.cpp')
    props.set('object_file', '/b/core/WString.cpp.o')
    const argv = splitCommandLine(expandProperties(props.get('recipe.cpp.o.pattern') ?? '', props))
    expect(argv).toEqual([
      '/usr/bin/avr-g++',
      ...'-c -g -Os -w -std=gnu++11 -fpermissive -fno-exceptions -ffunction-sections -fdata-sections'.split(
        ' '
      ),
      ...'-fno-threadsafe-statics -Wno-error=narrowing -MMD -flto -mmcu=atmega328p -DF_CPU=16000000L'.split(
        ' '
      ),
      ...'-DARDUINO=10600 -DARDUINO_AVR_UNO -DARDUINO_ARCH_AVR -DDECIMAL_DIG=9'.split(' '),
      `-I${platformDir}/cores/arduino`,
      `-I${platformDir}/variants/standard`,
      '/s/WString.cpp',
      '-o',
      '/b/core/WString.cpp.o'
    ])
  })

  it('uno: the expanded C recipe compiles a core file with the real avr-gcc', async () => {
    const board = resolve('arduino:avr:uno')
    const props = new Map(board.properties)
    const object = path.join(tmp, 'hooks.c.o')
    props.set('includes', `"-I${board.coreDir}" "-I${board.variantDir}"`)
    props.set('source_file', path.join(board.coreDir, 'hooks.c'))
    props.set('object_file', object)
    const [command = '', ...args] = splitCommandLine(
      expandProperties(props.get('recipe.c.o.pattern') ?? '', props)
    )
    await run(command, args)
    expect((await stat(object)).size).toBeGreaterThan(0)
  })
})
