/**
 * The toolchain a board builds with: the folder given (--toolchain, the action's install), else
 * the platform's own `compiler.path` when it resolves to the driver (a tool from --tools, a
 * Boards Manager install, a --build-property), else the driver found on PATH.
 */
import path from 'node:path'
import { compilerUseOf, resolvedCompilerPath } from '../arduino/compilerRecipes.js'
import type { Properties } from '../arduino/properties.js'
import { isExecutable, locateToolchain, type Toolchain } from '../toolchain/locate.js'

export interface ToolchainChoice {
  toolchain: Toolchain
  /** Whether the board's compiler.path must be set to the toolchain's bin/ (it did not name it). */
  setsCompilerPath: boolean
}

export async function chooseToolchain(props: Properties, requested: string | null): Promise<ToolchainChoice> {
  const { driver } = compilerUseOf(props)
  if (requested !== null)
    return { toolchain: await locateToolchain(requested, undefined, driver), setsCompilerPath: true }
  const own = resolvedCompilerPath(props)
  if (own !== null && (await isExecutable(path.join(own, driver)))) {
    const binDir = path.resolve(own)
    return { toolchain: { dir: path.dirname(binDir), binDir }, setsCompilerPath: false }
  }
  return { toolchain: await locateToolchain(null, undefined, driver), setsCompilerPath: true }
}
