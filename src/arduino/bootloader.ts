/**
 * `<sketch>.with_bootloader.hex`: the sketch's .hex with the board's bootloader image appended, as
 * arduino-builder makes it (merge_sketch_with_bootloader.go): both files read as rows (CRLF as
 * LF, split on LF), the sketch's last two rows (its end-of-file record and the empty row after
 * it) dropped, the bootloader's rows appended, all joined with LF. The bootloader image is taken
 * as it is, a .bin too. Pure.
 */
import path from 'node:path'
import { expandProperties, type Properties } from './properties.js'

/** The bootloader image the board names (`bootloader.noblink` before `bootloader.file`), or null. */
export function bootloaderImage(props: Properties): string | null {
  const named = props.get('bootloader.noblink') ?? props.get('bootloader.file')
  if (named === undefined) return null
  const platformDir = props.get('runtime.platform.path') ?? ''
  return path.join(platformDir, 'bootloaders', expandProperties(named, props))
}

function rows(content: Buffer): Buffer[] {
  const text = content.toString('latin1').replaceAll('\r\n', '\n')
  return text.split('\n').map(row => Buffer.from(row, 'latin1'))
}

export function mergeWithBootloader(sketchHex: Buffer, bootloader: Buffer): Buffer {
  const merged = [...rows(sketchHex).slice(0, -2), ...rows(bootloader)]
  const newline = Buffer.from('\n')
  return Buffer.concat(merged.flatMap((row, i) => (i === 0 ? [row] : [newline, row])))
}
