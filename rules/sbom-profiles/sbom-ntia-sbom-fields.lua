-- The NTIA minimum elements (2021), beside Annex I Part II(1): the SBOM
-- names the author of its data and carries a timestamp.

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
  return s ~= nil and s ~= "" and s ~= "NOASSERTION"
end

local function named(e)
  if e and e.kind ~= "noassertion" then
    if filled(e.name) then
      return e.name
    elseif filled(e.email) then
      return e.email
    end
  end
end

local function check_one(cra, sb)
  local at = { path = sb.path, line = 1, column = 1 }
  local opts = { basis = "observed", subject = "author" }
  local author, where
  for _, a in ipairs(sb:authors()) do
    author = named(a)
    if author then
      where = a
      break
    end
  end
  if not author then
    local m = sb:manufacturer()
    author = named(m)
    where = author and m
  end
  if author then
    cra.pass(string.format("%s names the author of its data: %s", sb.path, author),
      { path = sb.path, line = where.line, column = where.column }, opts)
  else
    local tools = {}
    for _, t in ipairs(sb:tools()) do
      if filled(t.name) then
        tools[#tools + 1] = t.name
      end
    end
    if #tools > 0 then
      cra.pass(string.format("%s names only tools as the author of its data: %s " ..
        "(naming the person or organisation too says who answers for it)",
        sb.path, table.concat(tools, ", ")), at, opts)
    else
      cra.fail(string.format("%s does not name the author of its data, an NTIA " ..
        "minimum element: add it (CycloneDX metadata.authors[] or " ..
        "metadata.manufacturer; SPDX creationInfo.creators)", sb.path), at, opts)
    end
  end

  opts = { basis = "observed", subject = "timestamp" }
  local ts = sb.timestamp
  if not filled(ts) then
    cra.fail(string.format("%s has no timestamp, an NTIA minimum element: add " ..
      "when the SBOM was made (CycloneDX metadata.timestamp, SPDX " ..
      "creationInfo.created)", sb.path), at, opts)
  elseif not cra.time(ts) then
    cra.fail(string.format("%s has the timestamp '%s', which is no RFC 3339 " ..
      "time: write it as 2027-01-31T12:00:00Z", sb.path, ts), at, opts)
  else
    cra.pass(string.format("%s was made at %s", sb.path, ts), at, opts)
  end
end

return {
  id = "sbom-ntia-sbom-fields",
  title = "NTIA minimum elements: the author of the SBOM data and its timestamp",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
The NTIA minimum elements of an SBOM (July 2021) are a baseline many
customers ask for beside the SBOM of Annex I Part II(1). Two of the
seven data fields belong to the SBOM itself: the author of the SBOM
data (the entity that made it) and the timestamp of its making.]],
  remediation = [[
Name the SBOM's author (CycloneDX metadata.authors[] or
metadata.manufacturer; SPDX creationInfo.creators, "Organization:" or
"Person:") and the time it was made (CycloneDX metadata.timestamp, SPDX
creationInfo.created) as an RFC 3339 time.]],
  establishes = "that each SBOM names the author of its data (a person, an organisation, or at least a tool) and carries an RFC 3339 timestamp",
  limits = "that the author and time are true",
  help = "https://www.ntia.gov/report/2021/minimum-elements-software-bill-materials-sbom",

  check = function(cra)
    if cra.params.ntia_minimum_elements ~= true then
      cra.not_applicable("the NTIA minimum elements are not selected by policy " ..
        tostring(cra.policy) .. ": check with --policy sbom-ntia", nil, "observed")
      return
    end
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose author and timestamp could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb)
    end
  end,
}
