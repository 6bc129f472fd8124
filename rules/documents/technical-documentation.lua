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

local function lines_of(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = line:gsub("\r$", "")
  end
  return lines
end

-- The text of a heading: a Markdown "#" heading, or a label in bold that
-- opens a line or a list item ("**Manufacturer:** ...").
local function heading_of(line)
  return line:match("^%s*#+%s*(.-)%s*#*%s*$") or
    line:match("^%s*[-*+]?%s*%*%*(.-)%*%*")
end

-- Where the annex's items are named, item number -> line. An item counts
-- when its locus is written anywhere ("Annex VII(3)", "AnnexVII(3)",
-- "Annex VII, point 3"); else when its words are in a heading; else when
-- one of its distinctive phrases is anywhere. The document's title (a
-- first heading of level 1) does not count for words: it names the
-- document, not one item.
local function locate(lines, roman, items)
  local found = {}
  local prefix = "annex%s*" .. roman
  for i, line in ipairs(lines) do
    local lower = line:lower()
    for n = 1, #items do
      if not found[n] and (lower:find(prefix .. "%s*%(%s*" .. n .. "%s*%)") or
          lower:find(prefix .. "%s*,?%s*point%s*" .. n .. "%f[%D]")) then
        found[n] = i
      end
    end
  end
  local first = true
  for i, line in ipairs(lines) do
    local heading = heading_of(line)
    if heading then
      local title = first and line:match("^%s*#%s")
      first = false
      if not title then
        local lower = heading:lower()
        for n, item in ipairs(items) do
          for _, word in ipairs(item.words) do
            if not found[n] and lower:find(word, 1, true) then
              found[n] = i
            end
          end
        end
      end
    end
  end
  for n, item in ipairs(items) do
    for _, phrase in ipairs(item.phrases or {}) do
      for i, line in ipairs(lines) do
        if not found[n] and line:lower():find(phrase, 1, true) then
          found[n] = i
        end
      end
    end
  end
  return found
end

-- Where a missing item belongs: before the next item that is there.
local function insertion_line(found, n, count, last)
  for k = n + 1, count do
    if found[k] then
      return found[k]
    end
  end
  return last
end

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
