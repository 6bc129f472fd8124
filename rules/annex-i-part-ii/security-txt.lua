-- Annex I Part II(6): a contact address for reporting vulnerabilities,
-- published where researchers and tools look for it: security.txt.

-- What to do about the problems a developer meets most.
local HINTS = {
  expired = "; renew the file and move Expires forward (at most a year)",
  ["missing-contact"] = "; add a line 'Contact: mailto:...' or " ..
    "'Contact: https://...' with the address for reporting vulnerabilities",
  ["missing-expires"] = "; add a line 'Expires: YYYY-MM-DDThh:mm:ssZ' less " ..
    "than a year ahead",
  ["expires-invalid"] = "; write Expires as an RFC 3339 time, such as " ..
    "2028-01-31T23:59:59Z",
  ["no-final-newline"] = "; end the last line with a line break",
  ["not-https"] = "; use an https:// address",
}
return {
  id = "security-txt",
  title = "security.txt gives a valid contact for reporting vulnerabilities",
  locus = "AnnexI.PartII(6)",
  severity = "error",
  rationale = [[
Annex I Part II(6) asks manufacturers to facilitate the sharing of
information about vulnerabilities, including by providing a contact
address for their reporting. RFC 9116 security.txt is where reporters
and scanners look first; an expired or malformed file is to be
distrusted (RFC 9116 2.5.5, https://www.rfc-editor.org/rfc/rfc9116).]],
  remediation = [[
Publish .well-known/security.txt (or the path in evidence.security_txt)
with at least one Contact (mailto:, https: or tel:) and one Expires less
than a year ahead, every line ending in a line break; `git cra validate
--type security-txt FILE` lists each problem.]],
  establishes = "that the file exists, follows RFC 9116 and has not expired at the evaluation time",
  limits = "that the contact is monitored, and that the file is served at the product's web address",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local path = ".well-known/security.txt"
    local evidence = cra.product and cra.product.evidence
    if evidence and cra.filled(evidence.security_txt) then
      path = tostring(evidence.security_txt)
    end
    local st, err = cra.security_txt(path)
    if not st then
      cra.fail(string.format("no security.txt: %s; publish one with a Contact " ..
        "and an Expires field (RFC 9116)", err), path)
      return
    end
    local failed = false
    for _, p in ipairs(st.problems) do
      if p.severity == "error" then
        failed = true
        local hint = HINTS[p.code] or "; correct it (`git cra validate " ..
          "--type security-txt FILE` explains each problem)"
        cra.fail("security.txt: " .. p.message .. hint,
          { path = st.path, line = p.line, column = p.column },
          { subject = p.code })
      end
    end
    if failed then
      return
    end
    local contacts = {}
    for _, c in ipairs(st.field.contact or {}) do
      contacts[#contacts + 1] = c.value
    end
    local first = st.field.contact[1]
    cra.pass(string.format("contact %s, expires %s", table.concat(contacts, ", "),
      cra.format_time(st.expires):sub(1, 10)),
      { path = st.path, line = first.line, column = first.column })
  end,
}
