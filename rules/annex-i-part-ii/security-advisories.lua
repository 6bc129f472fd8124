-- Annex I Part II(4): once a security update is available, fixed
-- vulnerabilities are publicly disclosed, with a description, the
-- affected products, the impact, the severity and how to remediate.
-- This rule reads the advisories listed in evidence.advisories and the
-- release notes: each vulnerability the release notes name as fixed
-- must have an advisory. The cross-check against the vulnerabilities a
-- VEX marks as fixed belongs to the VEX rules.

-- What Annex I Part II(4) asks an advisory to say, and the words that
-- show an advisory says it (Markdown headings and fields, or CSAF keys).
local ITEMS = {
  { name = "description", words = { "description", "summary", "details", "notes" } },
  { name = "affected products", words = { "affected", "product" } },
  { name = "impact", words = { "impact" } },
  { name = "severity", words = { "severity", "cvss", "base_score" } },
  { name = "remediation", words = { "remediation", "mitigation", "workaround",
    "solution", "fixed" } },
}

-- Vulnerability identifiers in release notes: CVE and GitHub ids.
local ID_PATTERNS = { "CVE%-%d%d%d%d%-%d%d%d%d+", "GHSA%-%w%w%w%w%-%w%w%w%w%-%w%w%w%w" }

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

-- An entry of evidence.advisories is a file, or a directory of them.
local function expand(cra, entries)
  local files = {}
  for _, e in ipairs(entries) do
    local dir = e.path:gsub("/+$", "")
    local names = cra.list(dir)
    if #names > 0 then
      for _, name in ipairs(names) do
        if not name:match("^%.") then
          files[#files + 1] = { path = dir .. "/" .. name, at = e.at }
        end
      end
    else
      files[#files + 1] = { path = dir, at = e.at }
    end
  end
  return files
end

local function missing_items(text)
  local lower = text:lower()
  local missing = {}
  for _, item in ipairs(ITEMS) do
    local found = false
    for _, word in ipairs(item.words) do
      if lower:find(word, 1, true) then
        found = true
        break
      end
    end
    if not found then
      missing[#missing + 1] = item.name
    end
  end
  return missing
end

-- Each identifier named in a text, once, with the line it is first on.
local function identifiers(text)
  local ids, seen, number = {}, {}, 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    number = number + 1
    for _, pattern in ipairs(ID_PATTERNS) do
      for id in line:upper():gmatch(pattern) do
        if not seen[id] then
          seen[id] = true
          ids[#ids + 1] = { id = id, line = number }
        end
      end
    end
  end
  return ids
end

return {
  id = "security-advisories",
  title = "Fixed vulnerabilities disclosed in advisories",
  locus = "AnnexI.PartII(4)",
  severity = "error",
  rationale = [[
Annex I Part II(4) requires manufacturers, once a security update has
been made available, to share and publicly disclose information about
fixed vulnerabilities, including a description of the vulnerabilities,
information allowing users to identify the product affected, the impacts
of the vulnerabilities, their severity and clear and accessible
information helping users to remediate them. (Publication may be delayed
in duly justified cases, until users have had the possibility to apply
the patch.)]],
  remediation = [[
For each fixed vulnerability, publish an advisory giving its
description, the affected products and versions, its impact, its
severity and how to remediate; keep a copy in the repository and list
the files (or their directory) in evidence.advisories of
.cra/product.yaml. Name the vulnerability's CVE identifier in both the
release notes and the advisory.]],
  establishes = "that the listed advisories exist and name the five items, and that each CVE or GHSA identifier in the release notes appears in an advisory",
  limits = "that the advisories were published, and published without undue delay; vulnerabilities fixed without being named in the release notes (the VEX rules compare against the VEX)",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    local evidence = p and p.evidence
    local entries = paths_of(cra, evidence and evidence.advisories,
      evidence and cra.where(evidence, "advisories"))
    local files = expand(cra, entries)

    local failed = false
    local corpus = {}
    for _, f in ipairs(files) do
      local text, err = cra.read(f.path)
      if not text then
        failed = true
        cra.fail(string.format("advisory %s: %s; add it or correct " ..
          "evidence.advisories", f.path, err), f.at,
          { basis = "observed", subject = f.path })
      else
        corpus[#corpus + 1] = text:upper()
        local missing = missing_items(text)
        if #missing > 0 then
          failed = true
          cra.fail(string.format("advisory %s does not give the %s: add %s " ..
            "(Annex I Part II(4) asks for the description, affected products, " ..
            "impact, severity and remediation)", f.path,
            table.concat(missing, ", "), #missing == 1 and "it" or "them"),
            { path = f.path, line = 1 }, { basis = "observed", subject = f.path })
        end
      end
    end
    local advisories = table.concat(corpus, "\n")

    local notes = paths_of(cra, evidence and evidence.release_notes,
      evidence and cra.where(evidence, "release_notes"))
    local named = 0
    for _, n in ipairs(notes) do
      local text = cra.read(n.path)
      -- Missing release notes are judged by free-security-updates.
      for _, v in ipairs(text and identifiers(text) or {}) do
        named = named + 1
        if not advisories:find(v.id, 1, true) then
          failed = true
          cra.fail(string.format("%s names %s, fixed in a release, but no " ..
            "advisory covers it: publish one with its description, affected " ..
            "products, impact, severity and remediation, and list it in " ..
            "evidence.advisories", n.path, v.id),
            { path = n.path, line = v.line }, { basis = "observed", subject = v.id })
        end
      end
    end
    if failed then
      return
    end
    if #files == 0 then
      cra.not_applicable("no advisory is listed in evidence.advisories and the " ..
        "release notes name no fixed vulnerability",
        (evidence and cra.where(evidence)) or cra.product_path, "observed")
      return
    end
    local names = {}
    for _, f in ipairs(files) do
      names[#names + 1] = f.path
    end
    local covered = ""
    if named > 0 then
      covered = string.format("; the %d vulnerabilit%s named in the release " ..
        "notes %s one", named, named == 1 and "y" or "ies",
        named == 1 and "has" or "each have")
    end
    cra.pass(string.format("%d advisor%s with description, affected products, " ..
      "impact, severity and remediation (%s)%s", #files,
      #files == 1 and "y" or "ies", table.concat(names, ", "), covered),
      files[1].at, "observed")
  end,
}
