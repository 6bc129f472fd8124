#ifndef CRA_LUA_RISK_ASSESSMENT_H
#define CRA_LUA_RISK_ASSESSMENT_H

#include <lauxlib.h>

/* cra.risk_assessment_point(): one point of Annex I Part I, judged. */
extern const luaL_Reg lua_risk_assessment_functions[];

#endif
