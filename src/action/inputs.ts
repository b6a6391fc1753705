/**
 * The action's inputs (a public contract: action.yml, README), read through a getter so the parsing is testable without a
 * runner. Every bad value is a one-line UsageError naming the input and what was expected.
 */
import { isWarningLevel, parseBuildProperty, WARNING_LEVELS, type WarningLevel } from '../arduino/board.js'
import { parseFqbn } from '../arduino/fqbn.js'
import { parseSize } from '../store/byteSize.js'
import { parseJobs } from '../engine/jobs.js'
import { UsageError } from '../errors.js'
import type { SavePolicy } from '../ciCache/savePolicy.js'
import { withCompileSketchesInputs } from './compileSketches.js'

export interface ActionInputs {
  fqbn: string
  sketches: string[]
  /** Folders, Library Manager names (`Name`, `Name@1.2.3`), git or .zip URLs (install/librarySpec.ts). */
  libraries: string[]
  libraryIndexUrl: string
  /** `packager:arch[@version]` lines; with them (or index URLs) platforms come from Boards Manager indexes. */
  platforms: string[]
  platformIndexUrls: string[]
  /** Tools folders (the CLI's --tools), relative to the workspace. */
  tools: string[]
  buildProperties: [string, string][]
  /** `toolchain`, `toolchain-url`, `toolchain-sha256` as given: the installer checks them together. */
  toolchain: { toolchain: string; url: string; sha256: string }
  core: { core: string; url: string; sha256: string }
  /** The `build` input: false sets up and restores only. */
  buildSketches: boolean
  cache: boolean
  cacheKeyExtra: string
  cacheVersion: string
  save: SavePolicy
  maxStoreSize: number | null
  jobs: number
  warnings: WarningLevel
  sizeDeltas: SizeDeltasSetting
  /** Folder for compile-sketches' sketches report, relative to the workspace. */
  sketchesReportPath: string
  summary: boolean
  /** Print each command the build runs (compile-sketches' `verbose`). */
  verbose: boolean
  /** Fail the step when the size deltas show a warning the base commit did not have. */
  failOnNewWarnings: boolean
  /** Write (and keep updating) a pull-request comment with the size table and new warnings. */
  comment: boolean
  githubToken: string
  /** `absolute-paths`: compile with real paths, as arduino-cli (engine/executionRoot.ts). */
  absolutePaths: boolean
}

/**
 * `size-deltas`: `auto` compares pull requests with their base commit; `true` compares every run
 * (pull requests with their base, other events with the parent commit); `false` never; anything
 * else names the git commit or ref to compare with.
 */
export type SizeDeltasSetting = { mode: 'auto' | 'on' | 'off' } | { mode: 'ref'; ref: string }

export type InputGetter = (name: string) => string

/** Lines of a multi-line input, trimmed, without blanks and `#` comments. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** `core.getBooleanInput` semantics: YAML 1.2 core schema booleans only; anything else is an error. */
export function parseBoolean(name: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new UsageError(`input ${name}: "${text}" is not a boolean (expected true or false)`)
}

function parseSave(text: string): SavePolicy {
  if (text === '' || text === 'auto') return 'auto'
  if (text === 'always' || text === 'never') return text
  throw new UsageError(`input save: "${text}" is not a save policy (expected auto, always or never)`)
}

function parseWarnings(text: string): WarningLevel {
  if (text === '') return 'all'
  if (isWarningLevel(text)) return text
  throw new UsageError(
    `input warnings: "${text}" is not a warning level (expected ${WARNING_LEVELS.join(', ')})`
  )
}

// A git revision as a person writes one (sha, branch, tag, HEAD^, origin/main); never an option.
const GIT_REVISION = /^[A-Za-z0-9_][A-Za-z0-9._/@^~{}-]*$/

function parseSizeDeltas(text: string): SizeDeltasSetting {
  if (text === '' || text === 'auto') return { mode: 'auto' }
  if (['true', 'True', 'TRUE'].includes(text)) return { mode: 'on' }
  if (['false', 'False', 'FALSE'].includes(text)) return { mode: 'off' }
  if (GIT_REVISION.test(text)) return { mode: 'ref', ref: text }
  throw new UsageError(`input size-deltas: "${text}" is not auto, true, false or a git commit or ref`)
}

export function readInputs(given: InputGetter): ActionInputs {
  const get = withCompileSketchesInputs(given)
  const input = (name: string): string => get(name).trim()
  const fqbn = input('fqbn') || 'arduino:avr:uno'
  parseFqbn(fqbn)
  const sketches = lines(input('sketches'))
  const maxStoreSize = input('max-store-size')
  const comment = parseBoolean('comment', input('comment'), false)
  if (comment && input('github-token') === '')
    throw new UsageError('input comment: true needs github-token (e.g. ${{ github.token }})')
  return {
    fqbn,
    sketches: sketches.length > 0 ? sketches : ['examples/**'],
    libraries: lines(input('libraries')),
    libraryIndexUrl: input('library-index-url'),
    platforms: lines(input('platforms')),
    platformIndexUrls: lines(input('platform-index-urls')),
    tools: lines(input('tools')),
    buildProperties: lines(input('build-properties')).map(line => {
      try {
        return parseBuildProperty(line)
      } catch {
        throw new UsageError(`input build-properties: "${line}" is not KEY=VALUE`)
      }
    }),
    toolchain: {
      toolchain: input('toolchain'),
      url: input('toolchain-url'),
      sha256: input('toolchain-sha256')
    },
    core: { core: input('core'), url: input('core-url'), sha256: input('core-sha256') },
    buildSketches: parseBoolean('build', input('build'), true),
    cache: parseBoolean('cache', input('cache'), true),
    cacheKeyExtra: input('cache-key-extra'),
    cacheVersion: input('cache-version') || 'v1',
    save: parseSave(input('save')),
    maxStoreSize: maxStoreSize === '' ? null : parseSize(maxStoreSize, 'input max-store-size'),
    jobs: parseJobs(input('jobs'), 'input jobs'),
    warnings: parseWarnings(input('warnings')),
    sizeDeltas: parseSizeDeltas(input('size-deltas')),
    sketchesReportPath: input('sketches-report-path') || 'sketches-reports',
    summary: parseBoolean('summary', input('summary'), true),
    verbose: parseBoolean('verbose', input('verbose'), false),
    failOnNewWarnings: parseBoolean('fail-on-new-warnings', input('fail-on-new-warnings'), false),
    comment,
    githubToken: input('github-token'),
    absolutePaths: parseBoolean('absolute-paths', input('absolute-paths'), false)
  }
}
