/**
 * A relocatable copy of Debian's avr-gcc whose programs count their own spawns: each program the
 * build (or gcc itself) runs is a small shell script that appends a line to $FBUILD_SPAWN_LOG and
 * execs the real program from the copy. The count is of real processes, seen from outside the engine.
 *
 * Layout (gcc finds everything relative to its own executable, one level below the root):
 *   X/bin/avr-gcc ...          counting wrappers, exec X/real-bin/<name>
 *   X/real-bin/avr-gcc ...     the real drivers and tools
 *   X/lib/gcc/avr/<v>/cc1 ...  counting wrappers, exec <name>.real next to them
 *   X/lib/avr/bin/{as,ld}      counting wrappers, idem
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The programs a build runs by name (platform.txt's compiler.*.cmd). */
export const DRIVERS = ['avr-gcc', 'avr-g++', 'avr-gcc-ar', 'avr-objcopy', 'avr-size']
/** What the drivers run: the compilers proper, the assembler, the linker. */
export const COMPILERS_PROPER = ['cc1', 'cc1plus', 'lto1', 'as']
export const LINKERS_PROPER = ['collect2', 'ld']

const SYSTEM = { bin: '/usr/bin', gccLib: '/usr/lib/gcc/avr', avrLib: '/usr/lib/avr' }

/**
 * One line per spawn: the program's name, then its arguments, tab-separated (one write per line).
 * A relative path (the build runs in an execution root of links: engine/executionRoot.ts) is logged
 * as the real path it names, so a test can tell which build folder a compile wrote to.
 */
function countingWrapper(name: string, exec: string): string {
  return `#!/bin/sh
# Test fixture: count this spawn, then run the real ${name}.
if [ -n "$FBUILD_SPAWN_LOG" ]; then
  line=${name}
  for arg in "$@"; do
    case $arg in
      -*|/*) ;;
      */*) dir=\${arg%/*}; [ -d "$dir" ] && arg="$(cd "$dir" && pwd -P)/\${arg##*/}" ;;
    esac
    line="$line	$arg"
  done
  printf '%s\\n' "$line" >> "$FBUILD_SPAWN_LOG"
fi
exec ${exec} "$@"
`
}

export async function installWrapper(file: string, name: string, exec: string): Promise<void> {
  await writeFile(file, countingWrapper(name, exec))
  await chmod(file, 0o755)
}

/** Copies the system toolchain to `dir` and puts counting wrappers in front of its programs. */
export async function makeCountingToolchain(dir: string): Promise<void> {
  const realBin = path.join(dir, 'real-bin')
  await mkdir(realBin, { recursive: true })
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  await mkdir(path.join(dir, 'lib', 'gcc'), { recursive: true })
  // -L: Debian's avr-objcopy is a symlink into /usr/lib/avr/bin; the copy must not point back.
  await run('cp', ['-L', ...DRIVERS.map(name => path.join(SYSTEM.bin, name)), realBin])
  await run('cp', ['-R', SYSTEM.gccLib, path.join(dir, 'lib', 'gcc', 'avr')])
  await run('cp', ['-R', SYSTEM.avrLib, path.join(dir, 'lib', 'avr')])
  for (const name of DRIVERS) {
    await installWrapper(path.join(dir, 'bin', name), name, `"\${0%/*}/../real-bin/${name}"`)
  }
  const [version] = await readdir(path.join(dir, 'lib', 'gcc', 'avr'))
  const inner = [
    ...[...COMPILERS_PROPER, ...LINKERS_PROPER]
      .filter(name => name !== 'as' && name !== 'ld')
      .map(name => path.join(dir, 'lib', 'gcc', 'avr', version ?? '', name)),
    path.join(dir, 'lib', 'avr', 'bin', 'as'),
    path.join(dir, 'lib', 'avr', 'bin', 'ld')
  ]
  await wrapInPlace(inner)
}

/**
 * Puts a counting wrapper where each program was (the program moves to `<file>.real` beside it):
 * gcc finds its programs relative to its own executable, so the folder works as before and every
 * spawn of them is logged.
 */
export async function wrapInPlace(files: readonly string[]): Promise<void> {
  for (const file of files) {
    await rename(file, `${file}.real`)
    await installWrapper(file, path.basename(file), '"$0.real"')
  }
}

/** Copies a folder tree; the copies get new mtimes (no -p), as after a checkout elsewhere. */
export async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  await run('cp', ['-R', from, to])
}

/** `tar c | tar x` into `to`, every file touched on extraction (-m): a cache restored on another runner. */
export async function tarRoundTrip(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  await run('sh', ['-c', 'tar -C "$1" -cf - . | tar -C "$2" -xmf -', 'tar-round-trip', from, to])
}

export interface Spawn {
  program: string
  args: string[]
}

export async function readSpawnLog(file: string): Promise<Spawn[]> {
  const text = await readFile(file, 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(line => line !== '')
    .map(line => {
      const [program = '', ...args] = line.split('\t')
      return { program, args }
    })
}

/** The sources the drivers compiled (`-c .. SOURCE -o OBJECT`, as platform.txt writes it; not -E runs). */
export function compiledSources(spawns: readonly Spawn[]): string[] {
  return spawns
    .filter(spawn => DRIVERS.slice(0, 2).includes(spawn.program))
    .filter(spawn => spawn.args.includes('-c') && !spawn.args.includes('-E'))
    .map(spawn => spawn.args[spawn.args.indexOf('-o') - 1] ?? '')
}

/** Spawns of the given programs. */
export function spawnsOf(spawns: readonly Spawn[], programs: readonly string[]): Spawn[] {
  return spawns.filter(spawn => programs.includes(spawn.program))
}

/** Spawns that compile or preprocess: compilers proper, the assembler, drivers with -c or -E. */
export function compilerWork(spawns: readonly Spawn[]): Spawn[] {
  return spawns.filter(
    spawn =>
      COMPILERS_PROPER.includes(spawn.program) ||
      ((spawn.program === 'avr-gcc' || spawn.program === 'avr-g++') &&
        (spawn.args.includes('-c') || spawn.args.includes('-E')))
  )
}

/** Spawns that archive or link: the linker, ar, objcopy, size, the driver linking an .elf. */
export function linkerWork(spawns: readonly Spawn[]): Spawn[] {
  return spawns.filter(
    spawn =>
      LINKERS_PROPER.includes(spawn.program) ||
      spawnsOf([spawn], ['avr-gcc-ar', 'avr-objcopy', 'avr-size']).length > 0 ||
      (spawn.program === 'avr-gcc' && spawn.args.some(arg => arg.endsWith('.elf')))
  )
}
