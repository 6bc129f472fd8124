#ifndef CRA_LUA_SBOM_H
#define CRA_LUA_SBOM_H

#include <lauxlib.h>

/* cra.sbom() and cra.sbom_paths(): the SBOM model, from Lua. */
extern const luaL_Reg lua_sbom_functions[];

#endif
