-- Annex I Part II(5): the coordinated vulnerability disclosure policy is
-- put in place, and a reporter has to find it. security.txt's Policy
-- field (RFC 9116, 2.5.7) is where reporters and scanners look for the
-- policy that goes with the Contact. The policy document itself is
-- judged by cvd-policy.
local DEFAULT_PATH = ".well-known/security.txt"

return {
  id = "security-txt-policy",
  title = "security.txt links the coordinated vulnerability disclosure policy",
  locus = "AnnexI.PartII(5)",
  severity = "warning",
  rationale = [[
Annex I Part II(5) requires manufacturers to put in place and enforce a
policy on coordinated vulnerability disclosure. A policy nobody finds is
not enforced: RFC 9116 gives security.txt a Policy field for the address
of the vulnerability disclosure policy, next to the Contact a reporter
uses, and Annex II(2) asks the user information to say where the policy
is found.]],
  remediation = [[
Add a line `Policy: https://<your site>/<path of the CVD policy>` to
security.txt (.well-known/security.txt or evidence.security_txt),
pointing to the published text of SECURITY.md or its equivalent.]],
  establishes = "that security.txt has a Policy field with an https address",
  limits = "that the address serves the policy in the repository; nothing is fetched",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local path = DEFAULT_PATH
    local evidence = cra.product and cra.product.evidence
    if evidence and cra.filled(evidence.security_txt) then
      path = tostring(evidence.security_txt)
    end
    local st, err = cra.security_txt(path)
    if not st then
      cra.fail(string.format("no security.txt to link the CVD policy from: %s; " ..
        "publish one with a Policy field", err), path)
      return
    end
    local policies = st.field.policy or {}
    for _, f in ipairs(policies) do
      if f.value:match("^https://[^%s/]+") then
        cra.pass("security.txt links the CVD policy: " .. f.value,
          { path = st.path, line = f.line, column = f.column })
        return
      end
    end
    if #policies > 0 then
      local f = policies[1]
      cra.fail(string.format("security.txt's Policy '%s' is not an https " ..
        "address: link the CVD policy as https://...", f.value),
        { path = st.path, line = f.line, column = f.column })
      return
    end
    cra.fail("security.txt has no Policy field: add 'Policy: https://...' " ..
      "with the address of the CVD policy", { path = st.path, line = 1 })
  end,
}
