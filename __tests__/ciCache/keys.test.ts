/** The @actions/cache keys: what is in them, what can be dropped, in which order. Pure. */
import { cacheKeys, installedDigest, type CacheKeyParts } from '../../src/ciCache/keys.js'

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
