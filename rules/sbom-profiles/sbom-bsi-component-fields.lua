-- BSI TR-03183-2 section 5.2.2, refining Annex I Part II(1): the data
-- fields every component must carry. The rule walks the components once
-- (an SBOM may list 100,000) and reports one finding per field and SBOM:
-- how many components lack it, with the first few by name and position,
-- so that the report stays short and a waiver can name one field (the
-- finding's subject).

-- Components reported by name in a failing finding.
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

-- The fields, in the TR's order: subject, what is missing, what to do.
local function fields(v20, completeness)
  local list = {
    { key = "creator",
      what = "a creator with an email address or URL",
      fix = "give its supplier, manufacturer or author an email address or a " ..
        "URL (CycloneDX supplier.url, manufacturer.contact[].email; SPDX " ..
        "PackageSupplier \"Organization: Name (email)\")" },
    { key = "name", what = "a name", fix = "name it" },
    { key = "version", what = "a version",
      fix = "give its version (or, where it has none, the file's modification " ..
        "time in RFC 3339)" },
    { key = "filename", what = "a file name (not a path)",
      fix = "add the property bsi:component:filename (CycloneDX) or " ..
        "packageFileName (SPDX) with the file's name" },
    { key = "dependencies", what = "a dependency entry",
      fix = "give each component a dependency entry, an empty one when it " ..
        "depends on nothing (CycloneDX dependencies[]; SPDX DEPENDS_ON, or " ..
        "DEPENDS_ON NONE)" },
  }
  if completeness then
    list[#list + 1] = { key = "dependency-completeness",
      what = "a statement of how complete their dependencies are",
      fix = "say how complete each component's dependencies are (a CycloneDX " ..
        "composition listing it in dependencies, with aggregate complete or " ..
        "incomplete; SPDX 3 completeness)" }
  end
  list[#list + 1] = { key = "licences",
    what = v20 and "associated licences as SPDX ids or expressions" or
      "distribution licences as SPDX ids or expressions",
    fix = v20 and "give its licence as an SPDX id or expression (CycloneDX " ..
      "license.id or expression; SPDX licenseConcluded)" or
      "give the licence it is distributed under as an SPDX id or expression " ..
      "(CycloneDX licenses[] with acknowledgement concluded, or none; SPDX " ..
      "hasConcludedLicense)" }
  list[#list + 1] = { key = "hash-sha512",
    what = "a SHA-512 hash of the deployable form",
    fix = "add the SHA-512 hash of the file as shipped (CycloneDX hashes[] alg " ..
      "SHA-512; SPDX checksums SHA512)" }
  list[#list + 1] = { key = "executable",
    what = "the property bsi:component:executable (executable or nonExecutable), once",
    fix = "add it, once, to each component's properties" }
  list[#list + 1] = { key = "archive",
    what = "the property bsi:component:archive (archive or noArchive), once",
    fix = "add it, once, to each component's properties" }
  list[#list + 1] = { key = "structured",
    what = "the property bsi:component:structured (structured or unstructured), once",
    fix = "add it, once, to each component's properties" }
  return list
end

-- The values of the three properties, without case, spaces or dashes
-- ("non-executable", "no archive" and the taxonomy's spellings alike).
local PROPERTY_VALUES = {
  ["bsi:component:executable"] = { "executable", { executable = true, nonexecutable = true } },
  ["bsi:component:archive"] = { "archive", { archive = true, noarchive = true } },
  ["bsi:component:structured"] = { "structured", { structured = true, unstructured = true } },
}

local function filled(s)
  return s ~= nil and s ~= ""
end

local function reachable(e)
  return e ~= nil and e.kind ~= "noassertion" and (filled(e.email) or filled(e.url))
end

local function check_one(cra, sb, tr, v20, completeness)
  local list = fields(v20, completeness)
  local missing, examples = {}, {}
  for _, f in ipairs(list) do
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

  local primary = sb:primary()
  local doc_maker = sb:manufacturer()
  local doc_complete = sb.completeness ~= nil
  local spdx = sb.format == "spdx"
  local checked = 0
  for i, c in sb:components() do
    local element = c.element
    if element == "component" or element == "package" then
      checked = checked + 1
      -- Creator: supplier, manufacturer or an author, reachable; for the
      -- primary component, the SBOM's manufacturer (CycloneDX 1.5 wrote
      -- the product's there).
      local creator = reachable(c.supplier) or reachable(c.manufacturer) or
        (i == primary and reachable(doc_maker))
      if not creator then
        for _, a in ipairs(c.authors) do
          if reachable(a) then
            creator = true
            break
          end
        end
      end
      if not creator then lacks("creator", c) end
      if not filled(c.name) then lacks("name", c) end
      if not filled(c.version) then lacks("version", c) end
      local fname = c.filename
      if not filled(fname) or fname:find("[/\\]") then lacks("filename", c) end
      if not c.deps_declared then lacks("dependencies", c) end
      if completeness and not (c.deps_completeness or doc_complete) then
        lacks("dependency-completeness", c)
      end

      local licensed = false
      for _, l in ipairs(c.licenses) do
        if (l.kind == "id" or l.kind == "expression") and (v20 or l.ack ~= "declared") then
          licensed = true
          break
        end
      end

      local sha512 = false
      for _, h in ipairs(c.hashes) do
        if h.alg == "SHA-512" and h.value and #h.value == 128 and
           not h.value:find("[^%x]") then
          sha512 = true
          break
        end
      end
      if not sha512 then lacks("hash-sha512", c) end

      local seen = {}
      for _, p in ipairs(c.properties) do
        local name = p.name
        local spec = PROPERTY_VALUES[name]
        if spec then
          local value = p.value and p.value:lower():gsub("[%s%-_]", "") or ""
          if seen[spec[1]] == nil and spec[2][value] then
            seen[spec[1]] = true
          else
            seen[spec[1]] = false
          end
        elseif v20 and name == "bsi:component:associatedLicences" and filled(p.value) then
          licensed = true
        end
      end
      if not licensed then lacks("licences", c) end
      if not spdx then
        if not seen.executable then lacks("executable", c) end
        if not seen.archive then lacks("archive", c) end
        if not seen.structured then lacks("structured", c) end
      end
    end
  end

  if checked == 0 then
    cra.unknown(string.format("%s lists no component or package whose fields " ..
      "could be judged", sb.path), { path = sb.path }, "observed")
    return
  end
  for _, f in ipairs(list) do
    local opts = { basis = "observed", subject = f.key }
    local n = missing[f.key]
    local property = f.key == "executable" or f.key == "archive" or
      f.key == "structured"
    if spdx and property then
      cra.unknown(string.format("%s: the %s property of SPDX elements " ..
        "(software_additionalPurpose) is not read here; check it with the " ..
        "SPDX tools", sb.path, f.key), { path = sb.path }, opts)
    elseif n == 0 then
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
      cra.fail(string.format("%d of %d components of %s %s %s (BSI " ..
        "TR-03183-2 v%s section 5.2.2), %s%s: %s", n, checked, sb.path,
        n == 1 and "lacks" or "lack", f.what, tr,
        n > #shown and "the first " or "", table.concat(shown, ", "), f.fix),
        { path = sb.path, line = first.line, column = first.column }, opts)
    end
  end
end

return {
  id = "sbom-bsi-component-fields",
  title = "BSI TR-03183-2 section 5.2.2: the required fields of each component",
  locus = "AnnexI.PartII(1)",
  severity = "error",
  rationale = [[
BSI TR-03183-2, refining the SBOM of Annex I Part II(1), lists the data
fields every component of an SBOM must carry (section 5.2.2): its
creator (an email address or URL), name, version, file name, its
dependencies (v2.1.0: with their completeness), its distribution
licences as SPDX identifiers or expressions (v2.0.0: associated
licences), the SHA-512 hash of its deployable form, and whether it is
executable, an archive and structured (the CycloneDX properties
bsi:component:executable, :archive and :structured of the BSI
taxonomy). They let a recipient find each component, verify the file
shipped and follow the dependency graph.]],
  remediation = [[
Configure the SBOM generator to write the fields for every component,
or enrich its output: suppliers with a URL or email address, file
names and the three properties (bsi:component:filename, :executable,
:archive, :structured), SHA-512 hashes of the files as shipped, licences
as SPDX expressions, a dependencies entry for every component (empty
when it has none) and a composition stating their completeness. Each
finding names the first components that lack a field, with their
position.]],
  establishes = "for each SBOM and each required field, how many components (CycloneDX components, SPDX packages) lack it, with the first by name and position",
  limits = "that the values are true (a hash is of the file shipped, a licence is the one that applies); CycloneDX services and SPDX files and snippets are not judged; the executable, archive and structured purposes of SPDX elements are not read (unknown); the creator of the primary component may be the SBOM's manufacturer",
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
    local v20 = tr:match("^2%.0") ~= nil
    local completeness = cra.params.bsi_dependency_completeness == true
    local sboms = readable_sboms(cra)
    if #sboms == 0 then
      cra.unknown("no readable SBOM whose components could be judged " ..
        "(sbom-present says why)", nil, "observed")
      return
    end
    for _, sb in ipairs(sboms) do
      check_one(cra, sb, tr, v20, completeness)
    end
  end,
}
