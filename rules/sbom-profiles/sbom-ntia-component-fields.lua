-- The NTIA minimum elements (2021), beside Annex I Part II(1): each
-- component has a supplier name, a name, a version and another unique
-- identifier. The rule walks the components once and reports one finding
-- per element and SBOM, with the first components that lack it.

local EXAMPLES = 3

local FIELDS = {
  { key = "supplier", what = "a supplier name",
    fix = "name the supplier (CycloneDX supplier.name, or manufacturer or " ..
      "authors; SPDX PackageSupplier or PackageOriginator)" },
  { key = "name", what = "a component name", fix = "name each component" },
  { key = "version", what = "a version", fix = "give each component's version" },
  { key = "identifiers", what = "another unique identifier (purl, CPE or SWID)",
    fix = "add a purl (or a CPE or SWID tag id) to each component" },
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

local function filled(s)
  return s ~= nil and s ~= "" and s ~= "NOASSERTION" and s ~= "NONE"
end

local function named(e)
  return e ~= nil and e.kind ~= "noassertion" and filled(e.name)
end

local function check_one(cra, sb)
  local missing, examples = {}, {}
  for _, f in ipairs(FIELDS) do
    missing[f.key] = 0
    examples[f.key] = {}
  end
  local function lacks(key, c)
    local n = missing[key] + 1
    missing[key] = n
    if n <= EXAMPLES then
      local ex = examples[key]
      ex[#ex + 1] = c
    end
  end

  local checked = 0
  for _, c in sb:components() do
    local element = c.element
    if element == "component" or element == "package" then
      checked = checked + 1
      local supplier = named(c.supplier) or named(c.manufacturer) or
        filled(c.publisher)
      if not supplier then
        for _, a in ipairs(c.authors) do
          if named(a) then
            supplier = true
            break
          end
        end
      end
      if not supplier then lacks("supplier", c) end
      if not filled(c.name) then lacks("name", c) end
      if not filled(c.version) then lacks("version", c) end
      if not (filled(c.purl) or filled(c.cpe) or filled(c.swid)) then
        lacks("identifiers", c)
      end
    end
  end
  if checked == 0 then
    cra.unknown(string.format("%s lists no component or package whose fields " ..
      "could be judged", sb.path), { path = sb.path }, "observed")
    return
  end
  for _, f in ipairs(FIELDS) do
    local opts = { basis = "observed", subject = f.key }
    local n = missing[f.key]
    if n == 0 then
      cra.pass(string.format("%s give%s %s", checked == 1 and
        ("the only component of " .. sb.path) or
        string.format("all %d components of %s", checked, sb.path),
        checked == 1 and "s" or "", f.what), { path = sb.path }, opts)
    else
      local shown = {}
      for _, c in ipairs(examples[f.key]) do
        shown[#shown + 1] = string.format("%s (line %d)",
          filled(c.name) and c.name or (c.bom_ref or "unnamed"), c.line or 0)
      end
      local first = examples[f.key][1]
      cra.fail(string.format("%d of %d components of %s %s %s, an NTIA minimum " ..
        "element, %s%s: %s", n, checked, sb.path, n == 1 and "lacks" or "lack",
        f.what, n > #shown and "the first " or "", table.concat(shown, ", "),
        f.fix), { path = sb.path, line = first.line, column = first.column }, opts)
    end
  end
end

return {
  id = "sbom-ntia-component-fields",
  title = "NTIA minimum elements: supplier, name, version and identifier of each component",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
The NTIA minimum elements of an SBOM (July 2021) are a baseline many
customers ask for beside the SBOM of Annex I Part II(1). Four of the
seven data fields belong to each component: the supplier's name, the
component's name, its version, and another unique identifier (a purl,
a CPE or a SWID tag) that lets it be found in vulnerability databases.]],
  remediation = [[
Configure the SBOM generator to write, for every component, the
supplier (CycloneDX supplier.name; SPDX PackageSupplier), the name, the
version and a purl (or CPE). Each finding names the first components
that lack an element, with their position.]],
  establishes = "for each SBOM and each element, how many components (CycloneDX components, SPDX packages) lack it, with the first by name and position",
  limits = "that the values are right (a purl names the component's real package); CycloneDX services and SPDX files and snippets are not judged; a manufacturer, publisher or author stands in for a supplier",
  help = "https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom",

  check = function(cra)
    if cra.params.ntia_minimum_elements ~= true then
      cra.not_applicable("the NTIA minimum elements are not selected by policy " ..
        tostring(cra.policy) .. ": check with --policy sbom-ntia", nil, "observed")
      return
    end
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose components could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb)
    end
  end,
}
