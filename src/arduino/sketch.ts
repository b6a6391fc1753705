/**
 * A sketch as arduino-builder 1.3.25 sees it (sketch_loader.go, sketch_source_merger.go): its main
 * .ino, the other .ino/.pde files merged after it, and the files copied into build/sketch.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { byBytes } from './byteOrder.js'
import { HEADER_EXTENSIONS, languageOf, SKETCH_EXTENSIONS } from './fileKinds.js'
import { quoteCppString } from './prototypes.js'

export interface Sketch {
  /** The main file's name without its extension (Blink for Blink.ino). */
  name: string
  dir: string
  mainFile: string
  /** The main file first, then the other .ino/.pde files of the sketch folder, by path. */
  inoFiles: string[]
  /** What is compiled (fileKinds.ts: .S, .c, .cpp, .cc, .cxx) in the folder and, recursively, under src/. */
  sourceFiles: string[]
  /** Headers (.h, .hpp, .hh) anywhere in the folder, which arduino-builder copies into build/sketch. */
  headerFiles: string[]
}

/** Folders arduino-builder never copies. */
const SOURCE_CONTROL = new Set(['CVS', 'RCS', '.git', '.github', '.svn', '.hg', '.bzr'])

async function filesUnder(dir: string, recurse: boolean): Promise<string[]> {
  const entries = await orMissing(readdir(dir, { withFileTypes: true }), [])
  const files: string[] = []
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (recurse && !SOURCE_CONTROL.has(entry.name)) files.push(...(await filesUnder(full, true)))
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      files.push(full)
    }
  }
  return files
}

/** The main file of a sketch path: the .ino/.pde file itself, or `<folder>/<folder name>.ino`. */
async function mainFileOf(sketchPath: string): Promise<string> {
  const absolute = path.resolve(sketchPath)
  const info = await orMissing(stat(absolute), undefined)
  if (!info) throw new UsageError(`sketch "${sketchPath}": no such file or folder`)
  if (info.isDirectory()) {
    const main = path.join(absolute, `${path.basename(absolute)}.ino`)
    const mainInfo = await orMissing(stat(main), undefined)
    if (!mainInfo?.isFile()) {
      throw new UsageError(
        `sketch "${sketchPath}": no ${path.basename(main)} in folder (a sketch folder must hold <folder name>.ino)`
      )
    }
    return main
  }
  // Like arduino-builder, a main file may be named unlike its folder, and may be a .pde.
  if (!SKETCH_EXTENSIONS.includes(path.extname(absolute).toLowerCase())) {
    throw new UsageError(`sketch "${sketchPath}": not a sketch (expected a folder or an .ino/.pde file)`)
  }
  return absolute
}

/** Loads a sketch from its folder or its main .ino file. */
export async function loadSketch(sketchPath: string): Promise<Sketch> {
  const mainFile = await mainFileOf(sketchPath)
  const dir = path.dirname(mainFile)
  const rootFiles = await filesUnder(dir, false)
  const nested = (await filesUnder(dir, true)).filter(f => path.dirname(f) !== dir)
  const inSrc = nested.filter(f => f.startsWith(path.join(dir, 'src') + path.sep))
  const ext = (f: string): string => path.extname(f)
  const otherIno = rootFiles.filter(f => f !== mainFile && SKETCH_EXTENSIONS.includes(ext(f).toLowerCase()))
  return {
    name: path.basename(mainFile, path.extname(mainFile)),
    dir,
    mainFile,
    inoFiles: [mainFile, ...otherIno.sort(byBytes)],
    sourceFiles: [...rootFiles, ...inSrc].filter(f => languageOf(f) !== null).sort(byBytes),
    headerFiles: [...rootFiles, ...nested]
      .filter(f => HEADER_EXTENSIONS.includes(ext(f).toLowerCase()))
      .sort(byBytes)
  }
}

/** arduino-builder's test for a main file that includes Arduino.h itself (anywhere, even in a comment). */
function includesArduinoH(source: string): boolean {
  return /^\s*#\s*include\s*[<"]Arduino\.h[>"]/m.test(source)
}

/**
 * The merged `<main>.ino.cpp` before prototypes, as arduino-builder 1.3.25 writes it:
 * `#include <Arduino.h>` (unless the main file includes it), `#line 1 "<main>"`, then each .ino file
 * as `#line 1 "<file>"`, its text and a newline. `displayPath` chooses the path written in #line.
 */
export function mergeSketch(
  sketch: Sketch,
  sources: Map<string, string>,
  displayPath: (file: string) => string
): string {
  const text = (file: string): string => {
    const source = sources.get(file)
    if (source === undefined) throw new Error(`mergeSketch: no source given for ${file}`)
    return source
  }
  let merged = includesArduinoH(text(sketch.mainFile)) ? '' : '#include <Arduino.h>\n'
  merged += `#line 1 ${quoteCppString(displayPath(sketch.mainFile))}\n`
  for (const file of sketch.inoFiles) {
    merged += `#line 1 ${quoteCppString(displayPath(file))}\n${text(file)}\n`
  }
  return merged
}
