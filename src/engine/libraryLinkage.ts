/**
 * What a library adds to a link besides its compiled objects, as arduino-cli's compileLibrary:
 * - `precompiled=true|full`: the archives in `src/<build.mcu>/[<fpu>-<float-abi>/]` are linked
 *   through `compiler.libraries.ldflags` (`"-L<folder>" <ldflags=> -l<name>`; an archive not named
 *   lib*.a is linked as an object). With `full` and that folder found, its sources are not
 *   compiled. A platform without `compiler.libraries.ldflags` links no precompiled archive.
 * - `dot_a_linkage=true` (recursive layout): the library's objects are linked as one archive,
 *   `<DirName>.a`, so the linker takes only the members it needs.
 * The archives a link reads this way are named by content in its key (unitCache/linkCache.ts).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import { mergeProperties, type Properties } from '../arduino/properties.js'
import { recipeArgv } from '../arduino/recipes.js'
import { orMissing } from '../files.js'

export interface PrecompiledLinkage {
  /** The folder of archives for this board, or null when the library has none for it. */
  dir: string | null
  /** Archive files the link reads (`.a`, `.so`), sorted. */
  files: string[]
  /** Added to compiler.libraries.ldflags. */
  ldflags: string
  /** Archives not named lib*.a: linked as objects. */
  objects: string[]
  /** precompiled=full with a folder found: the sources are not compiled. */
  skipSources: boolean
}

const NONE: PrecompiledLinkage = { dir: null, files: [], ldflags: '', objects: [], skipSources: false }

async function filesIn(dir: string): Promise<string[]> {
  const entries = await orMissing(readdir(dir, { withFileTypes: true }), [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.join(dir, entry.name))
    .sort()
}

/** `-mfpu=X` and `-mfloat-abi=Y` of the C++ recipe as `X-Y` (arduino-cli's folder name), or ''. */
function fpuSpecs(props: Properties): string {
  let argv: string[]
  try {
    argv = recipeArgv(props, 'recipe.cpp.o.pattern', { source_file: '', object_file: '', includes: '' })
  } catch {
    return ''
  }
  const valueOf = (flag: string): string[] => {
    const arg = argv.find(candidate => candidate.includes(flag) && candidate.includes('='))
    return arg === undefined ? [] : [(arg.split('=')[1] ?? '').trim()]
  }
  return [...valueOf('fpu'), ...valueOf('float-abi')].join('-')
}

export async function precompiledLinkage(props: Properties, library: Library): Promise<PrecompiledLinkage> {
  const precompiled = (library.properties.get('precompiled') ?? '').trim()
  if (!library.precompiled || !props.has('compiler.libraries.ldflags')) return NONE
  const mcuDir = path.join(library.sourceDir, props.get('build.mcu') ?? '')
  const specs = fpuSpecs(props)
  let dir: string | null = null
  for (const candidate of specs === '' ? [mcuDir] : [path.join(mcuDir, specs), mcuDir]) {
    if ((await filesIn(candidate)).length > 0) {
      dir = candidate
      break
    }
  }
  if (dir === null) return NONE
  const files = (await filesIn(dir)).filter(file => file.endsWith('.a') || file.endsWith('.so'))
  const names = files
    .map(file => path.basename(file, path.extname(file)))
    .filter(name => name.startsWith('lib'))
    .map(name => `-l${name.slice(3)}`)
  const ldflags = (library.properties.get('ldflags') ?? '').trim()
  return {
    dir,
    files,
    ldflags: ` "-L${dir}" ${[ldflags, ...names].join(' ')}  `,
    objects: files.filter(file => file.endsWith('.a') && !path.basename(file).startsWith('lib')),
    skipSources: precompiled === 'full'
  }
}

/** The board properties with every precompiled library's flags appended, in library order. Pure. */
export function withLibraryLdflags(props: Properties, linkages: readonly PrecompiledLinkage[]): Properties {
  const added = linkages.map(linkage => linkage.ldflags).join('')
  if (added === '') return props
  const current = props.get('compiler.libraries.ldflags') ?? ''
  return mergeProperties(props, new Map([['compiler.libraries.ldflags', `${current}${added}`]]))
}

/** Whether the library's objects are linked as one archive (arduino-cli: recursive layout only). */
export function linksAsArchive(library: Library): boolean {
  return library.layout === 'recursive' && (library.properties.get('dot_a_linkage') ?? '').trim() === 'true'
}
