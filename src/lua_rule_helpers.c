#include <string.h>
#include <lauxlib.h>

#include "lua_rule_helpers.h"

/*
 * cra.risk_assessment_point(point, label, what [, extra]): judge the
 * entry of one point of Annex I Part I in the risk assessment, as the
 * rules of rules/annex-i-part-i do; they differ only in the point
 * (and (2)(c) in a check of the update settings, which `extra` adds: a
 * function of cra returning a list of { message, at, subject } problems).
 * The judging is Lua, kept here once and compiled into a rule's state the
 * first time the rule asks for it.
 */
static const char helper_source[] =
	"local DEFAULT_PATH = \".cra/risk-assessment.yaml\"\n"
	"\n"
	"local function risk_assessment_path(cra)\n"
	"  local evidence = cra.product and cra.product.evidence\n"
	"  if evidence and cra.filled(evidence.risk_assessment) then\n"
	"    return tostring(evidence.risk_assessment)\n"
	"  end\n"
	"  return DEFAULT_PATH\n"
	"end\n"
	"\n"
	"-- The spellings of a point's key that are accepted: \"2c\", \"2(c)\",\n"
	"-- \"(2)(c)\", \"2C\". The keys are looked up one by one rather than\n"
	"-- iterated, so that the first spelling present wins, in this order.\n"
	"local function spellings(point)\n"
	"  local number, letter = point:match(\"^(%d)(%a?)$\")\n"
	"  if letter == \"\" then\n"
	"    return { number, \"(\" .. number .. \")\" }\n"
	"  end\n"
	"  return { point, number .. \"(\" .. letter .. \")\",\n"
	"    \"(\" .. number .. \")(\" .. letter .. \")\", number .. letter:upper(),\n"
	"    number .. \".\" .. letter }\n"
	"end\n"
	"\n"
	"local function find_point(requirements, POINT)\n"
	"  for _, key in ipairs(spellings(POINT)) do\n"
	"    if requirements[key] ~= nil then\n"
	"      return requirements[key], key\n"
	"    end\n"
	"  end\n"
	"end\n"
	"\n"
	"-- The file an evidence entry names (\"file#section\" names a part of a\n"
	"-- file), or nil for a URL, which lies outside the snapshot.\n"
	"local function local_path(text)\n"
	"  if text:match(\"^%a[%w+.-]*:\") then\n"
	"    return nil\n"
	"  end\n"
	"  return (text:gsub(\"#.*$\", \"\"):gsub(\"/+$\", \"\"))\n"
	"end\n"
	"\n"
	"-- A document number of the manufacturer's document system, such as\n"
	"-- \"TH200-SEC-002\", names no file: it is taken as declared.\n"
	"local function is_document_number(text)\n"
	"  return not text:find(\"[/.]\")\n"
	"end\n"
	"\n"
	"local function shorten(text, width)\n"
	"  text = tostring(text):gsub(\"%s+\", \" \")\n"
	"  if #text <= width then\n"
	"    return text\n"
	"  end\n"
	"  return text:sub(1, width):gsub(\"%s+%S*$\", \"\") .. \"...\"\n"
	"end\n"
	"\n"
	"return function(cra, POINT, LABEL, WHAT, extra)\n"
	"    local path = risk_assessment_path(cra)\n"
	"    local ra, err = cra.yaml(path)\n"
	"    if not ra then\n"
	"      -- The risk assessment itself is judged by the rule\n"
	"      -- risk-assessment (Art.13(2)–(3)); here it only cannot be read.\n"
	"      cra.unknown(string.format(\"point %s cannot be judged: %s (see the \" ..\n"
	"        \"rule risk-assessment)\", LABEL, err), path)\n"
	"      return\n"
	"    end\n"
	"    local requirements = ra.requirements\n"
	"    if type(requirements) ~= \"table\" then\n"
	"      cra.unknown(string.format(\"point %s cannot be judged: %s has no \" ..\n"
	"        \"'requirements' mapping (see the rule risk-assessment)\", LABEL, path),\n"
	"        cra.where(ra) or path)\n"
	"      return\n"
	"    end\n"
	"    local entry, key = find_point(requirements, POINT)\n"
	"    if entry == nil then\n"
	"      cra.fail(string.format(\"Annex I Part I point %s (\" .. WHAT .. \") is not \" ..\n"
	"        \"addressed in %s: add requirements.\\\"%s\\\" with applicable: true and \" ..\n"
	"        \"the evidence, or applicable: false and a justification\", LABEL, path,\n"
	"        POINT), cra.where(ra, \"requirements\") or path,\n"
	"        { basis = \"declared\", subject = POINT })\n"
	"      return\n"
	"    end\n"
	"    local entry_at = cra.where(requirements, key)\n"
	"    if type(entry) ~= \"table\" then\n"
	"      cra.fail(string.format(\"requirements.\\\"%s\\\" must be a mapping with \" ..\n"
	"        \"applicable, evidence and summary (or justification)\", key), entry_at,\n"
	"        { basis = \"declared\", subject = POINT })\n"
	"      return\n"
	"    end\n"
	"    if entry.applicable == false then\n"
	"      if not cra.filled(entry.justification) then\n"
	"        cra.fail(string.format(\"point %s is declared not applicable without \" ..\n"
	"          \"a reason: add requirements.\\\"%s\\\".justification saying why it \" ..\n"
	"          \"does not apply to this product\", LABEL, key), entry_at,\n"
	"          { basis = \"declared\", subject = POINT })\n"
	"        return\n"
	"      end\n"
	"      cra.not_applicable(string.format(\"point %s declared not applicable: %s\",\n"
	"        LABEL, shorten(entry.justification, 100)),\n"
	"        cra.where(entry, \"justification\"), { basis = \"declared\", subject = POINT })\n"
	"      return\n"
	"    end\n"
	"    if entry.applicable ~= true then\n"
	"      cra.fail(string.format(\"requirements.\\\"%s\\\" does not say whether point \" ..\n"
	"        \"%s applies: add applicable: true (with evidence) or applicable: \" ..\n"
	"        \"false (with a justification)\", key, LABEL), entry_at,\n"
	"        { basis = \"declared\", subject = POINT })\n"
	"      return\n"
	"    end\n"
	"\n"
	"    local evidence = entry.evidence\n"
	"    local items = {}\n"
	"    if type(evidence) == \"table\" then\n"
	"      for i, item in ipairs(evidence) do\n"
	"        items[#items + 1] = { text = tostring(item), at = cra.where(evidence, i) }\n"
	"      end\n"
	"    elseif cra.filled(evidence) then\n"
	"      items[1] = { text = tostring(evidence), at = cra.where(entry, \"evidence\") }\n"
	"    end\n"
	"    if #items == 0 then\n"
	"      cra.fail(string.format(\"point %s is declared applicable without \" ..\n"
	"        \"evidence: list in requirements.\\\"%s\\\".evidence the files that show \" ..\n"
	"        \"how it is met\", LABEL, key), cra.where(entry, \"evidence\") or entry_at,\n"
	"        { basis = \"declared\", subject = POINT })\n"
	"      return\n"
	"    end\n"
	"    local names, missing = {}, 0\n"
	"    for _, item in ipairs(items) do\n"
	"      local file = local_path(item.text)\n"
	"      if file and not cra.exists(file) and not is_document_number(file) then\n"
	"        missing = missing + 1\n"
	"        cra.fail(string.format(\"evidence '%s' of point %s does not exist in \" ..\n"
	"          \"this snapshot: correct the path or add the file\", item.text, LABEL),\n"
	"          item.at or entry_at, { basis = \"observed\", subject = file })\n"
	"      end\n"
	"      names[#names + 1] = item.text\n"
	"    end\n"
	"    if missing > 0 then\n"
	"      return\n"
	"    end\n"
	"    if extra then\n"
	"      local problems = extra(cra)\n"
	"      for _, problem in ipairs(problems) do\n"
	"        cra.fail(problem.message, problem.at,\n"
	"          { basis = \"declared\", subject = problem.subject })\n"
	"      end\n"
	"      if #problems > 0 then\n"
	"        return\n"
	"      end\n"
	"    end\n"
	"    cra.pass(string.format(\"point %s declared applicable, with evidence in %s\",\n"
	"      LABEL, table.concat(names, \", \")), entry_at,\n"
	"      { basis = \"declared\", subject = POINT })\n"
	"end\n";

static const char helper_key[] = "cra.risk_assessment_point";

static int cra_risk_assessment_point(lua_State *L)
{
	int nargs = lua_gettop(L);

	luaL_checkstring(L, 1);
	luaL_checkstring(L, 2);
	luaL_checkstring(L, 3);
	if (lua_getfield(L, LUA_REGISTRYINDEX, helper_key) != LUA_TFUNCTION) {
		lua_pop(L, 1);
		if (luaL_loadbufferx(L, helper_source, sizeof(helper_source) - 1,
				     "=risk-assessment-point", "t") != LUA_OK)
			return lua_error(L);
		lua_call(L, 0, 1);
		lua_pushvalue(L, -1);
		lua_setfield(L, LUA_REGISTRYINDEX, helper_key);
	}
	/* helper(cra, point, label, what, extra) */
	lua_getfield(L, LUA_REGISTRYINDEX, "cra.context");
	lua_rotate(L, 1, 2);
	lua_call(L, nargs + 1, 0);
	return 0;
}

/*
 * cra.annex_helpers(): lines_of(text), locate(lines, roman, items) and
 * insertion_line(found, n, count, last), the functions the rules about the
 * documents of Annex II, V and VII share to find where a document names
 * each item of its annex (see rules/documents/technical-documentation.lua
 * for the items' shape).
 */
static const char annex_source[] =
	"local function lines_of(text)\n"
	"  local lines = {}\n"
	"  for line in (text .. \"\\n\"):gmatch(\"([^\\n]*)\\n\") do\n"
	"    lines[#lines + 1] = line:gsub(\"\\r$\", \"\")\n"
	"  end\n"
	"  return lines\n"
	"end\n"
	"\n"
	"-- The text of a heading: a Markdown \"#\" heading, or a label in bold that\n"
	"-- opens a line or a list item (\"**Manufacturer:** ...\").\n"
	"local function heading_of(line)\n"
	"  return line:match(\"^%s*#+%s*(.-)%s*#*%s*$\") or\n"
	"    line:match(\"^%s*[-*+]?%s*%*%*(.-)%*%*\")\n"
	"end\n"
	"\n"
	"-- Where the annex's items are named, item number -> line. An item counts\n"
	"-- when its locus is written anywhere (\"Annex VII(3)\", \"AnnexVII(3)\",\n"
	"-- \"Annex VII, point 3\", for the annex whose number is roman); else when its words are in a heading; else when\n"
	"-- one of its distinctive phrases is anywhere. The document's title (a\n"
	"-- first heading of level 1) does not count for words: it names the\n"
	"-- document, not one item.\n"
	"local function locate(lines, roman, items)\n"
	"  local found = {}\n"
	"  local prefix = \"annex%s*\" .. roman\n"
	"  for i, line in ipairs(lines) do\n"
	"    local lower = line:lower()\n"
	"    for n = 1, #items do\n"
	"      if not found[n] and (lower:find(prefix .. \"%s*%(%s*\" .. n .. \"%s*%)\") or\n"
	"          lower:find(prefix .. \"%s*,?%s*point%s*\" .. n .. \"%f[%D]\")) then\n"
	"        found[n] = i\n"
	"      end\n"
	"    end\n"
	"  end\n"
	"  local first = true\n"
	"  for i, line in ipairs(lines) do\n"
	"    local heading = heading_of(line)\n"
	"    if heading then\n"
	"      local title = first and line:match(\"^%s*#%s\")\n"
	"      first = false\n"
	"      if not title then\n"
	"        local lower = heading:lower()\n"
	"        for n, item in ipairs(items) do\n"
	"          for _, word in ipairs(item.words) do\n"
	"            if not found[n] and lower:find(word, 1, true) then\n"
	"              found[n] = i\n"
	"            end\n"
	"          end\n"
	"        end\n"
	"      end\n"
	"    end\n"
	"  end\n"
	"  for n, item in ipairs(items) do\n"
	"    for _, phrase in ipairs(item.phrases or {}) do\n"
	"      for i, line in ipairs(lines) do\n"
	"        if not found[n] and line:lower():find(phrase, 1, true) then\n"
	"          found[n] = i\n"
	"        end\n"
	"      end\n"
	"    end\n"
	"  end\n"
	"  return found\n"
	"end\n"
	"\n"
	"-- Where a missing item belongs: before the next item that is there.\n"
	"local function insertion_line(found, n, count, last)\n"
	"  for k = n + 1, count do\n"
	"    if found[k] then\n"
	"      return found[k]\n"
	"    end\n"
	"  end\n"
	"  return last\n"
	"end\n"
	"\n"
	"return lines_of, locate, insertion_line\n";

static const char annex_key[] = "cra.annex_helpers";

static int cra_annex_helpers(lua_State *L)
{
	lua_settop(L, 0);
	if (lua_getfield(L, LUA_REGISTRYINDEX, annex_key) != LUA_TTABLE) {
		lua_pop(L, 1);
		if (luaL_loadbufferx(L, annex_source, sizeof(annex_source) - 1,
				     "=annex-helpers", "t") != LUA_OK)
			return lua_error(L);
		lua_call(L, 0, 3);
		lua_createtable(L, 3, 0);
		lua_insert(L, 1);
		lua_rawseti(L, 1, 3);
		lua_rawseti(L, 1, 2);
		lua_rawseti(L, 1, 1);
		lua_pushvalue(L, 1);
		lua_setfield(L, LUA_REGISTRYINDEX, annex_key);
	}
	lua_rawgeti(L, 1, 1);
	lua_rawgeti(L, 1, 2);
	lua_rawgeti(L, 1, 3);
	return 3;
}

const luaL_Reg lua_rule_helper_functions[] = {
	{ "risk_assessment_point", cra_risk_assessment_point },
	{ "annex_helpers", cra_annex_helpers },
	{ NULL, NULL },
};
