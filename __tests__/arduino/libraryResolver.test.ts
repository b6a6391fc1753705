import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  loadLibrary,
  scanLibraries,
  type Library,
  type LibraryLocation
} from '../../src/arduino/libraries.js'
import { computePriority, resolveHeader } from '../../src/arduino/libraryResolver.js'
import { platformLibrariesDir } from '../helpers/corpus.js'

let scratch: string
let platformLibs: Library[]

/** A real library folder `<scratch>/<group>/<dirName>` with library.properties and src/<header>. */
async function makeLibrary(
  group: string,
  dirName: string,
  props: { name?: string; architectures?: string },
  header: string,
  location: LibraryLocation
): Promise<Library> {
  const dir = path.join(scratch, group, dirName)
  await mkdir(path.join(dir, 'src'), { recursive: true })
  const lines = [`name=${props.name ?? dirName}`, 'version=1.0.0']
  if (props.architectures !== undefined) lines.push(`architectures=${props.architectures}`)
  await writeFile(path.join(dir, 'library.properties'), `${lines.join('\n')}\n`)
  await writeFile(path.join(dir, 'src', header), '')
  return loadLibrary(dir, location)
}

beforeAll(async () => {
  platformLibs = await scanLibraries([platformLibrariesDir], 'platform')
})
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-resolver-'))
})
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('resolveHeader with the bundled libraries', () => {
  it('finds the library of a top-level header', () => {
    expect(resolveHeader('Wire.h', platformLibs, 'avr', [])?.name).toBe('Wire')
    expect(resolveHeader('SoftwareSerial.h', platformLibs, 'avr', [])?.name).toBe('SoftwareSerial')
  })

  it('returns null for a header no library provides at its top level', () => {
    expect(resolveHeader('Servo.h', platformLibs, 'avr', [])).toBeNull()
    expect(resolveHeader('twi.h', platformLibs, 'avr', [])).toBeNull()
    expect(resolveHeader('utility/twi.h', platformLibs, 'avr', [])).toBeNull()
    expect(resolveHeader('wire.h', platformLibs, 'avr', [])).toBeNull()
  })

  it('scores like arduino-cli ComputePriority', () => {
    const wire = platformLibs.find(lib => lib.name === 'Wire')
    if (wire === undefined) throw new Error('no Wire library')
    expect(computePriority(wire, 'Wire.h', 'avr')).toBe(1010 + 700 + 2)
    expect(computePriority(wire, 'Wire.h', 'sam')).toBe(700 + 2)
    expect(computePriority(wire, 'Wi.h', 'avr')).toBe(1010 + 300 + 2)
  })
})

describe('resolveHeader between libraries providing the same header', () => {
  it('prefers the library named after the header', async () => {
    const other = await makeLibrary('user', 'Other', {}, 'Foo.h', 'user')
    const foo = await makeLibrary('user', 'Foo', {}, 'Foo.h', 'user')
    expect(resolveHeader('Foo.h', [other, foo], 'avr', [])).toBe(foo)
    expect(resolveHeader('Foo.h', [foo, other], 'avr', [])).toBe(foo)
  })

  it('prefers a library made for the architecture, then one made for all', async () => {
    const sam = await makeLibrary('user', 'FooSam', { name: 'Foo', architectures: 'sam' }, 'Foo.h', 'user')
    const any = await makeLibrary('user', 'FooAny', { name: 'Foo', architectures: '*' }, 'Foo.h', 'user')
    const avr = await makeLibrary(
      'user',
      'FooAvr',
      { name: 'Foo', architectures: 'sam,avr' },
      'Foo.h',
      'user'
    )
    expect(resolveHeader('Foo.h', [sam, any], 'avr', [])).toBe(any)
    expect(resolveHeader('Foo.h', [sam, any, avr], 'avr', [])).toBe(avr)
    expect(resolveHeader('Foo.h', [any, avr], 'sam', [])).toBe(avr)
    // a full tie, same name: the first one given wins, as in arduino-cli
    expect(resolveHeader('Foo.h', [sam, avr], 'sam', [])).toBe(sam)
  })

  it('weighs location: the platform Wire beats a user Wire for all architectures, not one for avr', async () => {
    const userAny = await makeLibrary('any', 'Wire', { architectures: '*' }, 'Wire.h', 'user')
    const userAvr = await makeLibrary('avr', 'Wire', { architectures: 'avr' }, 'Wire.h', 'user')
    expect(resolveHeader('Wire.h', [userAny, ...platformLibs], 'avr', [])?.location).toBe('platform')
    expect(resolveHeader('Wire.h', [...platformLibs, userAvr], 'avr', [])).toBe(userAvr)
  })

  it('lets a library named with --library beat the platform, and the sketch owner beat both', async () => {
    const unmanaged = await makeLibrary('unmanaged', 'Wire', { architectures: '*' }, 'Wire.h', 'unmanaged')
    const owner = await makeLibrary('owner', 'MyWire', { architectures: 'sam' }, 'Wire.h', 'sketch-owner')
    expect(resolveHeader('Wire.h', [...platformLibs, unmanaged], 'avr', [])).toBe(unmanaged)
    expect(resolveHeader('Wire.h', [...platformLibs, unmanaged, owner], 'avr', [])).toBe(owner)
  })

  it('keeps a library already imported, even when another would win', async () => {
    const imported = await makeLibrary('user', 'Other', {}, 'Foo.h', 'user')
    const foo = await makeLibrary('user', 'Foo', {}, 'Foo.h', 'user')
    const reloaded = await loadLibrary(path.join(scratch, 'user', 'Other'), 'user')
    expect(resolveHeader('Foo.h', [foo, reloaded], 'avr', [imported])).toBe(imported)
  })

  it('breaks a priority tie by the closest name (closestmatch), not by alphabetical order', async () => {
    const long = await makeLibrary('user', 'AAServoLibraryExtended', {}, 'Servo.h', 'user')
    const short = await makeLibrary('user', 'ZZServoLib', {}, 'Servo.h', 'user')
    expect(computePriority(long, 'Servo.h', 'avr')).toBe(computePriority(short, 'Servo.h', 'avr'))
    expect(resolveHeader('Servo.h', [long, short], 'avr', [])).toBe(short)
  })

  it('falls back to the first name in alphabetical order when no name is close', async () => {
    const b = await makeLibrary('user', 'Bbb', {}, 'Q.h', 'user')
    const a = await makeLibrary('user', 'Aaa', {}, 'Q.h', 'user')
    expect(resolveHeader('Q.h', [b, a], 'avr', [])).toBe(a)
  })
})
