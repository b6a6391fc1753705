/**
 * Which of a tool's per-host archives runs here, by arduino-cli's host triplet patterns
 * (cores/tools.go): the native build first, then what the OS can run (x86_64 under Rosetta 2 on
 * Apple silicon, 32-bit on 64-bit Windows). Pure.
 */
import type { ToolSystem } from './packageIndex.js'

const PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  'linux-x64': [/^x86_64-.*linux-gnu$/],
  'linux-arm64': [/^(aarch64|arm64)-.*linux-gnu$/],
  'linux-arm': [/^arm.*-linux-gnueabihf$/],
  'linux-ia32': [/^i[3456]86-.*linux-gnu$/],
  'darwin-x64': [/^x86_64-apple-darwin.*$/, /^i[3456]86-apple-darwin.*$/],
  'darwin-arm64': [/^arm64-apple-darwin.*$/, /^x86_64-apple-darwin.*$/],
  'win32-x64': [/^x86_64-mingw32$/, /^i[3456]86-(mingw32|cygwin)$/],
  'win32-ia32': [/^i[3456]86-(mingw32|cygwin)$/]
}

/** `${process.platform}-${os.arch()}`. */
export function hostOf(platform: string, arch: string): string {
  return `${platform}-${arch}`
}

export function systemForHost(systems: readonly ToolSystem[], host: string): ToolSystem | null {
  for (const pattern of PATTERNS[host] ?? []) {
    const found = systems.find(system => pattern.test(system.host))
    if (found !== undefined) return found
  }
  return null
}
