#!/bin/sh
test_description='the CI examples load, and the commands they run work'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

github=$GIT_CRA_DATADIR/examples/ci/github-actions.yml
gitlab=$GIT_CRA_DATADIR/examples/ci/gitlab-ci.yml

# run_block ID: the "run: |" script of the GitHub Actions step with that
# id. Steps start with "      - ", their keys are indented by 8 spaces.
run_block () {
	awk -v id="$1" '
		inrun {
			if ($0 ~ /^[ \t]*$/) {
				blank = blank "\n"
				next
			}
			match($0, /^ */)
			if (RLENGTH >= indent) {
				printf "%s%s\n", blank, substr($0, indent + 1)
				blank = ""
				next
			}
			inrun = 0
		}
		/^      - / { step = "" }
		/^        id: / { step = $2 }
		step == id && /^        run: \|$/ {
			inrun = 1
			indent = 10
			blank = ""
		}
	' "$github"
}

# script_lines JOB: the script of a GitLab CI job, one command a line.
script_lines () {
	awk -v job="$1" '
		/^[^ #]/ {
			injob = ($0 == job ":")
			inscript = 0
			next
		}
		injob && /^  [a-z_]+:/ {
			inscript = ($0 ~ /^  script:/)
			next
		}
		injob && inscript && /^    - / {
			sub(/^    - /, "")
			print
		}
	' "$gitlab"
}

# A security.txt that expires half a year from now: the workflows judge
# dates at the time they run.
write_current_security_txt () {
	mkdir -p .well-known &&
	expires=$(perl -MPOSIX -e \
		'print strftime("%Y-%m-%dT%H:%M:%SZ", gmtime(time + 180 * 86400))') &&
	cat >.well-known/security.txt <<-EOF
	Contact: mailto:security@acme.example
	Expires: $expires
	Policy: https://acme.example/security
	EOF
}

test_lazy_prereq PYYAML 'python3 -c "import yaml"'

test_expect_success PYYAML 'the examples are YAML of the expected shape' '
	python3 - "$github" "$gitlab" <<-\EOF
	import sys, yaml
	gh = yaml.safe_load(open(sys.argv[1]))
	gl = yaml.safe_load(open(sys.argv[2]))
	# YAML 1.1 reads the key "on" as true, as PyYAML does.
	on = gh.get("on", gh.get(True))
	assert "pull_request" in on and on["push"]["tags"], on
	steps = gh["jobs"]["check"]["steps"]
	uses = [s.get("uses", "") for s in steps]
	assert any(u.startswith("github/codeql-action/upload-sarif@")
	           for u in uses), uses
	upload = [s for s in steps if "upload-sarif" in s.get("uses", "")][0]
	assert upload["with"]["sarif_file"] == "git-cra.sarif"
	assert gh["jobs"]["check"]["permissions"]["security-events"] == "write"
	assert gh["jobs"]["attest"]["permissions"]["contents"] == "write"
	assert gl["cra-check"]["artifacts"]["reports"]["junit"] == \
	    "git-cra.junit.xml"
	assert gl["cra-attest"]["variables"]["GIT_DEPTH"] == 0
	EOF
'

test_expect_success PYYAML 'the commands extracted here are the ones CI runs' '
	python3 - "$github" "$gitlab" >expect <<-\EOF &&
	import sys, yaml
	gh = yaml.safe_load(open(sys.argv[1]))
	gl = yaml.safe_load(open(sys.argv[2]))
	for job in gh["jobs"].values():
	    for step in job["steps"]:
	        if "id" in step and "run" in step:
	            print("== " + step["id"])
	            sys.stdout.write(step["run"])
	for job in ("cra-check", "cra-attest"):
	    print("== " + job)
	    for line in gl[job]["script"]:
	        print(line)
	EOF
	{
		for id in check tag signing attest
		do
			echo "== $id" &&
			run_block $id || return 1
		done &&
		for job in cra-check cra-attest
		do
			echo "== $job" &&
			script_lines $job || return 1
		done
	} >actual &&
	test_cmp expect actual
'

test_expect_success 'setup: a product and its remote' '
	write_complete_product &&
	write_current_security_txt &&
	git add . && test_tick && git commit -q -m product &&
	git init -q --bare "$TMPDIR/origin.git" &&
	git remote add origin "$TMPDIR/origin.git" &&
	git push -q origin main &&
	run_block check >"$TMPDIR/check.sh" &&
	test -s "$TMPDIR/check.sh"
'

# github_step SCRIPT [NAME=VALUE...]: run a step's script as the runner
# would (bash -e there; the scripts are POSIX sh), with the step's env
# and the files a step may write to.
github_step () {
	tl_step_script=$1 &&
	shift &&
	: >"$TMPDIR/github-output" &&
	env GITHUB_OUTPUT="$TMPDIR/github-output" \
		GITHUB_STEP_SUMMARY="$TMPDIR/github-summary" \
		GITHUB_REPOSITORY=acme/widget "$@" \
		sh -e "$tl_step_script"
}

test_expect_success 'the check step writes SARIF and Markdown, status 0 when nothing fails' '
	test_when_finished "rm -f git-cra.sarif git-cra.md" &&
	status=0 &&
	git cra check >/dev/null 2>&1 || status=$? &&
	github_step "$TMPDIR/check.sh" &&
	echo "status=$status" >expect &&
	test_cmp expect "$TMPDIR/github-output" &&
	test_grep "\"version\":[[:space:]]*\"2.1.0\"" git-cra.sarif &&
	test -s git-cra.md &&
	test_grep "git cra" "$TMPDIR/github-summary"
'

test_expect_success 'the check step passes a failing finding on, for the last step' '
	test_when_finished "git checkout -q SECURITY.md && rm -f git-cra.sarif git-cra.md" &&
	rm SECURITY.md &&
	github_step "$TMPDIR/check.sh" &&
	echo "status=1" >expect &&
	test_cmp expect "$TMPDIR/github-output" &&
	test_grep "cvd-policy" git-cra.sarif &&
	test_grep "cvd-policy" git-cra.md
'

test_expect_success 'the check step stops when the check cannot be done' '
	test_when_finished "git checkout -q .cra/product.yaml && rm -f git-cra.sarif git-cra.md" &&
	echo "schema: [" >.cra/product.yaml &&
	test_must_fail github_step "$TMPDIR/check.sh" 2>err &&
	echo "status=2" >expect &&
	test_cmp expect "$TMPDIR/github-output"
'

test_expect_success 'the GitLab check job writes JUnit and exits as check does' '
	test_when_finished "rm -f git-cra.junit.xml" &&
	script_lines cra-check >"$TMPDIR/gitlab-check.sh" &&
	status=0 &&
	git cra check >/dev/null 2>&1 || status=$? &&
	test_expect_code $status sh -e "$TMPDIR/gitlab-check.sh" >out &&
	test_grep "<testsuite" git-cra.junit.xml &&
	rm SECURITY.md &&
	test_when_finished "git checkout -q SECURITY.md" &&
	test_expect_code 1 sh -e "$TMPDIR/gitlab-check.sh" >out &&
	test_grep "<failure" git-cra.junit.xml &&
	test_grep "no CVD policy" out
'

test_expect_success SSH_KEYGEN 'setup: an annotated release on the remote, and a signing key' '
	test_tag_annotated v1.0.0 &&
	test_tag_annotated v1.1.0 &&
	git push -q origin v1.0.0 v1.1.0 &&
	ssh-keygen -q -t ed25519 -N "" -C ci -f "$TMPDIR/ci-key" &&
	echo "ci@example.com $(cat "$TMPDIR/ci-key.pub")" >"$TMPDIR/ci-signers"
'

test_expect_success SSH_KEYGEN 'the GitHub release job attests the tag and pushes the evidence' '
	git clone -q "$TMPDIR/origin.git" "$TMPDIR/runner" &&
	mkdir "$TMPDIR/runner-home" &&
	(
		cd "$TMPDIR/runner" &&
		HOME=$TMPDIR/runner-home &&
		export HOME &&
		# What actions/checkout leaves: a lightweight tag.
		git tag -f v1.0.0 "v1.0.0^{commit}" >/dev/null &&
		test "$(git cat-file -t v1.0.0)" = commit &&
		run_block tag >tag.sh &&
		github_step tag.sh TAG=v1.0.0 &&
		test "$(git cat-file -t v1.0.0)" = tag &&
		run_block signing >signing.sh &&
		github_step signing.sh SIGNING_KEY="$(cat "$TMPDIR/ci-key")" \
			ALLOWED_SIGNERS="$(cat "$TMPDIR/ci-signers")" &&
		run_block attest >attest.sh &&
		github_step attest.sh TAG=v1.0.0 >out &&
		test_grep "v1.0.0: OK" out &&
		test_grep "v1.0.0" "$TMPDIR/github-summary"
	) &&
	git -C "$TMPDIR/origin.git" notes --ref=cra list >notes &&
	test_grep " $(git rev-parse v1.0.0)$" notes
'

test_expect_success SSH_KEYGEN 'the GitLab release job attests another tag, keeping the first' '
	git clone -q "$TMPDIR/origin.git" "$TMPDIR/gitlab-runner" &&
	mkdir "$TMPDIR/gitlab-home" &&
	cp "$TMPDIR/ci-key" "$TMPDIR/gitlab-key-variable" &&
	script_lines cra-attest >script &&
	# The push URL with the access token points at a GitLab server.
	grep -v "git remote set-url" script >"$TMPDIR/gitlab-attest.sh" &&
	test_line_count = $(($(wc -l <script) - 1)) "$TMPDIR/gitlab-attest.sh" &&
	(
		cd "$TMPDIR/gitlab-runner" &&
		env HOME="$TMPDIR/gitlab-home" CI_COMMIT_TAG=v1.1.0 \
			CI_SERVER_HOST=gitlab.example \
			GIT_CRA_SIGNING_KEY="$TMPDIR/gitlab-key-variable" \
			GIT_CRA_ALLOWED_SIGNERS="$TMPDIR/ci-signers" \
			sh -e "$TMPDIR/gitlab-attest.sh" >out &&
		test_grep "v1.1.0: OK" out
	) &&
	git -C "$TMPDIR/origin.git" notes --ref=cra list >notes &&
	test_grep " $(git rev-parse v1.0.0)$" notes &&
	test_grep " $(git rev-parse v1.1.0)$" notes
'

test_expect_success SSH_KEYGEN 'a fresh clone verifies both releases from the pushed notes' '
	git clone -q "$TMPDIR/origin.git" "$TMPDIR/auditor" &&
	(
		cd "$TMPDIR/auditor" &&
		git cra fetch >/dev/null &&
		git cra verify --allowed-signers "$TMPDIR/ci-signers" \
			v1.0.0 v1.1.0 >out &&
		test_grep "^v1.0.0: OK" out &&
		test_grep "^v1.1.0: OK" out
	)
'

test_done
