#ifndef CRA_LUA_VEX_H
#define CRA_LUA_VEX_H

#include <lauxlib.h>

/* cra.vex(): a VEX document's statements, from Lua. */
extern const luaL_Reg lua_vex_functions[];

#endif
