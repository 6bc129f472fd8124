-- Art.31(2): the technical documentation is kept up to date during the
-- support period. For a release, the least it shows is that it was
-- brought up to that release: it names the version. technical-documentation
-- judges its contents.

-- The release's version: the tag less a leading "v", or a literal
-- product.version; nil for an untagged snapshot of a from-tag product.
local function release_version(cra)
  local tag = cra.snapshot.tag
  if tag then
    return (tag:gsub("^v", "", 1)), "the release tag " .. tag
  end
  local p = cra.product
  local product = p and p.product
  local at = type(product) == "table" and cra.where(product, "version")
  local text = at and at.text
  if text and cra.filled(text) and text ~= "from-tag" then
    return text, "product.version"
  end
end

-- The first line naming the version as a whole: "2.1.0" in "firmware
-- 2.1.0," but not in "12.1.0" or "2.1.0.4".
local function find_version(text, version)
  local number = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    number = number + 1
    local start = 1
    while true do
      local s, e = line:find(version, start, true)
      if not s then
        break
      end
      local before = s > 1 and line:sub(s - 1, s - 1) or ""
      local after = line:sub(e + 1, e + 2)
      if not before:match("[%w.]") and not after:match("^%w") and
         not after:match("^%.%w") then
        return number
      end
      start = e + 1
    end
  end
end

return {
  id = "technical-documentation-current",
  title = "The technical documentation is brought up to the release",
  locus = "Art.31",
  severity = "warning",
  rationale = [[
Art.31(2) requires the technical documentation to be drawn up before the
product is placed on the market and to be continuously updated, where
appropriate, at least during the support period; Annex VII(1)(b) asks it
to name the versions of software affecting compliance. Documentation
that does not name the release it comes with was not brought up to it.]],
  remediation = [[
Update the technical documentation for each release: name the version
being released (Annex VII(1)(b)) and revise what changed.]],
  establishes = "that the technical documentation names the version of the release",
  limits = "that the rest of it was revised for the release",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_31",

  check = function(cra)
    local version, source = release_version(cra)
    if not version then
      cra.not_applicable("no release version to compare with: this snapshot " ..
        "has no tag and product.version comes from the tag", nil, "observed")
      return
    end
    local p = cra.product
    local evidence = p and p.evidence
    local path = type(evidence) == "table" and evidence.technical_documentation or nil
    if not cra.filled(path) then
      cra.unknown("whether the technical documentation was brought up to " ..
        version .. " cannot be judged: none is listed (see the rule " ..
        "technical-documentation)", (p and cra.where(p)) or cra.product_path,
        "declared")
      return
    end
    path = tostring(path)
    local text, err = cra.read(path)
    if not text then
      cra.unknown(string.format("whether the technical documentation was " ..
        "brought up to %s cannot be judged: %s (see the rule " ..
        "technical-documentation)", version, err), path, "observed")
      return
    end
    local line = find_version(text, version)
    if line then
      cra.pass(string.format("%s names version %s (%s)", path, version, source),
        { path = path, line = line }, "observed")
      return
    end
    cra.fail(string.format("%s does not name version %s (%s): bring the " ..
      "technical documentation up to this release and name the version " ..
      "(Annex VII(1)(b))", path, version, source), { path = path, line = 1 },
      "observed")
  end,
}
