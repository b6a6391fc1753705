/**
 * Versions and constraints as Arduino's indexes write them (go.bug.st/relaxed-semver): `1.2`, `1.2.3`,
 * `1.2.3-rc1`; constraints `=1.2.3`, `>=1.0`, `<2`, `^1.2`, `~1.2`, joined with `&&` and `||`. Mapped onto npm's semver. Pure.
 */
import semver from 'semver'
import { UsageError } from '../errors.js'

/** A comparable form of a relaxed version (`1.2` is 1.2.0), or null when it is none. */
export function toSemver(version: string): semver.SemVer | null {
  const text = version.trim().replace(/^v/i, '')
  const exact = semver.parse(text, { loose: true })
  if (exact !== null) return exact
  // `1.2` and `1`: pad to three numbers, keeping any pre-release or build suffix.
  const match = /^(\d+)(?:\.(\d+))?([-+].*)?$/.exec(text)
  if (match === null) return null
  return semver.parse(`${match[1]}.${match[2] ?? '0'}.0${match[3] ?? ''}`, { loose: true })
}

/** Newest first; versions that do not parse go last, in their given order. */
export function byVersionDescending(a: string, b: string): number {
  const [va, vb] = [toSemver(a), toSemver(b)]
  if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1
  return semver.rcompare(va, vb)
}

/** Two spellings of one version (`1.2` and `1.2.0`) are the same release. */
export function sameVersion(a: string, b: string): boolean {
  const [va, vb] = [toSemver(a), toSemver(b)]
  return va !== null && vb !== null ? semver.eq(va, vb) : a.trim() === b.trim()
}

const COMPARATOR = /^(>=|<=|>|<|=|\^|~)?\s*(\S+)$/

/** One `op version` term as a semver comparator. */
function term(text: string, label: string): string {
  const match = COMPARATOR.exec(text.trim())
  const version = match?.[2] === undefined ? null : toSemver(match[2])
  if (match === null || version === null)
    throw new UsageError(`${label}: cannot read the version constraint '${text.trim()}'`)
  const op = match[1] ?? '='
  return op === '=' ? version.version : `${op}${version.version}`
}

/**
 * A relaxed-semver constraint as a semver range; '' means any version. `label` names the input in
 * errors. Parentheses are only allowed around the whole expression or one `||` branch; negation
 * (`!`, `!=`) is refused rather than misread.
 */
export function constraintRange(constraint: string, label: string): semver.Range {
  const text = constraint.trim()
  if (text === '') return new semver.Range('*')
  const branches = text
    .replace(/^\((.*)\)$/, '$1')
    .split('||')
    .map(branch => branch.trim().replace(/^\((.*)\)$/, '$1'))
  if (branches.some(branch => /[()!]/.test(branch)))
    throw new UsageError(`${label}: cannot read the version constraint '${text}'`)
  const sets = branches.map(branch =>
    branch
      .split('&&')
      .map(part => term(part, label))
      .join(' ')
  )
  return new semver.Range(sets.join(' || '), { includePrerelease: true })
}

export function satisfies(version: string, range: semver.Range): boolean {
  const parsed = toSemver(version)
  return parsed !== null && range.test(parsed)
}
