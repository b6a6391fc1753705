/** Make-style dependency files (`-MMD`): what a compile read, and how to write them back on a hit. */

/** The prerequisites of the first rule, unescaped as gcc escapes them (`\ `, `\#`, `$$`). */
export function parseDepfile(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ')
  const colon = joined.search(/:(\s|$)/)
  if (colon < 0) return []
  const firstRule = joined.slice(colon + 1).split(/\r?\n/)[0] ?? ''
  const files: string[] = []
  let current = ''
  for (let i = 0; i < firstRule.length; i++) {
    const char = firstRule[i] ?? ''
    const next = firstRule[i + 1]
    if (char === '\\' && (next === ' ' || next === '#')) {
      current += next
      i++
    } else if (char === '$' && next === '$') {
      current += '$'
      i++
    } else if (/\s/.test(char)) {
      if (current !== '') files.push(current)
      current = ''
    } else {
      current += char
    }
  }
  if (current !== '') files.push(current)
  return files
}

// As gcc escapes: a space or # with a backslash, $ doubled.
const escape = (file: string): string => file.replace(/([ #])/g, '\\$1').replace(/\$/g, '$$$$')

/** A dependency file as gcc writes it with -MMD: the object, then every file it read. */
export function formatDepfile(object: string, files: readonly string[]): string {
  return `${escape(object)}: ${files.map(escape).join(' \\\n ')}\n`
}

/** gcc -MMD writes `x.o`'s dependencies to `x.d`. */
export function depfilePath(objectPath: string): string {
  return objectPath.replace(/\.o$/, '.d')
}
