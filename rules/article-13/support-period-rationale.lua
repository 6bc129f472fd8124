-- Art.13(8): the support period is determined, not picked: the
-- manufacturer takes into account the expected time of use, user
-- expectations, the nature of the product and the support periods of
-- similar products, and writes down what it took into account
-- (Annex VII(4) puts it in the technical documentation). support-period
-- judges the length; this rule judges that the reasons are written.

local function words(text)
  local n = 0
  for _ in text:gmatch("%a%a+") do
    n = n + 1
  end
  return n
end

return {
  id = "support-period-rationale",
  title = "The support period is determined with its reasons written down",
  locus = "Art.13(8)",
  severity = "error",
  rationale = [[
Art.13(8) requires the support period to reflect the time the product is
expected to be in use, taking into account in particular reasonable user
expectations, the nature of the product (including its intended
purpose), relevant Union law determining the lifetime of products, the
support periods of products offering a similar functionality, the
availability of the operating environment and of the support periods of
integrated components. The information taken into account is part of
the technical documentation (Annex VII(4)).]],
  remediation = [[
Write the document explaining how the support period was determined
(the expected time of use and the sources for it, similar products,
component support, hardware limits) and name it in support.rationale
of .cra/product.yaml.]],
  establishes = "that support.rationale names a document that exists and has content",
  limits = "whether the reasons are sound and the period reflects the expected use",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local support = p and p.support
    if type(support) ~= "table" then
      cra.unknown("no support period is declared, so neither are its reasons " ..
        "(see the rule support-period)", (p and cra.where(p)) or
        cra.product_path, "declared")
      return
    end
    local at = cra.where(support, "rationale") or cra.where(p, "support")
    local value = support.rationale
    if not cra.filled(value) then
      cra.fail("support.rationale is missing: write down how the support period " ..
        "was determined (expected time of use, similar products, component " ..
        "support) and name the document in support.rationale", at, "declared")
      return
    end
    value = tostring(value)
    -- A short text in place of a path is a rationale of its own.
    if value:find("%s") then
      if words(value) < 8 then
        cra.fail(string.format("support.rationale '%s' gives no reasons: name " ..
          "the document that explains the period, or say what was taken into " ..
          "account", value), at, "declared")
        return
      end
      cra.pass("the support period's rationale is given in support.rationale",
        at, "declared")
      return
    end
    local text, err = cra.read(value)
    if not text then
      cra.fail(string.format("support.rationale names %s: %s; add the document " ..
        "or correct the path", value, err), at,
        { basis = "observed", subject = value })
      return
    end
    local n = words(text)
    if n < 30 then
      cra.fail(string.format("%s has %d words: say what was taken into account " ..
        "to determine the support period (expected time of use, similar " ..
        "products, component support)", value, n), { path = value, line = 1 },
        { basis = "observed", subject = value })
      return
    end
    cra.pass(string.format("the support period's rationale is in %s (%d words)",
      value, n), at, "observed")
  end,
}
