/** Store sizes as people write them (`--max-size`, `max-store-size`) and as the CLI prints them. */
import { UsageError } from '../errors.js'

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }

/**
 * `500M`, `2G`, `1.5GB`, `750MiB` or plain bytes; binary multiples, as du and ccache use. `name` is
 * the option or input, for the error.
 */
export function parseSize(text: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim())
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()]
  if (match === null || unit === undefined) {
    throw new UsageError(`${name}: "${text}" is not a size (expected e.g. 500M, 2G or bytes)`)
  }
  return Math.floor(Number(match[1]) * unit)
}

export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}
