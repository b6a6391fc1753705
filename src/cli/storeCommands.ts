/** `fbuild-action stats` and `fbuild-action prune`: look into the store and keep it small. */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import { pruneStores, readStoreStats } from '../store/root.js'
import { MISS_REASONS } from '../store/index.js'
import { asUsageError, defaultStoreDir } from './args.js'
import { formatSize, parseSize } from '../store/byteSize.js'

export async function statsCommand(argv: readonly string[], write: (text: string) => void): Promise<number> {
  const { values } = asUsageError(
    () =>
      parseArgs({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, json: { type: 'boolean' } }
      }),
    ['store', 'json']
  )
  const root = typeof values.store === 'string' ? values.store : defaultStoreDir()
  const stats = await readStoreStats(root)
  if (values.json === true) {
    write(`${JSON.stringify({ store: root, ...stats }, null, 2)}\n`)
    return 0
  }
  const { totals } = stats
  const misses = MISS_REASONS.map(reason => `${reason} ${totals.misses[reason]}`).join(', ')
  write(
    [
      `store              ${root}`,
      `entries            ${stats.entries} (${formatSize(stats.bytesOnDisk)} on disk)`,
      `hits               ${totals.hits}`,
      `misses             ${misses}`,
      `uncacheable        ${totals.uncacheable}`,
      `compiler runs      ${totals.compilerInvocations}`,
      `linker runs        ${totals.linkerInvocations}`,
      `bytes stored       ${formatSize(totals.bytesStored)}`
    ].join('\n') + '\n'
  )
  return 0
}

export async function pruneCommand(argv: readonly string[], write: (text: string) => void): Promise<number> {
  const { values } = asUsageError(
    () =>
      parseArgs({
        args: [...argv],
        strict: true,
        options: { store: { type: 'string' }, 'max-size': { type: 'string' } }
      }),
    ['store', 'max-size']
  )
  const maxSize = values['max-size']
  if (typeof maxSize !== 'string') throw new UsageError('prune: --max-size SIZE is required (e.g. 500M)')
  const root = typeof values.store === 'string' ? values.store : defaultStoreDir()
  const result = await pruneStores(root, parseSize(maxSize, '--max-size'))
  write(
    `pruned ${root}: ${formatSize(result.bytesBefore)} -> ${formatSize(result.bytesAfter)}, ` +
      `${result.entriesRemoved} entries and ${result.blobsRemoved} blobs removed\n`
  )
  return 0
}
