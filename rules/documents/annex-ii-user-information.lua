-- Art.13(18) and Annex II: the product is accompanied by the information
-- and instructions of Annex II, nine items. The rule finds each item in
-- the user information document by its locus or its title; one finding
-- per item missing, with the item as subject, so that a waiver can name
-- one. Item (9), where to find the SBOM, applies only if the manufacturer
-- makes the SBOM available to users.

-- The items of Annex II: what each asks, a title to suggest, the words
-- of a heading that show it.
local ITEMS = {
  { what = "the manufacturer's name, postal address, email or other digital " ..
      "contact and website", title = "Manufacturer",
    words = { "manufacturer" } },
  { what = "the single point of contact for reporting vulnerabilities, and " ..
      "where the CVD policy is found", title = "Single point of contact",
    words = { "point of contact", "contact", "reporting vulnerabilit",
      "report a vulnerabilit" } },
  { what = "the product's name, type and any information that identifies it " ..
      "uniquely", title = "Product identification",
    words = { "identification", "identify" } },
  { what = "the intended purpose, security environment, essential functions " ..
      "and security properties", title = "Intended purpose",
    words = { "intended purpose" } },
  { what = "the known or foreseeable circumstances of use or misuse that may " ..
      "lead to significant cybersecurity risks",
    title = "Circumstances that may lead to cybersecurity risks",
    words = { "circumstance", "foreseeable", "misuse" } },
  { what = "the internet address of the EU declaration of conformity",
    title = "EU declaration of conformity",
    words = { "declaration of conformity" } },
  { what = "the type of technical security support and the end date of the " ..
      "support period", title = "Security support and its end date",
    words = { "support period", "security support", "end of support",
      "end date" } },
  { what = "detailed instructions: secure commissioning and use, how changes " ..
      "affect security, installing security updates, secure decommissioning, " ..
      "turning off automatic updates, integration into other products",
    title = "Detailed instructions", words = { "instruction" } },
  { what = "where the software bill of materials can be accessed",
    title = "Software bill of materials",
    words = { "bill of materials", "sbom" } },
}

-- Finding the items in a document is shared by the rules of Annex II, V
-- and VII: cra.annex_helpers().

return {
  id = "annex-ii-user-information",
  title = "User information and instructions with the items of Annex II",
  locus = "Art.13(18)",
  severity = "error",
  rationale = [[
Art.13(18) requires manufacturers to ensure that the product is
accompanied by the information and instructions to the user set out in
Annex II, in paper or electronic form, in a language easily understood
by users and market surveillance authorities, clear, understandable,
intelligible and legible, and kept available for at least ten years or
the support period. Annex II lists nine items, from the manufacturer's
identity to the detailed instructions and, where the manufacturer makes
it available, the SBOM.]],
  remediation = [[
Write the user information (named in evidence.user_information of
.cra/product.yaml) with one section per item of Annex II, its title
naming the item and its locus, for example "## 5. Circumstances that
may lead to cybersecurity risks (Annex II(5))".]],
  establishes = "that the user information exists and names each Annex II item, by its locus or its title",
  limits = "that each section says what the item asks, clearly and in a language users understand, and that it accompanies the product",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_II",

  check = function(cra)
    local lines_of, locate, insertion_line = cra.annex_helpers()
    local p = cra.product
    local evidence = p and p.evidence
    local path = type(evidence) == "table" and evidence.user_information or nil
    if not cra.filled(path) then
      cra.fail("no user information is listed: write the information and " ..
        "instructions of Annex II and name the file in " ..
        "evidence.user_information of " .. cra.product_path,
        (type(evidence) == "table" and cra.where(p, "evidence")) or
        (p and cra.where(p)) or cra.product_path, "declared")
      return
    end
    path = tostring(path)
    local text, err = cra.read(path)
    if not text then
      cra.fail(string.format("the user information cannot be read: %s; write " ..
        "it, or correct evidence.user_information", err),
        cra.where(evidence, "user_information"), { basis = "observed", subject = path })
      return
    end
    local lines = lines_of(text)
    local found = locate(lines, "ii", ITEMS)
    local missing = 0
    for n = 1, 8 do
      if not found[n] then
        missing = missing + 1
        cra.fail(string.format("the user information has no Annex II(%d) item, %s: " ..
          "add a section such as '%d. %s (Annex II(%d))'", n, ITEMS[n].what, n,
          ITEMS[n].title, n), { path = path,
          line = insertion_line(found, n, #ITEMS, #lines) },
          { basis = "observed", subject = "AnnexII(" .. n .. ")" })
      end
    end
    if missing == 0 then
      cra.pass(string.format("%s names %s", path, found[9] and
        "the nine items of Annex II" or "Annex II items 1 to 8"),
        { path = path, line = found[1] }, "observed")
    end
    if not found[9] then
      cra.not_applicable("the user information does not say where the SBOM " ..
        "is; Annex II(9) applies only if the SBOM is made available to " ..
        "users: if it is, add a section '9. Software bill of materials " ..
        "(Annex II(9))' with its address", { path = path, line = #lines },
        { basis = "observed", subject = "AnnexII(9)" })
    end
  end,
}
