import { promises as fs } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'

/**
 * The real eslint.config.js on probe files written into the real src/ (rules that follow imports
 * need them on disk), removed afterwards: a cycle and imports against the layers must fail.
 */
const root = path.resolve(import.meta.dirname, '../..')
const tag = `lintProbe${process.pid}`
const written: string[] = []

/** A probe file in src/<folder> (or src/ itself for ''), importing `imports`. */
async function probe(folder: string, name: string, imports: string[]): Promise<string> {
  const file = path.join(root, 'src', folder, `${tag}${name}.ts`)
  const lines = imports.map((from, index) => `import * as imported${index} from '${from}'`)
  const uses = imports.map((_, index) => `imported${index}`).join(', ')
  await fs.writeFile(file, `${lines.join('\n')}\nexport const used = [${uses}]\n`)
  written.push(file)
  return file
}

async function ruleIds(files: string[]): Promise<Map<string, string[]>> {
  const eslint = new ESLint({ cwd: root })
  const results = await eslint.lintFiles(files)
  return new Map(results.map(result => [result.filePath, result.messages.map(m => m.ruleId ?? m.message)]))
}

afterAll(async () => {
  await Promise.all(written.map(file => fs.rm(file, { force: true })))
})

describe('the lint rules on imports', () => {
  it('fail on a cycle, on imports up or across the layers or from a shared file, and pass imports downward', async () => {
    const cycleA = await probe('store', 'CycleA', [`./${tag}CycleB.js`])
    const cycleB = await probe('store', 'CycleB', [`./${tag}CycleA.js`])
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
