-- BSI TR-03183-2 section 5.3, refining Annex I Part II(1): the additional
-- data fields, required where they exist: the SBOM's URI, and for each
-- component the URI of its source code, the URI of its deployable form,
-- other unique identifiers (CPE, SWID, purl) and its original licences
-- (v2.0.0: concluded licences). Whether such a value exists for a
-- component cannot be seen in the SBOM, so a component without one is
-- reported as unknown; a value given but malformed (a URI without a
-- scheme, a purl that is none) fails.

local EXAMPLES = 3

local SOURCE = { vcs = true, ["source-distribution"] = true, sourceartifact = true }
local DEPLOYABLE = { distribution = true, ["distribution-intake"] = true,
  binaryartifact = true }

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

local function fields(v20)
  return {
    { key = "source-uri", what = "a source code URI",
      noun = "source code URI",
      fix = "CycloneDX externalReferences of type vcs or source-distribution; " ..
        "SPDX 3 externalRef sourceArtifact" },
    { key = "deployable-uri",
      what = v20 and "a URI of the executable form" or
        "a URI of the deployable form",
      noun = v20 and "URI of the executable form" or "URI of the deployable form",
      fix = "CycloneDX externalReferences of type distribution; SPDX " ..
        "downloadLocation, SPDX 3 externalRef binaryArtifact" },
    { key = "identifiers", what = "another unique identifier (CPE, SWID or purl)",
      noun = "other unique identifier (CPE, SWID or purl)",
      fix = "CycloneDX purl, cpe or swid; SPDX externalRefs purl or cpe23Type" },
    { key = v20 and "concluded-licences" or "original-licences",
      what = v20 and "concluded licences" or "original licences",
      noun = v20 and "concluded licences" or "original licences",
      fix = v20 and "CycloneDX licenses[] with acknowledgement concluded; SPDX " ..
        "licenseConcluded" or "the licences its authors declared: CycloneDX " ..
        "licenses[] with acknowledgement declared; SPDX licenseDeclared" },
  }
end

-- A URI has a scheme; a purl starts "pkg:", a CPE "cpe:".
local function is_uri(s)
  return s:find("^%a[%w+.-]*:%S+$") ~= nil
end

local function who(c)
  return string.format("%s (line %d)", c.name or c.bom_ref or "unnamed",
    c.line or 0)
end

local function check_one(cra, sb, tr, v20)
  local uri = sb.serial_number or sb.namespace
  local opts = { basis = "observed", subject = "sbom-uri" }
  local at = { path = sb.path, line = 1, column = 1 }
  if not filled(uri) then
    cra.unknown(string.format("%s has no URI; BSI TR-03183-2 v%s section 5.3 " ..
      "asks for one where it exists: give the SBOM one (CycloneDX " ..
      "serialNumber as urn:uuid:..., SPDX documentNamespace)", sb.path, tr),
      at, opts)
  elseif not is_uri(uri) or (sb.serial_number and
      not uri:lower():find("^urn:uuid:%x+%-%x+%-%x+%-%x+%-%x+$")) then
    cra.fail(string.format("%s gives '%s' as its URI, which is not one: write " ..
      "it as %s", sb.path, uri, sb.serial_number and "urn:uuid: and a UUID" or
      "an absolute URI"), at, opts)
  else
    cra.pass(string.format("%s has a URI: %s", sb.path, uri), at, opts)
  end

  local list = fields(v20)
  local licence_ack = v20 and "concluded" or "declared"
  local licence_key = list[4].key
  -- Per field: components without a value, and with a malformed one.
  local missing, bad, examples, bad_examples = {}, {}, {}, {}
  for _, f in ipairs(list) do
    missing[f.key], bad[f.key] = 0, 0
    examples[f.key], bad_examples[f.key] = {}, {}
  end
  local function lacks(key, c)
    local n = missing[key] + 1
    missing[key] = n
    if n <= EXAMPLES then
      local ex = examples[key]
      ex[#ex + 1] = c
    end
  end
  local function malformed(key, c, value)
    local n = bad[key] + 1
    bad[key] = n
    if n <= EXAMPLES then
      local ex = bad_examples[key]
      ex[#ex + 1] = { c = c, value = value }
    end
  end

  local checked = 0
  for _, c in sb:components() do
    local element = c.element
    if element == "component" or element == "package" then
      checked = checked + 1
      local source, deployable, wrong = false, false, nil
      for _, r in ipairs(c.refs) do
        local t = r.type and r.type:lower()
        local url = r.url
        if t and filled(url) and (SOURCE[t] or DEPLOYABLE[t]) then
          if not is_uri(url) then
            wrong = wrong or { key = SOURCE[t] and "source-uri" or
              "deployable-uri", value = url }
          elseif SOURCE[t] then
            source = true
          else
            deployable = true
          end
        end
      end
      local download = c.download
      if filled(download) then
        if not is_uri(download) then
          wrong = wrong or { key = "deployable-uri", value = download }
        elseif download:find("^%a+%+") or download:find("^git://") then
          source = true
        else
          deployable = true
        end
      end
      if wrong then malformed(wrong.key, c, wrong.value) end
      if not source then lacks("source-uri", c) end
      if not deployable then lacks("deployable-uri", c) end
      local purl, cpe = c.purl, c.cpe
      if filled(purl) and not purl:find("^pkg:[%w.+-]+/") then
        malformed("identifiers", c, purl)
      elseif filled(cpe) and not cpe:find("^cpe:") then
        malformed("identifiers", c, cpe)
      elseif not (filled(purl) or filled(cpe) or filled(c.swid)) then
        lacks("identifiers", c)
      end
      local licensed = false
      for _, l in ipairs(c.licenses) do
        if l.ack == licence_ack and (l.kind == "id" or l.kind == "expression") then
          licensed = true
          break
        end
      end
      if not licensed then lacks(licence_key, c) end
    end
  end

  if checked == 0 then
    cra.unknown(string.format("%s lists no component or package whose fields " ..
      "could be judged", sb.path), { path = sb.path }, "observed")
    return
  end
  for _, f in ipairs(list) do
    opts = { basis = "observed", subject = f.key }
    local n, wrong = missing[f.key], bad[f.key]
    if wrong > 0 then
      local shown = {}
      for _, e in ipairs(bad_examples[f.key]) do
        shown[#shown + 1] = string.format("%s: '%s'", who(e.c), e.value)
      end
      local first = bad_examples[f.key][1].c
      cra.fail(string.format("%d of %d components of %s %s a malformed %s " ..
        "(BSI TR-03183-2 v%s section 5.3), %s%s: correct %s (%s)", wrong, checked,
        sb.path, wrong == 1 and "gives" or "give", f.noun, tr,
        wrong > #shown and "the first " or "", table.concat(shown, ", "),
        wrong == 1 and "it" or "them", f.fix),
        { path = sb.path, line = first.line, column = first.column }, opts)
    elseif n == 0 then
      cra.pass(string.format("%s give%s %s", checked == 1 and
        ("the only component of " .. sb.path) or
        string.format("all %d components of %s", checked, sb.path),
        checked == 1 and "s" or "", f.what), { path = sb.path }, opts)
    else
      local shown = {}
      for _, c in ipairs(examples[f.key]) do
        shown[#shown + 1] = who(c)
      end
      local first = examples[f.key][1]
      cra.unknown(string.format("%d of %d components of %s %s no %s, %s%s; " ..
        "BSI TR-03183-2 v%s section 5.3 asks for it where it exists, which the " ..
        "SBOM cannot show: add it wherever there is one (%s)", n, checked,
        sb.path, n == 1 and "gives" or "give", f.noun,
        n > #shown and "the first " or "", table.concat(shown, ", "), tr, f.fix),
        { path = sb.path, line = first.line, column = first.column }, opts)
    end
  end
end

return {
  id = "sbom-bsi-additional-fields",
  title = "BSI TR-03183-2 section 5.3: the additional fields, where they exist",
  locus = "AnnexI.PartII(1)",
  severity = "warning",
  rationale = [[
BSI TR-03183-2, refining the SBOM of Annex I Part II(1), requires
further data fields wherever they exist (section 5.3): the URI of the
SBOM, and for each component the URI of its source code, the URI of its
deployable form (v2.0.0: executable form), other unique identifiers
(CPE, SWID, purl) and its original licences as declared by its authors
(v2.0.0: concluded licences). They let a recipient fetch and identify
each component and match it against vulnerability databases.]],
  remediation = [[
Give the SBOM a serial number (CycloneDX serialNumber) or namespace
(SPDX documentNamespace), and each component the references it has: a
purl (and a CPE where one is assigned), the repository of its source
(CycloneDX externalReferences type vcs), where its release is
downloaded (type distribution), and the licences its authors declare
(CycloneDX licenses[] with acknowledgement declared). Correct values
that are no URI (a URI has a scheme, such as https:) or no package URL
(pkg:type/name@version).]],
  establishes = "for each SBOM and each additional field, how many components give it, with the first that do not, and that the URIs and identifiers given are well formed",
  limits = "whether a value exists for the components that give none (such findings are unknown, not failures), and that the values given point to the right place; CycloneDX services and SPDX files and snippets are not judged",
  help = "https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TR03183/BSI-TR-03183-2.pdf",

  check = function(cra)
    local tr = cra.params.bsi_tr_03183_2_version
    if tr == nil then
      cra.not_applicable("the BSI TR-03183-2 profile is not selected by policy " ..
        tostring(cra.policy) .. ": check with --policy sbom-bsi-tr-03183-2 " ..
        "(v2.1.0) or sbom-bsi-tr-03183-2-v2.0", nil, "observed")
      return
    end
    tr = tostring(tr)
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose components could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb, tr, tr:match("^2%.0") ~= nil)
    end
  end,
}
