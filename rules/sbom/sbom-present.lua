-- Annex I Part II(1): the components of the product are documented in a
-- software bill of materials, in a commonly used machine-readable format.
-- This rule finds the SBOMs of the snapshot and reads them; what they say
-- is for the other rules of this directory.

local FORMATS = { cyclonedx = "CycloneDX", spdx = "SPDX" }
local ENCODINGS = { json = "JSON", yaml = "YAML", ["json-ld"] = "JSON-LD" }

-- The SBOMs to read, each with where product.yaml names it (or its path).
local function sbom_files(cra)
  local evidence = cra.product and cra.product.evidence
  local listed = type(evidence) == "table" and evidence.sbom or nil
  local named = {}
  if type(listed) == "table" then
    for i, v in ipairs(listed) do
      named[tostring(v)] = named[tostring(v)] or cra.where(listed, i)
    end
  elseif listed ~= nil then
    named[tostring(listed)] = cra.where(evidence, "sbom")
  end
  local files = {}
  for _, path in ipairs(cra.sbom_paths()) do
    files[#files + 1] = { path = path, at = named[path], listed = named[path] ~= nil }
  end
  return files
end

-- "path:line:col: message" of a reader's error as a location and the rest.
local function error_at(err, path)
  local prefix = path .. ":"
  if err:sub(1, #prefix) == prefix then
    local rest = err:sub(#prefix + 1)
    local line, column, msg = rest:match("^(%d+):(%d+): (.*)$")
    if line then
      return { path = path, line = tonumber(line), column = tonumber(column) }, msg
    end
    return { path = path }, (rest:gsub("^%s+", ""))
  end
  return { path = path }, err
end

return {
  id = "sbom-present",
  title = "An SBOM of the release, in a machine-readable format",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
Annex I Part II(1) requires manufacturers to identify and document the
vulnerabilities and components contained in the product, including by
drawing up a software bill of materials in a commonly used and
machine-readable format covering at the very least the top-level
dependencies. CycloneDX and SPDX, in JSON, are the formats tools read;
an SBOM kept in the repository beside the release is the one that
describes it.]],
  remediation = [[
Generate an SBOM for each release (CycloneDX 1.5 or later, or SPDX, as
JSON), commit it with the release, for instance as
sbom/<product>.cdx.json, and list it in evidence.sbom of
.cra/product.yaml. A file that cannot be read is reported with the
position of the first error; `git cra validate FILE` checks it on its
own. Convert CycloneDX XML, SPDX RDF/XML and SPDX tag-value to JSON.]],
  establishes = "that the SBOMs listed in evidence.sbom (or named like SBOMs in the top directory, sbom/, sboms/, bom/ or .cra/) exist in the snapshot and read as CycloneDX or SPDX",
  limits = "that the SBOM is complete, correct, or the one shipped with the product; its content is judged by sbom-describes-product, sbom-top-level-dependencies and sbom-structure",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local files = sbom_files(cra)
    if #files == 0 then
      local p = cra.product
      local evidence = p and p.evidence
      cra.fail("no SBOM: generate a software bill of materials of the release " ..
        "(CycloneDX or SPDX JSON), commit it, for instance as " ..
        "sbom/<product>.cdx.json, and list it in evidence.sbom of " ..
        cra.product_path, (evidence and cra.where(p, "evidence")) or
        (p and cra.where(p)) or nil, "observed")
      return
    end
    for _, f in ipairs(files) do
      local sb, err, why = cra.sbom(f.path)
      local opts = { basis = "observed", subject = f.path }
      if sb then
        local primary = sb:primary()
        local what, at = "", { path = f.path }
        if primary then
          at = sb:where(primary)
          local c = sb:component(primary)
          what = string.format(" of %s%s", c.name or "(unnamed)",
            c.version and (" " .. c.version) or "")
        end
        cra.pass(string.format("%s%s: %s %s (%s), %d component%s", f.path, what,
          FORMATS[sb.format] or sb.format, sb.spec_version or "(no version)",
          ENCODINGS[sb.encoding] or sb.encoding, sb:count(),
          sb:count() == 1 and "" or "s"), at, opts)
      elseif why == "missing" then
        if f.listed then
          cra.fail(string.format("evidence.sbom names %s, which does not exist in " ..
            "this snapshot: commit the release's SBOM there, or correct the path",
            f.path), f.at, opts)
        else
          cra.fail(string.format("%s: %s", f.path, err), f.path, opts)
        end
      elseif why == "refused" then
        cra.fail(string.format("the SBOM %s cannot be read: %s", f.path, err),
          f.at or f.path, opts)
      else
        local at, msg = error_at(err or "unreadable", f.path)
        local hint = "; regenerate the SBOM or correct the file (`git cra " ..
          "validate " .. f.path .. "` shows the problem)"
        if msg:find("convert", 1, true) then
          hint = ""
        end
        cra.fail(string.format("the SBOM %s is not machine-readable CycloneDX or " ..
          "SPDX: %s%s", f.path, msg, hint), at, opts)
      end
    end
  end,
}
