import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { formatDepfile, parseDepfile } from '../../src/unitCache/depfile.js'

describe('parseDepfile', () => {
  it('lists the prerequisites of the first rule across continuation lines', () => {
    const text = 'out/a.o: src/a.cpp \\\n  inc/a.h \\\r\n  inc/b.h\n'
    expect(parseDepfile(text)).toEqual(['src/a.cpp', 'inc/a.h', 'inc/b.h'])
  })

  it('unescapes spaces in names, the target included', () => {
    expect(parseDepfile('my\\ out/a.o: my\\ sketch/a.cpp x\\ \\ y.h\n')).toEqual([
      'my sketch/a.cpp',
      'x  y.h'
    ])
  })

  it('ignores the phony rules -MP adds after the first rule', () => {
    expect(parseDepfile('a.o: a.c b.h\n\nb.h:\n')).toEqual(['a.c', 'b.h'])
  })

  it('reads no prerequisites from a rule without any, or from text without a rule', () => {
    expect(parseDepfile('a.o:\n')).toEqual([])
    expect(parseDepfile('')).toEqual([])
    expect(parseDepfile('not a depfile')).toEqual([])
  })
})

describe('formatDepfile', () => {
  it('writes a depfile that parses back to the same files, spaces and all', () => {
    const files = ['/w/my sketch/a.cpp', '/w/lib/x y/x.h', '/usr/include/stdint.h']
    const text = formatDepfile('/w/build dir/a.o', files)
    expect(text).toContain(' \\\n ')
    expect(parseDepfile(text)).toEqual(files)
    expect(parseDepfile(formatDepfile('a.o', []))).toEqual([])
  })
})

describe('a depfile written by avr-gcc -MMD', () => {
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fbuild depfile '))
  })
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  const compile = async (header: string): Promise<{ source: string; files: string[] }> => {
    const source = path.join(dir, 'main file.c')
    await fs.writeFile(path.join(dir, header), 'int local;\n')
    await fs.writeFile(source, `#include <stdint.h>\n#include "${header}"\nint main(void) { return 0; }\n`)
    const object = path.join(dir, 'main file.o')
    execFileSync('/usr/bin/avr-gcc', ['-c', '-Os', '-MMD', '-MP', source, '-o', object])
    return { source, files: parseDepfile(await fs.readFile(path.join(dir, 'main file.d'), 'utf8')) }
  }

  it('lists the source and the local header it includes, not system headers', async () => {
    const { source, files } = await compile('local header.h')
    expect(files).toEqual([source, path.join(dir, 'local header.h')])
  })

  // BUG: gcc escapes `#` as `\#` and `$` as `$$`; parseDepfile keeps them, so the path it returns
  // does not exist (and formatDepfile does not escape them either).
  it('unescapes # and $ as gcc writes them', async () => {
    const { files } = await compile('h#a$sh.h')
    expect(files).toContain(path.join(dir, 'h#a$sh.h'))
  })
})
