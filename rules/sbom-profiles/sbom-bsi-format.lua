-- BSI TR-03183-2 section 4, refining Annex I Part II(1): an SBOM is
-- CycloneDX or SPDX, as JSON or XML, of at least the versions the TR's
-- version names (v2.1.0: CycloneDX 1.6, SPDX 3.0.1; v2.0.0: CycloneDX
-- 1.5, SPDX 2.2.1). The policy gives the TR's version and the minimum
-- versions as parameters.

local FORMATS = { cyclonedx = "CycloneDX", spdx = "SPDX" }

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

local function parts(v)
  local t = {}
  for n in tostring(v):gmatch("%d+") do
    t[#t + 1] = tonumber(n)
  end
  return t
end

local function at_least(v, min)
  local a, b = parts(v), parts(min)
  for i = 1, math.max(#a, #b) do
    local x, y = a[i] or 0, b[i] or 0
    if x ~= y then
      return x > y
    end
  end
  return true
end

return {
  id = "sbom-bsi-format",
  title = "BSI TR-03183-2 section 4: CycloneDX or SPDX of the versions the TR names",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
BSI TR-03183-2 refines the SBOM of Annex I Part II(1). Its section 4
asks for an SBOM in JSON or XML that follows CycloneDX or SPDX in one of
the versions it names: v2.1.0 (August 2025) CycloneDX 1.6 or later, or
SPDX 3.0.1 or later; v2.0.0 (September 2024) CycloneDX 1.5 or later, or
SPDX 2.2.1 or later. Older versions lack fields the TR requires (the
CycloneDX 1.6 licence acknowledgement, the SPDX 3 relationship
completeness). The profile is chosen by the policy
(sbom-bsi-tr-03183-2 or sbom-bsi-tr-03183-2-v2.0).]],
  remediation = [[
Generate the SBOM as CycloneDX JSON 1.6 (or SPDX 3.0.1 JSON-LD) for
v2.1.0, or at least CycloneDX 1.5 (SPDX 2.2.1) for v2.0.0; most
generators take the version as an option, and `cyclonedx-cli convert
--output-version v1_6` upgrades an existing CycloneDX document.]],
  establishes = "the format, version and encoding each SBOM declares, against the minimum versions of the policy",
  limits = "that the document conforms to the version it declares (`git cra validate` checks CycloneDX against its schema); SPDX 2.2 is read as 2.2.1, which differs from it only in layout (ISO/IEC 5962:2021)",
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
    local min_cdx = tostring(cra.params.bsi_min_cyclonedx or "1.6")
    local min_spdx = tostring(cra.params.bsi_min_spdx or "3.0.1")
    local asks = string.format("BSI TR-03183-2 v%s asks for CycloneDX %s or " ..
      "later, or SPDX %s or later, in JSON or XML", tr, min_cdx, min_spdx)

    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose format could be judged (sbom-present " ..
        "says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      local opts = { basis = "observed", subject = sb.path }
      local at = { path = sb.path, line = 1, column = 1 }
      local name = FORMATS[sb.format] or tostring(sb.format)
      local version = sb.spec_version
      local min = sb.format == "spdx" and min_spdx or min_cdx
      local compared = version
      if sb.format == "spdx" and version == "2.2" then
        compared = "2.2.1"
      end
      if not version then
        cra.fail(string.format("%s does not say which %s version it follows: " ..
          "declare it (%s); %s", sb.path, name, sb.format == "spdx" and
          "spdxVersion" or "specVersion", asks), at, opts)
      elseif not at_least(compared, min) then
        cra.fail(string.format("%s is %s %s; %s: generate it as %s %s or later",
          sb.path, name, version, asks, name, min), at, opts)
      elseif sb.encoding == "yaml" then
        cra.fail(string.format("%s is %s %s in YAML; %s: write it as JSON",
          sb.path, name, version, asks), at, opts)
      else
        cra.pass(string.format("%s is %s %s (%s), as BSI TR-03183-2 v%s asks " ..
          "(%s %s or later)", sb.path, name, version, sb.encoding == "json-ld" and
          "JSON-LD" or "JSON", tr, name, min), at, opts)
      end
    end
  end,
}
