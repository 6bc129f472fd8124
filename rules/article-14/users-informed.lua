-- Art.14(8): Impacted users informed of the vulnerability or incident.
-- The clock is judged by cra.article14_report(), beside the clocks that
-- `git cra deadlines` lists, so a rule and the command never disagree.
return {
  id = "users-informed",
  title = "Impacted users informed of the vulnerability or incident",
  locus = "Art.14(8)",
  severity = "error",
  rationale = [[
Art.14(8): after becoming aware of an actively exploited vulnerability
or a severe incident, the manufacturer informs the impacted users, and
where appropriate all users, of it and of risk-mitigation and corrective
measures they can take, in a structured, machine-readable format where
appropriate. The Regulation says without undue delay; the policy
parameter users_informed_within_hours says how many hours that is read
as (default 72).]],
  remediation = [[
inform the impacted users (an advisory, a notice in the product) and record users_informed_at]],
  establishes = "from the record's times, whether the information of users was made and when, against its deadline",
  limits = "that the report was really submitted; the record is the manufacturer's statement",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_14",

  check = function(cra)
    cra.article14_report("any", "users_informed")
  end,
}
