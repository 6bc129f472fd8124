#!/bin/sh
# Install the SARIF SDK's multitool, whose `validate` command checks a
# SARIF log against the schema, the SARIF rules and the rules of GitHub's
# code scanning ingestion. tests/t7100-format-sarif.sh uses it when it is
# there and never downloads anything itself, so that the suite runs
# offline; CI runs this script first. Safe to run again: a copy of the
# wanted version is kept.
#
#   scripts/install-sarif-multitool.sh [version]
#
# The version is pinned so that a new release of the validator, with new
# warnings, never changes a test result by surprise; pass another one to
# try it. The tool goes to $GIT_CRA_SARIF_MULTITOOL_DIR, by default
# ~/.cache/git-cra/sarif-multitool, outside the checkout. It needs npm.
set -eu

version=${1:-5.7.0}
dir=${GIT_CRA_SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/git-cra/sarif-multitool}
package=$dir/node_modules/@microsoft/sarif-multitool/package.json

installed=
if [ -f "$package" ]; then
	installed=$(sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' \
		"$package")
fi
if [ "$installed" = "$version" ]; then
	echo "sarif-multitool: $version already in $dir"
	exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
	echo "sarif-multitool: npm is needed (install Node.js)" >&2
	exit 1
fi
mkdir -p "$dir"
echo "sarif-multitool: installing @microsoft/sarif-multitool@$version into $dir"
npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
	"@microsoft/sarif-multitool@$version"

# The package's launcher passes its arguments through a shell; the tests
# run the platform binary it wraps, so check that one runs.
for tool in "$dir"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
	if [ -x "$tool" ] && "$tool" --version >/dev/null 2>&1; then
		echo "sarif-multitool: $tool"
		exit 0
	fi
done
echo "sarif-multitool: installed, but no Sarif.Multitool binary runs here" >&2
exit 1
