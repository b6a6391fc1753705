import { UsageError } from '../../src/errors.js'
import { formatSize, parseSize } from '../../src/store/byteSize.js'

describe('parseSize', () => {
  it.each<[string, number]>([
    ['1048576', 1048576],
    ['0', 0],
    ['500M', 500 * 1024 ** 2],
    ['500m', 500 * 1024 ** 2],
    ['2G', 2 * 1024 ** 3],
    ['1.5GB', 1.5 * 1024 ** 3],
    ['750MiB', 750 * 1024 ** 2],
    ['64k', 64 * 1024],
    ['1T', 1024 ** 4],
    [' 2 G ', 2 * 1024 ** 3]
  ])('reads %j as %d bytes', (text, bytes) => {
    expect(parseSize(text, '--max-size')).toBe(bytes)
  })

  it.each(['lots', '-1', '5X', '', 'M', '1.5.2G', '2GG'])(
    'rejects %j with a UsageError naming --max-size',
    text => {
      expect(() => parseSize(text, '--max-size')).toThrow(UsageError)
      expect(() => parseSize(text, '--max-size')).toThrow(/--max-size/)
    }
  )
})

describe('formatSize', () => {
  it.each<[number, string]>([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [500 * 1024 ** 2, '500.0 MiB'],
    [3 * 1024 ** 5, '3072.0 TiB']
  ])('writes %d bytes as %j', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text)
  })

  it('reads back what parseSize reads, to the precision it shows', () => {
    expect(formatSize(parseSize('1.5GB', '--max-size'))).toBe('1.5 GiB')
  })
})
