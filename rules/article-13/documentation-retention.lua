-- Art.13(13): the technical documentation and the EU declaration of
-- conformity are kept at the disposal of the market surveillance
-- authorities for at least ten years after placing on the market, or for
-- the support period, whichever is longer. The repository (and the
-- evidence notes in it) keeps them as long as it is kept; how long that
-- is can only be declared.

local KEYS = {
  { key = "technical_documentation_years", what = "the technical documentation" },
  { key = "declaration_years", what = "the EU declaration of conformity" },
}

-- Years from placing on the market (or support.start) to support.end.
local function support_years(cra)
  local p = cra.product
  local support = p and p.support
  if type(support) ~= "table" or not cra.filled(support["end"]) then
    return nil
  end
  local finish = cra.time(tostring(support["end"]))
  local product = p.product
  local start_text = type(product) == "table" and product.placed_on_market or nil
  if not cra.filled(start_text) then
    start_text = support.start
  end
  local start = cra.filled(start_text) and cra.time(tostring(start_text))
  if not (finish and start) or finish <= start then
    return nil
  end
  return (finish - start) / (365.2425 * 86400)
end

return {
  id = "documentation-retention",
  title = "Technical documentation and declaration kept for ten years or the support period",
  locus = "Art.13(13)",
  severity = "error",
  rationale = [[
Art.13(13) requires manufacturers to keep the technical documentation
and the EU declaration of conformity at the disposal of the market
surveillance authorities for at least ten years after the product has
been placed on the market or for the support period, whichever is
longer. A repository whose history is rewritten or discarded earlier
loses them.]],
  remediation = [[
Decide how long the repository, its release tags and the evidence notes
(refs/notes/cra) are kept, at least ten years after placing on the
market and no shorter than the support period, and declare it in
retention.technical_documentation_years and retention.declaration_years
of .cra/product.yaml.]],
  establishes = "that the declared retention periods cover ten years and the support period",
  limits = "that the documents are really kept that long",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local retention = p and p.retention
    local min = tonumber(cra.params.retention_min_years) or 10
    local needed = min
    local period = support_years(cra)
    if period and period > needed then
      needed = period
    end
    local whole = math.ceil(needed - 0.01)
    local why = period and period > min and
      string.format("the support period of %.1f years is longer than %d", period, min)
      or string.format("%d years after placing on the market", min)
    if type(retention) ~= "table" then
      cra.fail(string.format("no retention period is declared: keep the technical " ..
        "documentation and the EU declaration of conformity for at least %d " ..
        "years and declare retention.technical_documentation_years and " ..
        "retention.declaration_years", whole),
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    local failed = false
    local parts = {}
    for _, k in ipairs(KEYS) do
      local value = retention[k.key]
      local years = tonumber(value)
      local at = cra.where(retention, k.key) or cra.where(p, "retention")
      local opts = { basis = "declared", subject = "retention." .. k.key }
      if not years then
        failed = true
        cra.fail(string.format("retention.%s is %s: declare how long %s is kept, " ..
          "at least %d years (%s)", k.key, value == nil and "missing" or
          "not a number", k.what, whole, why), at, opts)
      elseif years + 0.01 < needed then
        failed = true
        cra.fail(string.format("retention.%s is %s; Art.13(13) asks for at least " ..
          "%d (%s): keep %s for %d years or more", k.key, tostring(value), whole,
          why, k.what, whole), at, opts)
      else
        parts[#parts + 1] = string.format("%s for %s years", k.what, tostring(value))
      end
    end
    if not failed then
      cra.pass("kept: " .. table.concat(parts, ", "), cra.where(p, "retention"),
        "declared")
    end
  end,
}
