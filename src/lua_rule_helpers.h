#ifndef CRA_LUA_RULE_HELPERS_H
#define CRA_LUA_RULE_HELPERS_H

#include <lauxlib.h>

/* cra.risk_assessment_point() and cra.annex_helpers(): shared judging. */
extern const luaL_Reg lua_rule_helper_functions[];

#endif
