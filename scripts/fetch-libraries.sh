#!/usr/bin/env bash
# Puts the real libraries the tests and the benchmark build (../shared/corpus/libraries, see its
# SOURCES.md) in ${FBUILD_LIBRARIES_DIR:-<repo>/.corpus/libraries}, for a machine without ../shared:
# each public repository at its pinned commit, checked out with git (its history left out).
# Idempotent: a library already at its commit is kept.
set -euo pipefail

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${FBUILD_LIBRARIES_DIR:-$repo_dir/.corpus/libraries}"

# folder  repository  commit (as in SOURCES.md)
libraries=(
  "ArduinoJson https://github.com/bblanchon/ArduinoJson c6c0649d70f854f258f908ec4c1a7cb013c18e31"
  "Adafruit_NeoPixel https://github.com/adafruit/Adafruit_NeoPixel 5e742843743af41e1769ae83a25f3d78827f53f7"
  "Adafruit_GFX_Library https://github.com/adafruit/Adafruit-GFX-Library ac6d7c3869a693d406f77b9bfcd486b0673169f0"
  "Adafruit_BusIO https://github.com/adafruit/Adafruit_BusIO 3b8364267c3ee6e16bad91bc2101aefbd5b5915f"
  "Adafruit_SSD1306 https://github.com/adafruit/Adafruit_SSD1306 74cc197f485cd17f68016bc323e10085e8d261f9"
)

mkdir -p "$target"
for entry in "${libraries[@]}"; do
  read -r folder url commit <<<"$entry"
  if [[ -f "$target/$folder/.fetched-commit" && "$(cat "$target/$folder/.fetched-commit")" == "$commit" ]]; then
    echo "libraries: $folder is at $commit"
    continue
  fi
  scratch="$(mktemp -d)"
  git -C "$scratch" init -q
  git -C "$scratch" remote add origin "$url"
  if ! git -C "$scratch" fetch -q --depth 1 origin "$commit"; then
    echo "libraries: cannot fetch $url at $commit (no network, or the commit is gone)" >&2
    rm -rf "$scratch"
    exit 1
  fi
  git -C "$scratch" checkout -q FETCH_HEAD
  rm -rf "$scratch/.git" "$scratch/.github"
  echo "$commit" >"$scratch/.fetched-commit"
  rm -rf "$target/$folder"
  mv "$scratch" "$target/$folder"
  echo "libraries: $folder at $commit"
done
