/**
 * Tools found in folders as arduino-builder's `-tools` finds them: `<dir>/<name>/<version>/`, and
 * the Boards Manager layout `<dir>/<packager>/tools/<name>/<version>/` (a `packages` folder). Each
 * gives `runtime.tools.<name>-<version>.path`, and `runtime.tools.<name>.path` names its newest
 * version. Folders are read in the order given; a later folder's tool of the same name and version
 * does not replace an earlier one.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { orMissing } from '../files.js'

export interface FoundTool {
  name: string
  version: string
  dir: string
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await orMissing(readdir(dir, { withFileTypes: true }), [])
  return entries
    .filter(entry => entry.isDirectory() && !entry.name.startsWith('.'))
    .map(entry => entry.name)
    .sort()
}

/** A child with a `tools/` folder is a packager (`packages/arduino/tools/...`), any other a tool. */
async function toolsIn(dir: string): Promise<FoundTool[]> {
  const found: FoundTool[] = []
  for (const name of await subfolders(dir)) {
    const versions = await subfolders(path.join(dir, name))
    if (versions.includes('tools')) {
      found.push(...(await toolsIn(path.join(dir, name, 'tools'))))
      continue
    }
    for (const version of versions) found.push({ name, version, dir: path.join(dir, name, version) })
  }
  return found
}

export async function scanToolsFolders(dirs: readonly string[]): Promise<FoundTool[]> {
  const seen = new Set<string>()
  const tools: FoundTool[] = []
  for (const dir of dirs) {
    for (const tool of await toolsIn(path.resolve(dir))) {
      const id = `${tool.name}-${tool.version}`
      if (seen.has(id)) continue
      seen.add(id)
      tools.push(tool)
    }
  }
  return tools
}

/** Newest first, by semantic version where both read as one (`7-2017q4` does not), else by text. */
function newerFirst(a: FoundTool, b: FoundTool): number {
  const [va, vb] = [semver.coerce(a.version), semver.coerce(b.version)]
  if (va !== null && vb !== null && !semver.eq(va, vb)) return semver.rcompare(va, vb)
  return a.version < b.version ? 1 : a.version > b.version ? -1 : 0
}

/** The `runtime.tools.*` properties of the tools found. Pure. */
export function toolProperties(tools: readonly FoundTool[]): [string, string][] {
  const properties: [string, string][] = tools.map(tool => [
    `runtime.tools.${tool.name}-${tool.version}.path`,
    tool.dir
  ])
  const names = [...new Set(tools.map(tool => tool.name))]
  for (const name of names) {
    const [newest] = tools.filter(tool => tool.name === name).sort(newerFirst)
    if (newest !== undefined) properties.push([`runtime.tools.${name}.path`, newest.dir])
  }
  return properties
}
