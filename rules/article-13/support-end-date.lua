-- Art.13(19): the end date of the support period, at least month and
-- year, is made available to users at the time of purchase and in the
-- user information (Annex II(7)). This rule looks for support.end's month
-- and year in the user information, in the ways people write dates.

local MONTHS = { "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december" }

local function lines_of(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = line:gsub("\r$", "")
  end
  return lines
end

-- Whether a line states month m of year y: "March 2035", "31 March 2035",
-- "Mar. 2035", "March 31, 2035", "2035-03", "03/2035", "31.03.2035".
local function states(line, m, y)
  local lower = line:lower()
  local name = MONTHS[m]
  local year = tostring(y)
  local mm = string.format("%02d", m)
  local patterns = {
    name .. "[%s,]+" .. year,
    name .. "%s+%d%d?%a*,?%s+" .. year,
    "%f[%a]" .. name:sub(1, 3) .. "%.?%s+" .. year,
    "%f[%d]" .. year .. "%-" .. mm .. "%f[%D]",
    "%f[%d]0?" .. m .. "[/.]" .. year .. "%f[%D]",
  }
  for _, pattern in ipairs(patterns) do
    if lower:find(pattern) then
      return true
    end
  end
  return false
end

-- The line of the Annex II(7) item, to point at when the date is missing.
local function item_line(lines)
  for i, line in ipairs(lines) do
    local lower = line:lower()
    if lower:find("annex%s*ii%s*%(%s*7%s*%)") or
       (lower:match("^%s*#") and lower:find("support")) then
      return i
    end
  end
  return 1
end

return {
  id = "support-end-date",
  title = "The user information gives the support period's end, month and year",
  locus = "Art.13(19)",
  severity = "error",
  rationale = [[
Art.13(19) requires manufacturers to specify the end date of the support
period, including at least the month and year, clearly and
understandably, at the time of purchase, in an easily accessible manner
and, where applicable, on the product, its packaging or by digital
means; Annex II(7) puts it in the user information. The date users are
told must be the one the manufacturer declares.]],
  remediation = [[
State the end of the support period, with its month and year, in the
user information's support section (Annex II(7)), for example "security
updates until the end of March 2035", matching support.end in
.cra/product.yaml.]],
  establishes = "that the user information states support.end's month and year",
  limits = "that the date is shown at the time of purchase, on the product or its packaging",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local support = p and p.support
    local finish = type(support) == "table" and cra.filled(support["end"]) and
      cra.time(tostring(support["end"]))
    if not finish then
      cra.unknown("the end date users are told cannot be checked: support.end " ..
        "is missing or not a date (see the rule support-period)",
        (type(support) == "table" and cra.where(p, "support")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    local evidence = p.evidence
    local path = type(evidence) == "table" and evidence.user_information or nil
    if not cra.filled(path) then
      cra.unknown("the end date users are told cannot be checked: no user " ..
        "information is listed in evidence.user_information (see the rule " ..
        "annex-ii-user-information)", cra.where(p) or cra.product_path, "declared")
      return
    end
    path = tostring(path)
    local text, err = cra.read(path)
    if not text then
      cra.unknown(string.format("the end date users are told cannot be " ..
        "checked: %s (see the rule annex-ii-user-information)", err), path,
        "observed")
      return
    end
    local date = cra.format_time(finish)
    local y, m = tonumber(date:sub(1, 4)), tonumber(date:sub(6, 7))
    local wanted = MONTHS[m]:sub(1, 1):upper() .. MONTHS[m]:sub(2) .. " " .. y
    local lines = lines_of(text)
    for i, line in ipairs(lines) do
      if states(line, m, y) then
        cra.pass(string.format("the user information gives the end of support, " ..
          "%s (support.end %s)", wanted, date:sub(1, 10)),
          { path = path, line = i }, "observed")
        return
      end
    end
    cra.fail(string.format("the user information does not give the end of the " ..
      "support period, %s (support.end %s): state it with month and year in " ..
      "its support section (Annex II(7)), e.g. 'security updates until the " ..
      "end of %s'", wanted, date:sub(1, 10), wanted),
      { path = path, line = item_line(lines) }, "observed")
  end,
}
