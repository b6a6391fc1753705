/**
 * Runs a platform's recipe hooks (arduino/hooks.ts) for one sketch.
 *
 * How hook results are cached (the rule):
 * - Hooks before and around the compile (prebuild ... core.postbuild) run on every build, warm too:
 *   they are scripts, not compilers, and they must still make what the build reads. What they write
 *   reaches a unit only as a file the compiler reads, so it is in the unit's key by content (-MMD);
 *   a generated header that changes is a miss, one that does not is a hit.
 * - Their command lines, and those of the link hooks, are in the link key (they can write what the
 *   link reads without a compiler seeing it: a linker script, a library).
 * - Link hooks (linking.*, objcopy.*) run with the link, inside its steps; a link hit restores
 *   what the link steps made in the build folder (`<sketch>.ino.*`, their files too), without
 *   running them. A hook that writes elsewhere is not restored.
 * - postbuild runs after every successful build, hit or not.
 * - A hook that fails fails the sketch with its output; such a failure is never stored.
 */
import type { HookPoint } from '../arduino/hooks.js'
import { hookCommands } from '../arduino/hooks.js'
import type { Properties } from '../arduino/properties.js'
import type { ProcessRunner } from '../toolchain/processes.js'

/** A hook whose program cannot start (not found, not executable) fails as a shell's would: exit 127, with why. */
async function runHook(
  runner: ProcessRunner,
  argv: readonly string[]
): Promise<{ code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  try {
    return await runner.run('hook', argv)
  } catch (error) {
    return {
      code: 127,
      signal: null,
      stdout: '',
      stderr: error instanceof Error ? error.message : String(error)
    }
  }
}

/** Runs the points' commands in order; the first failure's message, or null. */
export async function runHooks(
  runner: ProcessRunner,
  props: Properties,
  points: readonly HookPoint[]
): Promise<string | null> {
  for (const point of points) {
    for (const { key, argv } of hookCommands(props, point)) {
      const result = await runHook(runner, argv)
      if (result.code !== 0 || result.signal !== null)
        return `${key}: ${(result.stdout + result.stderr).trim() || `exit code ${result.code}`}`
    }
  }
  return null
}

/** Every hook command of the points, for a link key (normalized by the caller). */
export function hookArgvs(props: Properties, points: readonly HookPoint[]): [string, string[]][] {
  return points.flatMap(point =>
    hookCommands(props, point).map(({ key, argv }): [string, string[]] => [key, argv])
  )
}
