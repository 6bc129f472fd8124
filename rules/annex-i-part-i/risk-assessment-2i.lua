-- Annex I Part I(2)(i): minimal negative impact on other devices and
-- networks.
-- A repository cannot show this property of the product. What it holds
-- is the manufacturer's cybersecurity risk assessment (Art.13(2)–(3)),
-- which says for each point of Annex I Part I whether it applies, with
-- evidence, or why not. This rule reads the entry of point (2)(i): the
-- entry is declared; whether the evidence files it names exist is
-- observed.
local POINT = "2i"
local LABEL = "(2)(i)"
local DEFAULT_PATH = ".cra/risk-assessment.yaml"

local function risk_assessment_path(cra)
  local evidence = cra.product and cra.product.evidence
  if evidence and cra.filled(evidence.risk_assessment) then
    return tostring(evidence.risk_assessment)
  end
  return DEFAULT_PATH
end

-- The spellings of a point's key that are accepted: "2c", "2(c)",
-- "(2)(c)", "2C". The keys are looked up one by one rather than
-- iterated, so that the first spelling present wins, in this order.
local function spellings(point)
  local number, letter = point:match("^(%d)(%a?)$")
  if letter == "" then
    return { number, "(" .. number .. ")" }
  end
  return { point, number .. "(" .. letter .. ")",
    "(" .. number .. ")(" .. letter .. ")", number .. letter:upper(),
    number .. "." .. letter }
end

local function find_point(requirements)
  for _, key in ipairs(spellings(POINT)) do
    if requirements[key] ~= nil then
      return requirements[key], key
    end
  end
end

-- The file an evidence entry names ("file#section" names a part of a
-- file), or nil for a URL, which lies outside the snapshot.
local function local_path(text)
  if text:match("^%a[%w+.-]*:") then
    return nil
  end
  return (text:gsub("#.*$", ""):gsub("/+$", ""))
end

-- A document number of the manufacturer's document system, such as
-- "TH200-SEC-002", names no file: it is taken as declared.
local function is_document_number(text)
  return not text:find("[/.]")
end

local function shorten(text, width)
  text = tostring(text):gsub("%s+", " ")
  if #text <= width then
    return text
  end
  return text:sub(1, width):gsub("%s+%S*$", "") .. "..."
end

return {
  id = "risk-assessment-2i",
  title = "Minimal negative impact on the services of other devices and networks",
  locus = "AnnexI.PartI(2)(i)",
  severity = "error",
  rationale = [[
Annex I Part I(2)(i) requires products to minimise their own negative
impact, and that of connected devices, on the availability of services
provided by other devices or networks. The risk assessment decides
whether and how the point applies (Annex I Part I(2) opens with "on the
basis of the cybersecurity risk assessment referred to in Article 13(2)
and where applicable"), and Art.13(3) asks it to say so for each point.]],
  remediation = [[
In the risk assessment (.cra/risk-assessment.yaml, or the file named in
evidence.risk_assessment), under requirements, give point "2i" either
`applicable: true` with `evidence:` listing the files of this repository
that show how it is met (design documents, code, test reports) and a
`summary`, or `applicable: false` with a `justification`.]],
  establishes = "that point (2)(i) is addressed in the risk assessment, and that the evidence files it names exist",
  limits = "whether the product really has the property, and whether the evidence shows it; a person has to read the evidence",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local path = risk_assessment_path(cra)
    local ra, err = cra.yaml(path)
    if not ra then
      -- The risk assessment itself is judged by the rule
      -- risk-assessment (Art.13(2)–(3)); here it only cannot be read.
      cra.unknown(string.format("point %s cannot be judged: %s (see the " ..
        "rule risk-assessment)", LABEL, err), path)
      return
    end
    local requirements = ra.requirements
    if type(requirements) ~= "table" then
      cra.unknown(string.format("point %s cannot be judged: %s has no " ..
        "'requirements' mapping (see the rule risk-assessment)", LABEL, path),
        cra.where(ra) or path)
      return
    end
    local entry, key = find_point(requirements)
    if entry == nil then
      cra.fail(string.format("Annex I Part I point %s (impact on other devices and networks) is not " ..
        "addressed in %s: add requirements.\"%s\" with applicable: true and " ..
        "the evidence, or applicable: false and a justification", LABEL, path,
        POINT), cra.where(ra, "requirements") or path,
        { basis = "declared", subject = POINT })
      return
    end
    local entry_at = cra.where(requirements, key)
    if type(entry) ~= "table" then
      cra.fail(string.format("requirements.\"%s\" must be a mapping with " ..
        "applicable, evidence and summary (or justification)", key), entry_at,
        { basis = "declared", subject = POINT })
      return
    end
    if entry.applicable == false then
      if not cra.filled(entry.justification) then
        cra.fail(string.format("point %s is declared not applicable without " ..
          "a reason: add requirements.\"%s\".justification saying why it " ..
          "does not apply to this product", LABEL, key), entry_at,
          { basis = "declared", subject = POINT })
        return
      end
      cra.not_applicable(string.format("point %s declared not applicable: %s",
        LABEL, shorten(entry.justification, 100)),
        cra.where(entry, "justification"), { basis = "declared", subject = POINT })
      return
    end
    if entry.applicable ~= true then
      cra.fail(string.format("requirements.\"%s\" does not say whether point " ..
        "%s applies: add applicable: true (with evidence) or applicable: " ..
        "false (with a justification)", key, LABEL), entry_at,
        { basis = "declared", subject = POINT })
      return
    end

    local evidence = entry.evidence
    local items = {}
    if type(evidence) == "table" then
      for i, item in ipairs(evidence) do
        items[#items + 1] = { text = tostring(item), at = cra.where(evidence, i) }
      end
    elseif cra.filled(evidence) then
      items[1] = { text = tostring(evidence), at = cra.where(entry, "evidence") }
    end
    if #items == 0 then
      cra.fail(string.format("point %s is declared applicable without " ..
        "evidence: list in requirements.\"%s\".evidence the files that show " ..
        "how it is met", LABEL, key), cra.where(entry, "evidence") or entry_at,
        { basis = "declared", subject = POINT })
      return
    end
    local names, missing = {}, 0
    for _, item in ipairs(items) do
      local file = local_path(item.text)
      if file and not cra.exists(file) and not is_document_number(file) then
        missing = missing + 1
        cra.fail(string.format("evidence '%s' of point %s does not exist in " ..
          "this snapshot: correct the path or add the file", item.text, LABEL),
          item.at or entry_at, { basis = "observed", subject = file })
      end
      names[#names + 1] = item.text
    end
    if missing > 0 then
      return
    end
    cra.pass(string.format("point %s declared applicable, with evidence in %s",
      LABEL, table.concat(names, ", ")), entry_at,
      { basis = "declared", subject = POINT })
  end,
}
