-- BSI TR-03183-2 section 5.2.1, refining Annex I Part II(1): the SBOM
-- itself names its creator, by an email address or a URL, and the time
-- it was made.

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
  return s ~= nil and s ~= ""
end

-- The first entity with an email address or a URL, and what it gives.
local function reachable(entities)
  for _, e in ipairs(entities) do
    if e and e.kind ~= "noassertion" then
      if filled(e.email) then
        return e, e.email
      elseif filled(e.url) then
        return e, e.url
      end
    end
  end
end

local function check_one(cra, sb, tr)
  local at = { path = sb.path, line = 1, column = 1 }

  local entities = {}
  for _, a in ipairs(sb:authors()) do
    entities[#entities + 1] = a
  end
  entities[#entities + 1] = sb:manufacturer()
  local who, contact = reachable(entities)
  local opts = { basis = "observed", subject = "creator" }
  if who then
    cra.pass(string.format("%s names its creator, %s (%s)", sb.path,
      who.name or contact, contact), { path = sb.path, line = who.line,
      column = who.column }, opts)
  else
    local named = ""
    for _, e in ipairs(entities) do
      if e and filled(e.name) then
        named = string.format(" (%s is named, without either)", e.name)
        break
      end
    end
    cra.fail(string.format("%s does not give an email address or URL of its " ..
      "creator%s; BSI TR-03183-2 v%s section 5.2.1 asks for one: add it " ..
      "(CycloneDX metadata.authors[].email or metadata.manufacturer.url; SPDX " ..
      "creationInfo.creators \"Organization: Name (email)\")", sb.path, named, tr),
      at, opts)
  end

  opts = { basis = "observed", subject = "timestamp" }
  local ts = sb.timestamp
  if not filled(ts) then
    cra.fail(string.format("%s has no timestamp; BSI TR-03183-2 v%s section " ..
      "5.2.1 asks when the SBOM was made: add it (CycloneDX metadata.timestamp, " ..
      "SPDX creationInfo.created)", sb.path, tr), at, opts)
  elseif not cra.time(ts) then
    cra.fail(string.format("%s has the timestamp '%s', which is no RFC 3339 " ..
      "time: write it as 2027-01-31T12:00:00Z", sb.path, ts), at, opts)
  else
    cra.pass(string.format("%s was made at %s", sb.path, ts), at, opts)
  end
end

return {
  id = "sbom-bsi-sbom-fields",
  title = "BSI TR-03183-2 section 5.2.1: the SBOM's creator and timestamp",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
BSI TR-03183-2, refining the SBOM of Annex I Part II(1), requires two
fields of the SBOM itself (section 5.2.1): the creator of the SBOM, as
an email address (or, where there is none, a URL) of the person or
organisation that made it, and the timestamp of its making. They tell a
reader whom to ask about the SBOM and how current it is. A tool's name
is not a creator.]],
  remediation = [[
Give the SBOM's author an email address (CycloneDX metadata.authors[],
or metadata.manufacturer with a url or a contact email; SPDX
creationInfo.creators as "Organization: Acme GmbH (sbom@acme.example)")
and the time it was made (CycloneDX metadata.timestamp, SPDX
creationInfo.created) as an RFC 3339 time.]],
  establishes = "that each SBOM names a creator with an email address or URL and carries an RFC 3339 timestamp",
  limits = "that the address reaches the SBOM's creator, and that the time is when the SBOM was made",
  help = "https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TR03183/BSI-TR-03183-2.pdf",

  check = function(cra)
    local tr = cra.params.bsi_tr_03183_2_version
    if tr == nil then
      cra.not_applicable("the BSI TR-03183-2 profile is not selected by policy " ..
        tostring(cra.policy) .. ": check with --policy sbom-bsi-tr-03183-2 " ..
        "(v2.1.0) or sbom-bsi-tr-03183-2-v2.0", nil, "observed")
      return
    end
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose creator and timestamp could be " ..
        "judged (sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb, tostring(tr))
    end
  end,
}
