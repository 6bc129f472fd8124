-- Annex I Part II(5): a coordinated vulnerability disclosure policy, put
-- in place and enforced; Art.13(8) makes it part of vulnerability
-- handling for the whole support period.
return {
  id = "cvd-policy",
  title = "A coordinated vulnerability disclosure policy is published",
  locus = "AnnexI.PartII(5)",
  severity = "error",
  rationale = [[
Annex I Part II(5) requires manufacturers to put in place and enforce a
policy on coordinated vulnerability disclosure. Reporters need to find it
next to the code: SECURITY.md is where forges and people look, and
security.txt's Policy field points to it.]],
  remediation = [[
Write SECURITY.md (or the file named in evidence.cvd_policy) saying how
to report a vulnerability (an address or form), what reporters can
expect and when, and how fixes are disclosed; link it from security.txt
with a Policy field.]],
  establishes = "that a policy document exists, has content and names a way to report",
  limits = "that the policy is followed in practice",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local candidates = { "SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md" }
    local evidence = cra.product and cra.product.evidence
    if evidence and cra.filled(evidence.cvd_policy) then
      candidates = { tostring(evidence.cvd_policy) }
    end
    local text, path
    for _, candidate in ipairs(candidates) do
      local err, why
      text, err, why = cra.read(candidate)
      if text then
        path = candidate
        break
      elseif why == "refused" then
        cra.fail("the CVD policy cannot be read: " .. err, candidate)
        return
      end
    end
    if not text then
      cra.fail(string.format("no CVD policy: write %s saying how to report a " ..
        "vulnerability and how fixes are disclosed", candidates[1]), candidates[1])
      return
    end
    -- Count words outside markdown headings: a title alone is no policy.
    local words = 0
    for line in text:gmatch("[^\n]+") do
      if not line:match("^%s*#") then
        for _ in line:gmatch("%w+") do
          words = words + 1
        end
      end
    end
    if words < 30 then
      cra.fail(string.format("%s has %d words: say how to report a vulnerability, " ..
        "what reporters can expect, and how fixes are disclosed", path, words), path)
      return
    end
    local channel = text:match("[%w%.%-_+]+@[%w%.%-]+%.%a+") or
      text:match("https://[^%s%)%]>\"']+")
    -- A sentence's punctuation is not part of the address.
    channel = channel and channel:gsub("[%.,;:!?]+$", "")
    if not channel then
      cra.fail(path .. " names no way to report: add an email address or an " ..
        "https:// reporting form", path)
      return
    end
    local line = 1
    local at = text:find(channel, 1, true)
    for _ in text:sub(1, at):gmatch("\n") do
      line = line + 1
    end
    cra.pass(string.format("%s (%d words), reports to %s", path, words, channel),
      { path = path, line = line })
  end,
}
