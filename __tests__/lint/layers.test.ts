import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ESLint } from 'eslint'

/**
 * The real eslint.config.js on probe files (rules that follow imports need them on disk), in a copy
 * of the repository's config and src/: the real src/ is never written. A cycle and imports against
 * the layers must fail, and so must a `.catch` that takes no error.
 */
const repoDir = path.resolve(import.meta.dirname, '../..')
let root: string

/** A probe file in src/<folder> (or src/ itself for '') of the copy, importing `imports`. */
async function probe(folder: string, name: string, imports: string[]): Promise<string> {
  const file = path.join(root, 'src', folder, `lintProbe${name}.ts`)
  const lines = imports.map((from, index) => `import * as imported${index} from '${from}'`)
  const uses = imports.map((_, index) => `imported${index}`).join(', ')
  await writeFile(file, `${lines.join('\n')}\nexport const used = [${uses}]\n`)
  return file
}

async function ruleIds(files: string[]): Promise<Map<string, string[]>> {
  const eslint = new ESLint({ cwd: root })
  const results = await eslint.lintFiles(files)
  return new Map(results.map(result => [result.filePath, result.messages.map(m => m.ruleId ?? m.message)]))
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-lint-'))
  for (const name of ['eslint.config.js', 'tsconfig.json', 'package.json', 'src'])
    await cp(path.join(repoDir, name), path.join(root, name), { recursive: true })
  // The config's plugins and the type information come from the repository's packages.
  await symlink(path.join(repoDir, 'node_modules'), path.join(root, 'node_modules'))
})

afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('the lint rules on imports', () => {
  it('fail on a cycle, on imports up or across the layers or from a shared file, and pass imports downward', async () => {
    const cycleA = await probe('store', 'CycleA', ['./lintProbeCycleB.js'])
    const cycleB = await probe('store', 'CycleB', ['./lintProbeCycleA.js'])
    const upward = await probe('store', 'Upward', ['../engine/runBuild.js'])
    const entryToEntry = await probe('cli', 'Sibling', ['../action/inputs.js'])
    const stepToStep = await probe('report', 'Sibling', ['../install/core.js'])
    const sharedToFolder = await probe('', 'Shared', ['./store/index.js'])
    const downward = await probe('engine', 'Downward', [
      '../unitCache/keys.js',
      '../store/index.js',
      '../errors.js',
      '../files.js'
    ])

    const ids = await ruleIds([cycleA, cycleB, upward, entryToEntry, stepToStep, sharedToFolder, downward])
    expect(ids.get(cycleA)).toEqual(['import-x/no-cycle'])
    expect(ids.get(cycleB)).toEqual(['import-x/no-cycle'])
    expect(ids.get(upward)).toEqual(['import-x/no-restricted-paths'])
    expect(ids.get(entryToEntry)).toEqual(['import-x/no-restricted-paths'])
    expect(ids.get(stepToStep)).toEqual(['import-x/no-restricted-paths'])
    expect(ids.get(sharedToFolder)).toEqual(['import-x/no-restricted-paths'])
    expect(ids.get(downward)).toEqual([])
  })
})

describe('the lint rule on swallowed errors', () => {
  /** The messages on a probe file in src/store of the copy: `body` after a `read()` that may fail. */
  async function messages(
    name: string,
    body: string
  ): Promise<{ ruleId: string | null; severity: number; message: string }[]> {
    const file = path.join(root, 'src', 'store', `lintProbe${name}.ts`)
    const uses = ['isNotFound', 'orMissing'].filter(helper => body.includes(helper))
    const lines = [
      "import { readFile } from 'node:fs/promises'",
      ...(uses.length > 0 ? [`import { ${uses.join(', ')} } from '../files.js'`] : []),
      "const read = (): Promise<string> => readFile('x', 'utf8')",
      body
    ]
    await writeFile(file, `${lines.join('\n')}\n`)
    const [result] = await new ESLint({ cwd: root }).lintFiles([file])
    return (result?.messages ?? []).map(({ ruleId, severity, message }) => ({ ruleId, severity, message }))
  }

  it('flags a .catch or a .then rejection handler that takes no error, and points to orMissing', async () => {
    const found = await messages(
      'Swallowed',
      `export async function all(): Promise<unknown[]> {
  return [
    await read().catch(() => null),
    await read().catch(() => {}),
    await read().catch(async () => 'x'),
    await read().catch(function () {
      return 'x'
    }),
    await read().then(
      text => text,
      () => ''
    )
  ]
}`
    )
    // Errors (severity 2), not warnings: lint fails on them.
    expect(found.map(({ ruleId, severity }) => [ruleId, severity])).toEqual(
      Array(5).fill(['no-restricted-syntax', 2])
    )
    for (const { message } of found)
      expect(message).toMatch(/orMissing\(promise, fallback\) from src\/files\.ts/)
  })

  it('passes orMissing, a handler that names the error, and a .then without one', async () => {
    const found = await messages(
      'Named',
      `export async function all(): Promise<unknown[]> {
  return [
    await orMissing(read(), null),
    await read().catch((error: unknown) => {
      if (!isNotFound(error)) throw error
      return ''
    }),
    await read().then(text => text.length)
  ]
}`
    )
    expect(found).toEqual([])
  })
})
