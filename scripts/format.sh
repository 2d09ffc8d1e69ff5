#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's swift-format (.swift-format: 4 spaces, 120 columns).
# scripts/format.sh --check fails when formatting would change a file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--check" ]; then
  changed=0
  while IFS= read -r -d '' file; do
    if ! diff -q <(swift format "$file") "$file" >/dev/null; then echo "would reformat: $file"; changed=1; fi
  done < <(find Sources Tests -name '*.swift' -print0)
  exit $changed
fi
find Sources Tests -name '*.swift' -print0 | xargs -0 swift format --in-place
