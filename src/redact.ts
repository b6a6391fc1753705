/**
 * What a URL may carry that must never be shown: `user:password@` and a query string (signed
 * URLs put their token there). Everything shown (the report, log lines, errors, annotations, the
 * summary, outputs) passes URLs, or text that may hold one, through here; cache keys still hash the
 * URL as given. Pure, and textual: the URL is not normalised, only cut.
 */

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i
// Punctuation that ends a sentence (`...zip: HTTP 404`) is not part of the URL.
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]*[^\s'"<>`:,.;)]/gi

/** The URL without credentials, its query replaced by `?REDACTED`; text that is no URL is returned as is. */
export function redactUrl(url: string): string {
  const parts = URL_PARTS.exec(url)
  if (parts === null) return url
  const [, scheme = '', rest = '', query, fragment = ''] = parts
  return `${scheme}${rest}${query === undefined ? '' : '?REDACTED'}${fragment}`
}

/** Every URL inside `text` redacted (an error line, a git message). */
export function redactText(text: string): string {
  return text.replace(URL_IN_TEXT, redactUrl)
}

/**
 * The secret parts of the URLs in `text` (a password, a query string), for a log masker to hide
 * wherever they appear, even in a library's own debug lines. Pure.
 */
export function urlSecrets(text: string): string[] {
  const secrets = new Set<string>()
  for (const [url] of text.matchAll(URL_IN_TEXT)) {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1]
    const password = userinfo?.slice(userinfo.indexOf(':') + 1)
    if (userinfo?.includes(':') && password) secrets.add(password)
    const query = /\?([^#]+)/.exec(url)?.[1]
    if (query) secrets.add(query)
  }
  return [...secrets]
}
