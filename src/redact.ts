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
