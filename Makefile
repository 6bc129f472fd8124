# git-cra: build, test, install. See README.md.
#
#   make                       build build/git-cra
#   make check                 build and run every test through prove
#   make demo                  run git-cra on the bundled example products
#   make bench                 print the benchmark figures
#   make fuzz                  run every libFuzzer target (FUZZ_TIME seconds each)
#   make install PREFIX=/usr DESTDIR=/tmp/pkg
#   make STRICT=1              warnings are errors, extra warnings on
#   make SANITIZER=address,undefined   (builds into build-san/ by default)
#   make V=1                   show the full commands

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/git-cra
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=

CC ?= cc
PKG_CONFIG ?= pkg-config
PROVE ?= prove
CFLAGS ?= -O2 -g

VERSION := $(shell cat VERSION)

ifdef SANITIZER
O ?= build-san
SAN_FLAGS = -fsanitize=$(SANITIZER) -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
else
O ?= build
SAN_FLAGS =
endif

# Homebrew installs OpenSSL where pkg-config does not look (keg-only).
BREW_OPENSSL := $(shell brew --prefix openssl 2>/dev/null)
ifneq ($(and $(BREW_OPENSSL),$(wildcard $(BREW_OPENSSL)/lib/pkgconfig)),)
PKG_CONFIG := PKG_CONFIG_PATH="$(BREW_OPENSSL)/lib/pkgconfig:$$PKG_CONFIG_PATH" $(PKG_CONFIG)
endif

# Lua 5.4 has a different pkg-config name on nearly every distribution.
LUA_PC := $(firstword $(foreach p,lua5.4 lua-5.4 lua54 lua,\
	$(shell $(PKG_CONFIG) --exists $(p) 2>/dev/null && echo $(p))))
PKGS = libgit2 yaml-0.1 libcjson libcrypto $(LUA_PC)

PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)

WARN = -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes \
	-Wstrict-prototypes -Wvla -Wformat=2
# The fuzz build: clang's libFuzzer instrumentation on everything.
ifdef FUZZ
SAN_FLAGS += -fsanitize=fuzzer-no-link
endif

ifdef STRICT
WARN += -Werror -Wshadow -Wpointer-arith -Wcast-qual -Wwrite-strings \
	-Wundef -Wnull-dereference
endif

ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	$(WARN) $(CFLAGS) $(SAN_FLAGS) $(PKG_CFLAGS) -Isrc \
	-DCRA_VERSION='"$(VERSION)"' -DCRA_DATADIR='"$(DATADIR)"' -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SAN_FLAGS)
LIBS = $(PKG_LIBS) -lm

ifeq ($(V),1)
Q =
quiet = @:
else
Q = @
quiet = @printf '  %-6s %s\n'
endif

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(O)/obj/%.o)
MAIN_OBJ := $(O)/obj/main.o
UNIT_SRC := $(wildcard tests/unit/test-*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(O)/unit/%)

all: $(O)/git-cra

# Rebuild everything when the flags change (PREFIX, SANITIZER, CFLAGS...).
$(O)/.flags: FORCE
	@mkdir -p $(O)
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' > $@

$(O)/obj/%.o: src/%.c $(O)/.flags | deps-build
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/libcra.a: $(LIB_OBJ)
	$(quiet) AR $@
	$(Q)rm -f $@ && ar rcs $@ $^

$(O)/git-cra: $(MAIN_OBJ) $(O)/libcra.a
	$(quiet) LINK $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(O)/unit/%: tests/unit/%.c tests/unit/tap.h $(O)/libcra.a $(O)/.flags
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(O)/libcra.a \
		$(ALL_LDFLAGS) $(LIBS)

# Build dependencies: installed on first use, with a line saying what.
deps-build:
	@sh scripts/install-deps.sh build
deps:
	@sh scripts/install-deps.sh test

check: deps all $(UNIT_BIN)
	@GIT_CRA_BUILD=$(CURDIR)/$(O) GIT_CRA_DATADIR=$(CURDIR) \
		$(PROVE) --exec '' $(PROVE_FLAGS) \
		$(sort $(wildcard tests/t[0-9]*.sh)) $(UNIT_BIN)

# Run one test script verbosely: make test T=tests/t0001-basic.sh
test: deps all $(UNIT_BIN)
	@GIT_CRA_BUILD=$(CURDIR)/$(O) GIT_CRA_DATADIR=$(CURDIR) \
		$(PROVE) --exec '' -v $(T)

demo: deps all
	@GIT_CRA=$(CURDIR)/$(O)/git-cra GIT_CRA_DATADIR=$(CURDIR) \
		sh examples/demo.sh

bench: deps all
	@GIT_CRA=$(CURDIR)/$(O)/git-cra GIT_CRA_DATADIR=$(CURDIR) \
		sh bench/run.sh

# One libFuzzer binary per tests/fuzz/fuzz-*.c, each run for FUZZ_TIME
# seconds on its own corpus; a crash stops with the input that caused it.
FUZZ_TIME ?= 60
FUZZ_SRC := $(wildcard tests/fuzz/fuzz-*.c)
fuzz: deps-build
	@command -v clang >/dev/null || { echo "error: make fuzz needs clang" >&2; exit 2; }
	$(MAKE) CC=clang FUZZ=1 SANITIZER=address,undefined O=build-fuzz \
		CFLAGS='-O1 -g' build-fuzz/libcra.a
	@mkdir -p build-fuzz/bin
	@set -e; for src in $(FUZZ_SRC); do \
		name=$$(basename $$src .c); \
		echo "  FUZZ   $$name ($(FUZZ_TIME) s)"; \
		clang -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g \
			-fsanitize=fuzzer,address,undefined -Isrc $(PKG_CFLAGS) \
			-DCRA_VERSION='"$(VERSION)"' -DCRA_DATADIR='"$(CURDIR)"' \
			-o build-fuzz/bin/$$name $$src build-fuzz/libcra.a $(LIBS); \
		mkdir -p build-fuzz/corpus/$$name; \
		if ! GIT_CRA_DATADIR=$(CURDIR) build-fuzz/bin/$$name \
			-max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
			-artifact_prefix=build-fuzz/crash-$$name- \
			build-fuzz/corpus/$$name >build-fuzz/$$name.log 2>&1; then \
			tail -n 40 build-fuzz/$$name.log; \
			echo "error: $$name crashed; the input is in build-fuzz/" >&2; \
			exit 1; \
		fi; \
		grep -E '^Done' build-fuzz/$$name.log; \
	done

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/rules \
		$(DESTDIR)$(DATADIR)/policies $(DESTDIR)$(DATADIR)/hooks \
		$(DESTDIR)$(MANDIR)/man1
	install -m 755 $(O)/git-cra $(DESTDIR)$(BINDIR)/git-cra
	cd rules && find . -type d -exec install -d \
		'$(DESTDIR)$(DATADIR)/rules/{}' ';'
	cd rules && find . -type f \( -name '*.lua' -o -name '*.test.yaml' \) \
		-exec install -m 644 '{}' '$(DESTDIR)$(DATADIR)/rules/{}' ';'
	if [ -d data ]; then cd data && find . -type d -exec install -d \
		'$(DESTDIR)$(DATADIR)/data/{}' ';' && find . -type f -exec \
		install -m 644 '{}' '$(DESTDIR)$(DATADIR)/data/{}' ';'; fi
	install -m 644 policies/*.yaml $(DESTDIR)$(DATADIR)/policies/
	install -m 755 hooks/* $(DESTDIR)$(DATADIR)/hooks/
	install -m 644 docs/git-cra.1 $(DESTDIR)$(MANDIR)/man1/git-cra.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/git-cra $(DESTDIR)$(MANDIR)/man1/git-cra.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san build-fuzz

FORCE:
.PHONY: all check test demo bench fuzz install uninstall clean deps deps-build FORCE

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)
