-- Annex I Part II(1): the SBOM documents the components of the product,
-- so its primary component must be the product, at the version released.
-- An SBOM of another product or of an earlier build documents nothing
-- about this release.

-- Names compared loosely: case, and spaces, dashes, dots and underscores
-- between words ("Acme Thermo Hub" is "acme-thermo-hub").
local function loose(s)
  return (tostring(s):lower():gsub("[%s%-_%.]+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function strip_v(s)
  return (tostring(s):gsub("^[vV]", "", 1))
end

-- The readable SBOMs of the snapshot; those that are not are
-- sbom-present's to report.
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
  id = "sbom-describes-product",
  title = "The SBOM describes the product at the version released",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
Annex I Part II(1) asks for the components contained in the product to
be documented in an SBOM. The SBOM says which product it documents
through its primary component (CycloneDX metadata.component, the package
an SPDX document describes); when that names another product, or
another version than the one released, the SBOM does not document this
release.]],
  remediation = [[
Generate the SBOM from the release's build, so that its primary
component carries the product's name (product.name in
.cra/product.yaml) and the released version (the release tag, less a
leading "v", or product.version). In CycloneDX set metadata.component
(name, version); in SPDX describe the product's package
(documentDescribes or a DESCRIBES relationship) with its versionInfo.]],
  establishes = "that the primary component of an SBOM of the snapshot carries the product's name and the release's version",
  limits = "that the components listed are those built into the release; names are compared without case and with spaces, dashes, dots and underscores alike",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    local product = p and type(p.product) == "table" and p.product or nil
    if not p then
      cra.not_applicable("no product metadata (" .. cra.product_path .. ") to " ..
        "compare the SBOM's primary component with", nil, "observed")
      return
    end
    if not (product and cra.filled(product.name)) then
      cra.unknown("the SBOM cannot be compared with the product: product.name " ..
        "is not set in " .. cra.product_path, cra.where(p) or cra.product_path,
        "declared")
      return
    end
    local name = tostring(product.name)
    local name_at = cra.where(product, "name")

    -- The version released: the tag's when the snapshot has one, else the
    -- declared one. A declared version that disagrees with the tag is
    -- product-identification's to report, so either is accepted then.
    local versions = {}
    local version_at = cra.where(product, "version")
    local declared = version_at and version_at.text or
      (product.version ~= nil and tostring(product.version) or nil)
    local tag = cra.snapshot.tag
    if tag then
      versions[#versions + 1] = strip_v(tag)
    end
    if cra.filled(declared) and declared ~= "from-tag" then
      versions[#versions + 1] = strip_v(declared)
    end
    local wanted = versions[1]
    local source = tag and ("the release tag " .. tag) or nil
    if not tag and wanted then
      source = "product.version" .. (version_at and string.format(", %s:%d",
        version_at.path, version_at.line) or "")
    end

    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM to compare with the product (sbom-present " ..
        "says why)", name_at, "observed")
      return
    end

    local seen = {}
    for _, sb in ipairs(sboms) do
      local primary = sb:primary()
      if primary then
        local c = sb:component(primary)
        local cname = c.name and (c.group and (c.group .. "/" .. c.name) or c.name)
        local name_ok = c.name and (loose(c.name) == loose(name) or
          (cname and loose(cname) == loose(name)))
        local version_ok = #versions == 0
        for _, v in ipairs(versions) do
          if c.version and strip_v(c.version) == v then
            version_ok = true
          end
        end
        if name_ok and version_ok then
          local msg
          if #versions == 0 then
            msg = string.format("%s names the product, %s, as its primary " ..
              "component (version %s; a release tag is compared with it when " ..
              "one is checked)", sb.path, c.name, c.version or "none")
          else
            msg = string.format("%s describes %s %s, matching %s", sb.path,
              c.name, c.version, source)
          end
          cra.pass(msg, { path = sb.path, line = c.line, column = c.column },
            { basis = "observed", subject = sb.path })
          return
        end
        seen[#seen + 1] = { sb = sb, c = c, name_ok = name_ok }
      else
        seen[#seen + 1] = { sb = sb }
      end
    end

    -- No SBOM describes the release: say what each describes instead.
    for _, s in ipairs(seen) do
      local opts = { basis = "observed", subject = s.sb.path }
      if not s.c then
        cra.fail(string.format("%s names no primary component, so it does not " ..
          "say which product it documents: add the product as " ..
          "metadata.component (CycloneDX) or describe its package " ..
          "(SPDX documentDescribes), named %s%s", s.sb.path, name,
          wanted and (", version " .. wanted) or ""), s.sb:where(), opts)
      else
        local c = s.c
        local at = { path = s.sb.path, line = c.line, column = c.column }
        local declared_at = name_at and string.format(" (product.name, %s:%d)",
          name_at.path, name_at.line) or ""
        if not s.name_ok then
          cra.fail(string.format("the SBOM's primary component is %s %s, but " ..
            "the product is %s%s: generate the SBOM of this product, or " ..
            "correct the primary component's name", c.name or "(unnamed)",
            c.version or "(no version)", name, declared_at), at, opts)
        else
          cra.fail(string.format("the SBOM's primary component is %s %s, but " ..
            "the release is %s (%s): generate the SBOM from this release's " ..
            "build, or correct the primary component's version", c.name,
            c.version or "(no version)", wanted, source), at, opts)
        end
      end
    end
  end,
}
