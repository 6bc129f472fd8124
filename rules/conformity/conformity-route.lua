-- Art.32: the conformity assessment procedures open to a product depend
-- on its class. Default products may use any; Annex III class I may use
-- internal control (module A) only where harmonised standards, common
-- specifications or a certification scheme are applied in full; class II
-- never module A; Annex IV critical products a European certificate where
-- a delegated act under Art.8(1) requires one, otherwise as class II.
-- Free and open-source software of Annex III may use any route when its
-- technical documentation is public (Art.32(5)).

local ROUTES = {
  ["module-a"] = "internal control (module A)",
  ["module-b-c"] = "EU-type examination and conformity to type (modules B and C)",
  ["module-h"] = "full quality assurance (module H)",
  ["certification"] = "a European cybersecurity certification scheme",
}
local ROUTE_NAMES = "module-a, module-b-c, module-h or certification"
local CLASSES = { ["default"] = true, ["important-class-1"] = true,
  ["important-class-2"] = true, ["critical"] = true }

-- A presumption of conformity is declared: a non-empty list or value.
local function declared(cra, v)
  if type(v) == "table" then
    for _, item in ipairs(v) do
      if cra.filled(item) then
        return true
      end
    end
    return false
  end
  return cra.filled(v)
end

local function list_text(v)
  if type(v) ~= "table" then
    return tostring(v)
  end
  local items = {}
  for _, item in ipairs(v) do
    items[#items + 1] = tostring(item)
  end
  return table.concat(items, ", ")
end

return {
  id = "conformity-route",
  title = "The conformity assessment route is open to the product's class",
  locus = "Art.32",
  severity = "error",
  rationale = [[
Art.32 sets the conformity assessment procedures per class. Art.32(1):
a product in no class of Annex III or IV may use internal control
(module A), EU-type examination followed by conformity to type (modules
B and C), full quality assurance (module H) or a European cybersecurity
certification scheme. Art.32(2): an important product of Annex III
class I may use module A only where the manufacturer has applied
harmonised standards, common specifications or a European cybersecurity
certification scheme at assurance level at least "substantial" in full;
otherwise B+C, H or such a scheme. Art.32(3): class II products use
B+C, H or a scheme at level "substantial" or higher, never module A.
Art.32(4): critical products of Annex IV obtain a European cybersecurity
certificate where a delegated act under Art.8(1) requires one, and
otherwise follow class II. Art.32(5): free and open-source software of
Annex III may use any Art.32(1) procedure provided its technical
documentation is made public.]],
  remediation = [[
Declare product.class and conformity.route (module-a, module-b-c,
module-h or certification) in .cra/product.yaml. For class I by module
A, list what is applied in full in conformity.harmonised_standards,
conformity.common_specifications or conformity.certification_scheme;
otherwise, and always for class II, use module-b-c or module-h with a
notified body (conformity.notified_body) or a certification scheme.
Free and open-source software of Annex III gives the public address of
its technical documentation in conformity.technical_documentation_url.]],
  establishes = "that the declared route is one Art.32 opens to the declared class, with the standards, notified body or scheme it needs declared",
  limits = "whether the class is right, whether standards are applied in full, and whether a delegated act requires certification of a critical product",
  help = "https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_32",

  check = function(cra)
    local p = cra.product
    if not p then
      cra.fail("no product metadata: create " .. cra.product_path ..
        " with product.class and conformity.route", nil, "declared")
      return
    end
    local product = type(p.product) == "table" and p.product or {}
    local class = cra.filled(product.class) and tostring(product.class) or nil
    local class_note = ""
    if not class then
      class = "default"
      class_note = " (product.class is not declared: judged as default)"
    elseif not CLASSES[class] then
      cra.fail(string.format("product.class '%s' is not one of default, " ..
        "important-class-1, important-class-2 or critical: correct it so " ..
        "that the route can be judged", class), cra.where(product, "class"),
        "declared")
      return
    end
    local conformity = type(p.conformity) == "table" and p.conformity or nil
    local route = conformity and cra.filled(conformity.route) and
      tostring(conformity.route) or nil
    local at = conformity and (cra.where(conformity, "route") or
      cra.where(p, "conformity")) or cra.where(p) or cra.product_path
    if not route then
      cra.fail("no conformity assessment route is declared: set " ..
        "conformity.route to " .. ROUTE_NAMES .. " (Art.32)", at, "declared")
      return
    end
    if not ROUTES[route] then
      cra.fail(string.format("conformity.route '%s' is not one of %s", route,
        ROUTE_NAMES), at, "declared")
      return
    end
    if (route == "module-b-c" or route == "module-h") and
       not cra.filled(conformity.notified_body) then
      cra.fail(string.format("%s involves a notified body: name it, with its " ..
        "number, in conformity.notified_body", ROUTES[route]), at,
        { basis = "declared", subject = "notified_body" })
      return
    end
    if route == "certification" and not declared(cra, conformity.certification_scheme) then
      cra.fail("the route is a European cybersecurity certification scheme: " ..
        "name the scheme and the certificate in conformity.certification_scheme",
        at, { basis = "declared", subject = "certification_scheme" })
      return
    end

    local presumptions = {}
    for _, key in ipairs({ "harmonised_standards", "common_specifications",
                           "certification_scheme" }) do
      if declared(cra, conformity[key]) then
        presumptions[#presumptions + 1] = list_text(conformity[key])
      end
    end
    local foss = product.free_and_open_source == true
    local url = conformity.technical_documentation_url
    local public = cra.filled(url) and tostring(url):match("^https://[^%s/]+")
    local function pass(paragraph, text)
      cra.pass(string.format("%s, class %s: %s (%s)%s", ROUTES[route], class,
        text, paragraph, class_note), at, "declared")
    end

    if class == "default" then
      pass("Art.32(1)", "every route is open to a product in no class")
      return
    end
    if route ~= "module-a" then
      if class == "critical" then
        if route == "certification" then
          pass("Art.32(4)", "a European cybersecurity certificate, as a " ..
            "delegated act under Art.8(1) may require")
        else
          pass("Art.32(4)", "open while no delegated act under Art.8(1) " ..
            "requires a certificate for the product's category")
        end
      elseif class == "important-class-1" then
        pass("Art.32(2)", "open to class I")
      else
        pass("Art.32(3)", "open to class II")
      end
      return
    end
    -- Module A from here on.
    if foss and public and class ~= "critical" then
      pass("Art.32(5)", "free and open-source software of Annex III with its " ..
        "technical documentation public at " .. tostring(url))
      return
    end
    local foss_hint = ""
    if foss and class ~= "critical" then
      foss_hint = "; as free and open-source software it may keep module A " ..
        "by making its technical documentation public " ..
        "(conformity.technical_documentation_url, Art.32(5))"
    end
    if class == "important-class-1" then
      if #presumptions > 0 then
        pass("Art.32(2)", "module A with " .. table.concat(presumptions, "; ") ..
          " applied in full")
        return
      end
      cra.fail("an important product of class I may use module A only where " ..
        "harmonised standards, common specifications or a certification " ..
        "scheme at level substantial are applied in full (Art.32(2)), and " ..
        "none is listed: apply one in full and list it in " ..
        "conformity.harmonised_standards, or use module-b-c or module-h" ..
        foss_hint, at, "declared")
    elseif class == "important-class-2" then
      cra.fail("an important product of class II may not use module A " ..
        "(Art.32(3)): use module-b-c or module-h with a notified body, or a " ..
        "certification scheme at level substantial or higher" .. foss_hint,
        at, "declared")
    else
      cra.fail("a critical product may not use module A (Art.32(4)): obtain " ..
        "a European cybersecurity certificate where a delegated act under " ..
        "Art.8(1) requires one, otherwise use module-b-c or module-h", at,
        "declared")
    end
  end,
}
