-- Annex I Part II(1): the SBOM is machine-readable, which is more than
-- parsing: components without names, members of the wrong type and two
-- components under one reference leave tools reading something else than
-- what was meant. This rule reports the defects the SBOM reader found;
-- the full CycloneDX schema check is `git cra validate`'s.

-- At most this many errors are reported one by one per SBOM; the rest
-- are counted in one more finding.
local MAX_LISTED = 20

local HINTS = {
  ["wrong-type"] = "give the member the type the format defines",
  ["missing-field"] = "add the member the format requires",
  ["duplicate-ref"] = "give each component its own bom-ref (SPDX: SPDXID)",
}

local function readable_sboms(cra)
  local list = {}
  for _, path in ipairs(cra.sbom_paths()) do
    local sb = cra.sbom(path)
    if sb then
      list[#list + 1] = sb
    end
  end
  return list
end

local function check_one(cra, sb)
  local errors, warnings, codes = 0, 0, {}
  local first_warning
  for _, p in ipairs(sb:problems()) do
    if p.severity == "error" then
      errors = errors + 1
      if errors <= MAX_LISTED then
        cra.fail(string.format("%s; %s", p.message, HINTS[p.code] or "correct it"),
          { path = sb.path, line = p.line, column = p.column },
          { basis = "observed", subject = p.code })
      end
    else
      warnings = warnings + 1
      first_warning = first_warning or p
      codes[p.code] = (codes[p.code] or 0) + 1
    end
  end
  if errors > MAX_LISTED then
    cra.fail(string.format("%s has %d more structural errors beside the %d " ..
      "above: correct them (`git cra validate %s` lists them all)", sb.path,
      errors - MAX_LISTED, MAX_LISTED, sb.path), { path = sb.path },
      { basis = "observed", subject = "more-problems" })
  end
  if errors > 0 then
    return
  end
  local note = ""
  if warnings > 0 then
    local list = {}
    for code, n in pairs(codes) do
      list[#list + 1] = string.format("%d %s", n, code)
    end
    note = string.format("; %d warning%s (%s), the first at line %d: %s", warnings,
      warnings == 1 and "" or "s", table.concat(list, ", "), first_warning.line,
      first_warning.message)
  end
  cra.pass(string.format("%s has no structural errors%s", sb.path, note),
    { path = sb.path }, { basis = "observed", subject = sb.path })
end

return {
  id = "sbom-structure",
  title = "The SBOM is structurally sound",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
Annex I Part II(1) asks for the SBOM in a commonly used and
machine-readable format. A document that parses can still defeat the
tools that read it: a component without a name, a member of the wrong
type (skipped by readers), two components under one bom-ref (a lookup
finds only the first). Such errors make the SBOM say less than its
author meant. Warnings (a reference that names nothing, an unknown
specification version) are reported but do not fail.]],
  remediation = [[
Correct each error at the position given, or regenerate the SBOM with a
tool that writes valid documents. `git cra validate FILE` checks a
CycloneDX SBOM against the schema of its version and lists every
problem.]],
  establishes = "that the SBOM reader found no structural error: every component named, members of the right type, references unique",
  limits = "conformance to the full schema (`git cra validate` checks it), and whether the values are true",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose structure could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb)
    end
  end,
}
