-- Art.14(4)(b): Notification of a severe incident within 72 hours.
-- The clock is judged by cra.article14_report(), beside the clocks that
-- `git cra deadlines` lists, so a rule and the command never disagree.
return {
  id = "incident-notification",
  title = "Notification of a severe incident within 72 hours",
  locus = "Art.14(4)(b)",
  severity = "error",
  rationale = [[
Art.14(4)(b): within 72 hours of becoming aware, an incident
notification with general information on the nature of the incident, an
initial assessment, corrective or mitigating measures taken and those
users can take, and how sensitive the information is.]],
  remediation = [[
send the incident notification through the single reporting platform and record notification_at]],
  establishes = "from the record's times, whether the incident notification was made and when, against its deadline",
  limits = "that the report was really submitted; the record is the manufacturer's statement",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_14",

  check = function(cra)
    cra.article14_report("severe-incident", "notification")
  end,
}
