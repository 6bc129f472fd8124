-- The product's general description, the first item of the technical
-- documentation: what it is, which version, what it is for, and which
-- class of the Regulation it falls in.
-- "from-tag" means the release tag names the version, less a leading "v".
local function describe_version(cra, version)
  version = tostring(version)
  if version ~= "from-tag" then
    return version
  end
  local tag = cra.snapshot.tag
  if tag then
    return tag:gsub("^v", "", 1) .. " (from the tag " .. tag .. ")"
  end
  return "(version from the release tag)"
end

local function shorten(text, width)
  if #text <= width then
    return text
  end
  return text:sub(1, width):gsub("%s+%S*$", "") .. "..."
end

return {
  id = "product-metadata",
  title = "Product metadata describes the product",
  locus = "AnnexVII(1)",
  severity = "error",
  rationale = [[
Annex VII(1) opens the technical documentation with a general description
of the product: its intended purpose and the versions of its software. The
product's class (Art.7, Annex III, Annex IV) decides which conformity
routes are open (Art.32). Every other rule reads these values.]],
  remediation = [[
Fill in product.name, product.type, product.version (a literal version or
"from-tag"), product.intended_purpose and product.class (default,
important-class-1, important-class-2 or critical) in .cra/product.yaml.]],
  establishes = "that the description's fields are present and filled in",
  limits = "whether the description, purpose and class are correct",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_VII",

  check = function(cra)
    local p = cra.product
    if not p then
      cra.fail("there is no " .. cra.product_path ..
        ": create it (schema 1, see docs/product-yaml.md)")
      return
    end
    local product = p.product
    if not cra.filled(product) then
      cra.fail("the 'product' section is missing: add name, type, " ..
        "version, intended_purpose and class", cra.where(p) or cra.product_path)
      return
    end
    local missing = {}
    for _, key in ipairs({ "name", "type", "version", "intended_purpose",
                           "class" }) do
      if not cra.filled(product[key]) then
        missing[#missing + 1] = "product." .. key
      end
    end
    if #missing > 0 then
      cra.fail("fill in " .. table.concat(missing, ", "), cra.where(p, "product"),
        { basis = "declared" })
    else
      cra.pass(string.format("%s %s, class %s: %s", product.name,
        describe_version(cra, product.version), product.class,
        shorten(tostring(product.intended_purpose), 60)),
        cra.where(p, "product"), { basis = "declared" })
    end
  end,
}
