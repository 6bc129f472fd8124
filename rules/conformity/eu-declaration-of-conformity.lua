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
-- when its locus is written anywhere ("Annex V(3)", "AnnexV(3)",
-- "Annex V, point 3"); else when its words are in a heading; else when
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
