/**
 * The README is what users copy: every input and output of action.yml (the source of truth) is in
 * its tables, with the same default; nothing there is missing from action.yml; it names no file
 * outside the repository; the contributor set-up commands are still there; and the claims that can
 * be checked are true: the demo's sketch count and board (counted from the corpus as scripts/demo.sh
 * selects it), and the exit codes the CLI section gives (run against the real CLI).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../helpers/cliRunner.js'
import { corpusExamplesDir, listSketches, repoDir } from '../helpers/corpus.js'

let readme: string
let actionYml: string

/** `name: {description, default}` blocks directly under a top-level section of action.yml. */
function section(yaml: string, name: 'inputs' | 'outputs'): Map<string, string | null> {
  const body = new RegExp(`^${name}:\\n((?:  .*\\n|\\n)*)`, 'm').exec(yaml)?.[1] ?? ''
  const found = new Map<string, string | null>()
  let current: string | null = null
  for (const line of body.split('\n')) {
    const key = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (key?.[1] !== undefined) {
      current = key[1]
      found.set(current, null)
      continue
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line)?.[1]
    if (current !== null && value !== undefined) found.set(current, value.replace(/^'(.*)'$/, '$1'))
  }
  return found
}

/** Rows of the README table whose header starts with `| <first> `: names (first cell) to the row's cells. */
function table(first: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  const lines = readme.split('\n')
  const start = lines.findIndex(line => new RegExp(`^\\| ${first} +\\|`).test(line))
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const cells = line
      .split('|')
      .slice(1, -1)
      .map(cell => cell.trim())
    for (const name of (cells[0] ?? '').matchAll(/`([a-z0-9-]+)`/g)) rows.set(name[1] ?? '', cells)
  }
  return rows
}

beforeAll(async () => {
  readme = await readFile(path.join(repoDir, 'README.md'), 'utf8')
  actionYml = await readFile(path.join(repoDir, 'action.yml'), 'utf8')
})

describe('README against action.yml', () => {
  it('lists every input with its default, and no input action.yml lacks', () => {
    const inputs = section(actionYml, 'inputs')
    const rows = table('input')
    expect(inputs.size).toBeGreaterThan(10)
    expect([...rows.keys()].sort()).toEqual([...inputs.keys()].sort())
    for (const [name, fallback] of inputs) {
      const shown = rows.get(name)?.[1] ?? ''
      if (fallback !== null && fallback !== '') expect([name, shown]).toEqual([name, `\`${fallback}\``])
      else expect([name, shown]).not.toEqual([name, ''])
    }
  })

  it('lists every output, and no output action.yml lacks', () => {
    expect([...table('output').keys()].sort()).toEqual([...section(actionYml, 'outputs').keys()].sort())
  })

  it('names no file outside the repository, and keeps the set-up commands', () => {
    expect(readme).not.toMatch(/DESIGN\.md|\.\.\/shared/)
    expect(readme).toContain('bash scripts/setup.sh && npm run demo')
    expect(readme).toMatch(/^npm test /m)
  })
})

describe('README claims against the code', () => {
  it("states the demo's sketch count and board as scripts/demo.sh builds them", async () => {
    const demo = await readFile(path.join(repoDir, 'scripts', 'demo.sh'), 'utf8')
    const globs = /"\$\{cli\[@\]\}" ((?:[0-9[\]*-]+ ?)+) --build-dir/.exec(demo)?.[1]?.trim().split(' ') ?? []
    const fqbn = /--fqbn (\S+)/.exec(demo)?.[1] ?? ''
    expect(globs.length).toBeGreaterThan(0)
    // The shell globs (0[1-8]*, 11*) over the corpus's category folders, as the demo's `cd` sees them.
    const matches = (name: string) =>
      globs.some(glob => new RegExp(`^${glob.replace(/\*/g, '.*')}$`).test(name))
    const examples = corpusExamplesDir()
    const count = listSketches(examples).filter(dir =>
      matches(path.relative(examples, dir).split(path.sep)[0] ?? '')
    ).length
    const claim = /npm run demo +# install everything, then build (\d+) Arduino examples for an? (\w+)/.exec(
      readme
    )
    expect(claim?.[1]).toBe(String(count))
    expect(fqbn.toLowerCase()).toContain((claim?.[2] ?? '?').toLowerCase())
    const prose = /`npm run demo` builds\s+the (\d+) examples/.exec(readme)
    expect(prose?.[1]).toBe(String(count))
  })

  it('gives the exit codes the CLI returns: 2 for a sketch path that does not exist, 0 for --help', async () => {
    const usage =
      /(\d) a usage or setup error, printed as one line: [^.]*a sketch path that does not\s+exist/.exec(
        readme
      )
    expect(usage).not.toBeNull()
    const work = await mkdtemp(path.join(tmpdir(), 'fbuild-readme-'))
    try {
      const missing = await runCli(['build', 'NoSuchSketch'], work, {
        FBUILD_CACHE_DIR: path.join(work, 'store')
      })
      expect(String(missing.code)).toBe(usage?.[1])
      expect(missing.stderr.trim().split('\n')).toHaveLength(1)
      expect((await runCli(['--help'], work)).code).toBe(0)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
})
