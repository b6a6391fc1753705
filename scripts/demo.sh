#!/usr/bin/env bash
# The main job, as a user's CI would run it: the Arduino examples that need no extra library
# (60 sketches) built for a Mega with a fresh cache, then again from another checkout folder with
# the cache restored: the second build runs no compiler. Reports land in build/demo/.
set -euo pipefail

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_dir"
out="$repo_dir/build/demo"
rm -rf "$out"
mkdir -p "$out"

cli=(node "$repo_dir/bin/fbuild-action.js" build --fqbn arduino:avr:mega:cpu=atmega2560
  --build-property compiler.cpp.extra_flags=-DDECIMAL_DIG=9 --store "$out/store")

echo "== cold: .corpus/examples (categories 01-08 and 11) at $out/checkout-a"
cp -r .corpus/examples "$out/checkout-a"
(cd "$out/checkout-a" && "${cli[@]}" 0[1-8]* 11* --build-dir "$out/build-a" --report "$out/cold.json")

echo "== warm: the same sketches at another path, same store"
cp -r .corpus/examples "$out/checkout-b"
(cd "$out/checkout-b" && "${cli[@]}" 0[1-8]* 11* --build-dir "$out/build-b" --report "$out/warm.json")

node -e '
const [cold, warm] = process.argv.slice(1).map(f => JSON.parse(require("fs").readFileSync(f, "utf8")).totals)
console.log(`cold: ${cold.wallSeconds}s, ${cold.compilerInvocations} compiler runs; ` +
  `warm: ${warm.wallSeconds}s, ${warm.compilerInvocations} compiler runs, ${warm.linkHits} links from cache`)
' "$out/cold.json" "$out/warm.json"
