#ifndef CRA_LUA_EVIDENCE_H
#define CRA_LUA_EVIDENCE_H

#include <lauxlib.h>

/*
 * The cra.* functions that hand rules a parsed evidence format
 * (security.txt, ...). Each takes the rule context as upvalue 1 and reads
 * files through it, so the parsers themselves never meet Lua.
 */
extern const luaL_Reg lua_evidence_functions[];

#endif
