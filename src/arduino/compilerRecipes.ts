/**
 * What the platform's recipes say about its compiler, for locating and identifying it: the C
 * driver (`compiler.c.cmd`), every program the recipes run (`compiler.*.cmd`), the board's
 * machine flags (they select gcc's multilib) and `compiler.path` when it resolves. Pure.
 */
import path from 'node:path'
import { expandProperties, type Properties } from './properties.js'
import { recipeArgv } from './recipes.js'

/** gcc's drivers and binutils by their usual names: `avr-gcc`, `arm-none-eabi-g++`, `gcc`. */
export const GCC_DRIVER = /(^|-)(gcc|g\+\+|c\+\+|cc)$/

/** As toolchain/identity.ts's CompilerUse takes it (a sibling layer: the same shape, not imported). */
export interface CompilerRecipes {
  driver: string
  programs: string[]
  machineFlags: string[]
}

export function compilerUseOf(props: Properties): CompilerRecipes {
  const commandOf = (key: string): string =>
    path.basename(expandProperties(props.get(key) ?? '', props).trim())
  const programs = new Set<string>()
  for (const key of props.keys()) {
    if (/^compiler\.[A-Za-z0-9_.]*cmd$/.test(key)) {
      const command = commandOf(key)
      if (command !== '' && !command.includes('{')) programs.add(command)
    }
  }
  return {
    driver: commandOf('compiler.c.cmd'),
    programs: [...programs].sort(),
    machineFlags: machineFlagsOf(props)
  }
}

/** `-m...` options of the link recipe (`-mcpu=cortex-m0plus -mthumb`, `-mmcu=atmega328p`). */
function machineFlagsOf(props: Properties): string[] {
  if (!props.has('recipe.c.combine.pattern')) return []
  const argv = recipeArgv(props, 'recipe.c.combine.pattern', { object_files: '', archive_file: '' })
  return argv.slice(1).filter(arg => /^-m[a-z]/.test(arg))
}

/** `compiler.path` expanded, or null when it names a tool nothing set (`{runtime.tools.X.path}/bin/`). */
export function resolvedCompilerPath(props: Properties): string | null {
  const value = expandProperties(props.get('compiler.path') ?? '', props)
  return value === '' || /\{[^{}]+\}/.test(value) ? null : value
}
