-- BSI TR-03183-2 section 3.1, refining Annex I Part II(1): an SBOM lists
-- components and must not carry vulnerability information; that belongs
-- in separate documents (VEX, CSAF), which change far more often than
-- the SBOM of a release.

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

return {
  id = "sbom-bsi-no-vulnerabilities",
  title = "BSI TR-03183-2 section 3.1: the SBOM carries no vulnerability information",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
BSI TR-03183-2, refining the SBOM of Annex I Part II(1), says that an
SBOM must not contain vulnerability information (section 3.1): the SBOM
of a release is fixed, while what is known about the vulnerabilities of
its components changes daily, and is exchanged in its own documents
(CSAF, VEX). CycloneDX 1.4 and later, and SPDX 3, can embed
vulnerabilities; under this profile they must not.]],
  remediation = [[
Move the vulnerabilities out of the SBOM into a VEX document (CycloneDX
VEX, OpenVEX or CSAF VEX) kept beside it and listed in evidence.vex of
.cra/product.yaml, and generate the SBOM without them (for CycloneDX,
without the vulnerabilities array).]],
  establishes = "that no SBOM of the snapshot embeds vulnerabilities (CycloneDX vulnerabilities[], SPDX 3 security_Vulnerability elements)",
  limits = "SPDX 2 security references of packages (externalRefs of category SECURITY) are not looked at",
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
      cra.unknown("no readable SBOM to look for vulnerability information in " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      local opts = { basis = "observed", subject = sb.path }
      local vulns = sb:vulnerabilities()
      if #vulns == 0 then
        cra.pass(string.format("%s carries no vulnerability information", sb.path),
          { path = sb.path }, opts)
      else
        local ids = {}
        for k = 1, math.min(#vulns, 5) do
          ids[#ids + 1] = vulns[k].id or "(no id)"
        end
        if #vulns > 5 then
          ids[#ids + 1] = string.format("and %d more", #vulns - 5)
        end
        cra.fail(string.format("%s carries %d vulnerabilit%s (%s); BSI " ..
          "TR-03183-2 v%s says an SBOM must not: move them to a VEX document " ..
          "listed in evidence.vex and leave them out of the SBOM", sb.path,
          #vulns, #vulns == 1 and "y" or "ies", table.concat(ids, ", "),
          tostring(tr)), { path = sb.path, line = vulns[1].line,
          column = vulns[1].column }, opts)
      end
    end
  end,
}
