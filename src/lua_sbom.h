#ifndef CRA_LUA_SBOM_H
#define CRA_LUA_SBOM_H

#include <lauxlib.h>

#include "snapshot.h"

/* cra.sbom() and cra.sbom_paths(): the SBOM model, from Lua. */
extern const luaL_Reg lua_sbom_functions[];

/*
 * Parse the SBOM at path into this process's cache, before the rule
 * runner forks: its children find it parsed, and so do later releases
 * that hold the same blob there. Returns 1 when it is cached, 0 when it
 * cannot be read (the rule that reads it says why).
 */
int lua_sbom_prefetch(const struct snapshot *s, const char *path);

#endif
