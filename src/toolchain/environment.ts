/**
 * The environment the toolchain's programs run in. gcc reads several variables that can change an
 * object, a link or a message; a cache key must see everything that can change a result, so each is
 * either removed here or harmless to leave out of keys, and the reason is given (as ccache's manual
 * does for the variables it hashes). Nothing else of the caller's environment changes an output.
 */

/**
 * Removed from the toolchain's environment, with why. The include variables add folders no key
 * could see (headers found through C_INCLUDE_PATH and CPLUS_INCLUDE_PATH are system headers, which
 * -MMD leaves out, so their content could never be checked); a build's include folders come from
 * its platform, its libraries and --build-property, which keys do see. The toolchain is identified
 * by the content of its own folder (identity.ts), which the exec-prefix variables would bypass.
 */
export const STRIPPED_VARIABLES: Readonly<Record<string, string>> = {
  CPATH: 'adds include folders no key sees',
  C_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
  CPLUS_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
  OBJC_INCLUDE_PATH: 'adds system include folders whose headers no dependency list names',
  GCC_EXEC_PREFIX: 'makes the driver run programs and read specs from outside the identified toolchain',
  COMPILER_PATH: 'makes the driver run programs from outside the identified toolchain',
  LIBRARY_PATH: 'adds library folders to links (gcc ignores it when cross-compiling: removed to be certain)',
  DEPENDENCIES_OUTPUT:
    'writes a dependency file on the side, which a cache hit would not write (-MMD is ours)',
  SUNPRO_DEPENDENCIES:
    'writes a dependency file on the side, which a cache hit would not write (-MMD is ours)'
}

/**
 * Messages in one language and one quoting style (C: English, ASCII quotes), so a message replayed
 * from the store reads as the compile would print it on any machine. gcc's input charset is UTF-8
 * whatever the locale, so objects do not depend on it: only messages do.
 */
const LOCALE_VARIABLE = /^(LANG|LANGUAGE|LC_[A-Z_]+)$/
const PINNED_LOCALE = { LC_ALL: 'C' }

// SOURCE_DATE_EPOCH passes through and stays out of keys: it reaches an object only through
// __DATE__, __TIME__ or __TIMESTAMP__, and a unit that uses them is never stored (unitCache.ts).
// Keying it would only make every unit miss whenever it changes (it is often a commit's time).

/** The caller's environment, less the stripped variables, with the locale pinned. Pure. */
export function toolchainEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(
    ([name]) => !(name in STRIPPED_VARIABLES) && !LOCALE_VARIABLE.test(name)
  )
  return { ...Object.fromEntries(kept), ...PINNED_LOCALE }
}
