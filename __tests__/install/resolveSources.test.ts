/**
 * resolveSources: every kind of toolchain and core source the action and the CLI can ask for, and
 * every bad combination as one line naming the input and what was expected. Pure: no I/O.
 */
import path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { ACTION_INPUT_NAMES, resolveSources, type SourceInputs } from '../../src/install/resolveSources.js'
import { pinnedCore, pinnedToolchain } from '../../src/install/sources.js'

const SHA = 'ab'.repeat(32)
const CWD = '/work/space'

/** No inputs on linux-x64 (the action's defaults, or the CLI's), with what a case changes. */
function inputs(
  over: Partial<SourceInputs> = {},
  defaults: SourceInputs['defaults'] = 'pinned'
): SourceInputs {
  return {
    fqbn: 'arduino:avr:uno',
    toolchain: { choice: '' },
    core: { dirs: [] },
    platforms: [],
    platformIndexUrls: [],
    host: { platform: 'linux', arch: 'x64' },
    cwd: CWD,
    defaults,
    names: ACTION_INPUT_NAMES,
    ...over
  }
}

/** The one-line UsageError a resolution throws. */
function errorOf(over: Partial<SourceInputs>, defaults: SourceInputs['defaults'] = 'pinned'): string {
  try {
    resolveSources(inputs(over, defaults))
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as Error).message
    expect(message.split('\n')).toHaveLength(1)
    return message
  }
  throw new Error('expected a UsageError')
}

describe('the action (pinned downloads by default)', () => {
  test('no inputs: the pinned avr-gcc and core, no index', () => {
    expect(resolveSources(inputs())).toEqual({
      toolchain: { kind: 'pinned', archive: pinnedToolchain('linux', 'x64') },
      core: { kind: 'pinned', archive: pinnedCore() },
      indexes: null
    })
    // 'default' is the same as empty.
    expect(resolveSources(inputs({ toolchain: { choice: 'default' }, core: { dirs: ['default'] } }))).toEqual(
      resolveSources(inputs())
    )
  })

  test('a replaced checksum keeps the pinned URL; a mirror keeps the release name and version', () => {
    const sources = resolveSources(
      inputs({
        toolchain: { choice: '', sha256: `SHA-256:${SHA.toUpperCase()}` },
        core: { dirs: [], url: 'https://m.example/avr.tgz?x=1', sha256: SHA }
      })
    )
    expect(sources.toolchain).toEqual({
      kind: 'pinned',
      archive: { ...pinnedToolchain('linux', 'x64'), sha256: SHA }
    })
    expect(sources.core).toEqual({
      kind: 'mirror',
      archive: {
        ...pinnedCore(),
        url: 'https://m.example/avr.tgz?x=1',
        sha256: SHA,
        size: null,
        format: 'tar.gz'
      }
    })
  })

  test('a toolchain mirror serves a host with no pinned build', () => {
    const sources = resolveSources(
      inputs({
        host: { platform: 'win32', arch: 'x64' },
        toolchain: { choice: '', url: 'https://m.example/gcc.zip', sha256: SHA }
      })
    )
    expect(sources.toolchain).toMatchObject({
      kind: 'mirror',
      archive: { name: 'avr-gcc', version: '7.3.0-atmel3.6.1-arduino7', format: 'zip', size: null }
    })
  })

  test('system and folders: nothing downloaded, folders relative to the workspace', () => {
    const sources = resolveSources(inputs({ toolchain: { choice: 'system' }, core: { dirs: ['cores/avr'] } }))
    expect(sources.toolchain).toEqual({ kind: 'system' })
    expect(sources.core).toEqual({ kind: 'folder', dirs: [path.join(CWD, 'cores/avr')] })
    expect(resolveSources(inputs({ toolchain: { choice: '/opt/avr' } })).toolchain).toEqual({
      kind: 'folder',
      dir: '/opt/avr'
    })
  })

  test('a board that is not Arduino AVR comes from the indexes, with the pinned avr-gcc as fallback', () => {
    const sources = resolveSources(inputs({ fqbn: 'arduino:samd:mkrzero' }))
    expect(sources.core).toEqual({ kind: 'index' })
    expect(sources.indexes).toEqual({ platforms: [], indexUrls: [] })
    expect(sources.toolchain).toEqual({
      kind: 'index',
      otherwise: { kind: 'pinned', archive: pinnedToolchain('linux', 'x64') }
    })
  })

  test('an index on a host with no pinned avr-gcc: fine until the platforms bring no compiler', () => {
    const sources = resolveSources(
      inputs({ fqbn: 'arduino:samd:mkrzero', host: { platform: 'win32', arch: 'x64' } })
    )
    expect(sources.toolchain).toMatchObject({
      kind: 'index',
      otherwise: {
        kind: 'none',
        why: expect.stringMatching(/^toolchain: no pinned avr-gcc .* for win32-x64/)
      }
    })
  })

  test('Arduino AVR stays pinned beside other platforms, unless an index or `platforms` names it', () => {
    const beside = resolveSources(inputs({ platforms: ['MiniCore:avr'] }))
    expect(beside.core).toEqual({ kind: 'pinned', archive: pinnedCore() })
    expect(beside.indexes).toEqual({ platforms: ['MiniCore:avr'], indexUrls: [] })
    expect(resolveSources(inputs({ platforms: ['arduino:avr@1.8.5'] })).core).toEqual({ kind: 'index' })
    expect(resolveSources(inputs({ platformIndexUrls: ['https://i.example/x.json'] })).core).toEqual({
      kind: 'index'
    })
  })

  test('a given core folder with indexes: the folder, and the indexes add what it lacks', () => {
    const sources = resolveSources(
      inputs({ fqbn: 'mighty-1284p:avr:mighty', core: { dirs: ['/hw/mighty'] } })
    )
    expect(sources.core).toEqual({ kind: 'folder', dirs: ['/hw/mighty'] })
    expect(sources.indexes).not.toBeNull()
  })

  test.each<[string, Partial<SourceInputs>, RegExp]>([
    [
      'a mirror without its checksum',
      { toolchain: { choice: '', url: 'https://m.example/gcc.tar.bz2' } },
      /^toolchain-url: a mirror needs its checksum too: set toolchain-sha256$/
    ],
    [
      'a checksum that is not 64 hex digits',
      { core: { dirs: [], sha256: 'abc' } },
      /^core-sha256: expected 64 hex digits \(a SHA-256\), got 'abc'$/
    ],
    [
      'a mirror URL in no archive format',
      { core: { dirs: [], url: 'https://m.example/avr.rar', sha256: SHA } },
      /^core-url: cannot tell the archive format of 'https:\/\/m\.example\/avr\.rar' \(expected \.tar\.bz2/
    ],
    [
      'a mirror with the system toolchain',
      { toolchain: { choice: 'system', sha256: SHA } },
      /^toolchain-sha256: only used with the default download, not with 'system'$/
    ],
    [
      'a mirror with a core folder',
      { core: { dirs: ['/somewhere'], url: 'https://m.example/a.tar.bz2' } },
      /^core-url: only used with the default download, not with '\/somewhere'$/
    ],
    [
      'a core mirror for a board from an index',
      { fqbn: 'arduino:samd:mkrzero', core: { dirs: [], url: 'https://m.example/a.tar.bz2', sha256: SHA } },
      /^core-url and core-sha256: only used with the default download, not with a platform from an index \(fqbn arduino:samd:mkrzero\)$/
    ],
    [
      'the pinned toolchain on a host without one',
      { host: { platform: 'linux', arch: 'ia32' } },
      /^toolchain: no pinned avr-gcc 7\.3\.0-atmel3\.6\.1-arduino7 for linux-ia32 \(pinned: /
    ],
    ['a bad FQBN', { fqbn: 'uno' }, /^fqbn "uno" is not valid: expected PACKAGER:ARCH:BOARD/]
  ])('%s: one line naming the input', (_name, over, message) => {
    expect(errorOf(over)).toMatch(message)
  })
})

describe('the CLI (what the machine has by default)', () => {
  test('no flags: the compiler on PATH and the installed core, no index', () => {
    expect(resolveSources(inputs({}, 'system'))).toEqual({
      toolchain: { kind: 'system' },
      core: { kind: 'system' },
      indexes: null
    })
  })

  test('any board without platforms uses the machine; with them, the indexes and then PATH', () => {
    expect(resolveSources(inputs({ fqbn: 'arduino:samd:mkrzero' }, 'system')).indexes).toBeNull()
    const sources = resolveSources(inputs({ platformIndexUrls: ['https://i.example/x.json'] }, 'system'))
    expect(sources.core).toEqual({ kind: 'index' })
    expect(sources.toolchain).toEqual({ kind: 'index', otherwise: { kind: 'system' } })
  })

  test('--core folders are kept in order beside the indexes', () => {
    const sources = resolveSources(inputs({ core: { dirs: ['/a', '/b'] }, platforms: ['x:y'] }, 'system'))
    expect(sources.core).toEqual({ kind: 'folder', dirs: ['/a', '/b'] })
    expect(sources.indexes).toEqual({ platforms: ['x:y'], indexUrls: [] })
  })
})
