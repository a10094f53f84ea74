#!/usr/bin/env bash
# Checks the policy bundle the way CI does: formatted, strictly type-checked, linted, tested with
# coverage of at least 90%, and compilable to WebAssembly with the gateway's entrypoints.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
bash scripts/install-tools.sh >/dev/null
opa=.tools/bin/opa
regal=.tools/bin/regal

echo "opa fmt";   "$opa" fmt --fail --list policies
echo "opa check"; "$opa" check --strict policies
echo "regal lint"; "$regal" lint policies
echo "opa test"
coverage_file="$(mktemp)"
trap 'rm -f "$coverage_file"' EXIT
# Tests that walk every category and purpose take seconds each; opa's 5 s default fails them on a busy machine.
"$opa" test policies --timeout 120s --coverage --format=json > "$coverage_file" || { "$opa" test policies --timeout 120s; exit 1; }
"$opa" test policies --timeout 120s
node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const coverage = report.coverage ?? 0;
  console.log(`policy test coverage: ${coverage.toFixed(1)}%`);
  if (coverage < 90) { console.error("Policy test coverage is below 90%."); process.exit(1); }
' "$coverage_file"
echo "opa build -t wasm"
bundle_dir="$(mktemp -d)"
# The same build the services use (scripts/lib/policy-bundle.ts), with every entrypoint the gateway reads.
node_modules/.bin/node -e '
  import("./scripts/lib/policy-bundle.ts").then(({ buildPolicyBundle }) => buildPolicyBundle(process.argv[1]));
' "$bundle_dir/bundle.tar.gz"
rm -rf "$bundle_dir"
