/**
 * compile-sketches' inputs as its README documents them, read through the action's own input
 * parsing: every list item lands on a library spec our installer's own parser accepts as the same
 * kind, platforms on index installs or the core folder, cli-compile-flags on build properties and the
 * warning level, and what cannot be translated is refused in one line naming it.
 */
import { readInputs } from '../../src/action/inputs.js'
import { UsageError } from '../../src/errors.js'
import { parseLibrarySpec } from '../../src/install/librarySpec.js'
import { inputGetter } from '../helpers/actionDefaults.js'

const read = (given: Record<string, string>) => readInputs(inputGetter({ 'github-token': 't', ...given }))

// From arduino/compile-sketches' README ("libraries" and "platforms" examples).
const LIBRARIES = `
# Install the library from the local path.
- source-path: ./
- name: Servo
- name: ArduinoIoTCloud
  version: 1.0.0
- source-url: https://github.com/arduino-libraries/WiFiNINA.git
  version: 1.8.13
  destination-name: WiFiNINA
- source-url: https://github.com/arduino-libraries/Servo/archive/master.zip
`

describe('libraries as a YAML list', () => {
  it('become one spec per item, each the kind compile-sketches meant', () => {
    const specs = read({ libraries: LIBRARIES }).libraries
    expect(specs).toEqual([
      '.',
      'Servo',
      'ArduinoIoTCloud@1.0.0',
      'https://github.com/arduino-libraries/WiFiNINA.git#1.8.13',
      'https://github.com/arduino-libraries/Servo/archive/master.zip'
    ])
    const kinds = specs.map(spec => parseLibrarySpec(spec, dir => dir === '.').kind)
    expect(kinds).toEqual(['folder', 'name', 'name', 'git', 'zip'])
  })

  it('keeps our own one-per-line form as it was', () => {
    expect(read({ libraries: 'Servo@1.1.8\n./lib' }).libraries).toEqual(['Servo@1.1.8', './lib'])
  })

  it('refuses an item with an unknown key, naming it', () => {
    expect(() => read({ libraries: '- name: Servo\n  verison: 1.0.0' })).toThrow(
      new UsageError(
        'input libraries: unknown key "verison" (expected name, version, source-path, source-url, destination-name)'
      )
    )
  })
})

describe('platforms as a YAML list', () => {
  it("a platform from another index installs from it; the board's own unversioned platform is installed anyway", () => {
    const inputs = read({
      fqbn: 'esp32:esp32:esp32',
      platforms: `
- name: arduino:avr
  version: 1.8.6
- name: esp32:esp32
  source-url: https://raw.githubusercontent.com/espressif/arduino-esp32/gh-pages/package_esp32_index.json
`
    })
    expect(inputs.platforms).toEqual(['arduino:avr@1.8.6', 'esp32:esp32'])
    expect(inputs.platformIndexUrls).toEqual([
      'https://raw.githubusercontent.com/espressif/arduino-esp32/gh-pages/package_esp32_index.json'
    ])
  })

  it('a source-path item is the core folder and replaces the Boards Manager install of that platform', () => {
    const inputs = read({
      platforms: '- name: arduino:avr\n- source-path: ./\n  name: arduino:avr'
    })
    expect(inputs.core.core).toBe('.')
    expect(inputs.platforms).toEqual([])
  })

  it('refuses a platform from a git repository or an archive, in one line', () => {
    expect(() =>
      read({ platforms: '- source-url: https://github.com/arduino/ArduinoCore-avr.git\n  name: arduino:avr' })
    ).toThrow(/^input platforms: arduino:avr from \S+\.git: only Boards Manager indexes/)
  })
})

describe('cli-compile-flags, sketch-paths, enable-deltas-report', () => {
  it('translates --build-property and --warnings, in both spellings', () => {
    const inputs = read({
      'cli-compile-flags': `
- --build-property
- compiler.cpp.extra_flags=-DFOO=1 -DBAR
- --build-property=build.extra_flags=-DBAZ
- --warnings="none"
`
    })
    expect(inputs.buildProperties).toEqual([
      ['compiler.cpp.extra_flags', '-DFOO=1 -DBAR'],
      ['build.extra_flags', '-DBAZ']
    ])
    expect(inputs.warnings).toBe('none')
  })

  it('refuses any other arduino-cli flag, naming it', () => {
    expect(() => read({ 'cli-compile-flags': '- --optimize-for-debug' })).toThrow(
      /^input cli-compile-flags: --optimize-for-debug has no equivalent here/
    )
  })

  it('sketch-paths replaces the default sketches, as a list or as lines', () => {
    expect(read({ 'sketch-paths': '- examples/Blink\n- extras/test' }).sketches).toEqual([
      'examples/Blink',
      'extras/test'
    ])
    expect(read({ 'sketch-paths': './src' }).sketches).toEqual(['./src'])
    expect(read({ 'sketch-paths': '- examples', sketches: 'demo/**' }).sketches).toEqual(['demo/**'])
  })

  it('enable-deltas-report: false turns size deltas off; true leaves them on pull requests', () => {
    expect(read({ 'enable-deltas-report': 'false' }).sizeDeltas).toEqual({ mode: 'off' })
    expect(read({ 'enable-deltas-report': 'true' }).sizeDeltas).toEqual({ mode: 'auto' })
    expect(read({ 'enable-deltas-report': 'false', 'size-deltas': 'true' }).sizeDeltas).toEqual({
      mode: 'on'
    })
  })

  it('comment: true without a token is a usage error', () => {
    expect(() => read({ comment: 'true', 'github-token': '' })).toThrow(
      /^input comment: true needs github-token/
    )
  })
})
