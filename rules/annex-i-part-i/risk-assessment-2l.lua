-- Annex I Part I(2)(l): recording and monitoring of relevant internal
-- activity, with an opt-out.
-- A repository cannot show this property of the product. What it holds
-- is the manufacturer's cybersecurity risk assessment (Art.13(2)–(3)),
-- which says for each point of Annex I Part I whether it applies, with
-- evidence, or why not. This rule reads the entry of point (2)(l): the
-- entry is declared; whether the evidence files it names exist is
-- observed.
-- The judging is shared by every point: cra.risk_assessment_point().

return {
  id = "risk-assessment-2l",
  title = "Recording and monitoring of relevant internal activity, with an opt-out",
  locus = "AnnexI.PartI(2)(l)",
  severity = "error",
  rationale = [[
Annex I Part I(2)(l) requires products to provide security-related
information by recording and monitoring relevant internal activity,
including the access to or modification of data, services or functions,
with an opt-out mechanism for the user. The risk assessment decides
whether and how the point applies (Annex I Part I(2) opens with "on the
basis of the cybersecurity risk assessment referred to in Article 13(2)
and where applicable"), and Art.13(3) asks it to say so for each point.]],
  remediation = [[
In the risk assessment (.cra/risk-assessment.yaml, or the file named in
evidence.risk_assessment), under requirements, give point "2l" either
`applicable: true` with `evidence:` listing the files of this repository
that show how it is met (design documents, code, test reports) and a
`summary`, or `applicable: false` with a `justification`.]],
  establishes = "that point (2)(l) is addressed in the risk assessment, and that the evidence files it names exist",
  limits = "whether the product really has the property, and whether the evidence shows it; a person has to read the evidence",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    cra.risk_assessment_point("2l", "(2)(l)", "security logging")
  end,
}
