/**
 * What the Arduino tools make of a file by its extension (arduino-cli globals.go): a sketch's main
 * file, a header, or a source compiled with the `.S`, `.c` or `.cpp` recipe. Extensions match
 * case-sensitively (`x.CPP` and `x.s` are not compiled), as in arduino-cli and arduino-builder.
 */

export const SKETCH_EXTENSIONS: readonly string[] = ['.ino', '.pde']

export const HEADER_EXTENSIONS: readonly string[] = ['.h', '.hpp', '.hh']

export type SourceLanguage = 'S' | 'c' | 'cpp'

// arduino-cli SourceFilesValidExtensions: .cc and .cxx fall back to the .cpp recipe.
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, SourceLanguage>> = {
  '.S': 'S',
  '.c': 'c',
  '.cpp': 'cpp',
  '.cc': 'cpp',
  '.cxx': 'cpp'
}

/** The recipe family a source file compiles with, or null when it is not compiled. */
export function languageOf(file: string): SourceLanguage | null {
  const dot = file.lastIndexOf('.')
  return dot < 0 ? null : (LANGUAGE_BY_EXTENSION[file.slice(dot)] ?? null)
}
