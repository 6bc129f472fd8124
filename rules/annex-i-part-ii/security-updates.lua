-- Annex I Part II(2): vulnerabilities are addressed and remediated without
-- delay, including by security updates provided separately from feature
-- updates where technically feasible. A repository holds the
-- manufacturer's statement of that practice; whether each fixed
-- vulnerability was disclosed is judged by security-advisories
-- (Annex I Part II(4)).
return {
  id = "security-updates",
  title = "Vulnerabilities remediated by security updates, separate from feature updates",
  locus = "AnnexI.PartII(2)",
  severity = "error",
  rationale = [[
Annex I Part II(2) requires manufacturers, in relation to the risks posed
to the product, to address and remediate vulnerabilities without delay,
including by providing security updates; where technically feasible, new
security updates are provided separately from functionality updates, so
that users can fix a vulnerability without taking on new features and
their risks.]],
  remediation = [[
Declare updates.separate_security_updates: true in .cra/product.yaml once
security fixes ship as their own updates. Where separating them is not
technically feasible, explain why in the technical documentation and
waive this finding in .cra/waivers.yaml with that reason.]],
  establishes = "that the manufacturer declares security updates separate from feature updates",
  limits = "whether vulnerabilities are really remediated without delay; the release history shows that only to a person reading it",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    if not p then
      cra.fail("no product metadata: create " .. cra.product_path ..
        " and declare updates.separate_security_updates", nil, "declared")
      return
    end
    local updates = p.updates
    if type(updates) ~= "table" then
      cra.fail("the product metadata does not say how vulnerabilities are " ..
        "remediated: add updates.separate_security_updates: true to " ..
        cra.product_path, cra.where(p) or cra.product_path, "declared")
      return
    end
    local value = updates.separate_security_updates
    local at = cra.where(updates, "separate_security_updates") or
      cra.where(p, "updates")
    if value == true then
      cra.pass("security updates are declared separate from feature updates",
        at, "declared")
    elseif value == false then
      cra.fail("updates.separate_security_updates is false: ship security " ..
        "fixes as their own updates; where that is not technically " ..
        "feasible, say why in the technical documentation and waive this " ..
        "finding with the reason", at, "declared")
    else
      cra.fail("updates.separate_security_updates is " ..
        (value == nil and "missing" or "not true or false") .. ": declare " ..
        "whether security fixes ship separately from feature updates " ..
        "(true where technically feasible)", at, "declared")
    end
  end,
}
