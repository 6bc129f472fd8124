-- The NTIA minimum elements (2021), beside Annex I Part II(1): the
-- dependency relationship, that a component X is included in software Y,
-- for each component. The rule needs no component's fields but for the
-- few it reports: it walks the dependency graph by index, which costs
-- little on an SBOM of 100,000 components.

local EXAMPLES = 3

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
  local opts = { basis = "observed", subject = sb.path }
  local n = sb:count()
  if n == 0 then
    cra.fail(string.format("%s lists no component: list the product and what it " ..
      "includes, with their relationships", sb.path), { path = sb.path }, opts)
    return
  end
  local primary = sb:primary()
  local related = {}
  for _, r in ipairs(sb:roots()) do
    related[r] = true
  end
  if primary then
    related[primary] = true
  end
  if primary and #sb:dependencies(primary) == 0 and n > 1 then
    local c = sb:component(primary)
    cra.fail(string.format("%s does not say what %s includes: relate the " ..
      "product to its direct dependencies (CycloneDX dependencies[].dependsOn, " ..
      "SPDX DEPENDS_ON or CONTAINS), an NTIA minimum element", sb.path,
      c.name or "the primary component"),
      { path = sb.path, line = c.line, column = c.column }, opts)
    return
  end

  -- A component no relationship includes anywhere: no dependent, not
  -- nested in another, not described by the document.
  local orphans, shown = 0, {}
  for i = 1, n do
    if not related[i] and #sb:dependents(i) == 0 then
      local c = sb:component(i)
      if not c.parent and (c.element == "component" or c.element == "package") then
        orphans = orphans + 1
        if orphans <= EXAMPLES then
          shown[#shown + 1] = c
        end
      end
    end
  end
  if orphans > 0 then
    local names = {}
    for _, c in ipairs(shown) do
      names[#names + 1] = string.format("%s (line %d)", c.name or c.bom_ref or
        "unnamed", c.line or 0)
    end
    cra.fail(string.format("%d of %d components of %s %s in no relationship, so " ..
      "the SBOM does not say what includes %s (an NTIA minimum element), %s%s: " ..
      "name each as a dependency of the component that includes it",
      orphans, n, sb.path, orphans == 1 and "is" or "are",
      orphans == 1 and "it" or "them", orphans > #shown and "the first " or "",
      table.concat(names, ", ")), { path = sb.path, line = shown[1].line,
      column = shown[1].column }, opts)
    return
  end
  cra.pass(string.format("every component of %s is related to the product or " ..
    "to the component that includes it", sb.path), { path = sb.path }, opts)
end

return {
  id = "sbom-ntia-dependencies",
  title = "NTIA minimum elements: the dependency relationship of each component",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
The NTIA minimum elements of an SBOM (July 2021) are a baseline many
customers ask for beside the SBOM of Annex I Part II(1). The dependency
relationship says that an upstream component X is included in software
Y; at the least the product's direct dependencies must be given, and
every component listed should be tied to what includes it, or the SBOM
is a list of names and not a map of the product.]],
  remediation = [[
Write the dependency graph: a dependencies entry (CycloneDX) or
DEPENDS_ON / CONTAINS relationships (SPDX) from the product to each
component it uses directly, and from each component to those it uses.
Nesting a CycloneDX component in another counts as inclusion.]],
  establishes = "that the primary component has dependencies and that every component is the target of a dependency or containment, nested in another, or described by the document",
  limits = "that the relationships are true and complete; an SBOM without a primary component is judged by its other relationships only",
  help = "https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom",

  check = function(cra)
    if cra.params.ntia_minimum_elements ~= true then
      cra.not_applicable("the NTIA minimum elements are not selected by policy " ..
        tostring(cra.policy) .. ": check with --policy sbom-ntia", nil, "observed")
      return
    end
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose relationships could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb)
    end
  end,
}
