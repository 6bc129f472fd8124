#!/bin/sh
# Install what building and testing git-cra needs, and only what is missing.
# Called by `make deps` (and so by `make demo` and `make check`); safe to run
# again. Supports apt (Debian, Ubuntu), dnf (Fedora), apk (Alpine) and brew.
#
#   scripts/install-deps.sh [build|test]
#
# "build" is what compiling needs; "test" adds what the test suite runs.
set -eu

want=${1:-test}
missing=""

need_pc() { pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"; }
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }

have_lua=0
for pc in lua5.4 lua-5.4 lua54; do
	pkg-config --exists "$pc" 2>/dev/null && have_lua=1
done
if pkg-config --exists lua 2>/dev/null &&
   pkg-config --modversion lua | grep -q '^5\.4'; then
	have_lua=1
fi

if command -v apt-get >/dev/null 2>&1; then
	pm=apt
	need_cmd cc build-essential
	need_cmd make make
	need_cmd pkg-config pkg-config
	need_pc libgit2 libgit2-dev
	need_pc yaml-0.1 libyaml-dev
	need_pc libcjson libcjson-dev
	need_pc libcrypto libssl-dev
	[ $have_lua = 1 ] || missing="$missing liblua5.4-dev"
	if [ "$want" = test ]; then
		need_cmd git git
		need_cmd prove perl
		need_cmd jq jq
		need_cmd ssh-keygen openssh-client
		need_cmd gpg gnupg
		need_cmd xmllint libxml2-utils
		need_cmd script bsdutils
		# GNU time measures peak memory in make bench; "time" is
		# also a shell keyword, so look for the program itself.
		[ -x /usr/bin/time ] || missing="$missing time"
	fi
elif command -v dnf >/dev/null 2>&1; then
	pm=dnf
	need_cmd cc gcc
	need_cmd make make
	need_cmd pkg-config pkgconf-pkg-config
	need_pc libgit2 libgit2-devel
	need_pc yaml-0.1 libyaml-devel
	need_pc libcjson cjson-devel
	need_pc libcrypto openssl-devel
	[ $have_lua = 1 ] || missing="$missing lua-devel"
	if [ "$want" = test ]; then
		need_cmd git git
		need_cmd prove perl-Test-Harness
		need_cmd jq jq
		need_cmd ssh-keygen openssh-clients
		need_cmd gpg gnupg2
		need_cmd xmllint libxml2
	fi
elif command -v apk >/dev/null 2>&1; then
	pm=apk
	need_cmd cc build-base
	need_cmd pkg-config pkgconf
	need_pc libgit2 libgit2-dev
	need_pc yaml-0.1 yaml-dev
	need_pc libcjson cjson-dev
	need_pc libcrypto openssl-dev
	[ $have_lua = 1 ] || missing="$missing lua5.4-dev"
	if [ "$want" = test ]; then
		need_cmd git git
		need_cmd prove perl-utils
		need_cmd jq jq
		need_cmd ssh-keygen openssh-keygen
		need_cmd gpg gnupg
		need_cmd xmllint libxml2-utils
	fi
elif command -v brew >/dev/null 2>&1; then
	pm=brew
	# Homebrew keeps OpenSSL out of pkg-config's path, as the Makefile
	# knows: look where it does.
	PKG_CONFIG_PATH="$(brew --prefix openssl)/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
	export PKG_CONFIG_PATH
	need_cmd pkg-config pkg-config
	need_pc libgit2 libgit2
	need_pc yaml-0.1 libyaml
	need_pc libcjson cjson
	need_pc libcrypto openssl
	[ $have_lua = 1 ] || missing="$missing lua"
	[ "$want" != test ] || need_cmd jq jq
else
	pm=none
fi

[ -n "$missing" ] || exit 0

if [ $pm = none ]; then
	echo "error: missing:$missing; no known package manager to install them" >&2
	exit 1
fi

echo "installing build dependencies with $pm:$missing"
sudo=""
if [ "$(id -u)" != 0 ] && [ $pm != brew ]; then
	sudo=sudo
fi
case $pm in
apt)
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq
	# shellcheck disable=SC2086
	$sudo apt-get install -y -qq --no-install-recommends $missing
	;;
dnf)	$sudo dnf install -y $missing ;;
apk)	$sudo apk add --no-cache $missing ;;
brew)	brew install $missing ;;
esac
