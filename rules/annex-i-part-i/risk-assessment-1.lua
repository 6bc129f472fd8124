-- Annex I Part I(1): an appropriate level of cybersecurity based on the
-- risks.
-- A repository cannot show this property of the product. What it holds
-- is the manufacturer's cybersecurity risk assessment (Art.13(2)–(3)),
-- which says for each point of Annex I Part I whether it applies, with
-- evidence, or why not. This rule reads the entry of point (1): the
-- entry is declared; whether the evidence files it names exist is
-- observed.
-- The judging is shared by every point: cra.risk_assessment_point().

return {
  id = "risk-assessment-1",
  title = "Appropriate level of cybersecurity based on the risks",
  locus = "AnnexI.PartI(1)",
  severity = "error",
  rationale = [[
Annex I Part I(1) requires products with digital elements to be
designed, developed and produced so that they ensure an appropriate
level of cybersecurity based on the risks. Art.13(2)–(3) makes the risk
assessment the place where the manufacturer shows how the risks were
identified and treated. Art.13(3) asks the assessment to say how the
essential requirements of Annex I Part I apply.]],
  remediation = [[
In the risk assessment (.cra/risk-assessment.yaml, or the file named in
evidence.risk_assessment), under requirements, give point "1" either
`applicable: true` with `evidence:` listing the files of this repository
that show how it is met (design documents, code, test reports) and a
`summary`, or `applicable: false` with a `justification`.]],
  establishes = "that point (1) is addressed in the risk assessment, and that the evidence files it names exist",
  limits = "whether the product really has the property, and whether the evidence shows it; a person has to read the evidence",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    cra.risk_assessment_point("1", "(1)", "appropriate level of cybersecurity")
  end,
}
