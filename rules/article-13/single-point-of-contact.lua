-- Art.13(17): one point of contact where users can report
-- vulnerabilities, declared by the manufacturer; the same contact must
-- be the one security.txt publishes, or reporters reach an address the
-- manufacturer does not read. security.txt itself is judged by
-- security-txt (Annex I Part II(6)).
local DEFAULT_PATH = ".well-known/security.txt"

local function trim(s)
  return (tostring(s):gsub("^%s+", ""):gsub("%s+$", ""))
end

-- A contact as a comparable value: an email address, a web page, a
-- telephone number.
local function parse(value)
  local v = trim(value):lower()
  local email = v:match("^mailto:([^?]+)") or v:match("^([^@%s/:]+@[^@%s/]+)$")
  if email then
    return { kind = "email", email = email, text = trim(value) }
  end
  local host, path = v:match("^https?://([^/?#]+)([^?#]*)")
  if host then
    return { kind = "url", host = host:gsub(":443$", ""),
      path = path:gsub("/+$", ""), text = trim(value) }
  end
  local tel = v:match("^tel:(.+)$")
  if tel then
    return { kind = "tel", tel = tel:gsub("[^%d+]", ""), text = trim(value) }
  end
  return { kind = "other", text = trim(value) }
end

-- The same address, or, for web pages, the same site where one page is
-- below the other (a contact page and its report form).
local function same(a, b)
  if a.kind ~= b.kind then
    return false
  end
  if a.kind == "email" then
    return a.email == b.email
  elseif a.kind == "url" then
    if a.host ~= b.host then
      return false
    end
    return a.path == b.path or b.path:sub(1, #a.path + 1) == a.path .. "/" or
      a.path:sub(1, #b.path + 1) == b.path .. "/"
  elseif a.kind == "tel" then
    return a.tel == b.tel
  end
  return a.text:lower() == b.text:lower()
end

return {
  id = "single-point-of-contact",
  title = "A single point of contact for vulnerabilities, the one security.txt publishes",
  locus = "Art.13(17)",
  severity = "error",
  rationale = [[
Art.13(17) requires manufacturers to designate a single point of contact
to enable users to communicate directly and rapidly with them, including
to facilitate reporting on vulnerabilities, not relying solely on
automated tools, and to make it easily identifiable. Annex II(2) puts it
in the user information, and Annex I Part II(6) asks for a contact
address for reporting vulnerabilities; security.txt is where reporters
look for it, so both must name the same contact.]],
  remediation = [[
Declare the single point of contact in manufacturer.contact of
.cra/product.yaml (a page such as https://example.com/security, or an
email address), and list the same address, or a page below it, as a
Contact in security.txt.]],
  establishes = "that a point of contact is declared and that security.txt publishes it",
  limits = "that a person answers there, and that it is not only an automated tool",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13",

  check = function(cra)
    local p = cra.product
    local m = p and p.manufacturer
    local declared = {}
    if type(m) == "table" then
      for _, key in ipairs({ "contact", "email" }) do
        if cra.filled(m[key]) then
          declared[#declared + 1] = { key = key, contact = parse(m[key]),
            at = cra.where(m, key) }
        end
      end
    end
    if #declared == 0 then
      cra.fail("no single point of contact is declared: set manufacturer.contact " ..
        "in " .. cra.product_path .. " to the address where vulnerabilities " ..
        "are reported", (type(m) == "table" and cra.where(p, "manufacturer")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end

    local path = DEFAULT_PATH
    local evidence = p.evidence
    if type(evidence) == "table" and cra.filled(evidence.security_txt) then
      path = tostring(evidence.security_txt)
    end
    local st, err = cra.security_txt(path)
    local contacts = st and st.field.contact or {}
    if #contacts == 0 then
      cra.unknown(string.format("the point of contact cannot be compared with " ..
        "security.txt: %s (see the rule security-txt)",
        st and "it has no Contact field" or err), declared[1].at, "declared")
      return
    end
    for _, d in ipairs(declared) do
      for _, c in ipairs(contacts) do
        if same(d.contact, parse(c.value)) then
          cra.pass(string.format("manufacturer.%s %s, published in security.txt " ..
            "as %s", d.key, d.contact.text, c.value), d.at, "observed")
          return
        end
      end
    end
    local published = {}
    for _, c in ipairs(contacts) do
      published[#published + 1] = c.value
    end
    cra.fail(string.format("the single point of contact %s is not the contact " ..
      "security.txt publishes (%s): make them the same address, or list it " ..
      "in security.txt as a Contact", declared[1].contact.text,
      table.concat(published, ", ")), declared[1].at, "observed")
  end,
}
