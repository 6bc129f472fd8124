-- Annex I Part II(8): security updates are disseminated without delay,
-- free of charge, with advisory messages telling users what they need to
-- know. Free of charge can only be declared; the messages that go with
-- updates are the release notes or the advisories, which must be there.

local function paths_of(cra, v, key_at)
  local items = {}
  if type(v) == "table" then
    for i, item in ipairs(v) do
      items[#items + 1] = { path = tostring(item), at = cra.where(v, i) }
    end
  elseif cra.filled(v) then
    items[1] = { path = tostring(v), at = key_at }
  end
  return items
end

return {
  id = "free-security-updates",
  title = "Security updates free of charge, with advisory messages",
  locus = "AnnexI.PartII(8)",
  severity = "error",
  rationale = [[
Annex I Part II(8) requires manufacturers to ensure that, where security
updates are available to address identified security issues, they are
disseminated without delay and, unless otherwise agreed with a business
user for a tailor-made product, free of charge, accompanied by advisory
messages providing users with the relevant information, including on
potential action to be taken.]],
  remediation = [[
Declare updates.free_of_charge: true in .cra/product.yaml, and keep the
messages that accompany security updates in the repository: release
notes (evidence.release_notes) saying which release fixes what, and
advisories (evidence.advisories).]],
  establishes = "that updates are declared free of charge, and that release notes or advisories accompanying them exist",
  limits = "whether updates are really free and disseminated without delay",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I",

  check = function(cra)
    local p = cra.product
    local updates = p and p.updates
    local free = type(updates) == "table" and updates.free_of_charge
    if free ~= true then
      local at = (type(updates) == "table" and
        (cra.where(updates, "free_of_charge") or cra.where(p, "updates"))) or
        (p and cra.where(p)) or cra.product_path
      cra.fail("security updates are not declared free of charge: provide them " ..
        "free of charge and set updates.free_of_charge: true (a tailor-made " ..
        "product under another agreement: waive this finding with the " ..
        "agreement as reason)", at, "declared")
      return
    end
    local evidence = p.evidence
    local messages = paths_of(cra, evidence and evidence.release_notes,
      evidence and cra.where(evidence, "release_notes"))
    for _, a in ipairs(paths_of(cra, evidence and evidence.advisories,
        evidence and cra.where(evidence, "advisories"))) do
      messages[#messages + 1] = a
    end
    local missing = {}
    for _, m in ipairs(messages) do
      if cra.exists((m.path:gsub("/+$", ""))) then
        cra.pass(string.format("security updates declared free of charge, " ..
          "announced in %s", m.path), cra.where(updates, "free_of_charge"),
          "declared")
        return
      end
      missing[#missing + 1] = m
    end
    if #missing > 0 then
      cra.fail(string.format("the messages that accompany security updates are " ..
        "missing: %s does not exist; add the release notes or advisories, or " ..
        "correct the path", missing[1].path), missing[1].at,
        { basis = "observed", subject = missing[1].path })
      return
    end
    cra.fail("security updates have no advisory messages: keep release notes " ..
      "(evidence.release_notes) or advisories (evidence.advisories) telling " ..
      "users what each security update fixes and what to do",
      (evidence and cra.where(p, "evidence")) or cra.where(p) or cra.product_path,
      "declared")
  end,
}
