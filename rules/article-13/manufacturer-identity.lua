-- Art.13(16): the manufacturer can be identified and reached.
return {
  id = "manufacturer-identity",
  title = "Manufacturer's name, address, digital contact and website",
  locus = "Art.13(16)",
  severity = "error",
  rationale = [[
Art.13(16) requires the manufacturer's name, registered trade name or
registered trade mark, postal address, email address or other digital
contact details and, where applicable, website, on the product or its
packaging or in an accompanying document.]],
  remediation = [[
Fill in manufacturer.name, manufacturer.address, manufacturer.email (or
manufacturer.contact) and manufacturer.website in .cra/product.yaml.]],
  establishes = "that the identity fields are declared",
  limits = "that the same details appear on the product, its packaging or accompanying documents",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    if not p then
      cra.fail("no manufacturer identity: " .. cra.product_path .. " does not exist")
      return
    end
    local m = p.manufacturer
    if not cra.filled(m) then
      cra.fail("the 'manufacturer' section is missing: add name, address, " ..
        "email and website", cra.where(p) or cra.product_path, "declared")
      return
    end
    local missing = {}
    if not (cra.filled(m.name) or cra.filled(m.trade_name)) then
      missing[#missing + 1] = "manufacturer.name"
    end
    if not cra.filled(m.address) then
      missing[#missing + 1] = "manufacturer.address"
    end
    if not (cra.filled(m.email) or cra.filled(m.contact)) then
      missing[#missing + 1] = "manufacturer.email"
    elseif cra.filled(m.email) and not tostring(m.email):find("^[^@%s]+@[^@%s]+%.[^@%s]+$") then
      cra.fail(string.format("manufacturer.email '%s' is not an email address",
        tostring(m.email)), cra.where(m, "email"), "declared")
      return
    end
    if not cra.filled(m.website) then
      missing[#missing + 1] = "manufacturer.website"
    end
    if #missing > 0 then
      cra.fail("fill in " .. table.concat(missing, ", "), cra.where(p, "manufacturer"),
        "declared")
      return
    end
    cra.pass(string.format("%s, %s, %s", m.name or m.trade_name, m.address,
      m.email or m.contact), cra.where(p, "manufacturer"), "declared")
  end,
}
