import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { factsOf, FileFactsMemo } from '../../src/unitCache/fileFacts.js'

const facts = (text: string) => factsOf(Buffer.from(text))

describe('factsOf', () => {
  it('hashes the content with SHA-256', () => {
    const content = Buffer.from('int x;\n')
    expect(factsOf(content).sha256).toBe(createHash('sha256').update(content).digest('hex'))
  })

  // A plain byte search, comments included: it only says when the preprocessor must decide (expansion.ts).
  it('sees a mention of a location or time macro anywhere, comments included', () => {
    for (const text of [
      'const char *f = __FILE__;',
      '// built __DATE__\n',
      'x = __TIME__;',
      'const char *t = __TIMESTAMP__;',
      'const char *b = __BASE_FILE__;',
      'const char *f = __builtin_FILE();',
      'int __FILE__NAME;'
    ])
      expect([text, facts(text).mentionsExpansionMacro]).toEqual([text, true])
    // __LINE__ is the same at any location; __FILE_NAME__ (gcc 12) is only the base name.
    expect(facts('int x = __LINE__;').mentionsExpansionMacro).toBe(false)
    expect(facts('const char *n = __FILE_NAME__;').mentionsExpansionMacro).toBe(false)
  })
})

describe('FileFactsMemo', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild-facts-'))
  })
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('reads each file once however often and however concurrently it is asked', async () => {
    const file = path.join(dir, 'a.h')
    await fs.writeFile(file, 'int a;\n')
    const memo = new FileFactsMemo()
    const first = await Promise.all([memo.get(file), memo.get(file), memo.get(file)])
    await fs.writeFile(file, 'int changed;\n')
    const later = await memo.get(file)
    expect(memo.reads).toBe(1)
    expect(first.every(found => found?.sha256 === facts('int a;\n').sha256)).toBe(true)
    expect(later?.sha256).toBe(facts('int a;\n').sha256)
  })

  it('answers from its first read for the rest of the run, and counts reads per file', async () => {
    const file = path.join(dir, 'a.h')
    const other = path.join(dir, 'b.h')
    await fs.writeFile(file, 'int a;\n')
    await fs.writeFile(other, 'int b;\n')
    const memo = new FileFactsMemo()
    await memo.get(file)
    await memo.get(other)
    await fs.writeFile(file, 'int changed;\n')
    expect((await memo.get(file))?.sha256).toBe(facts('int a;\n').sha256)
    expect(memo.peek(file)?.sha256).toBe(facts('int a;\n').sha256)
    expect(memo.reads).toBe(2)
  })

  it('gives null for a missing file', async () => {
    const memo = new FileFactsMemo()
    expect(await memo.get(path.join(dir, 'gone.h'))).toBeNull()
    expect(memo.reads).toBe(0)
  })

  // A folder where a file should be fails for root too (root reads a chmod 000 file).
  it('gives null for a file that is there but cannot be read, and records why', async () => {
    const folder = path.join(dir, 'folder.h')
    await fs.mkdir(folder)
    const memo = new FileFactsMemo()
    expect(await memo.get(folder)).toBeNull()
    expect(await memo.includesOf(folder)).toEqual([])
    expect(memo.unreadable).toEqual(new Map([[folder, 'EISDIR']]))
    await memo.get(path.join(dir, 'gone.h'))
    expect([...memo.unreadable.keys()]).toEqual([folder])
  })

  it('takes the facts of what the rewrite hook makes of the content', async () => {
    const file = path.join(dir, 'Blink.ino.cpp')
    await fs.writeFile(file, `#line 1 "${dir}/Blink.ino"\n`)
    const seen: string[] = []
    const memo = new FileFactsMemo((name, content) => {
      seen.push(name)
      return Buffer.from(content.toString('utf8').replace(dir, '{sketch}'))
    })
    expect((await memo.get(file))?.sha256).toBe(facts('#line 1 "{sketch}/Blink.ino"\n').sha256)
    expect(seen).toEqual([file])
  })
})
