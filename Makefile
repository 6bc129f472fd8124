# git-cra: build, test, install. See README.md.
#
#   make                       build build/git-cra
#   make check                 build and run every test through prove
#   make demo                  run git-cra on the bundled example products
#   make bench                 print the benchmark figures
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

# Lua 5.4 has a different pkg-config name on nearly every distribution.
LUA_PC := $(firstword $(foreach p,lua5.4 lua-5.4 lua54 lua,\
	$(shell $(PKG_CONFIG) --exists $(p) 2>/dev/null && echo $(p))))
PKGS = libgit2 yaml-0.1 libcjson $(LUA_PC)

PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)

WARN = -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes \
	-Wstrict-prototypes -Wvla -Wformat=2
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

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/rules \
		$(DESTDIR)$(DATADIR)/policies $(DESTDIR)$(DATADIR)/hooks \
		$(DESTDIR)$(MANDIR)/man1
	install -m 755 $(O)/git-cra $(DESTDIR)$(BINDIR)/git-cra
	cd rules && find . -type d -exec install -d \
		'$(DESTDIR)$(DATADIR)/rules/{}' ';'
	cd rules && find . -type f -name '*.lua' -exec install -m 644 \
		'{}' '$(DESTDIR)$(DATADIR)/rules/{}' ';'
	install -m 644 policies/*.yaml $(DESTDIR)$(DATADIR)/policies/
	install -m 644 docs/git-cra.1 $(DESTDIR)$(MANDIR)/man1/git-cra.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/git-cra $(DESTDIR)$(MANDIR)/man1/git-cra.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san

FORCE:
.PHONY: all check test demo bench install uninstall clean deps deps-build FORCE

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)
