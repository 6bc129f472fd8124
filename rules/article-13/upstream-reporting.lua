-- Art.13(6): a vulnerability the manufacturer finds in a component it
-- integrates is reported to whoever maintains the component. The records
-- of such reports are the evidence; before there are any, the
-- manufacturer's commitment, in the CVD policy or the technical
-- documentation, is what a repository can hold.
local CVD_CANDIDATES = { "SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md" }

-- Words naming the other party, and words naming the act of telling it.
local WHO = { "maintainer", "upstream", "supplier" }
local ACT = { "report", "coordinat", "notif", "inform", "disclos", "tell" }

local function paths_of(cra, v, key_at)
  local items = {}
  if type(v) == "table" then
    for i, item in ipairs(v) do
      items[#items + 1] = { path = tostring(item), at = cra.where(v, i) }
    end
  elseif cra.filled(v) then
    items[1] = { path = tostring(v), at = key_at }
  end
  return items
end

local function line_at(text, pos)
  local line = 1
  for _ in text:sub(1, pos):gmatch("\n") do
    line = line + 1
  end
  return line
end

-- The sentence around text[s..e]: up to a full stop, a blank line or a
-- heading on either side, and at most 300 characters each way.
local function sentence(text, s, e)
  local first, last = s, e
  while first > 1 and s - first < 300 do
    local two = text:sub(first - 2, first - 1)
    if two:match("^[%.!?][%s]") or two == "\n\n" or two:match("^\n#") then
      break
    end
    first = first - 1
  end
  while last < #text and last - e < 300 do
    local two = text:sub(last + 1, last + 2)
    if two:match("^[%.!?][%s]") or two == "\n\n" or two:match("^[%.!?]$") then
      break
    end
    last = last + 1
  end
  return text:sub(first, last)
end

-- Where the text commits to reporting upstream: a mention of Art.13(6),
-- or a maintainer, upstream or supplier in the same sentence as a word
-- for reporting. Returns the line of the mention.
local function commitment(text)
  local lower = text:lower()
  local at = lower:find("art%.%s*13%s*%(6%)") or lower:find("article%s+13%s*%(6%)")
  if at then
    return line_at(text, at)
  end
  for _, who in ipairs(WHO) do
    local start = 1
    while true do
      local s, e = lower:find(who, start, true)
      if not s then
        break
      end
      local around = sentence(lower, s, e)
      for _, act in ipairs(ACT) do
        if around:find(act, 1, true) then
          return line_at(text, s)
        end
      end
      start = e + 1
    end
  end
end

return {
  id = "upstream-reporting",
  title = "Vulnerabilities in integrated components are reported upstream",
  locus = "Art.13(6)",
  severity = "error",
  rationale = [[
Art.13(6) requires a manufacturer that identifies a vulnerability in a
component, including an open-source component, integrated in the
product to report it to the person or entity manufacturing or
maintaining the component, and to address and remediate it in line with
Annex I Part II; where the fix is developed by the manufacturer, the
relevant code or documentation is shared with the maintainer where
appropriate.]],
  remediation = [[
Say in the CVD policy (SECURITY.md) or the technical documentation that
vulnerabilities found in integrated components are reported to their
maintainers (citing Art.13(6) helps the reader), and keep the records of
such reports, listed in evidence.upstream_reports of .cra/product.yaml.]],
  establishes = "that records of upstream reports exist, or that the CVD policy or technical documentation commits to reporting upstream",
  limits = "that vulnerabilities found were in fact reported, and fixes shared",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local evidence = p and p.evidence
    local records = paths_of(cra, evidence and evidence.upstream_reports,
      evidence and cra.where(evidence, "upstream_reports"))
    if #records > 0 then
      local names = {}
      for _, r in ipairs(records) do
        if not cra.exists((r.path:gsub("/+$", ""))) then
          cra.fail(string.format("upstream report records %s do not exist: add " ..
            "them or correct evidence.upstream_reports", r.path), r.at,
            { basis = "observed", subject = r.path })
          return
        end
        names[#names + 1] = r.path
      end
      cra.pass("records of upstream reports: " .. table.concat(names, ", "),
        records[1].at, "observed")
      return
    end

    local sources = {}
    if evidence and cra.filled(evidence.cvd_policy) then
      sources[1] = tostring(evidence.cvd_policy)
    else
      for _, c in ipairs(CVD_CANDIDATES) do
        sources[#sources + 1] = c
      end
    end
    if evidence and cra.filled(evidence.technical_documentation) then
      sources[#sources + 1] = tostring(evidence.technical_documentation)
    end
    for _, path in ipairs(sources) do
      local text = cra.read(path)
      local line = text and commitment(text)
      if line then
        cra.pass(string.format("%s commits to reporting vulnerabilities in " ..
          "integrated components to their maintainers", path),
          { path = path, line = line }, "declared")
        return
      end
    end
    cra.fail("nothing says that vulnerabilities found in integrated " ..
      "components are reported to their maintainers: commit to it in the CVD " ..
      "policy (Art.13(6)) and list the records of reports in " ..
      "evidence.upstream_reports", sources[1], "declared")
  end,
}
