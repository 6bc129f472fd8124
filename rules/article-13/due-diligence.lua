-- Art.13(5): due diligence when integrating components sourced from third
-- parties, so that they do not compromise the product's cybersecurity.
-- The full check is a record per component of the SBOM; reading SBOMs is
-- for the SBOM rules, so this rule looks for the manufacturer's
-- declaration of the practice: a due-diligence record, the technical
-- documentation's description of it, or, at the least, the risk
-- assessment's statement that the components were checked for known
-- vulnerabilities (point (2)(a)).
local RISK_ASSESSMENT = ".cra/risk-assessment.yaml"

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

-- The first line of text that matches one of the patterns.
local function find_line(text, patterns)
  local number = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    number = number + 1
    local lower = line:lower()
    for _, pattern in ipairs(patterns) do
      if lower:find(pattern) then
        return number
      end
    end
  end
end

-- The risk assessment's entry of point (2)(a), when it is applicable and
-- names evidence.
local function point_2a(cra, evidence)
  local path = RISK_ASSESSMENT
  if evidence and cra.filled(evidence.risk_assessment) then
    path = tostring(evidence.risk_assessment)
  end
  local ra = cra.yaml(path)
  local requirements = type(ra) == "table" and ra.requirements
  if type(requirements) ~= "table" then
    return nil
  end
  for _, key in ipairs({ "2a", "2(a)", "(2)(a)", "2A", "2.a" }) do
    local entry = requirements[key]
    if type(entry) == "table" and entry.applicable == true and
       cra.filled(entry.evidence) then
      return cra.where(requirements, key), path
    end
  end
end

return {
  id = "due-diligence",
  title = "Due diligence on third-party components",
  locus = "Art.13(5)",
  severity = "error",
  rationale = [[
Art.13(5) requires manufacturers to exercise due diligence when
integrating components sourced from third parties (open-source ones
included) so that those components do not compromise the cybersecurity
of the product. Checking a component's security update history and the
vulnerability databases for it are among the measures meant; the
record of what was checked, per component, is the evidence.]],
  remediation = [[
Keep a due-diligence record of the third-party components (who
maintains each, its security support, the known vulnerabilities checked)
and list it in evidence.due_diligence of .cra/product.yaml; or at least
describe the practice in the technical documentation (Annex VII(2)(a))
using the words "due diligence".]],
  establishes = "that a due-diligence record exists, or that the technical documentation or the risk assessment declares the practice",
  limits = "that every component of the SBOM was assessed, and how well; a record per SBOM component is for the SBOM rules",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local evidence = p and p.evidence
    local records = paths_of(cra, evidence and evidence.due_diligence,
      evidence and cra.where(evidence, "due_diligence"))
    if #records > 0 then
      local names = {}
      for _, r in ipairs(records) do
        if not cra.exists((r.path:gsub("/+$", ""))) then
          cra.fail(string.format("due-diligence record %s does not exist: add " ..
            "it or correct evidence.due_diligence", r.path), r.at,
            { basis = "observed", subject = r.path })
          return
        end
        names[#names + 1] = r.path
      end
      cra.pass("due-diligence records: " .. table.concat(names, ", "),
        records[1].at, "observed")
      return
    end

    local tech = evidence and evidence.technical_documentation
    local text = cra.filled(tech) and cra.read(tostring(tech))
    local line = text and find_line(text, { "due[%s%-]diligence" })
    if line then
      cra.pass(string.format("the technical documentation %s describes the " ..
        "due diligence on third-party components", tostring(tech)),
        { path = tostring(tech), line = line }, "declared")
      return
    end

    local at, ra_path = point_2a(cra, evidence)
    if at then
      cra.pass(string.format("the third-party components are declared checked " ..
        "for known vulnerabilities (%s, point (2)(a)); a record per component " ..
        "in evidence.due_diligence would show more", ra_path), at, "declared")
      return
    end

    cra.fail("no due diligence on third-party components is declared: keep a " ..
      "record of the components' assessment and list it in " ..
      "evidence.due_diligence, or describe the practice in the technical " ..
      "documentation", (evidence and cra.where(p, "evidence")) or
      (p and cra.where(p)) or cra.product_path, "declared")
  end,
}
