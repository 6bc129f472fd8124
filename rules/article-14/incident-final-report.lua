-- Art.14(4)(c): Final report on a severe incident within one month of the notification.
-- The clocks come from cra.article14(), which the deadlines command
-- shares, so a rule and `git cra deadlines` never disagree.
local KIND = "severe-incident"
local STEP = "final_report"
local WHAT = "final report"

local function hours(seconds)
  return string.format("%d h", seconds // 3600)
end

local function micro_or_small(cra)
  local m = cra.product and cra.product.manufacturer
  local size = m and m.enterprise_size
  return size == "micro" or size == "small"
end

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
    local dir = ".cra/reports"
    local found = false
    for _, name in ipairs(cra.list(dir)) do
      if name:match("%.ya?ml$") then
        local path = dir .. "/" .. name
        local rec, err = cra.article14(path)
        if not rec then
          cra.fail("cannot read the Article 14 record: " .. err, path)
          found = true
        elseif KIND == "any" or rec.kind == KIND then
          found = true
          local c = rec.clocks[STEP]
          local at = { path = rec.path, line = c.line, column = c.column }
          local opts = { basis = "declared", subject = rec.id }
          local due = cra.format_time(c.due)
          if not rec.applies then
            cra.not_applicable(string.format("%s: awareness before 11 September " ..
              "2026, when Article 14 began to apply", rec.id), at, opts)
          elseif c.state == "done in time" then
            cra.pass(string.format("%s: %s made %s after the clock started, " ..
              "by the deadline %s", rec.id, WHAT, hours(c.done - c.start), due), at, opts)
          elseif c.state == "done late" then
            local note = ""
            if STEP == "early_warning" and micro_or_small(cra) then
              note = " (Art.64(10)(a) spares a micro or small enterprise the fine, not the deadline)"
            end
            cra.fail(string.format("%s: %s made %s after its deadline %s%s",
              rec.id, WHAT, hours(c.done - c.due), due, note), at, opts)
          elseif c.state == "overdue" then
            cra.fail(string.format("%s: %s overdue by %s (due %s): send the final report through the single reporting platform and record final_report_at",
              rec.id, WHAT, hours(cra.now - c.due), due), at, opts)
          elseif c.state == "open" then
            cra.pass(string.format("%s: %s due %s, %s left", rec.id, WHAT, due,
              hours(c.due - cra.now)), at, opts)
          else
            cra.pass(string.format("%s: the %s clock has not started: %s",
              rec.id, WHAT, "it starts with the incident notification: record notification_at"), at, opts)
          end
        end
      end
    end
    if not found then
      cra.not_applicable("no Article 14 record of this kind in " .. dir)
    end
  end,
}
