/**
 * What one `--library` / `libraries:` entry names: a folder, a Library Manager name (`Name`,
 * `Name@1.2.3`), a git repository (`https://host/repo.git#ref`, `git@host:repo.git`), or a .zip URL.
 * Pure, but for the `isFolder` question it is handed.
 */
import { UsageError } from '../errors.js'
import { redactUrl } from '../redact.js'
import type { InstallSource } from './archive.js'

export type LibrarySpec =
  | { kind: 'folder'; dir: string }
  | { kind: 'name'; name: string; version: string | null }
  | { kind: 'git'; url: string; ref: string | null }
  | { kind: 'zip'; url: string; sha256: string | null }

// Library Manager names: letters, digits, space, `_`, `.`, `-` (arduino-lint rule LP004).
const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

function splitRef(text: string): { url: string; ref: string | null } {
  const hash = text.indexOf('#')
  return hash < 0 ? { url: text, ref: null } : { url: text.slice(0, hash), ref: text.slice(hash + 1) || null }
}

function isGit(url: string): boolean {
  return /^git@[^:]+:/.test(url) || /^git(\+[a-z]+)?:\/\//i.test(url) || /\.git\/?$/i.test(url)
}

/** A .zip URL, pinned by `#sha256=<hex>` when the fragment says so. */
function zipSpec(url: string, fragment: string | null, value: string): LibrarySpec {
  if (fragment === null) return { kind: 'zip', url, sha256: null }
  const pin = /^sha256=([0-9a-fA-F]{64})$/.exec(fragment)
  if (pin?.[1] === undefined)
    throw new UsageError(`library "${redactUrl(value)}": expected #sha256=<64 hex digits> after a .zip URL`)
  return { kind: 'zip', url, sha256: pin[1].toLowerCase() }
}

/**
 * `isFolder` says whether a path exists as a folder (relative to where the user runs). A text with a
 * path separator, or one that starts with `.` or `~`, is always a folder, so a typo in a folder name
 * never turns into an index lookup.
 */
export function parseLibrarySpec(text: string, isFolder: (dir: string) => boolean): LibrarySpec {
  const value = text.trim()
  if (URL_SCHEME.test(value) || value.startsWith('git@')) {
    const { url, ref } = splitRef(value)
    if (isGit(url)) return { kind: 'git', url: url.replace(/^git\+/, ''), ref }
    if (new URL(url, 'file:///').pathname.toLowerCase().endsWith('.zip')) return zipSpec(url, ref, value)
    throw new UsageError(
      `library "${redactUrl(value)}": a URL must name a git repository (ending in .git, #ref optional) or a .zip archive`
    )
  }
  if (/[\\/]/.test(value) || /^[.~]/.test(value) || isFolder(value)) return { kind: 'folder', dir: value }
  const at = value.lastIndexOf('@')
  const name = (at < 0 ? value : value.slice(0, at)).trim()
  const version = at < 0 ? null : value.slice(at + 1).trim()
  if (!NAME.test(name) || version === '') {
    throw new UsageError(
      `library "${value}": expected a folder, a library name (Name or Name@1.2.3), a git URL or a .zip URL`
    )
  }
  return { kind: 'name', name, version }
}

/** What the report says of an installed library: enough to install the same bytes again. */
export interface InstalledLibrary {
  name: string
  version: string
  source: 'index' | 'git' | 'zip'
  url: string
  /** `SHA-256:<hex>` of the archive, or `git:<commit>`. */
  checksum: string
  /** The library that needed it; null when asked for directly. */
  requiredBy: string | null
  dir: string
  /** Where the bytes came from this time. */
  from: InstallSource
}

/** arduino-cli utils.SanitizeName: the folder a library is installed in. */
export function libraryFolderName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_')
}
