import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { resolveBoardProperties } from '../../src/arduino/board.js'
import { parseFqbn } from '../../src/arduino/fqbn.js'
import { loadPlatform } from '../../src/arduino/platform.js'
import { expandProperties, splitCommandLine, type Properties } from '../../src/arduino/properties.js'
import { goRegExp, parseSizeOutput, sizeVerdict, type SizeReport } from '../../src/arduino/size.js'
import { UsageError } from '../../src/errors.js'
import { platformDir } from '../helpers/corpus.js'

const run = promisify(execFile)

const PROGRAM = `
#include <avr/eeprom.h>
volatile unsigned char counter;
unsigned char buffer[100];
volatile unsigned char table[40] = {1, 2, 3, 4, 5};
#ifdef WITH_EEPROM
uint8_t EEMEM settings[37] = {9};
#define NEXT() eeprom_read_byte(&settings[counter % 37])
#else
#define NEXT() counter
#endif
int main(void) {
  for (;;) {
    counter += table[counter % 40];
    buffer[counter % 100] = NEXT();
  }
}
`

let tmp: string
let uno: Properties

/** Links the program for the uno's MCU; returns avr-size -A output (through the platform's size recipe). */
async function sizeRecipeOutput(projectName: string, defines: string[]): Promise<string> {
  const props = new Map(uno)
  props.set('build.project_name', projectName)
  await run('avr-gcc', [
    '-mmcu=atmega328p',
    '-Os',
    ...defines,
    path.join(tmp, 'x.c'),
    '-o',
    `${tmp}/${projectName}.elf`
  ])
  const [command = '', ...args] = splitCommandLine(
    expandProperties(props.get('recipe.size.pattern') ?? '', props)
  )
  return (await run(command, args)).stdout
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'fbuild-size-'))
  await writeFile(path.join(tmp, 'x.c'), PROGRAM)
  const platform = await loadPlatform(platformDir)
  uno = resolveBoardProperties(parseFqbn('arduino:avr:uno'), [platform], {
    buildPath: tmp,
    projectName: 'unused.ino',
    overrides: new Map()
  }).properties
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('parseSizeOutput on real avr-size output', () => {
  it('matches the Berkeley totals avr-size prints: flash = text + data, RAM = data + bss', async () => {
    const output = await sizeRecipeOutput('plain.ino', [])
    const berkeley = (await run('avr-size', [path.join(tmp, 'plain.ino.elf')])).stdout
    const [text = 0, data = 0, bss = 0] = (berkeley.split('\n')[1] ?? '').trim().split(/\s+/).map(Number)
    expect(text).toBeGreaterThan(0)
    expect(data).toBeGreaterThanOrEqual(40)
    expect(bss).toBeGreaterThanOrEqual(101)
    const size = parseSizeOutput(output, uno)
    expect(size).toEqual({
      flash: text + data,
      ram: data + bss,
      eeprom: 0,
      maxFlash: 32256,
      maxRam: 2048,
      warnDataPercentage: null
    })
  })

  it('counts the .eeprom section apart', async () => {
    const output = await sizeRecipeOutput('eeprom.ino', ['-DWITH_EEPROM'])
    expect(parseSizeOutput(output, uno).eeprom).toBe(37)
  })
})

describe('the size regexes', () => {
  const props = (entries: Record<string, string>): Properties => new Map(Object.entries(entries))

  it('sums every match on every line, the whole match too when it is a number (like arduino-cli)', () => {
    const size = parseSizeOutput('12\n30\nx 5\n', props({ 'recipe.size.regex': '^[0-9]+' }))
    expect(size.flash).toBe(42)
  })

  it('reads Go inline flags and named groups', () => {
    expect(goRegExp('(?i)^TEXT\\s+(?P<n>\\d+)').exec('text 7')?.groups?.n).toBe('7')
    expect(() => goRegExp('(?U)a+')).toThrow('unsupported inline flag "U"')
    const size = parseSizeOutput('TEXT 7\nData 3\n', props({ 'recipe.size.regex': '(?i)^text\\s+([0-9]+)' }))
    expect(size.flash).toBe(7)
  })

  it('leaves RAM and EEPROM at -1 without their regexes, and limits unset', () => {
    const size = parseSizeOutput('.text 10\n', props({ 'recipe.size.regex': '^\\.text\\s+([0-9]+)' }))
    expect(size).toEqual({
      flash: 10,
      ram: -1,
      eeprom: -1,
      maxFlash: null,
      maxRam: null,
      warnDataPercentage: null
    })
  })

  it('rejects a missing size regex, a bad regex and a bad limit', () => {
    expect(() => parseSizeOutput('', props({}))).toThrow(UsageError)
    expect(() => parseSizeOutput('', props({ 'recipe.size.regex': '(' }))).toThrow(
      'not a valid regular expression'
    )
    const badLimit = props({ 'recipe.size.regex': 'x', 'upload.maximum_size': '32k' })
    expect(() => parseSizeOutput('', badLimit)).toThrow('upload.maximum_size="32k": expected a whole number')
  })
})

describe('sizeVerdict', () => {
  const report = (fields: Partial<SizeReport>): SizeReport => ({
    flash: 924,
    ram: 9,
    eeprom: 0,
    maxFlash: 32256,
    maxRam: 2048,
    warnDataPercentage: null,
    ...fields
  })

  it("prints arduino-cli's two lines for Blink on an uno", () => {
    expect(sizeVerdict(report({}))).toEqual({
      ok: true,
      lines: [
        'Sketch uses 924 bytes (2%) of program storage space. Maximum is 32256 bytes.',
        'Global variables use 9 bytes (0%) of dynamic memory, leaving 2039 bytes for local variables. Maximum is 2048 bytes.'
      ]
    })
  })

  it('truncates percentages like Go integer division', () => {
    const { lines } = sizeVerdict(report({ flash: 32255, ram: 2047 }))
    expect(lines[0]).toContain('(99%)')
    expect(lines[1]).toContain('(99%)')
  })

  it('fails a sketch too big for the flash', () => {
    const verdict = sizeVerdict(report({ flash: 32257 }))
    expect(verdict.ok).toBe(false)
    expect(verdict.lines.slice(2)).toEqual([
      'Sketch too big; see https://support.arduino.cc/hc/en-us/articles/360013825179 for tips on reducing it.',
      'text section exceeds available space in board'
    ])
    expect(verdict.lines[0]).toContain('(100%)')
  })

  it('fails globals that do not fit the RAM', () => {
    const verdict = sizeVerdict(report({ ram: 2100 }))
    expect(verdict.ok).toBe(false)
    expect(verdict.lines[1]).toContain('leaving -52 bytes for local variables')
    expect(verdict.lines.slice(2)).toEqual([
      'Not enough memory; see https://support.arduino.cc/hc/en-us/articles/360013825179 for tips on reducing your footprint.',
      'data section exceeds available space in board'
    ])
  })

  it('warns over build.warn_data_percentage', () => {
    expect(sizeVerdict(report({ ram: 1700, warnDataPercentage: 75 })).lines[2]).toBe(
      'Low memory available, stability problems may occur.'
    )
    expect(sizeVerdict(report({ ram: 1536, warnDataPercentage: 75 })).lines).toHaveLength(2)
  })

  it('without a RAM limit or RAM regex, and without a flash limit (arduino-cli then prints nothing)', () => {
    expect(sizeVerdict(report({ maxRam: null })).lines[1]).toBe(
      'Global variables use 9 bytes of dynamic memory.'
    )
    expect(sizeVerdict(report({ ram: -1 })).lines).toHaveLength(1)
    expect(sizeVerdict(report({ maxFlash: null, flash: 1e6 }))).toEqual({ ok: true, lines: [] })
  })
})
