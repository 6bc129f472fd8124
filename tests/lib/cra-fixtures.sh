# Fixtures shared by the git-cra test scripts: a complete product, written
# into the current directory. Source after test-lib.sh.
#
#	write_complete_product    .cra/product.yaml, security.txt, SECURITY.md
#	NOW=...                   an evaluation time inside every validity window

NOW=2027-06-01T00:00:00Z

# The tests of the mechanics (formats, snapshots, waivers, attestations)
# count the findings of these five rules only: use_base_policy sets it.
BASE_POLICY="$TEST_DIRECTORY/lib/policy-base-rules.yaml"

use_base_policy () {
	git config cra.policy "$BASE_POLICY"
}

write_product_yaml () {
	use_base_policy &&
	mkdir -p .cra &&
	cat >.cra/product.yaml <<-\EOF
	schema: 1
	product:
	  name: Acme Widget
	  type: widget firmware
	  version: from-tag
	  intended_purpose: Controls widgets in homes
	  class: default
	  placed_on_market: 2027-03-01
	manufacturer:
	  name: Acme Widgets GmbH
	  address: Example Strasse 1, 10115 Berlin, Germany
	  email: security@acme.example
	  website: https://acme.example
	  contact: https://acme.example/security
	support:
	  start: 2027-03-01
	  end: 2032-03-31
	  rationale: docs/support-period.md
	EOF
}

write_security_txt () {
	mkdir -p .well-known &&
	cat >.well-known/security.txt <<-\EOF
	Contact: mailto:security@acme.example
	Expires: 2027-12-31T23:59:59Z
	Policy: https://acme.example/security
	EOF
}

write_cvd_policy () {
	cat >SECURITY.md <<-\EOF
	# Security policy

	Report vulnerabilities in Acme Widget to security@acme.example. We
	acknowledge every report within three working days, agree a disclosure
	date with the reporter, and publish an advisory with each fix. Reports
	of actively exploited vulnerabilities reach the CSIRT within 24 hours.
	EOF
}

write_complete_product () {
	write_product_yaml &&
	write_security_txt &&
	write_cvd_policy
}
