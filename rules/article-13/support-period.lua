-- Art.13(8): the support period, during which vulnerabilities are handled,
-- is at least five years unless the product is expected to be in use for
-- less, and it is determined with its reasons.
return {
  id = "support-period",
  title = "Support period of at least five years",
  locus = "Art.13(8)",
  severity = "error",
  rationale = [[
Art.13(8) makes the manufacturer determine a support period reflecting
how long the product is expected to be in use, and of at least five years
unless the expected use is shorter. The period runs from placing on the
market; its end date is what users are told at purchase (Art.13(19)).]],
  remediation = [[
Set support.start and support.end (YYYY-MM-DD) in .cra/product.yaml so
that the end is at least five years after product.placed_on_market (or
support.start). A shorter period needs product.expected_use_years below
five and support.rationale naming the document that explains it.]],
  establishes = "the declared period's dates and length",
  limits = "whether the manufacturer will honour the period, and whether the expected use time is realistic",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    if not p then
      cra.fail("no support period: " .. cra.product_path .. " does not exist")
      return
    end
    local support = p.support
    if not cra.filled(support) then
      cra.fail("no support period: add support.start and support.end " ..
        "(YYYY-MM-DD) to " .. cra.product_path, cra.where(p) or cra.product_path,
        "declared")
      return
    end

    local function date_of(tbl, key, name)
      local text = tbl and tbl[key]
      if not cra.filled(text) then
        return nil, name .. " is missing", cra.where(tbl) or cra.product_path
      end
      local t, err = cra.time(tostring(text))
      if not t then
        return nil, name .. ": " .. err, cra.where(tbl, key)
      end
      return t
    end

    local finish, err, at = date_of(support, "end", "support.end")
    if not finish then
      cra.fail(err .. "; give the last day of support as YYYY-MM-DD", at, "declared")
      return
    end
    -- The period counts from placing on the market; before that date is
    -- known, from the declared start of support.
    local start, start_at
    local product = p.product
    if product and cra.filled(product.placed_on_market) then
      start, err, at = date_of(product, "placed_on_market", "product.placed_on_market")
      start_at = "product.placed_on_market"
    else
      start, err, at = date_of(support, "start", "support.start")
      start_at = "support.start"
    end
    if not start then
      cra.fail(err .. "; give the date support starts as YYYY-MM-DD", at, "declared")
      return
    end
    if finish <= start then
      cra.fail(string.format("support.end %s is not after %s %s",
        cra.format_time(finish):sub(1, 10), start_at,
        cra.format_time(start):sub(1, 10)), cra.where(support, "end"), "declared")
      return
    end

    local min_years = tonumber(cra.params.support_min_years) or 5
    local needed = cra.add_years(start, min_years)
    local years = (finish - start) / (365.2425 * 86400)
    local span = string.format("%s to %s", cra.format_time(start):sub(1, 10),
      cra.format_time(finish):sub(1, 10))
    if finish >= needed - 86400 then
      cra.pass(string.format("support period of %.1f years (%s)", years, span),
        cra.where(support, "end"), "declared")
      return
    end

    -- Shorter is allowed only for a product expected in use for less,
    -- and the reasons must be written down.
    local expected = product and tonumber(product.expected_use_years)
    if expected and expected < min_years and years >= expected - 0.01 and
       cra.filled(support.rationale) then
      cra.pass(string.format("support period of %.1f years (%s) matches the " ..
        "expected use of %s years, with the rationale in %s", years, span,
        tostring(expected), tostring(support.rationale)),
        cra.where(support, "end"), "declared")
      return
    end
    cra.fail(string.format("support period is %.1f years (%s); Art.13(8) asks " ..
      "for at least %d: move support.end to %s or later, or declare a shorter " ..
      "expected use (product.expected_use_years) with support.rationale",
      years, span, min_years, cra.format_time(needed):sub(1, 10)),
      cra.where(support, "end"), "declared")
  end,
}
