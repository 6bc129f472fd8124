-- Annex I Part I(2)(c): vulnerabilities addressed through security updates,
-- automatic by default with an opt-out, notification and postponement.
-- A repository cannot show this property of the product. What it holds
-- is the manufacturer's cybersecurity risk assessment (Art.13(2)–(3)),
-- which says for each point of Annex I Part I whether it applies, with
-- evidence, or why not. This rule reads the entry of point (2)(c): the
-- entry is declared; whether the evidence files it names exist is
-- observed.
-- The judging is shared by every point: cra.risk_assessment_point().

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
    cra.risk_assessment_point("2c", "(2)(c)", "security updates", update_controls)
  end,
}
