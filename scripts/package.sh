#!/usr/bin/env bash
# Bundles the action's two steps and the CLI into dist/ with ncc, the three at once (each type-checks
# on its own, single-threaded); fails when any of them fails, after all have finished.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bundle() {
  npx --no-install ncc build "$1" -o "$2" --license licenses.txt --no-source-map-register -q
}

pids=()
bundle src/action/index.ts dist/main & pids+=($!)
bundle src/action/postIndex.ts dist/post & pids+=($!)
bundle src/cli/index.ts dist/cli & pids+=($!)
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit "$status"
