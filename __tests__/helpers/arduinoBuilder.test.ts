import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildWithArduinoBuilder } from './arduinoBuilder.js'
import { corpusExamplesDir } from './corpus.js'

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'oracle-test-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function brokenSketch(): Promise<string> {
  const dir = path.join(scratch, 'sketches', 'Broken')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'Broken.ino'), 'void setup() {\n  int x = ;\n}\nvoid loop() {}\n')
  return dir
}

test('builds Blink to Intel HEX and reports a syntax error with the compiler message', async () => {
  const blink = path.join(corpusExamplesDir(), '01.Basics', 'Blink')
  const broken = await brokenSketch()
  const results = await buildWithArduinoBuilder({
    sketches: [blink, broken],
    fqbn: 'arduino:avr:uno',
    outDir: path.join(scratch, 'out'),
    resultCache: null
  })

  const ok = results.get(blink)
  expect(ok?.ok).toBe(true)
  const lines = ok?.hex?.toString('ascii').trim().split(/\r?\n/) ?? []
  expect(lines.length).toBeGreaterThan(10)
  expect(lines.every(line => /^:[0-9A-F]+$/.test(line))).toBe(true)
  expect(lines.at(-1)).toBe(':00000001FF')
  expect(ok?.elfPath).toMatch(/Blink\.ino\.elf$/)
  expect(ok?.log).toContain('-DARDUINO=10607')

  const failed = results.get(broken)
  expect(failed).toMatchObject({ ok: false, hex: null, elfPath: null, timedOut: false })
  expect(failed?.log).toMatch(/Broken\.ino:2:\d+: error: expected primary-expression before ';' token/)
})

test('the result cache answers a second build of the same sketch with the same firmware', async () => {
  const blink = path.join(corpusExamplesDir(), '01.Basics', 'Blink')
  const options = {
    sketches: [blink],
    fqbn: 'arduino:avr:uno',
    outDir: path.join(scratch, 'cached'),
    resultCache: path.join(scratch, 'oracle-cache')
  }
  const first = (await buildWithArduinoBuilder(options)).get(blink)
  const second = (await buildWithArduinoBuilder(options)).get(blink)
  expect(first?.cached).toBe(false)
  expect(second?.cached).toBe(true)
  expect(second?.hex?.equals(first?.hex ?? Buffer.alloc(0))).toBe(true)

  // A different build property is a different question.
  const other = await buildWithArduinoBuilder({ ...options, prefs: { 'runtime.ide.version': '10600' } })
  expect(other.get(blink)?.cached).toBe(false)
  expect(other.get(blink)?.log).toContain('-DARDUINO=10600')
})
