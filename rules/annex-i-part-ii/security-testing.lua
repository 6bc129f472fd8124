-- Annex I Part II(3): effective and regular tests and reviews of the
-- product's security. Their reports belong to the technical documentation
-- (Annex VII(6)); this rule checks that the reports listed in
-- evidence.test_reports exist, say something, and are referenced from the
-- technical documentation, so that an authority reading the latter finds
-- them.

-- A list of paths, or a single path, from a product.yaml value.
local function paths_of(cra, v, key_at)
  local items = {}
  if type(v) == "table" then
    for i, item in ipairs(v) do
      -- A placeholder left by git cra init is no report yet.
      if cra.filled(item) then
        items[#items + 1] = { path = tostring(item), at = cra.where(v, i) }
      end
    end
  elseif cra.filled(v) then
    items[1] = { path = tostring(v), at = key_at }
  end
  return items
end

local function words(text)
  local n = 0
  for _ in text:gmatch("%a%a+") do
    n = n + 1
  end
  return n
end

return {
  id = "security-testing",
  title = "Security tests and reviews, referenced from the technical documentation",
  locus = "AnnexI.PartII(3)",
  severity = "error",
  rationale = [[
Annex I Part II(3) requires manufacturers to apply effective and regular
tests and reviews of the security of the product. Annex VII(6) puts the
reports of the tests carried out to verify conformity with Annex I in
the technical documentation, so the reports must exist and be reachable
from it.]],
  remediation = [[
List the security test and review reports in evidence.test_reports of
.cra/product.yaml (penetration tests, fuzzing, code reviews, with their
dates and results), keep them in the repository, and name each one in
the technical documentation's test reports section (Annex VII(6)).]],
  establishes = "that the listed test reports exist, have content, and are named in the technical documentation",
  limits = "whether the tests are effective and regular, and whether their results are acted upon",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    local evidence = p and p.evidence
    local reports = paths_of(cra, evidence and evidence.test_reports,
      evidence and cra.where(evidence, "test_reports"))
    if #reports == 0 then
      cra.fail("no security test reports are listed: add evidence.test_reports " ..
        "to " .. cra.product_path .. " with the reports of the tests and " ..
        "reviews of the product's security",
        (evidence and cra.where(evidence)) or (p and cra.where(p)) or
        cra.product_path, "declared")
      return
    end

    local failed = false
    local found = {}
    for _, r in ipairs(reports) do
      local text, err = cra.read(r.path)
      if not text then
        failed = true
        cra.fail(string.format("test report %s: %s; add it or correct the path " ..
          "in evidence.test_reports", r.path, err), r.at,
          { basis = "observed", subject = r.path })
      elseif words(text) < 20 then
        failed = true
        cra.fail(string.format("test report %s has %d words: give what was " ..
          "tested, how, when, and the results", r.path, words(text)),
          { path = r.path, line = 1 }, { basis = "observed", subject = r.path })
      else
        found[#found + 1] = r
      end
    end
    if failed then
      return
    end

    local tech = evidence and evidence.technical_documentation
    if not cra.filled(tech) then
      cra.unknown("test reports exist, but whether the technical documentation " ..
        "references them cannot be judged: evidence.technical_documentation " ..
        "is not listed (see the rule technical-documentation)",
        reports[1].at, "observed")
      return
    end
    local doc = cra.read(tostring(tech))
    if not doc then
      cra.unknown(string.format("test reports exist, but whether the technical " ..
        "documentation references them cannot be judged: %s cannot be read " ..
        "(see the rule technical-documentation)", tostring(tech)),
        tostring(tech), "observed")
      return
    end
    local names = {}
    for _, r in ipairs(found) do
      -- The path, or at least the file's name, as an index would link it.
      local name = r.path:match("[^/]+$") or r.path
      if not (doc:find(r.path, 1, true) or doc:find(name, 1, true)) then
        failed = true
        cra.fail(string.format("test report %s is not named in the technical " ..
          "documentation %s: reference it in the test reports section " ..
          "(Annex VII(6))", r.path, tostring(tech)), r.at,
          { basis = "observed", subject = r.path })
      end
      names[#names + 1] = r.path
    end
    if failed then
      return
    end
    cra.pass(string.format("%s, referenced from %s", table.concat(names, ", "),
      tostring(tech)), reports[1].at, "observed")
  end,
}
