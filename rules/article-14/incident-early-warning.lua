-- Art.14(4)(a): Early warning of a severe incident within 24 hours.
-- The clock is judged by cra.article14_report(), beside the clocks that
-- `git cra deadlines` lists, so a rule and the command never disagree.
return {
  id = "incident-early-warning",
  title = "Early warning of a severe incident within 24 hours",
  locus = "Art.14(4)(a)",
  severity = "error",
  rationale = [[
Art.14(3) and (4)(a): a severe incident having an impact on the
security of the product is notified with an early warning within 24 hours
of becoming aware, including whether it is suspected of being caused by
unlawful or malicious acts.]],
  remediation = [[
send the early warning through the single reporting platform and record early_warning_at]],
  establishes = "from the record's times, whether the early warning was made and when, against its deadline",
  limits = "that the report was really submitted; the record is the manufacturer's statement",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_14",

  check = function(cra)
    cra.article14_report("severe-incident", "early_warning")
  end,
}
