-- Art.14(4)(c): Final report on a severe incident within one month of the notification.
-- The clock is judged by cra.article14_report(), beside the clocks that
-- `git cra deadlines` lists, so a rule and the command never disagree.
return {
  id = "incident-final-report",
  title = "Final report on a severe incident within one month of the notification",
  locus = "Art.14(4)(c)",
  severity = "error",
  rationale = [[
Art.14(4)(c): within one month after the incident notification, a final
report with a detailed description of the incident, its severity and
impact, the likely threat or root cause, and the mitigation measures
applied and ongoing.]],
  remediation = [[
send the final report through the single reporting platform and record final_report_at]],
  establishes = "from the record's times, whether the final report was made and when, against its deadline",
  limits = "that the report was really submitted; the record is the manufacturer's statement",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_14",

  check = function(cra)
    cra.article14_report("severe-incident", "final_report")
  end,
}
