/**
 * Recipe hooks (`recipe.hooks.<point>.<NN>.pattern`), the points where arduino-builder runs them,
 * in its order, and each point's commands sorted by key as its RecipeByPrefixSuffixRunner does.
 * Pure: the commands come from the build properties.
 */
import { recipeArgv } from './recipes.js'
import type { Properties } from './properties.js'

/** Every hook point, in the order a build reaches it. */
export const HOOK_POINTS = [
  'prebuild',
  'sketch.prebuild',
  'sketch.postbuild',
  'libraries.prebuild',
  'libraries.postbuild',
  'core.prebuild',
  'core.postbuild',
  'linking.prelink',
  'linking.postlink',
  'objcopy.preobjcopy',
  'objcopy.postobjcopy',
  'savehex.presavehex',
  'savehex.postsavehex',
  'postbuild'
] as const

export type HookPoint = (typeof HOOK_POINTS)[number]

export interface HookCommand {
  /** `recipe.hooks.<point>.<NN>.pattern`. */
  key: string
  argv: string[]
}

/** The commands of one point: keys `recipe.hooks.<point>.*.pattern`, sorted, empty ones skipped. */
export function hookCommands(props: Properties, point: HookPoint): HookCommand[] {
  const prefix = `recipe.hooks.${point}.`
  const keys = [...props.keys()]
    .filter(
      key => key.startsWith(prefix) && key.endsWith('.pattern') && !key.slice(prefix.length).includes('hooks')
    )
    .sort()
  return keys
    .filter(key => (props.get(key) ?? '').trim() !== '')
    .map(key => ({ key, argv: recipeArgv(props, key) }))
}

/** Whether the platform has any hook. */
export function hasHooks(props: Properties): boolean {
  return [...props.keys()].some(key => key.startsWith('recipe.hooks.') && key.endsWith('.pattern'))
}
