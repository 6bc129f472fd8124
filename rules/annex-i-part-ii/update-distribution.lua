-- Annex I Part II(7): mechanisms to securely distribute updates, so that
-- vulnerabilities are fixed or mitigated in a timely manner. What a
-- repository holds is the manufacturer's description of the mechanism;
-- it must say how an update's authenticity and integrity are ensured,
-- since that is what makes a distribution secure.

-- Words that show the description covers authenticity or integrity.
local SECURE_WORDS = { "sign", "authentic", "integrity", "verif", "checksum",
  "hash", "tuf", "the update framework" }

return {
  id = "update-distribution",
  title = "Updates are distributed by a secure mechanism",
  locus = "AnnexI.PartII(7)",
  severity = "error",
  rationale = [[
Annex I Part II(7) requires manufacturers to provide for mechanisms to
securely distribute updates for products with digital elements to
ensure that vulnerabilities are fixed or mitigated in a timely manner
and, where applicable for security updates, in an automatic manner. An
update channel that does not authenticate what it delivers is itself an
attack path; the technical documentation describes the technical
solutions chosen (Annex VII(2)(b)).]],
  remediation = [[
Describe the update mechanism in updates.mechanism of .cra/product.yaml,
saying how updates are authenticated and protected against tampering
(signed images or packages verified on the device, the transport), and
describe it in the technical documentation (Annex VII(2)(b)).]],
  establishes = "that an update mechanism is declared and its description names how authenticity or integrity is ensured",
  limits = "that the mechanism works as described; release tags are not required to be signed, since a signature on a tag cannot be verified inside a rule",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    local updates = p and p.updates
    if type(updates) ~= "table" or not cra.filled(updates.mechanism) then
      cra.fail("no update mechanism is declared: describe in updates.mechanism " ..
        "of " .. cra.product_path .. " how updates reach users and how " ..
        "their authenticity is verified",
        (type(updates) == "table" and cra.where(p, "updates")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    local text = tostring(updates.mechanism)
    local lower = text:lower()
    local at = cra.where(updates, "mechanism")
    for _, word in ipairs(SECURE_WORDS) do
      if lower:find(word, 1, true) then
        local short = text:gsub("%s+", " ")
        if #short > 80 then
          short = short:sub(1, 80):gsub("%s+%S*$", "") .. "..."
        end
        cra.pass("update mechanism: " .. short, at, "declared")
        return
      end
    end
    cra.fail("updates.mechanism does not say how updates are protected: " ..
      "name how their authenticity and integrity are verified (for " ..
      "example signed images checked by the device before installing)",
      at, "declared")
  end,
}
