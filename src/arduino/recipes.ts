/**
 * Turns platform.txt recipes into argv lists. Pure: every function takes the build properties and
 * returns a command, so the build plan is a list of descriptions a cache can key.
 */
import type { SourceLanguage } from './fileKinds.js'
import { expandProperties, mergeProperties, splitCommandLine, type Properties } from './properties.js'

/** Arduino joins include folders as `"-Idir"` arguments. */
export function includesValue(includeDirs: readonly string[]): string {
  return includeDirs.map(dir => `"-I${dir}"`).join(' ')
}

function quotedList(files: readonly string[]): string {
  return files.map(file => `"${file}"`).join(' ')
}

/** Expands a recipe with extra values layered on top of the build properties, then splits it. */
export function recipeArgv(
  props: Properties,
  recipeKey: string,
  extra: Record<string, string> = {}
): string[] {
  const recipe = props.get(recipeKey)
  if (recipe === undefined || recipe.trim() === '') {
    throw new Error(`platform.txt has no ${recipeKey}`)
  }
  const layered = mergeProperties(props, new Map(Object.entries(extra)))
  return splitCommandLine(expandProperties(recipe, layered))
}

export function compileArgv(
  props: Properties,
  language: SourceLanguage,
  source: string,
  object: string,
  includeDirs: readonly string[]
): string[] {
  return recipeArgv(props, `recipe.${language}.o.pattern`, {
    includes: includesValue(includeDirs),
    source_file: source,
    object_file: object
  })
}

/** The preprocessor run used to discover which headers a source needs (arduino's library detection). */
export function preprocessArgv(
  props: Properties,
  source: string,
  includeDirs: readonly string[],
  outputFile: string
): string[] {
  const extra = {
    includes: includesValue(includeDirs),
    source_file: source,
    preprocessed_file_path: outputFile
  }
  if (props.has('recipe.preproc.macros')) return recipeArgv(props, 'recipe.preproc.macros', extra)
  // Platforms without the recipe: arduino-cli derives it from the C++ recipe.
  const argv = recipeArgv(props, 'recipe.cpp.o.pattern', { ...extra, object_file: outputFile })
  return argv.map(arg => (arg === '-c' ? '-E' : arg)).filter(arg => arg !== '-MMD')
}

export function archiveArgv(props: Properties, archive: string, objects: readonly string[]): string[] {
  // One `ar` call for all members gives the same archive as arduino's one call per member.
  const argv = recipeArgv(props, 'recipe.ar.pattern', {
    archive_file_path: archive,
    archive_file: archive,
    object_file: '\u0000objects\u0000'
  })
  return argv.flatMap(arg => (arg === '\u0000objects\u0000' ? [...objects] : [arg]))
}

export function linkArgv(props: Properties, objects: readonly string[], archiveFile: string): string[] {
  return recipeArgv(props, 'recipe.c.combine.pattern', {
    object_files: quotedList(objects),
    archive_file: archiveFile
  })
}

/** The objcopy steps of the platform (eep, hex, ...), in a stable order. */
export function objcopyArgvs(props: Properties): { name: string; argv: string[] }[] {
  const names = new Set<string>()
  for (const key of props.keys()) {
    const match = /^recipe\.objcopy\.([^.]+)\.pattern$/.exec(key)
    if (match?.[1] !== undefined) names.add(match[1])
  }
  return [...names].sort().map(name => ({ name, argv: recipeArgv(props, `recipe.objcopy.${name}.pattern`) }))
}

export function sizeArgv(props: Properties): string[] {
  return recipeArgv(props, 'recipe.size.pattern')
}
