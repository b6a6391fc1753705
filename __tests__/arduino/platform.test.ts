import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadPlatform, platformIdFromPath } from '../../src/arduino/platform.js'
import { UsageError } from '../../src/errors.js'
import { platformDir } from '../helpers/corpus.js'

let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'fbuild-platform-'))
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function writeFiles(dir: string, files: Record<string, string>): Promise<string> {
  await mkdir(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  return dir
}

describe('loadPlatform on the installed Arduino AVR platform', () => {
  it('names it arduino:avr from its folder and splits boards.txt per board', async () => {
    const platform = await loadPlatform(platformDir)
    expect([platform.packager, platform.arch, platform.dir]).toEqual(['arduino', 'avr', platformDir])
    expect(platform.properties.get('name')).toBe('Arduino AVR Boards (Debian packaged)')
    const uno = platform.boards.get('uno')
    expect(uno?.get('name')).toBe('Arduino UNO')
    expect(uno?.get('build.mcu')).toBe('atmega328p')
    expect(platform.boards.has('menu')).toBe(false)
    expect([...platform.boards.keys()]).toEqual(expect.arrayContaining(['uno', 'mega', 'nano', 'leonardo']))
    expect(platform.boards.get('mega')?.get('menu.cpu.atmega2560.build.mcu')).toBe('atmega2560')
  })

  it('reads the menu labels', async () => {
    const platform = await loadPlatform(platformDir)
    expect([...platform.menuLabels]).toEqual([['cpu', 'Processor']])
  })
})

describe('platform ids from the folder layout', () => {
  it.each([
    ['/usr/share/arduino/hardware/arduino/avr', 'arduino', 'avr'],
    ['/home/u/.arduino15/packages/arduino/hardware/avr/1.8.6', 'arduino', 'avr'],
    ['/x/packages/MegaCore/hardware/avr/3.0.0-rc1', 'MegaCore', 'avr'],
    ['/home/u/Arduino/hardware/ATTinyCore/avr', 'ATTinyCore', 'avr']
  ])('%s is %s:%s', (dir, packager, arch) => {
    expect(platformIdFromPath(dir)).toEqual({ packager, arch })
  })

  it('uses the boards manager layout when the folder is a version', async () => {
    const dir = await writeFiles(path.join(tmp, 'packages/acme/hardware/avr/1.2.3'), {
      'boards.txt': 'b.name=B\n',
      'platform.txt': 'name=Acme\n'
    })
    const platform = await loadPlatform(dir)
    expect([platform.packager, platform.arch]).toEqual(['acme', 'avr'])
  })

  it('takes packager and arch from the options when given', async () => {
    const platform = await loadPlatform(platformDir, { packager: 'debian', arch: 'avr8' })
    expect([platform.packager, platform.arch]).toEqual(['debian', 'avr8'])
  })
})

describe('local files and OS-specific keys', () => {
  let dir: string

  beforeAll(async () => {
    dir = await writeFiles(path.join(tmp, 'layered/acme/avr'), {
      'boards.txt': [
        'menu.clock=Clock',
        'b.name=Board B',
        'b.upload.tool=avrdude',
        'b.upload.tool.windows=avrdude_win',
        'b.menu.clock.16=16 MHz',
        'c.name=Board C'
      ].join('\n'),
      'boards.local.txt': 'c.name=Board C (local)\n',
      'platform.txt': 'compiler.path=/usr/bin/\ncompiler.path.windows=C:/avr/bin/\nkeep=1\n',
      'platform.local.txt': 'keep=2\n'
    })
  })

  it('applies *.local.txt over the shipped files', async () => {
    const platform = await loadPlatform(dir, { os: 'linux' })
    expect(platform.boards.get('c')?.get('name')).toBe('Board C (local)')
    expect(platform.properties.get('keep')).toBe('2')
  })

  it('keeps the plain key on linux and the .windows key on windows', async () => {
    const linux = await loadPlatform(dir, { os: 'linux' })
    const windows = await loadPlatform(dir, { os: 'windows' })
    expect(linux.properties.get('compiler.path')).toBe('/usr/bin/')
    expect(windows.properties.get('compiler.path')).toBe('C:/avr/bin/')
    expect(linux.boards.get('b')?.get('upload.tool')).toBe('avrdude')
    expect(windows.boards.get('b')?.get('upload.tool')).toBe('avrdude_win')
    expect([...windows.properties.keys()].some(key => key.endsWith('.windows'))).toBe(false)
  })
})

describe('folders that are not platforms', () => {
  it.each([
    ['missing', 'it does not exist', {}],
    ['no-boards', 'no boards.txt', { 'platform.txt': 'name=x\n' }]
  ])('%s: one-line UsageError', async (name, why, files) => {
    const dir = path.join(tmp, name)
    if (name !== 'missing') await writeFiles(dir, files)
    const load = loadPlatform(dir)
    await expect(load).rejects.toThrow(UsageError)
    await expect(load).rejects.toThrow(`--core ${dir}: not an Arduino platform folder (${why})`)
  })

  it('a platform without platform.txt loads (its recipes come from a referenced core), as in arduino-cli', async () => {
    const dir = path.join(tmp, 'no-platform-txt')
    await writeFiles(dir, { 'boards.txt': 'b.name=B\nb.build.core=arduino:arduino\n' })
    const platform = await loadPlatform(dir)
    expect(platform.properties.size).toBe(0)
    expect(platform.boards.get('b')?.get('build.core')).toBe('arduino:arduino')
  })

  it('rejects a file', async () => {
    const file = path.join(platformDir, 'boards.txt')
    await expect(loadPlatform(file)).rejects.toThrow('(it is not a folder)')
  })
})
