-- Art.13(9): each security update made available during the support
-- period stays available for at least ten years after it is issued, or
-- for the rest of the support period, whichever is longer. Only the
-- manufacturer can promise that; the rule checks the promise covers the
-- period the Regulation asks for.

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
  id = "update-availability",
  title = "Security updates stay available for ten years or the support period",
  locus = "Art.13(9)",
  severity = "error",
  rationale = [[
Art.13(9) requires manufacturers to ensure that each security update
made available to users during the support period remains available
after it has been issued for a minimum of 10 years or for the remainder
of the support period, whichever is longer, so that a user who installs
late, or restores an old unit, can still obtain it.]],
  remediation = [[
Keep every security update downloadable for at least ten years after its
release (longer when the support period is longer) and declare it as
updates.availability_years in .cra/product.yaml.]],
  establishes = "that the declared availability covers ten years and the support period",
  limits = "that updates really stay available",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local updates = p and p.updates
    local min = tonumber(cra.params.update_availability_min_years) or 10
    local needed = min
    local period = support_years(cra)
    if period and period > needed then
      needed = period
    end
    local value = type(updates) == "table" and updates.availability_years
    local at = (type(updates) == "table" and
      (cra.where(updates, "availability_years") or cra.where(p, "updates"))) or
      (p and cra.where(p)) or cra.product_path
    local years = tonumber(value)
    if not years then
      cra.fail(string.format("how long security updates stay available is not " ..
        "declared: keep each one available for at least %s years and set " ..
        "updates.availability_years", (string.format("%.1f", needed):gsub("%.0$", ""))),
        at, "declared")
      return
    end
    if years + 0.01 < needed then
      local why = period and period > min and
        string.format("the support period of %.1f years", period) or
        string.format("%d years", min)
      cra.fail(string.format("updates.availability_years is %s; Art.13(9) asks " ..
        "for %s (ten years or the rest of the support period, whichever is " ..
        "longer): keep each security update available for at least %d years",
        tostring(value), why, math.ceil(needed - 0.01)), at, "declared")
      return
    end
    cra.pass(string.format("each security update stays available for %s years",
      tostring(value)), at, "declared")
  end,
}
