-- Art.30: the CE marking is affixed visibly, legibly and indelibly to the
-- product or, where that is not possible, to its packaging and the EU
-- declaration of conformity; for software, on the declaration or the
-- website accompanying it. Where it is shown can only be declared; a
-- declaration that says where the marking is counts as that statement.
return {
  id = "ce-marking",
  title = "The CE marking is affixed, and where is declared",
  locus = "Art.30",
  severity = "error",
  rationale = [[
Art.30 requires the CE marking to be affixed visibly, legibly and
indelibly to the product with digital elements; where that is not
possible or not warranted, to the packaging and to the EU declaration of
conformity. For software products it is affixed to the EU declaration of
conformity or to the website accompanying the software. It is affixed
before the product is placed on the market (Art.13(20)).]],
  remediation = [[
Say where the CE marking is shown (on the label, the packaging, the
about screen, the website of the software) in conformity.ce_marking of
.cra/product.yaml.]],
  establishes = "that the manufacturer declares where the CE marking is shown",
  limits = "that the marking is really there, and in the required form",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_30",

  check = function(cra)
    local p = cra.product
    local conformity = p and p.conformity
    if type(conformity) == "table" and cra.filled(conformity.ce_marking) then
      local where = tostring(conformity.ce_marking):gsub("%s+", " ")
      cra.pass("CE marking " .. where, cra.where(conformity, "ce_marking"),
        "declared")
      return
    end
    -- The declaration of conformity may say where the marking is.
    local path = type(conformity) == "table" and conformity.declaration or nil
    local text = cra.filled(path) and cra.read(tostring(path))
    if text then
      local number = 0
      for line in (text .. "\n"):gmatch("([^\n]*)\n") do
        number = number + 1
        if line:find("CE marking", 1, true) or line:find("CE mark ", 1, true) then
          cra.pass(string.format("the EU declaration of conformity %s says " ..
            "where the CE marking is", tostring(path)),
            { path = tostring(path), line = number }, "declared")
          return
        end
      end
    end
    cra.fail("where the CE marking is shown is not declared: affix it (on the " ..
      "product, its packaging, or for software the declaration of conformity " ..
      "or website) and say where in conformity.ce_marking of " ..
      cra.product_path, (type(conformity) == "table" and
      cra.where(p, "conformity")) or (p and cra.where(p)) or cra.product_path,
      "declared")
  end,
}
