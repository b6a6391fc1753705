#!/usr/bin/env bash
# Puts the Debian `arduino` package's example sketches (and the arduino-mighty-1284p platform) in ${FBUILD_CORPUS_DIR:-<repo>/.corpus}/examples,
# without installing the IDE: `apt-get download` the .deb and unpack it with `dpkg -x`. Needs no root.
# Idempotent: a stamp written after a complete copy makes later runs a no-op.
set -euo pipefail

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus_dir="${FBUILD_CORPUS_DIR:-$repo_dir/.corpus}"
examples_dir="$corpus_dir/examples"
stamp="$corpus_dir/examples.stamp"

count_sketches() {
  find "$1" -name '*.ino' | wc -l
}

fetch_examples() {
  # Complete = a real folder (not the symlink of an older setup) holding as many sketches as the stamp says.
  if [[ -d "$examples_dir" && ! -L "$examples_dir" && -f "$stamp" ]]; then
    expected="$(sed -n 's/^sketches=//p' "$stamp")"
    if [[ -n "$expected" && "$(count_sketches "$examples_dir")" == "$expected" ]]; then
      echo "corpus: $examples_dir is up to date ($(sed -n 's/^version=//p' "$stamp"), $expected sketches)"
      return 0
    fi
  fi

  scratch="$(mktemp -d)"

  echo "corpus: downloading the Debian arduino package into $scratch"
  if ! (cd "$scratch" && apt-get download arduino); then
    echo "corpus: 'apt-get download arduino' failed; run 'apt-get update' (as root) or check the network" >&2
    exit 1
  fi
  deb="$(find "$scratch" -maxdepth 1 -name 'arduino_*.deb' | head -n 1)"
  version="$(dpkg-deb -f "$deb" Version)"
  dpkg -x "$deb" "$scratch/x"

  # The package keeps the examples under doc/; usr/share/arduino/examples is only a symlink to them.
  source_dir="$scratch/x/usr/share/doc/arduino/examples"
  if [[ ! -d "$source_dir" ]]; then
    echo "corpus: arduino $version has no usr/share/doc/arduino/examples" >&2
    exit 1
  fi

  # Copy beside the target, then swap, so an interrupted run never leaves a half-filled examples/.
  mkdir -p "$corpus_dir"
  rm -rf "$examples_dir.partial"
  cp -RL "$source_dir" "$examples_dir.partial"
  rm -rf "$examples_dir" "$stamp"
  mv "$examples_dir.partial" "$examples_dir"
  sketches="$(count_sketches "$examples_dir")"
  printf 'package=arduino\nversion=%s\nsketches=%s\n' "$version" "$sketches" >"$stamp"
  echo "corpus: $examples_dir holds $sketches sketches from arduino $version"
  rm -rf "$scratch"
}
fetch_examples

# A third-party platform whose boards use the Arduino core (build.core=arduino:arduino): Debian's
# arduino-mighty-1284p, unpacked the same way (its package depends on the whole IDE, which the
# tests do not need). The Boards Manager tests serve it as a package index platform.
mighty_dir="$corpus_dir/platforms/mighty-1284p"
if [[ ! -f "$mighty_dir/boards.txt" ]]; then
  mighty_scratch="$(mktemp -d)"
  (cd "$mighty_scratch" && apt-get download arduino-mighty-1284p) || {
    echo "corpus: 'apt-get download arduino-mighty-1284p' failed; run 'apt-get update' (as root)" >&2
    exit 1
  }
  dpkg -x "$(find "$mighty_scratch" -maxdepth 1 -name 'arduino-mighty-1284p_*.deb' | head -n 1)" "$mighty_scratch/x"
  mkdir -p "$(dirname "$mighty_dir")"
  rm -rf "$mighty_dir.partial"
  cp -R "$mighty_scratch/x/usr/share/arduino/hardware/mighty-1284p" "$mighty_dir.partial"
  mv "$mighty_dir.partial" "$mighty_dir"
  rm -rf "$mighty_scratch"
  echo "corpus: $mighty_dir holds Debian's arduino-mighty-1284p"
fi
