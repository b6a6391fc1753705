/**
 * Lays a sketch out in its build folder as the Arduino tools do: its files copied beside the merged
 * `<name>.ino.cpp`, so that `#include "local.h"` resolves next to the source being compiled.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { addPrototypes } from '../arduino/prototypes.js'
import { mergeSketch, type Sketch } from '../arduino/sketch.js'

export interface PreparedSketch {
  /** The folder holding the copied sketch: the source root of its units. */
  sourceDir: string
  /** Sources to compile, in Arduino's link order: the root folder's, then `src/` recursively. */
  sources: string[]
}

/** Arduino compiles a folder's `.S`, then `.c`, then `.cpp` files, each group sorted by path. */
export function arduinoCompileOrder(files: readonly string[]): string[] {
  const rank = (file: string): number => {
    if (file.endsWith('.S')) return 0
    if (file.endsWith('.c')) return 1
    return 2
  }
  return [...files].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

/** Root-folder sources first, then those under `src/`, each group in compile order. */
function sketchCompileOrder(sourceDir: string, files: readonly string[]): string[] {
  const srcDir = path.join(sourceDir, 'src') + path.sep
  const inSrc = files.filter(file => file.startsWith(srcDir))
  const inRoot = files.filter(file => !file.startsWith(srcDir))
  return [...arduinoCompileOrder(inRoot), ...arduinoCompileOrder(inSrc)]
}

/** `nameOf`: the name the compiler knows each .ino by, for the merged file's `#line` directives. */
export async function prepareSketch(
  sketch: Sketch,
  sourceDir: string,
  nameOf: (file: string) => string
): Promise<PreparedSketch> {
  await mkdir(sourceDir, { recursive: true })
  const inoSources = new Map<string, string>()
  for (const file of sketch.inoFiles) inoSources.set(file, await readFile(file, 'utf8'))
  const merged = addPrototypes(mergeSketch(sketch, inoSources, nameOf))
  const mergedFile = path.join(sourceDir, `${path.basename(sketch.mainFile)}.cpp`)
  await writeFile(mergedFile, merged)

  const copied: string[] = []
  for (const file of [...sketch.sourceFiles, ...sketch.headerFiles]) {
    const target = path.join(sourceDir, path.relative(sketch.dir, file))
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(file, target)
    if (sketch.sourceFiles.includes(file)) copied.push(target)
  }
  return { sourceDir, sources: sketchCompileOrder(sourceDir, [mergedFile, ...copied]) }
}
