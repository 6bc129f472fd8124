-- Art.13(20) with Art.28 and Annex V: the manufacturer draws up the EU
-- declaration of conformity, with the eight items of Annex V; or, with
-- the product, a simplified declaration (Annex VI) giving the internet
-- address of the full text. The rule finds each item in the declaration
-- by its locus or its title, one finding per item missing. Item (7), the
-- notified body, applies only to routes that involve one.

-- The items of Annex V: what each asks, a title to suggest, the words of
-- a heading that show it, and phrases that show it anywhere.
local ITEMS = {
  { what = "the name and type of the product and what identifies it",
    title = "Product", words = { "product", "identification" } },
  { what = "the name and address of the manufacturer or its authorised " ..
      "representative", title = "Manufacturer",
    words = { "manufacturer", "authorised representative" } },
  { what = "the statement that the declaration is issued under the sole " ..
      "responsibility of the provider", title = "Sole responsibility",
    words = { "responsibility" }, phrases = { "sole responsibility" } },
  { what = "the object of the declaration, identifying the product for " ..
      "traceability", title = "Object of the declaration",
    words = { "object of the declaration", "object" } },
  { what = "the statement that the object of the declaration is in conformity " ..
      "with the relevant Union harmonisation legislation",
    title = "Conformity statement",
    words = { "conformity statement", "statement of conformity", "in conformity" },
    phrases = { "in conformity with" } },
  { what = "the harmonised standards, common specifications or certification " ..
      "used, in relation to which conformity is declared",
    title = "Harmonised standards and specifications",
    words = { "harmonised standard", "common specification", "certification",
      "standards", "specifications" } },
  { what = "the notified body's name and number, the procedure performed and " ..
      "the certificate issued", title = "Notified body",
    words = { "notified body" } },
  { what = "the additional information: signed for and on behalf of, place and " ..
      "date of issue, name, function and signature",
    title = "Additional information",
    words = { "additional information", "signed" },
    phrases = { "signed for and on behalf of", "place and date of issue" } },
}

-- Routes in which a notified body takes part (Annex V(7) applies).
local NOTIFIED = { ["module-b-c"] = true, ["module-h"] = true,
  ["certification"] = true }

-- Finding the items in a document is shared by the rules of Annex II, V
-- and VII: cra.annex_helpers().

return {
  id = "eu-declaration-of-conformity",
  title = "EU declaration of conformity with the items of Annex V",
  locus = "Art.13(20)",
  severity = "error",
  rationale = [[
Art.13(20) requires manufacturers, once conformity has been demonstrated
by the applicable procedure, to draw up the EU declaration of conformity
(Art.28) and affix the CE marking. Annex V lists what the declaration
contains: the product, the manufacturer, the statement of sole
responsibility, the object of the declaration, the conformity statement,
the standards or specifications applied, the notified body where one
took part, and who signed it, where and when. Art.13(20) also allows the
simplified declaration of Annex VI, which gives the internet address
where the full text is available.]],
  remediation = [[
Keep the EU declaration of conformity in the repository with one section
per item of Annex V (for example "## 3. Sole responsibility (Annex
V(3))") and name it in conformity.declaration of .cra/product.yaml; or,
when only the simplified declaration is kept here, give the address of
the full text in conformity.simplified_declaration_url.]],
  establishes = "that the declaration exists and names each Annex V item, by its locus or its title; or that a simplified declaration's address is declared",
  limits = "that the declaration was signed and that what it states is true; the full text behind a simplified declaration's address is not fetched",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_V",

  check = function(cra)
    local lines_of, locate, insertion_line = cra.annex_helpers()
    local p = cra.product
    local conformity = p and p.conformity
    local path = type(conformity) == "table" and conformity.declaration or nil
    if not cra.filled(path) then
      local url = type(conformity) == "table" and
        conformity.simplified_declaration_url or nil
      if cra.filled(url) and tostring(url):match("^https://[^%s/]+") then
        cra.pass(string.format("simplified declaration (Annex VI): the full " ..
          "text is at %s; its Annex V items are not checked here", tostring(url)),
          cra.where(conformity, "simplified_declaration_url"), "declared")
        return
      end
      cra.fail("no EU declaration of conformity: draw it up with the items of " ..
        "Annex V and name it in conformity.declaration of " .. cra.product_path ..
        " (or give the https address of the full text in " ..
        "conformity.simplified_declaration_url)",
        (type(conformity) == "table" and cra.where(p, "conformity")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    path = tostring(path)
    local text, err = cra.read(path)
    if not text then
      cra.fail(string.format("the EU declaration of conformity cannot be read: " ..
        "%s; add it, or correct conformity.declaration", err),
        cra.where(conformity, "declaration"), { basis = "observed", subject = path })
      return
    end
    local lines = lines_of(text)
    local found = locate(lines, "v", ITEMS)
    local route = conformity.route and tostring(conformity.route) or ""
    local missing = 0
    for n = 1, #ITEMS do
      if not found[n] and (n ~= 7 or NOTIFIED[route]) then
        missing = missing + 1
        cra.fail(string.format("the EU declaration of conformity has no Annex " ..
          "V(%d) item, %s: add a section such as '%d. %s (Annex V(%d))'", n,
          ITEMS[n].what, n, ITEMS[n].title, n), { path = path,
          line = insertion_line(found, n, #ITEMS, #lines) },
          { basis = "observed", subject = "AnnexV(" .. n .. ")" })
      end
    end
    if missing == 0 then
      cra.pass(string.format("%s names the items of Annex V%s", path,
        found[7] and "" or " (no notified body: none takes part in " ..
        (route ~= "" and route or "the declared route") .. ")"),
        { path = path, line = found[1] }, "observed")
    end
  end,
}
