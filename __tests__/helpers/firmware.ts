/** What firmware holds: the bytes an Intel HEX file loads, to look for strings (a path) in them. */

/** The data records' bytes, in order, as latin1 text. */
export function firmwareText(hex: string | Buffer): string {
  const text = typeof hex === 'string' ? hex : hex.toString('latin1')
  return text
    .split(/\r?\n/)
    .filter(line => line.startsWith(':') && line.slice(7, 9) === '00')
    .map(line => Buffer.from(line.slice(9, -2), 'hex').toString('latin1'))
    .join('')
}
