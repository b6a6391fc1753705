/**
 * Go's string order, which arduino-cli and arduino-builder sort files and names by: byte-wise over
 * UTF-8 (JavaScript's `<` compares UTF-16 units, which differs beyond ASCII).
 */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}
