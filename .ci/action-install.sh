#!/usr/bin/env bash
# Installs the factcheck tool for the GitHub Action (action.yml) into the folder $1 (a --tool-path).
#   FACTCHECK_VERSION: a released version to install from the package feeds (nuget.org); empty: pack the tool from the
#   action's own repository (the folder above this script) and install it from that one package.
set -euo pipefail
tools="$1"
if [ -n "${FACTCHECK_VERSION:-}" ]; then
  dotnet tool install FactCheck.Cli --version "$FACTCHECK_VERSION" --tool-path "$tools"
else
  repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  packages="$(mktemp -d)"
  dotnet pack "$repository/src/FactCheck.Cli" -c Release -o "$packages" --nologo
  # --source: only that folder is asked, so no package of the same name on a feed can be installed in its place.
  dotnet tool install FactCheck.Cli --tool-path "$tools" --source "$packages"
fi
