#ifndef CRA_LUA_FIELDS_H
#define CRA_LUA_FIELDS_H

#include <lua.h>

/*
 * Filling the table on top of the stack, for the bindings that hand
 * evidence to rules: a NULL string leaves the field absent (nil), as
 * rules test for it.
 */
static inline void set_str(lua_State *L, const char *key, const char *v)
{
	if (!v)
		return;
	lua_pushstring(L, v);
	lua_setfield(L, -2, key);
}

static inline void set_int(lua_State *L, const char *key, lua_Integer v)
{
	lua_pushinteger(L, v);
	lua_setfield(L, -2, key);
}

#endif
