/**
 * The CLI as users run it (a real process, the real compiler): bad input gives a one-line message
 * and the right exit code, and never stops the other sketches of the run.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../src/report/report.js'
import { runCliInProcess } from './helpers/cliInProcess.js'
import { DECIMAL_DIG, runCli, type CliRun } from './helpers/cliRunner.js'
import { corpusExamplesDir, platformDir, repoDir } from './helpers/corpus.js'

async function writeSketch(root: string, name: string, source: string): Promise<string> {
  const dir = path.join(root, name)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, `${name}.ino`), source)
  return dir
}

const BROKEN = `void setup() {
  pinMode(13, OUTPUT);
}

void loop() {
  digitalWrite(13, HIGH);
  int x = ;
}
`

const NEEDS_MISSING_HEADER = `#include <NoSuchLibrary.h>
void setup() {}
void loop() {}
`

// Two tables: one AVR array cannot exceed 32767 bytes, the Uno's flash limit is 32256.
const TOO_BIG = `const unsigned char first[15500] PROGMEM = {1};
const unsigned char second[15500] PROGMEM = {2};
void setup() { Serial.begin(9600); }
void loop() {
  int i = analogRead(0);
  Serial.print(pgm_read_byte(&first[i]) + pgm_read_byte(&second[i]));
}
`

describe('fbuild-action build: a run with good and bad sketches', () => {
  let workDir: string
  let run: CliRun
  let report: Report
  const bySuffix = (suffix: string) => report.sketches.find(sketch => sketch.path.endsWith(suffix))

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'fbuild-cli-'))
    const sketches = path.join(workDir, 'sketches')
    await writeSketch(sketches, 'Broken', BROKEN)
    await writeSketch(sketches, 'MissingHeader', NEEDS_MISSING_HEADER)
    await writeSketch(sketches, 'TooBig', TOO_BIG)
    await mkdir(path.join(sketches, 'NoIno'), { recursive: true })
    await writeFile(path.join(sketches, 'NoIno', 'notes.txt'), 'not a sketch')
    run = await runCli(
      [
        'build',
        path.join(corpusExamplesDir(), '01.Basics', 'Blink'),
        'sketches/Broken',
        'sketches/MissingHeader',
        'sketches/TooBig',
        'sketches/NoIno',
        '--core',
        platformDir,
        '--build-property',
        DECIMAL_DIG,
        '--build-dir',
        path.join(workDir, 'build'),
        '--report',
        'report.json'
      ],
      workDir
    )
    report = JSON.parse(await readFile(path.join(workDir, 'report.json'), 'utf8')) as Report
  })

  afterAll(async () => {
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true })
  })

  it('exits 1 and still builds the good sketch', async () => {
    expect(run.code).toBe(1)
    const blink = bySuffix('Blink')
    expect(blink?.ok).toBe(true)
    expect(blink?.hex).not.toBeNull()
    const hex = await readFile(path.resolve(workDir, blink?.hex ?? ''), 'utf8')
    expect(hex.trimEnd().endsWith(':00000001FF')).toBe(true)
    expect(report.sketches).toHaveLength(5)
  })

  it('reports a compile error at the .ino file and line', () => {
    const broken = bySuffix('Broken')
    expect(broken?.ok).toBe(false)
    expect(broken?.error).toMatch(/Broken\.ino:7:\d+: error: expected primary-expression/)
  })

  it('names the header no library provides', () => {
    expect(bySuffix('MissingHeader')?.error).toMatch(/^NoSuchLibrary\.h: no library provides this header/)
  })

  it('fails a sketch too large for the board, as Arduino does', () => {
    const tooBig = bySuffix('TooBig')
    expect(tooBig?.ok).toBe(false)
    expect(tooBig?.error).toMatch(/Sketch too big/)
    expect(tooBig?.sizes?.flash).toBeGreaterThan(32256)
  })

  it('reports a folder without a sketch in one line', () => {
    const noIno = bySuffix('NoIno')
    expect(noIno?.error).toMatch(/NoIno\.ino/)
    expect(noIno?.error?.split('\n')).toHaveLength(1)
  })

  it('prints one line per sketch with its result', () => {
    const lines = run.stderr.split('\n')
    expect(lines.filter(line => /^(ok|FAIL) /.test(line))).toHaveLength(5)
    expect(lines.find(line => line.includes('Blink'))).toMatch(/^ok .*flash \d+ B \(\d+%\), ram \d+ B/)
  })
})

describe('fbuild-action: usage and setup errors exit 2 with one line', () => {
  const blink = (): string => path.join(corpusExamplesDir(), '01.Basics', 'Blink')
  const cases: [string, () => string[], RegExp][] = [
    ['an unknown FQBN', () => ['build', blink(), '--fqbn', 'arduino:avr:nosuchboard'], /nosuchboard/],
    ['a malformed FQBN', () => ['build', blink(), '--fqbn', 'uno'], /fqbn "uno" is not valid/],
    ['an unknown board option', () => ['build', blink(), '--fqbn', 'arduino:avr:nano:cpu=z80'], /z80/],
    ['a missing toolchain', () => ['build', blink(), '--toolchain', '/nonexistent/avr'], /--toolchain/],
    ['a missing core', () => ['build', blink(), '--core', '/nonexistent/core'], /--core/],
    [
      'a bad --jobs',
      () => ['build', blink(), '--jobs', 'many'],
      /--jobs: "many" is not a positive whole number/
    ],
    [
      'a negative --jobs (not "ambiguous")',
      () => ['build', blink(), '--jobs', '-3'],
      /--jobs: "-3" is not a positive whole number/
    ],
    ['a bad --build-property', () => ['build', blink(), '--build-property', 'novalue'], /KEY=VALUE/],
    [
      'an unknown option',
      () => ['build', blink(), '--frobnicate'],
      /unknown option --frobnicate; see --help$/
    ],
    [
      'a mistyped option, in our words',
      () => ['build', blink(), '--job', '2'],
      /unknown option --job \(did you mean --jobs\?\); see --help$/
    ],
    ['an option without its value', () => ['build', blink(), '--fqbn'], /--fqbn needs a value/],
    [
      'a sketch path that does not exist (a usage error, not a failed sketch)',
      () => ['build', blink(), 'sketches/DoesNotExist'],
      /sketch sketches\/DoesNotExist: no such file or folder/
    ],
    ['an unknown command', () => ['compile', blink()], /unknown command "compile"/],
    [
      'a missing earlier report',
      () => ['build', blink(), '--fail-on-new-warnings', 'no-such-report.json'],
      /--fail-on-new-warnings \S*no-such-report\.json: no such file \(expected a JSON report/
    ],
    [
      'an earlier report that cannot be read is not called missing',
      () => ['build', blink(), '--fail-on-new-warnings', '__tests__'],
      /--fail-on-new-warnings \S*__tests__: cannot read it \(EISDIR: /
    ]
  ]

  const expectOneLine = (run: CliRun, message: RegExp): void => {
    expect(run.code).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^fbuild-action: /)
    expect(lines[0]).toMatch(message)
  }

  // In this process: each ends before any compiler runs, and a process would cost most of its time.
  it.each(cases)('%s', async (_name, args, message) => {
    expectOneLine(await runCliInProcess([...args(), '--core', platformDir], repoDir), message)
  })

  it('as a process too: the exit code and the one line reach the shell', async () => {
    expectOneLine(await runCli(['compile', blink(), '--core', platformDir], repoDir), /unknown command/)
  })
})
