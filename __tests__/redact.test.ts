import { redactText, redactUrl, urlSecrets } from '../src/redact.js'

describe('what a URL may carry is cut before it is shown', () => {
  test('credentials and query strings go; the rest stays as written', () => {
    expect(redactUrl('https://user:tok@en@h.example:8443/a/b.zip?sig=1&x=2#sha256=ab')).toBe(
      'https://h.example:8443/a/b.zip?REDACTED#sha256=ab'
    )
    expect(redactUrl('https://h.example/a@b/x.zip')).toBe('https://h.example/a@b/x.zip')
    expect(redactUrl('git@h.example:a/b.git')).toBe('git@h.example:a/b.git')
    expect(redactUrl('/a/local/index.json')).toBe('/a/local/index.json')
  })

  test('inside text, ending punctuation stays, and redacting twice changes nothing', () => {
    const line =
      "fatal: repository 'https://u:p@h/x.git/' not found; cannot download http://h/x.zip?t=s: HTTP 404."
    const once = redactText(line)
    expect(once).toBe(
      "fatal: repository 'https://h/x.git/' not found; cannot download http://h/x.zip?REDACTED: HTTP 404."
    )
    expect(redactText(once)).toBe(once)
  })

  test('the secrets a log masker is given: passwords and query strings', () => {
    const text = 'https://u:pa:ss@h/x.zip?sig=1&t=2#sha256=ab\nName@1.0\nhttps://plain.example/y.zip'
    expect(urlSecrets(text)).toEqual(['pa:ss', 'sig=1&t=2'])
    expect(urlSecrets('https://token@h/x.git')).toEqual([])
  })
})
