/**
 * Sketch discovery on a real tree with symbolic links: a link out of the tree, a loop, an alias of a
 * sketch in the tree. Folder search and globs find the same sketches, each once, and never through a
 * link; a folder named `build` is a folder like any other, while the build's own folders are skipped.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expandSketchArgs } from '../../src/arduino/sketchPaths.js'

let root: string
let tree: string

async function sketch(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, `${path.basename(dir)}.ino`), 'void setup() {}\nvoid loop() {}\n')
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-sketch-paths-'))
  tree = path.join(root, 'repo')
  await sketch(path.join(tree, 'examples', 'Blink'))
  await sketch(path.join(tree, 'examples', 'build', 'Builder')) // a user's sketch in a folder named build
  await sketch(path.join(tree, 'examples', 'node_modules', 'Dep'))
  await sketch(path.join(tree, 'examples', '.hidden', 'Hidden'))
  await sketch(path.join(tree, 'out', 'Made')) // the build folder of this run
  await sketch(path.join(root, 'elsewhere', 'Outside'))
  await symlink(path.join(root, 'elsewhere', 'Outside'), path.join(tree, 'examples', 'Outside'))
  await symlink('..', path.join(tree, 'examples', 'loop'))
  await symlink('Blink', path.join(tree, 'examples', 'Alias'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const expand = (args: string[]): Promise<string[]> =>
  expandSketchArgs(args, tree, { exclude: [path.join(tree, 'out')] }).then(found =>
    found.map(sketchPath => path.relative(tree, sketchPath))
  )

describe('sketch discovery', () => {
  it('a folder search and a glob find the same sketches, never through a symbolic link', async () => {
    const wanted = ['examples/Blink', 'examples/build/Builder']
    expect(await expand(['examples'])).toEqual(wanted)
    expect((await expand(['examples/**'])).sort()).toEqual(wanted)
    expect((await expand(['**/*.ino'])).sort()).toEqual(wanted)
  })

  it('the whole tree: the build folder of the run is skipped, a folder named build is not', async () => {
    expect(await expand(['.'])).toEqual(['examples/Blink', 'examples/build/Builder'])
  })

  it('one sketch named several ways is built once', async () => {
    expect(await expand(['examples/Blink', 'examples/Blink/Blink.ino', 'examples/*'])).toEqual([
      'examples/Blink'
    ])
  })

  it('a link named as an argument is used as named', async () => {
    expect(await expand(['examples/Outside'])).toEqual(['examples/Outside'])
  })
})
