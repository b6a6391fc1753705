/** The @actions/cache keys: what is in them, what can be dropped, in which order. Pure. */
import { createHash } from 'node:crypto'
import {
  archiveCacheKey,
  cacheKeys,
  indexCacheKey,
  installedDigest,
  librariesCacheKey,
  platformIndexesCacheKey,
  platformsCacheKey,
  type CacheKeyParts
} from '../../src/ciCache/keys.js'

const BASE: CacheKeyParts = {
  prefix: 'fbuild',
  cacheVersion: 'v1',
  image: 'ubuntu24',
  arch: 'X64',
  toolchainId: `sha256:${'a'.repeat(64)}`,
  fqbn: 'arduino:avr:uno',
  installed: '',
  extra: '',
  runId: '7',
  runAttempt: '1'
}

const GFX = { name: 'Adafruit GFX Library', version: '1.12.6', checksum: `SHA-256:${'1'.repeat(64)}` }
const BUSIO = { name: 'Adafruit BusIO', version: '1.17.4', checksum: `SHA-256:${'2'.repeat(64)}` }

describe('installed libraries and platforms in the key', () => {
  test('by version and checksum, in any order; nothing installed adds nothing', () => {
    expect(installedDigest([GFX, BUSIO])).toBe(installedDigest([BUSIO, GFX]))
    expect(installedDigest([GFX, BUSIO])).toMatch(/^[0-9a-f]{16}$/)
    expect(installedDigest([])).toBe('')
    expect(cacheKeys(BASE).primary).toBe('fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-ubuntu24-7-1')
  })

  test('a new release or another archive changes the key; it is dropped before the image', () => {
    const before = installedDigest([GFX, BUSIO])
    expect(installedDigest([GFX, { ...BUSIO, version: '1.17.5' }])).not.toBe(before)
    expect(installedDigest([GFX, { ...BUSIO, checksum: `SHA-256:${'3'.repeat(64)}` }])).not.toBe(before)
    const keys = cacheKeys({ ...BASE, installed: before, extra: 'x' })
    expect(keys.primary).toBe(`fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-ubuntu24-i${before}-x-7-1`)
    expect(keys.restore).toEqual([
      `fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-ubuntu24-i${before}-x-`,
      `fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-ubuntu24-i${before}-`,
      'fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-ubuntu24-',
      'fbuild-v1-s2-X64-aaaaaaaaaaaaaaaa-arduino:avr:uno-'
    ])
  })
})

describe('keys for what the installs keep (unchanged from earlier releases, so saved entries still restore)', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex')

  test('one archive: by name, release, runner and SHA-256', () => {
    const archive = { name: 'avr-gcc', version: '7.3.0-atmel3.6.1-arduino7', sha256: 'ab'.repeat(32) }
    expect(archiveCacheKey(archive, 'linux', 'x64')).toBe(
      `fbuild-archive-avr-gcc-7.3.0-atmel3.6.1-arduino7-linux-x64-${'ab'.repeat(32)}`
    )
  })

  test('a set of archives: by content, in any order', () => {
    expect(librariesCacheKey(['b', 'a'])).toBe(`fbuild-archives-libraries-${sha('a\nb').slice(0, 32)}`)
    expect(librariesCacheKey(['a', 'b'])).toBe(librariesCacheKey(['b', 'a']))
    const parts = {
      indexDigest: 'd',
      host: 'linux-x64',
      fqbn: 'x:y:z',
      platforms: ['x:y'],
      givenCoreDirs: ['hw/x']
    }
    const lines = ['d', 'linux-x64', 'x:y:z', 'x:y', 'hw/x'].sort().join('\n')
    expect(platformsCacheKey(parts)).toBe(`fbuild-archives-platforms-${sha(lines).slice(0, 32)}`)
  })

  test('indexes: by URL, for one UTC day', () => {
    const day = new Date('2026-12-07T23:59:59Z')
    const url = 'https://downloads.arduino.cc/libraries/library_index.json.gz'
    expect(indexCacheKey(url, day)).toBe(`fbuild-index-${sha(url).slice(0, 16)}-2026-12-07`)
    expect(platformIndexesCacheKey(['https://i.example/a.json'], day)).toBe(
      indexCacheKey('platforms\nhttps://i.example/a.json', day)
    )
  })
})
