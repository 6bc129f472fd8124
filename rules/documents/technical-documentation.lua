-- Art.13(12) with Art.31 and Annex VII: the technical documentation is
-- drawn up before the product is placed on the market and contains at
-- least the eight items of Annex VII. A repository often holds its index,
-- pointing to the documents; the rule finds each item in that document by
-- its locus or its title, one finding per item missing.

-- The items of Annex VII: what each asks, a title to suggest, the words
-- of a heading that show it.
local ITEMS = {
  { what = "a general description of the product (intended purpose, " ..
      "software versions, photographs of hardware, user information)",
    title = "General description", words = { "general description" } },
  { what = "the design, development and production of the product and the " ..
      "vulnerability handling processes",
    title = "Design, development, production and vulnerability handling",
    words = { "design", "development", "vulnerability handling", "production" } },
  { what = "the cybersecurity risk assessment", title = "Cybersecurity risk assessment",
    words = { "risk assessment", "cybersecurity risk" } },
  { what = "the information taken into account to determine the support period",
    title = "Support period", words = { "support period" } },
  { what = "the harmonised standards, common specifications or certification " ..
      "schemes applied, or the solutions adopted without them",
    title = "Harmonised standards and other specifications",
    words = { "harmonised standard", "common specification",
      "certification scheme", "standards" } },
  { what = "the reports of the tests verifying conformity with Annex I",
    title = "Test reports", words = { "test report", "tests", "testing" } },
  { what = "a copy of the EU declaration of conformity",
    title = "EU declaration of conformity", words = { "declaration of conformity" } },
  { what = "the software bill of materials, for a market surveillance " ..
      "authority's reasoned request", title = "Software bill of materials",
    words = { "bill of materials", "sbom" } },
}

-- Finding the items in a document is shared by the rules of Annex II, V
-- and VII: cra.annex_helpers().

return {
  id = "technical-documentation",
  title = "Technical documentation with the items of Annex VII",
  locus = "Art.13(12)",
  severity = "error",
  rationale = [[
Art.13(12) requires manufacturers to draw up the technical documentation
referred to in Art.31 before placing the product on the market. Art.31
asks it to contain all the data and details of the means used to meet
the essential requirements of Annex I, at least the elements of Annex
VII: the general description, design, development, production and
vulnerability handling, the risk assessment, the support period's
rationale, the standards applied, the test reports, the EU declaration
of conformity and, on request, the SBOM. It is what a market
surveillance authority asks for first.]],
  remediation = [[
Keep the technical documentation, or an index of it naming each
document, in the repository, named in evidence.technical_documentation
of .cra/product.yaml, with one section per item of Annex VII, its title
naming the item and its locus, for example "## 4. Support period
(Annex VII(4))".]],
  establishes = "that the technical documentation exists and names each Annex VII item, by its locus or its title",
  limits = "that the documents it points to are complete and correct, and that it was drawn up before placing on the market",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_VII",

  check = function(cra)
    local lines_of, locate, insertion_line = cra.annex_helpers()
    local p = cra.product
    local evidence = p and p.evidence
    local path = type(evidence) == "table" and evidence.technical_documentation or nil
    if not cra.filled(path) then
      cra.fail("no technical documentation is listed: write it (or its index) " ..
        "with the items of Annex VII and name the file in " ..
        "evidence.technical_documentation of " .. cra.product_path,
        (type(evidence) == "table" and cra.where(p, "evidence")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    path = tostring(path)
    local text, err = cra.read(path)
    if not text then
      cra.fail(string.format("the technical documentation cannot be read: %s; " ..
        "write it, or correct evidence.technical_documentation", err),
        cra.where(evidence, "technical_documentation"),
        { basis = "observed", subject = path })
      return
    end
    local lines = lines_of(text)
    local found = locate(lines, "vii", ITEMS)
    local missing = 0
    for n = 1, #ITEMS do
      if not found[n] then
        missing = missing + 1
        cra.fail(string.format("the technical documentation has no Annex VII(%d) " ..
          "item, %s: add a section such as '%d. %s (Annex VII(%d))'", n,
          ITEMS[n].what, n, ITEMS[n].title, n), { path = path,
          line = insertion_line(found, n, #ITEMS, #lines) },
          { basis = "observed", subject = "AnnexVII(" .. n .. ")" })
      end
    end
    if missing == 0 then
      cra.pass(path .. " names the eight items of Annex VII",
        { path = path, line = found[1] }, "observed")
    end
  end,
}
