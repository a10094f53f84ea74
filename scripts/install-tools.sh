#!/usr/bin/env bash
# Installs the policy tools at pinned versions into .tools/bin of this repository:
#   - Open Policy Agent (opa): builds, tests and formats the policy bundle in policies/;
#   - Regal (regal): lints it.
# Each tool is skipped when .tools/bin/<tool> already reports the pinned version.
# Usage: bash scripts/install-tools.sh [opa] [regal]   (both when none is named)
# Needs Go; the tools come from the Go module proxy.
set -euo pipefail

OPA_MODULE=github.com/open-policy-agent/opa
OPA_VERSION=v1.22.2
REGAL_MODULE=github.com/styrainc/regal
REGAL_VERSION=v0.35.1

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin_dir="$repo_root/.tools/bin"

if ! command -v go >/dev/null 2>&1; then
  echo "install-tools: Go is required (https://go.dev/doc/install)" >&2
  exit 1
fi
mkdir -p "$bin_dir"
wanted="${*:-opa regal}"
wants() { [[ " $wanted " == *" $1 "* ]]; }

# Prints the version a tool in .tools/bin reports on its "Version:" line, without a leading "v".
installed_version() {
  local tool="$bin_dir/$1"
  [[ -x "$tool" ]] || return 0
  "$tool" version 2>/dev/null | awk '$1 == "Version:" { sub(/^v/, "", $2); print $2; exit }'
}

is_installed() {
  [[ "$(installed_version "$1")" == "${2#v}" ]]
}

if ! wants opa; then
  :
elif is_installed opa "$OPA_VERSION"; then
  echo "opa $OPA_VERSION already installed"
else
  echo "installing opa $OPA_VERSION"
  GOBIN="$bin_dir" go install "$OPA_MODULE@$OPA_VERSION"
fi

if ! wants regal; then
  :
elif is_installed regal "$REGAL_VERSION"; then
  echo "regal $REGAL_VERSION already installed"
else
  echo "installing regal $REGAL_VERSION"
  # Regal reports the version it was stamped with at link time.
  regal_ldflags="-X $REGAL_MODULE/pkg/version.Version=$REGAL_VERSION"
  if ! GOBIN="$bin_dir" go install -ldflags "$regal_ldflags" "$REGAL_MODULE@$REGAL_VERSION"; then
    # `go install module@version` also reads the module's version list (to look for a deprecation
    # notice), which some proxies refuse for this module. Build the downloaded module instead.
    echo "installing regal $REGAL_VERSION from the downloaded module"
    work_dir="$(mktemp -d)"
    trap 'rm -rf "$work_dir"' EXIT
    module_dir="$(cd "$work_dir" && go mod download -json "$REGAL_MODULE@$REGAL_VERSION" |
      sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')"
    (cd "$module_dir" && GOBIN="$bin_dir" GOFLAGS= go install -ldflags "$regal_ldflags" .)
  fi
fi

for tool in $wanted; do
  echo "$tool $(installed_version "$tool")"
done
