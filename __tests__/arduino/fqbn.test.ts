import { formatFqbn, parseFqbn } from '../../src/arduino/fqbn.js'
import { UsageError } from '../../src/errors.js'

describe('parseFqbn', () => {
  it('splits packager, architecture and board', () => {
    const fqbn = parseFqbn('arduino:avr:uno')
    expect(fqbn).toEqual({ packager: 'arduino', arch: 'avr', board: 'uno', options: new Map() })
  })

  it('reads options in order; a value may contain "=" and surrounding spaces are trimmed', () => {
    const fqbn = parseFqbn('esp8266:esp8266:generic:xtal=80, eesz=4M2M,opt=a=b')
    expect([...fqbn.options]).toEqual([
      ['xtal', '80'],
      ['eesz', '4M2M'],
      ['opt', 'a=b']
    ])
  })

  it('accepts an empty option value, as arduino-cli does', () => {
    expect(parseFqbn('arduino:avr:nano:cpu=').options.get('cpu')).toBe('')
  })

  it.each([
    ['arduino:avr', 'expected PACKAGER:ARCH:BOARD[:OPTION=VALUE,...]'],
    ['arduino:avr:uno:cpu=a:extra', 'expected PACKAGER:ARCH:BOARD'],
    ['arduino:avr:', 'empty field'],
    [':avr:uno', 'empty field'],
    ['arduino:a vr:uno', '"a vr" may only contain'],
    ['arduino:avr:nano:cpu', 'option "cpu"'],
    ['arduino:avr:nano:=x', 'option "=x"'],
    ['arduino:avr:nano:cpu=a,', 'option ""'],
    ['arduino:avr:nano:c/pu=x', 'option name "c/pu"'],
    ['arduino:avr:nano:cpu=a b', 'option value "a b"']
  ])('rejects %s', (text, why) => {
    const parse = (): unknown => parseFqbn(text)
    expect(parse).toThrow(UsageError)
    expect(parse).toThrow(`fqbn "${text}" is not valid: `)
    expect(parse).toThrow(why)
  })
})

describe('formatFqbn', () => {
  it.each(['arduino:avr:uno', 'arduino:avr:nano:cpu=atmega328old', 'x:y:z:a=1,b=c=d'])(
    'gives back %s',
    text => {
      expect(formatFqbn(parseFqbn(text))).toBe(text)
    }
  )

  it('writes options in insertion order, canonical spacing', () => {
    expect(formatFqbn(parseFqbn('a:b:c: z = 1 ,a=2'))).toBe('a:b:c:z=1,a=2')
  })
})
