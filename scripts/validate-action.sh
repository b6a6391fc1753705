#!/usr/bin/env bash
# Validates action.yml and the workflows with action-validator (npm). Its newest release (0.6.0)
# predates GitHub's node24 runtime, so action.yml is checked in a scratch copy with that one value
# read as node20; everything else is checked as written.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

grep -q '^  using: node24$' action.yml || { echo 'action.yml: runs.using must be node24' >&2; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
sed 's/^  using: node24$/  using: node20/' action.yml > "$scratch/action.yml"
npx --no-install action-validator "$scratch/action.yml"
for workflow in .github/workflows/*.yml; do
  npx --no-install action-validator "$workflow"
done
echo 'action.yml and workflows are valid'
