/** An input getter as the runner gives inputs: the values a workflow sets, else action.yml's defaults. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { repoDir } from './corpus.js'

const action = parse(readFileSync(path.join(repoDir, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

export function inputGetter(given: Record<string, string>): (name: string) => string {
  return name => given[name] ?? action.inputs[name]?.default ?? ''
}
