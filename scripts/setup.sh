#!/usr/bin/env bash
# Everything `npm test` needs on Debian 12: the AVR toolchain, the Arduino AVR platform, arduino-builder
# (the oracle), ccache (a benchmark peer), the ARM toolchain (SAMD tests), bzip2 and xz (tool archives),
# the npm dependencies and the example corpus.
# Run as root, or as a user with sudo (apt needs root), from anywhere.
set -euo pipefail

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo 'setup: run as root, or install sudo' >&2; exit 1; }
  as_root=(sudo)
fi

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(gcc-avr binutils-avr avr-libc arduino-core-avr arduino-builder arduino-ctags ccache
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib bzip2 xz-utils)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$pkg")
  fi
done

# apt-get update runs every time: fetch-corpus.sh downloads the arduino .deb from the same lists.
echo "== setup: apt-get update"
"${as_root[@]}" apt-get update
if ((${#missing[@]})); then
  echo "== setup: installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "== setup: Debian packages already installed"
fi

echo "== setup: npm ci"
(cd "$repo_dir" && npm ci)

echo "== setup: example corpus"
bash "$repo_dir/scripts/fetch-corpus.sh"
