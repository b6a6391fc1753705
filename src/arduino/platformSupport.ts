/**
 * What a platform needs that this builder does not do (yet), read from its platform.txt layers:
 * recipes it lacks, and a compiler that is not GCC
 * (the compile cache learns a unit's inputs from gcc's -MMD output, and the toolchain's identity
 * asks gcc's driver what it runs). Each item names the key, so the message says what is missing.
 * Pure.
 */
import { GCC_DRIVER } from './compilerRecipes.js'
import { expandProperties, mergeProperties, type Properties } from './properties.js'

const REQUIRED_RECIPES = [
  'recipe.c.o.pattern',
  'recipe.cpp.o.pattern',
  'recipe.ar.pattern',
  'recipe.c.combine.pattern',
  'recipe.objcopy.hex.pattern'
]

/** `layers`: the platform.txt properties in arduino-cli's order (referenced core first, board platform last). */
export function unsupportedPlatformFeatures(layers: readonly Properties[]): string[] {
  const props = mergeProperties(new Map(), ...layers)
  const problems: string[] = []
  const missing = REQUIRED_RECIPES.filter(key => (props.get(key) ?? '').trim() === '')
  if (missing.length > 0) problems.push(`no ${missing.join(', ')} in its platform.txt`)
  for (const key of ['compiler.c.cmd', 'compiler.cpp.cmd']) {
    const command = props.get(key)
    if (command === undefined) continue
    const program = expandProperties(command, props).trim().split('/').pop() ?? ''
    if (!GCC_DRIVER.test(program)) problems.push(`a compiler that is not GCC (${key}=${command.trim()})`)
  }
  return problems
}
