-- Annex I Part I(2)(c): vulnerabilities addressed through security updates,
-- automatic by default with an opt-out, notification and postponement.
-- A repository cannot show this property of the product. What it holds
-- is the manufacturer's cybersecurity risk assessment (Art.13(2)–(3)),
-- which says for each point of Annex I Part I whether it applies, with
-- evidence, or why not. This rule reads the entry of point (2)(c): the
-- entry is declared; whether the evidence files it names exist is
-- observed.
local POINT = "2c"
local LABEL = "(2)(c)"
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

-- Point (2)(c) names the controls: automatic security updates on by
-- default where applicable, a clear and easy opt-out, notification of
-- available updates, and the option to postpone them. The product
-- metadata declares them in its updates section.
local CONTROLS = {
  { key = "notification", what = "notified of available updates" },
  { key = "postpone", what = "able to postpone them for a while" },
}

local function update_controls(cra)
  local problems = {}
  local p = cra.product
  local updates = p and p.updates
  if type(updates) ~= "table" then
    problems[1] = { subject = "updates",
      at = (p and cra.where(p)) or cra.product_path,
      message = "the product metadata does not say how security updates " ..
        "reach users: add updates.automatic_by_default, opt_out, " ..
        "notification and postpone to " .. cra.product_path }
    return problems
  end
  local section = cra.where(p, "updates")
  if updates.automatic_by_default ~= true then
    problems[#problems + 1] = { subject = "updates.automatic_by_default",
      at = cra.where(updates, "automatic_by_default") or section,
      message = "updates.automatic_by_default is not true: install security " ..
        "updates automatically by default, or, where that does not fit " ..
        "the product (point (2)(c) says 'where applicable'), waive this " ..
        "finding with the reason" }
  elseif updates.opt_out ~= true then
    problems[#problems + 1] = { subject = "updates.opt_out",
      at = cra.where(updates, "opt_out") or section,
      message = "automatic updates are on by default, but updates.opt_out " ..
        "is not true: give users a clear and easy way to turn them off and " ..
        "set updates.opt_out: true" }
  end
  for _, c in ipairs(CONTROLS) do
    if updates[c.key] ~= true then
      problems[#problems + 1] = { subject = "updates." .. c.key,
        at = cra.where(updates, c.key) or section,
        message = string.format("updates.%s is %s: users must be %s; " ..
          "provide it and set updates.%s: true", c.key,
          updates[c.key] == nil and "missing" or "not true", c.what, c.key) }
    end
  end
  return problems
end

return {
  id = "risk-assessment-2c",
  title = "Security updates: automatic by default, with opt-out, notification and postponement",
  locus = "AnnexI.PartI(2)(c)",
  severity = "error",
  rationale = [[
Annex I Part I(2)(c) requires that vulnerabilities can be addressed
through security updates, including, where applicable, automatic
security updates installed within an appropriate timeframe and enabled
as a default setting, with a clear and easy-to-use opt-out mechanism,
through the notification of available updates to users, and the option
to temporarily postpone them. The risk assessment decides whether and
how the point applies (Annex I Part I(2) opens with "on the basis of the
cybersecurity risk assessment referred to in Article 13(2) and where
applicable"), and Art.13(3) asks it to say so for each point.]],
  remediation = [[
In the risk assessment (.cra/risk-assessment.yaml, or the file named in
evidence.risk_assessment), under requirements, give point "2c" either
`applicable: true` with `evidence:` listing the files of this repository
that show how it is met (design documents, code, test reports) and a
`summary`, or `applicable: false` with a `justification`.
In .cra/product.yaml, declare updates.automatic_by_default,
updates.opt_out, updates.notification and updates.postpone as true;
where automatic updates do not fit the product, waive the finding with
the reason.]],
  establishes = "that point (2)(c) is addressed in the risk assessment with existing evidence, and that the product metadata declares automatic updates by default with opt-out, notification and postponement",
  limits = "whether updates are really installed automatically and within an appropriate timeframe, and whether the opt-out is clear and easy to use",
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
      cra.fail(string.format("Annex I Part I point %s (security updates) is not " ..
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
    local problems = update_controls(cra)
    for _, problem in ipairs(problems) do
      cra.fail(problem.message, problem.at,
        { basis = "declared", subject = problem.subject })
    end
    if #problems > 0 then
      return
    end
    cra.pass(string.format("point %s declared applicable, with evidence in %s",
      LABEL, table.concat(names, ", ")), entry_at,
      { basis = "declared", subject = POINT })
  end,
}
