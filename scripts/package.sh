#!/usr/bin/env bash
# npm run package: dist/ as GitHub runs it. tsc emits src/ once to build/lib without type-checking
# (npm run typecheck does that), then ncc bundles each entry's JavaScript. Each output folder is
# made afresh: the CLI's installers are chunks of their own (loaded only when a build installs
# something), and a chunk an older build left must not stay behind.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rm -rf build/lib dist/main dist/post dist/cli
tsc -p tsconfig.build.json --noCheck
bundle() {
  ncc build "build/lib/$1" -o "dist/$2" --license licenses.txt --no-source-map-register -q
}
bundle action/index.js main
bundle action/postIndex.js post
bundle cli/index.js cli
