/**
 * The execution root (Bazel's term; ccache's `base_dir` does the same by rewriting): a per-run
 * folder holding one symbolic link per named root (`core-platform`, `lib/user/Tally`,
 * `sketch/Blink`, `build`, ...). Compiles and links run inside it with every path under a root given
 * relative to it, so what the compiler writes into an object (`__FILE__`, `#line` names) is the
 * same text wherever the checkout, the libraries, the core or the build folder really are. The
 * links resolve physically, so `#include "../x.h"` and `#pragma once` behave as with real paths.
 * What the toolchain prints comes back with real paths (roots.ts placeRelativeText).
 *
 * Each run makes its own folder (two builds at once never share one) and removes it at the end.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  placeRelativePath,
  placeRelativeText,
  relativeArgv,
  relativeName,
  type NamedRoot,
  type PathMode
} from '../unitCache/roots.js'

export interface ExecutionRoot {
  readonly mode: PathMode
  /** The working folder of the toolchain's processes; undefined: this process's own. */
  readonly cwd: string | undefined
  /** A command as the toolchain runs it here. */
  command(argv: readonly string[]): string[]
  /** The name the compiler knows a file by (`#line` directives of the merged sketch). */
  nameOf(file: string): string
  /** A path the toolchain printed (a dependency file's entry), as a real path. */
  placePath(file: string): string
  /** What the toolchain printed, with real paths. */
  placeText(text: string): string
  dispose(): Promise<void>
}

/** Real paths everywhere, as arduino-cli: exact parity, outputs name their locations. */
export const absolutePaths: ExecutionRoot = {
  mode: 'absolute',
  cwd: undefined,
  command: argv => [...argv],
  nameOf: file => file,
  placePath: file => path.resolve(file),
  placeText: text => text,
  dispose: () => Promise.resolve()
}

/** Makes this run's execution root: a fresh folder with a link to each root. */
export async function createExecutionRoot(orderedRoots: readonly NamedRoot[]): Promise<ExecutionRoot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fbuild-exec-'))
  try {
    for (const root of orderedRoots) {
      const link = path.join(dir, root.name)
      await mkdir(path.dirname(link), { recursive: true })
      await symlink(root.dir, link, 'dir')
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    mode: 'relative',
    cwd: dir,
    command: argv => relativeArgv(argv, orderedRoots),
    nameOf: file => relativeName(file, orderedRoots),
    placePath: file => placeRelativePath(file, orderedRoots) ?? path.resolve(dir, file),
    placeText: text => placeRelativeText(text, orderedRoots),
    // rm removes the links themselves, never what they point to.
    dispose: () => rm(dir, { recursive: true, force: true })
  }
}
