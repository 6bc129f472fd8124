-- Annex I Part II(1): the SBOM covers at the very least the top-level
-- dependencies of the product. From the SBOM alone that means: the
-- primary component (the product) has its direct dependencies listed in
-- the dependency graph, each naming a component of the SBOM, and the
-- SBOM does not itself say that this list is incomplete.

-- Reader problems that are not about the dependency graph.
local NOT_GRAPH = { "^affects ref", "^assessment of", "^assessed element", "^licence " }

local function graph_problem(p)
  if p.code ~= "dangling-ref" then
    return false
  end
  for _, pattern in ipairs(NOT_GRAPH) do
    if p.message:find(pattern) then
      return false
    end
  end
  return true
end

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

local function names(sb, indices, max)
  local out = {}
  for k = 1, math.min(#indices, max) do
    local c = sb:component(indices[k])
    out[#out + 1] = (c.name or c.bom_ref or "?") .. (c.version and ("@" .. c.version) or "")
  end
  if #indices > max then
    out[#out + 1] = string.format("and %d more", #indices - max)
  end
  return table.concat(out, ", ")
end

local function check_one(cra, sb)
  local opts = { basis = "observed", subject = sb.path }
  local primary = sb:primary()
  if not primary then
    cra.unknown(string.format("%s names no primary component, so its top-level " ..
      "dependencies cannot be told: add the product as metadata.component " ..
      "(CycloneDX) or describe its package (SPDX documentDescribes)", sb.path),
      sb:where(), opts)
    return
  end
  local pc = sb:component(primary)
  local at = { path = sb.path, line = pc.line, column = pc.column }
  local label = pc.name or pc.bom_ref or "the primary component"
  local ref = pc.bom_ref and (" (" .. pc.bom_ref .. ")") or ""

  -- References of the graph that name nothing: their edges are lost.
  local dangling = {}
  for _, p in ipairs(sb:problems()) do
    if graph_problem(p) then
      dangling[#dangling + 1] = p
    end
  end
  if #dangling > 0 then
    local shown = {}
    for k = 1, math.min(#dangling, 5) do
      shown[#shown + 1] = string.format("%s (line %d)", dangling[k].message,
        dangling[k].line)
    end
    local more = #dangling > 5 and string.format(", and %d more", #dangling - 5) or ""
    local one = #dangling == 1
    cra.fail(string.format("%d reference%s of the dependency graph of %s name%s " ..
      "no component of the SBOM, and the dependenc%s %s for %s lost: %s%s; add " ..
      "the components or correct the references", #dangling, one and "" or "s",
      sb.path, one and "s" or "", one and "y" or "ies",
      one and "it stands" or "they stand", one and "is" or "are",
      table.concat(shown, "; "), more),
      { path = sb.path, line = dangling[1].line, column = dangling[1].column }, opts)
    return
  end

  local deps = sb:dependencies(primary)
  if #deps == 0 then
    local others = sb:count() - 1
    if pc.deps_declared and others == 0 then
      cra.pass(string.format("%s declares that %s has no dependencies", sb.path,
        label), at, opts)
    elseif pc.deps_declared then
      cra.fail(string.format("%s declares that %s%s depends on nothing, yet " ..
        "lists %d other component%s: name the product's direct dependencies " ..
        "in its dependency entry (CycloneDX dependsOn, SPDX DEPENDS_ON or " ..
        "CONTAINS)", sb.path, label, ref, others, others == 1 and "" or "s"),
        at, opts)
    else
      cra.fail(string.format("%s does not list the direct dependencies of %s%s: " ..
        "add a dependency entry for it naming each component it uses directly " ..
        "(CycloneDX dependencies[].dependsOn, SPDX DEPENDS_ON or CONTAINS)",
        sb.path, label, ref), at, opts)
    end
    return
  end

  local completeness = pc.deps_completeness or sb.completeness
  if completeness and completeness ~= "complete" and completeness ~= "not_specified" then
    cra.unknown(string.format("%s lists %d direct dependenc%s of %s (%s) but " ..
      "marks the list %s: list every direct dependency and mark the list " ..
      "complete", sb.path, #deps,
      #deps == 1 and "y" or "ies", label, names(sb, deps, 5), completeness), at, opts)
    return
  end
  cra.pass(string.format("%s lists %d direct dependenc%s of %s%s: %s", sb.path,
    #deps, #deps == 1 and "y" or "ies", label,
    completeness == "complete" and " (marked complete)" or "", names(sb, deps, 5)),
    at, opts)
end

return {
  id = "sbom-top-level-dependencies",
  title = "The SBOM covers at least the top-level dependencies",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
Annex I Part II(1) asks for an SBOM covering at the very least the
top-level dependencies of the product: the components the product uses
directly. An SBOM shows them as the dependencies of its primary
component (CycloneDX dependencies[].dependsOn of metadata.component's
bom-ref; SPDX DEPENDS_ON or CONTAINS relationships of the described
package). A list of components without that graph does not say which
of them the product depends on, and a reference that names no
component loses the dependency it stood for.]],
  remediation = [[
Let the SBOM generator write the dependency graph: a dependencies entry
for the primary component naming every component the product uses
directly (and, better, one for every component). Correct references that
name no component of the SBOM. When the list is known to be complete,
say so (a CycloneDX composition with aggregate "complete").]],
  establishes = "that the primary component's direct dependencies are listed, name components of the SBOM, and are not marked incomplete by the SBOM itself",
  limits = "that the list is really complete: what the product is built from cannot be seen in the SBOM; components nested in the primary component without a dependency entry are not counted",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose dependencies could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb)
    end
  end,
}
