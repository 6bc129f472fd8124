-- Art.13(2)–(3): the cybersecurity risk assessment is documented, kept up
-- to date, and says for each essential requirement of Annex I Part I
-- whether and how it applies. This rule judges the document as a whole:
-- that it exists, is versioned and recently reviewed, and has a
-- requirements register. Points (1) and (2)(b)–(m) are judged one by one
-- by the rules risk-assessment-1 ... risk-assessment-2m, so that a point
-- left out fails once; point (2)(a), whose substance is judged against
-- the SBOM and VEX, is looked for here.
local DEFAULT_PATH = ".cra/risk-assessment.yaml"

-- The points of Annex I Part I a risk assessment addresses, as keys.
local POINTS = { "1", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "2h", "2i",
  "2j", "2k", "2l", "2m" }

local function risk_assessment_path(cra)
  local evidence = cra.product and cra.product.evidence
  if evidence and cra.filled(evidence.risk_assessment) then
    return tostring(evidence.risk_assessment)
  end
  return DEFAULT_PATH
end

-- The same spellings as the rules of the points accept.
local function has_point(requirements, point)
  local number, letter = point:match("^(%d)(%a?)$")
  local keys = { point, "(" .. number .. ")" }
  if letter ~= "" then
    keys = { point, number .. "(" .. letter .. ")",
      "(" .. number .. ")(" .. letter .. ")", number .. letter:upper(),
      number .. "." .. letter }
  end
  for _, key in ipairs(keys) do
    if requirements[key] ~= nil then
      return true
    end
  end
  return false
end

local function date_text(cra, t)
  return cra.format_time(t):sub(1, 10)
end

return {
  id = "risk-assessment",
  title = "A cybersecurity risk assessment, versioned and kept up to date",
  locus = "Art.13(2)–(3)",
  severity = "error",
  rationale = [[
Art.13(2) requires manufacturers to undertake an assessment of the
cybersecurity risks associated with the product and to take its outcome
into account during planning, design, development, production, delivery
and maintenance; it is documented and updated as appropriate during the
support period. Art.13(3) asks it to contain at least an indication of
whether, and if so in what manner, each security requirement of Annex I
Part I(2) applies, and how the requirements of Annex I Part I(1) and
Part II are implemented. A register with a version and the date of its
last review shows the assessment is maintained, not written once.]],
  remediation = [[
Keep the risk assessment in .cra/risk-assessment.yaml (or name it in
evidence.risk_assessment) with `version` (raised at each update),
`updated` (YYYY-MM-DD of the last review, not older than the policy's
risk_assessment_max_age_days), a `method`, and `requirements` with one
entry per point of Annex I Part I ("1", "2a" ... "2m"), each
`applicable: true` with `evidence` or `applicable: false` with a
`justification`.]],
  establishes = "that the risk assessment exists, has a version, was reviewed within the policy's period before the evaluation, has a requirements register and addresses point (2)(a)",
  limits = "whether the assessment is sound and complete; the other points are judged by the rules risk-assessment-1 to risk-assessment-2m",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local path = risk_assessment_path(cra)
    local ra, err, why = cra.yaml(path)
    if not ra then
      if why == "missing" then
        cra.fail(string.format("no cybersecurity risk assessment: write %s " ..
          "with version, updated and one requirements entry per point of " ..
          "Annex I Part I (or name the file in evidence.risk_assessment)", path),
          path, { basis = "observed", subject = path })
      else
        cra.fail(string.format("the risk assessment cannot be read: %s; fix it " ..
          "so that it is a YAML mapping", err), path,
          { basis = "observed", subject = path })
      end
      return
    end
    local top = cra.where(ra) or { path = path, line = 1 }
    local problems = {}
    local function problem(subject, at, message)
      problems[#problems + 1] = { subject = subject, at = at or top,
        message = message }
    end

    if not cra.filled(ra.version) then
      problem("version", top, "the risk assessment has no version: add " ..
        "version: 1 and raise it with each update")
    end

    local updated_at = cra.where(ra, "updated")
    local updated
    if not cra.filled(ra.updated) then
      problem("updated", top, "the risk assessment does not say when it was " ..
        "last updated: add updated: YYYY-MM-DD")
    else
      local t, terr = cra.time(tostring(ra.updated))
      if not t then
        problem("updated", updated_at, "updated: " .. terr ..
          "; give the date of the last review as YYYY-MM-DD")
      elseif not cra.is_past(t) then
        problem("updated", updated_at, string.format("updated %s is after the " ..
          "evaluation time %s: give the date the assessment was really last " ..
          "reviewed", date_text(cra, t), cra.today()))
      else
        local max_days = tonumber(cra.params.risk_assessment_max_age_days) or 366
        -- Asked as "is it past the deadline", so that the result holds for
        -- every day until then, not for this one day only.
        if cra.is_past(t + (math.floor(max_days) + 1) * 86400) then
          local age = cra.days_since(t)
          problem("updated", updated_at, string.format("the risk assessment was " ..
            "last updated %s, %d days before the evaluation (the policy allows " ..
            "%d): review it against the current product and threats, then " ..
            "raise version and updated", date_text(cra, t), age, max_days))
        end
        updated = t
      end
    end

    local requirements = ra.requirements
    local addressed = 0
    if type(requirements) ~= "table" then
      problem("requirements", top, "the risk assessment has no requirements " ..
        "register: add requirements with one entry per point of Annex I Part " ..
        "I (\"1\", \"2a\" ... \"2m\"), each applicable with evidence or not " ..
        "applicable with a justification")
    else
      for _, point in ipairs(POINTS) do
        if has_point(requirements, point) then
          addressed = addressed + 1
        end
      end
      if not has_point(requirements, "2a") then
        problem("2a", cra.where(ra, "requirements"), "point (2)(a) (no known " ..
          "exploitable vulnerabilities) is not addressed: add " ..
          "requirements.\"2a\" naming the SBOM and VEX that show every known " ..
          "vulnerability is resolved or does not affect the product")
      end
    end

    for _, p in ipairs(problems) do
      cra.fail(p.message, p.at, { basis = "declared", subject = p.subject })
    end
    if #problems > 0 then
      return
    end
    cra.pass(string.format("version %s of %s, addressing %d of the %d points " ..
      "of Annex I Part I", tostring(ra.version), date_text(cra, updated),
      addressed, #POINTS), cra.where(ra, "version") or top, "declared")
  end,
}
