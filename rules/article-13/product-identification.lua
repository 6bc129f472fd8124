-- Art.13(15): the product carries a type, batch or serial number or
-- another element allowing its identification. For software the version
-- is that element; it must be the one the release is tagged with, or an
-- authority, a user and the SBOM name different things.
return {
  id = "product-identification",
  title = "The product's version identifies the release",
  locus = "Art.13(15)",
  severity = "error",
  rationale = [[
Art.13(15) requires manufacturers to ensure that their products bear a
type, batch or serial number or other element allowing their
identification, or, where that is not possible, that it is provided on
the packaging or in an accompanying document. For software the version
identifies what was placed on the market; the release tag, the product
metadata, the user information and the SBOM must name the same one.]],
  remediation = [[
Set product.version in .cra/product.yaml to "from-tag" (the release tag,
less a leading "v") or to the literal version the release is tagged
with, and describe how a unit is identified (type, batch or serial
number) in product.identification.]],
  establishes = "that a version is declared and, for a tagged snapshot, matches the tag",
  limits = "that the version is shown on the product or in its accompanying documents",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local product = p and p.product
    local version = type(product) == "table" and product.version or nil
    if not cra.filled(version) then
      cra.fail("no version identifies the product: set product.version to the " ..
        "release's version, or to from-tag to take it from the release tag",
        (type(product) == "table" and cra.where(p, "product")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    -- The YAML text, so that "1.10" is not read as the number 1.1.
    local at = cra.where(product, "version")
    local text = (at and at.text) or tostring(version)
    local identification = ""
    if cra.filled(product.identification) then
      identification = "; units identified as declared in product.identification"
    end
    local tag = cra.snapshot.tag
    if text == "from-tag" then
      if tag then
        cra.pass(string.format("version %s, from the release tag %s%s",
          (tag:gsub("^v", "", 1)), tag, identification), at, "observed")
      else
        cra.pass("the version is taken from the release tag (this snapshot has " ..
          "none)" .. identification, at, "declared")
      end
      return
    end
    if not tag then
      cra.pass(string.format("version %s (no release tag to compare it with)%s",
        text, identification), at, "declared")
      return
    end
    if tag == text or tag == "v" .. text then
      cra.pass(string.format("version %s matches the release tag %s%s", text, tag,
        identification), at, "observed")
      return
    end
    cra.fail(string.format("product.version is %s but the release tag is %s: " ..
      "set product.version to %s (or to from-tag), or tag the release v%s",
      text, tag, (tag:gsub("^v", "", 1)), text), at, "observed")
  end,
}
