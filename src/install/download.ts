/**
 * Downloads through @actions/tool-cache, with what a URL may carry kept out of sight: credentials
 * (`https://user:token@host/...`) go as a Basic Authorization header, never in the URL tool-cache
 * logs, and every message shows the URL redacted (../redact.ts). A plain `http://` download is
 * allowed, as arduino-cli allows it, with one warning: whoever sits on the path chooses the bytes,
 * and for an index every checksum in it.
 */
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import { UsageError } from '../errors.js'
import { redactUrl } from '../redact.js'

/** The URL without its `user:password@`, and the Authorization header those make. Pure. */
export function splitCredentials(url: string): { url: string; authorization: string | undefined } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { url, authorization: undefined }
  }
  if (parsed.username === '' && parsed.password === '') return { url, authorization: undefined }
  const user = decodeURIComponent(parsed.username)
  const password = decodeURIComponent(parsed.password)
  parsed.username = ''
  parsed.password = ''
  return {
    url: parsed.href,
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  }
}

/** The warning for a download over plain http, or null. Pure. */
export function insecureUrlWarning(url: string, input: string): string | null {
  if (!/^http:\/\//i.test(url.trim())) return null
  return `${input}: ${redactUrl(url)} is plain http: anyone on the network path can change what it serves (use https)`
}

/** The lines that are there (warnings that apply), without repeats. Pure. */
export function present(lines: readonly (string | null)[]): string[] {
  return [...new Set(lines.filter(line => line !== null))]
}

/**
 * Downloads `url` as `<work>/archive`: a file of this install's own, on the tool cache's file system
 * (so nothing goes through RUNNER_TEMP). `input` names it in the one-line error.
 */
export async function downloadInto(url: string, input: string, work: string): Promise<string> {
  const { url: bare, authorization } = splitCredentials(url)
  try {
    return await tc.downloadTool(bare, path.join(work, 'archive'), authorization)
  } catch (error) {
    const status = error instanceof tc.HTTPError ? `HTTP ${error.httpStatusCode}` : (error as Error).message
    throw new UsageError(`${input}: cannot download ${redactUrl(url)}: ${status}`, { cause: error })
  }
}
