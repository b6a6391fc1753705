/** What a store read can find. `corrupt` is a miss the caller counts as `corrupt-entry`. */
import { InternalError } from '../errors.js'

export type Lookup<T> = { kind: 'hit'; value: T } | { kind: 'miss' } | { kind: 'corrupt'; reason: string }

export const MISS = { kind: 'miss' } as const

export function hit<T>(value: T): Lookup<T> {
  return { kind: 'hit', value }
}

export function corrupt(reason: string): { kind: 'corrupt'; reason: string } {
  return { kind: 'corrupt', reason }
}

const SHA256_HEX = /^[0-9a-f]{64}$/

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value)
}

export function assertSha256Hex(value: string, what: string): void {
  if (!isSha256Hex(value)) throw new InternalError(`${what} "${value}" is not a lowercase SHA-256 hex digest`)
}
