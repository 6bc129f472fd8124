#!/bin/sh
test_description='SSH signatures are checked in the process, with the verdicts of ssh-keygen'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='ssh-keygen cannot sign here, or jq is missing'
	test_done
fi

# One release per key type that git-cra checks itself, each attested with
# that key; "all" trusts each key under its own name.
types="ed25519 ecdsa256 ecdsa384 ecdsa521 rsa"

# note_of TAG: the note on the object the tag points to.
note_of () {
	git notes --ref=cra show "$(git rev-parse "refs/tags/$1")"
}

# cra_verdict ALLOWED TAG: "STATUS [signer]" of the first attestation of
# TAG, as git cra verify says it. Any exit but 0 or 1 (a crash) fails.
cra_verdict () {
	git cra verify --allowed-signers "$1" "$2" >cra.out
	test $? -le 1 || return 1
	sed -n "s/^  1: \([A-Z-]*\)\(, signed by \([^,]*\)\)\{0,1\}.*/\1 \3/p" \
		cra.out | sed "s/ \$//"
}

# keygen_verdict ALLOWED TAG: the same verdict from ssh-keygen alone, run
# as git-cra ran it before: find-principals, then verify as the first.
keygen_verdict () {
	note_of "$2" | head -n 1 >kv.line &&
	jq -r ".signatures[0].sig" kv.line | base64 -d >kv.sig &&
	jq -r .payload kv.line | base64 -d >kv.payload &&
	printf "DSSEv1 28 application/vnd.in-toto+json %d " \
		"$(wc -c <kv.payload)" >kv.pae &&
	cat kv.payload >>kv.pae &&
	when=$(jq -r .predicate.evaluated_at kv.payload | sed "s/[-:T]//g") &&
	if ! ssh-keygen -Y find-principals -f "$1" -s kv.sig \
		-Overify-time="$when" >kv.found 2>/dev/null ||
	   ! test -s kv.found
	then
		echo UNTRUSTED
	elif principal=$(head -n 1 kv.found) &&
	     ssh-keygen -Y verify -f "$1" -I "$principal" -n git-cra \
		-s kv.sig -Overify-time="$when" <kv.pae >/dev/null 2>&1
	then
		echo "OK $principal"
	else
		echo "BAD-SIGNATURE $principal"
	fi
}

# same_verdicts ALLOWED TAG...: git-cra says what ssh-keygen says, for
# each TAG; the verdicts are printed, one a line, for the caller to check.
same_verdicts () {
	sv_allowed=$1 &&
	shift &&
	for sv_tag
	do
		keygen_verdict "$sv_allowed" "$sv_tag" >keygen.v &&
		cra_verdict "$sv_allowed" "$sv_tag" >cra.v &&
		test_cmp keygen.v cra.v >&2 &&
		cat cra.v || return 1
	done
}

# resign TAG NAMESPACE KEY: replace the attestation's signature by one
# made by KEY under NAMESPACE.
resign () {
	note_of "$1" | head -n 1 >rs.line &&
	jq -r .payload rs.line | base64 -d >rs.payload &&
	printf "DSSEv1 28 application/vnd.in-toto+json %d " \
		"$(wc -c <rs.payload)" >rs.pae &&
	cat rs.payload >>rs.pae &&
	rm -f rs.pae.sig &&
	ssh-keygen -q -Y sign -n "$2" -f "$3" rs.pae &&
	set_sig "$1" "$(base64 -w0 rs.pae.sig)"
}

# set_sig TAG BASE64: the first attestation of TAG with this signature.
set_sig () {
	note_of "$1" | head -n 1 |
		jq -c --arg s "$2" ".signatures[0].sig = \$s" >ss.line &&
	git notes --ref=cra add -f -F ss.line "$(git rev-parse "refs/tags/$1")"
}

# allowed NAME LINE...: an allowed signers file of these lines, with
# "KEY(t)" standing for the public key of type t.
allowed () {
	al_name=$1 &&
	shift &&
	: >"$al_name" &&
	for al_line
	do
		for t in $types cert-ca
		do
			test -f "$HOME/$t.pub" || continue
			al_line=$(printf "%s\n" "$al_line" |
				sed "s|KEY($t)|$(cut -d" " -f1,2 "$HOME/$t.pub")|g")
		done &&
		printf "%s\n" "$al_line" >>"$al_name" || return 1
	done
}

test_expect_success 'setup: a release attested with each key type' '
	setup_ssh_signing &&
	cp "$HOME/ada" "$HOME/ed25519" &&
	cp "$HOME/ada.pub" "$HOME/ed25519.pub" &&
	ssh-keygen -q -t ecdsa -b 256 -N "" -f "$HOME/ecdsa256" &&
	ssh-keygen -q -t ecdsa -b 384 -N "" -f "$HOME/ecdsa384" &&
	ssh-keygen -q -t ecdsa -b 521 -N "" -f "$HOME/ecdsa521" &&
	ssh-keygen -q -t rsa -b 3072 -N "" -f "$HOME/rsa" &&
	write_complete_product &&
	git add . && test_tick && git commit -q -m one &&
	for t in $types
	do
		test_tag_annotated "v-$t" &&
		git config user.signingKey "$HOME/$t" &&
		git cra attest "v-$t" >/dev/null || return 1
	done &&
	git config user.signingKey "$HOME/ada" &&
	allowed all "ada@example.com KEY(ed25519)" \
		"ecdsa256@example.com KEY(ecdsa256)" \
		"ecdsa384@example.com KEY(ecdsa384)" \
		"ecdsa521@example.com KEY(ecdsa521)" \
		"rsa@example.com KEY(rsa)" &&
	git config gpg.ssh.allowedSignersFile "$PWD/all"
'

test_expect_success 'every handled key type verifies without gpg.ssh.program' '
	write_script "$HOME/no-keygen" <<-\EOF &&
	echo "$*" >>"$HOME/no-keygen.log"
	echo "gpg.ssh.program must not run" >&2
	exit 1
	EOF
	test_config gpg.ssh.program "$HOME/no-keygen" &&
	git cra verify v-ed25519 v-ecdsa256 v-ecdsa384 v-ecdsa521 v-rsa >out &&
	test_grep "^v-ed25519: OK" out &&
	test_grep "^v-rsa: OK" out &&
	test_grep "1: OK, signed by ecdsa521@example.com" out &&
	test_path_is_missing "$HOME/no-keygen.log"
'

test_expect_success 'good signatures: the verdicts of ssh-keygen' '
	same_verdicts all v-ed25519 v-ecdsa256 v-ecdsa384 v-ecdsa521 v-rsa >actual &&
	cat >expect <<-\EOF &&
	OK ada@example.com
	OK ecdsa256@example.com
	OK ecdsa384@example.com
	OK ecdsa521@example.com
	OK rsa@example.com
	EOF
	test_cmp expect actual
'

test_expect_success 'altered data: the verdicts of ssh-keygen' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	for t in $types
	do
		note_of "v-$t" | head -n 1 >line &&
		jq -r .payload line | base64 -d |
			sed "s/\"pass\":5/\"pass\":6/" | base64 -w0 >payload &&
		jq -c --arg p "$(cat payload)" ".payload = \$p" line >forged &&
		git notes --ref=cra add -f -F forged "$(git rev-parse "refs/tags/v-$t")" ||
		return 1
	done &&
	same_verdicts all v-ed25519 v-ecdsa256 v-ecdsa384 v-ecdsa521 v-rsa >actual &&
	cat >expect <<-\EOF &&
	BAD-SIGNATURE ada@example.com
	BAD-SIGNATURE ecdsa256@example.com
	BAD-SIGNATURE ecdsa384@example.com
	BAD-SIGNATURE ecdsa521@example.com
	BAD-SIGNATURE rsa@example.com
	EOF
	test_cmp expect actual &&
	test_expect_code 1 git cra verify v-rsa >out &&
	test_grep "1: BAD-SIGNATURE.*Signature verification failed: incorrect signature" out
'

test_expect_success 'another namespace: the verdicts of ssh-keygen' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	for t in $types
	do
		resign "v-$t" git "$HOME/$t" || return 1
	done &&
	same_verdicts all v-ed25519 v-ecdsa256 v-ecdsa384 v-ecdsa521 v-rsa >actual &&
	cat >expect <<-\EOF &&
	BAD-SIGNATURE ada@example.com
	BAD-SIGNATURE ecdsa256@example.com
	BAD-SIGNATURE ecdsa384@example.com
	BAD-SIGNATURE ecdsa521@example.com
	BAD-SIGNATURE rsa@example.com
	EOF
	test_cmp expect actual &&
	test_expect_code 1 git cra verify v-ed25519 >out &&
	test_grep "1: BAD-SIGNATURE.*namespace does not match" out
'

test_expect_success 'a signer not in the file: the verdicts of ssh-keygen' '
	allowed others "ada@example.com KEY(ecdsa256)" \
		"rsa@example.com KEY(ed25519)" "*@example.com KEY(ecdsa384)" &&
	same_verdicts others v-ecdsa521 v-rsa >actual &&
	printf "%s\n" UNTRUSTED UNTRUSTED >expect &&
	test_cmp expect actual &&
	test_expect_code 1 git cra verify --allowed-signers others v-rsa >out &&
	test_grep "1: UNTRUSTED.*: No principal matched\.$" out
'

test_expect_success 'principal patterns: the verdicts of ssh-keygen' '
	allowed wild "*@example.com KEY(ed25519)" &&
	allowed neg-first "!ada@example.com,*@example.com KEY(ed25519)" &&
	allowed neg-last "*@example.com,!ada@example.com KEY(ecdsa256)" &&
	allowed list "ci@example.com,ada@example.com KEY(rsa)" &&
	allowed empty-first ",ada@example.com KEY(ed25519)" &&
	allowed commented "# ada@example.com KEY(ed25519)" \
		"   rsa@example.com	KEY(rsa) a comment" &&
	{
		same_verdicts wild v-ed25519 &&
		same_verdicts neg-first v-ed25519 &&
		same_verdicts neg-last v-ecdsa256 &&
		same_verdicts list v-rsa &&
		same_verdicts empty-first v-ed25519 &&
		same_verdicts commented v-ed25519 v-rsa
	} >actual &&
	cat >expect <<-\EOF &&
	OK *@example.com
	OK !ada@example.com
	OK *@example.com
	OK ci@example.com
	UNTRUSTED
	UNTRUSTED
	OK rsa@example.com
	EOF
	test_cmp expect actual
'

test_expect_success 'namespaces options: the verdicts of ssh-keygen' '
	allowed ns-ok "ada@example.com namespaces=\"git,git-cra\" KEY(ed25519)" &&
	allowed ns-pattern "ada@example.com NAMESPACES=\"git-*\" KEY(ed25519)" &&
	allowed ns-no "ada@example.com namespaces=\"git\" KEY(ed25519)" &&
	allowed ns-negated "ada@example.com namespaces=\"*,!git-cra\" KEY(ed25519)" &&
	allowed ns-second "ada@example.com namespaces=\"git\" KEY(ed25519)" \
		"ada@example.com namespaces=\"git-cra\" KEY(ed25519)" &&
	allowed ns-other "ada@example.com namespaces=\"git\" KEY(ed25519)" \
		"bob@example.com namespaces=\"git-cra\" KEY(ed25519)" &&
	for f in ns-ok ns-pattern ns-no ns-negated ns-second ns-other
	do
		same_verdicts $f v-ed25519 || return 1
	done >actual &&
	cat >expect <<-\EOF &&
	OK ada@example.com
	OK ada@example.com
	BAD-SIGNATURE ada@example.com
	BAD-SIGNATURE ada@example.com
	OK ada@example.com
	BAD-SIGNATURE ada@example.com
	EOF
	test_cmp expect actual &&
	test_expect_code 1 git cra verify --allowed-signers ns-no v-ed25519 >out &&
	test_grep "1: BAD-SIGNATURE.*key is not permitted .* namespace \"git-cra\"" out
'

test_expect_success 'valid-after and valid-before around the time: the verdicts of ssh-keygen' '
	note_of v-ed25519 | head -n 1 | jq -r .payload | base64 -d >st.json &&
	stamp () {
		jq -r ".predicate.evaluated_at | fromdateiso8601 | . + $1 |
			strftime(\"%Y%m%d%H%M%S\")" st.json
	} &&
	at=$(stamp 0) && before=$(stamp -1) && after=$(stamp 1) &&
	allowed after-at "ada@example.com valid-after=\"${at}Z\" KEY(ed25519)" &&
	allowed after-later "ada@example.com valid-after=\"${after}Z\" KEY(ed25519)" &&
	allowed before-at "ada@example.com valid-before=\"${at}Z\" KEY(ed25519)" &&
	allowed before-earlier "ada@example.com valid-before=\"${before}Z\" KEY(ed25519)" &&
	allowed window "ada@example.com valid-after=\"${before}Z\",valid-before=\"${after}Z\" KEY(ed25519)" &&
	allowed expired-then-new "old@example.com valid-before=\"${before}Z\" KEY(ed25519)" \
		"new@example.com valid-after=\"${at}Z\" KEY(ed25519)" &&
	for f in after-at after-later before-at before-earlier window expired-then-new
	do
		same_verdicts $f v-ed25519 || return 1
	done >actual &&
	cat >expect <<-\EOF &&
	OK ada@example.com
	UNTRUSTED
	OK ada@example.com
	UNTRUSTED
	OK ada@example.com
	OK new@example.com
	EOF
	test_cmp expect actual &&
	test_expect_code 1 git cra verify --allowed-signers after-later v-ed25519 >out &&
	test_grep "1: UNTRUSTED.*: after-later:1: key is not yet valid" out
'

test_expect_success 'times without Z are local, as ssh-keygen reads them' '
	at=$(note_of v-ed25519 | head -n 1 | jq -r .payload | base64 -d |
		jq -r .predicate.evaluated_at | sed "s/[-:TZ]//g") &&
	allowed local-utc "ada@example.com valid-after=\"$at\" KEY(ed25519)" &&
	(
		# Two hours east of Greenwich: the same digits are earlier.
		TZ=UTC-2 && export TZ &&
		same_verdicts local-utc v-ed25519
	) >actual &&
	(
		# Two hours west: later, so not yet valid.
		TZ=UTC+2 && export TZ &&
		same_verdicts local-utc v-ed25519
	) >>actual &&
	printf "%s\n" "OK ada@example.com" UNTRUSTED >expect &&
	test_cmp expect actual
'

test_expect_success 'a truncated or garbage signature is BAD-SIGNATURE, with a reason' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	note_of v-rsa | head -n 1 | jq -r ".signatures[0].sig" | base64 -d >armored &&
	for cut in 29 30 31 100 300 500 700 $(($(wc -c <armored) - 30))
	do
		head -c $cut armored >cut.sig &&
		set_sig v-rsa "$(base64 -w0 cut.sig)" &&
		test_expect_code 1 git cra verify v-rsa >out &&
		test_grep "1: BAD-SIGNATURE.*cannot parse the SSH signature" out ||
		return 1
	done &&
	printf "%s\n" "-----BEGIN SSH SIGNATURE-----" "not base64!" \
		"-----END SSH SIGNATURE-----" >garbage.sig &&
	set_sig v-rsa "$(base64 -w0 garbage.sig)" &&
	test_expect_code 1 git cra verify v-rsa >out &&
	test_grep "1: BAD-SIGNATURE.*cannot parse the SSH signature: invalid base64" out &&
	printf "%s\n" "-----BEGIN SSH SIGNATURE-----" "AAAAAAAAAAAAAAAA" \
		"-----END SSH SIGNATURE-----" >zeros.sig &&
	set_sig v-rsa "$(base64 -w0 zeros.sig)" &&
	test_expect_code 1 git cra verify v-rsa >out &&
	test_grep "1: BAD-SIGNATURE.*no SSHSIG magic" out
'

test_expect_success 'a certificate is left to gpg.ssh.program' '
	test_when_finished "git config user.signingKey \"\$HOME/ada\"" &&
	test_when_finished "rm -f \"\$HOME/keygen.log\"" &&
	ssh-keygen -q -t ed25519 -N "" -f "$HOME/cert-ca" &&
	ssh-keygen -q -t ed25519 -N "" -f "$HOME/cert-user" &&
	ssh-keygen -q -s "$HOME/cert-ca" -I ada -n ada@example.com "$HOME/cert-user.pub" &&
	git config user.signingKey "$HOME/cert-user-cert.pub" &&
	test_tag_annotated v-cert &&
	git cra attest v-cert >/dev/null &&
	allowed ca "ada@example.com cert-authority KEY(cert-ca)" &&
	write_script "$HOME/keygen-logged" <<-\EOF &&
	echo "$2" >>"$HOME/keygen.log"
	exec ssh-keygen "$@"
	EOF
	test_config gpg.ssh.program "$HOME/keygen-logged" &&
	same_verdicts ca v-cert >actual &&
	echo "OK ada@example.com" >expect &&
	test_cmp expect actual &&
	printf "%s\n" find-principals verify >expect &&
	test_cmp expect "$HOME/keygen.log"
'

test_expect_success 'a security key is left to gpg.ssh.program' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	test_when_finished "rm -f \"\$HOME/keygen.log\"" &&
	# The Ed25519 signature, claimed by an sk-ssh-ed25519 key: no
	# security key is needed to see who judges it.
	note_of v-ed25519 | head -n 1 | jq -r ".signatures[0].sig" |
		base64 -d >ed.sig &&
	perl -MMIME::Base64 -e '\''
		sub str { pack("N", length $_[0]) . $_[0] }
		local $/; my $t = <STDIN>;
		$t =~ /-----\n(.*)\n-----END/s or die;
		my $b = decode_base64($1);
		my $n = unpack("N", substr($b, 10, 4));
		my $key = substr($b, 14, $n);
		my $pk = substr($key, 4 + 11 + 4, 32);
		my $sk = str("sk-ssh-ed25519\@openssh.com") . str($pk) . str("ssh:");
		$b = substr($b, 0, 10) . str($sk) . substr($b, 14 + $n);
		my $e = encode_base64($b, "");
		print "-----BEGIN SSH SIGNATURE-----\n",
			join("\n", $e =~ /(.{1,70})/g),
			"\n-----END SSH SIGNATURE-----\n";
		open my $k, ">", "sk.pub" or die;
		print $k "sk-ssh-ed25519\@openssh.com ", encode_base64($sk, ""), "\n";
	'\'' <ed.sig >sk.sig &&
	set_sig v-ed25519 "$(base64 -w0 sk.sig)" &&
	echo "ada@example.com $(cat sk.pub)" >sk-allowed &&
	write_script "$HOME/keygen-logged" <<-\EOF &&
	echo "$2" >>"$HOME/keygen.log"
	exec ssh-keygen "$@"
	EOF
	test_config gpg.ssh.program "$HOME/keygen-logged" &&
	same_verdicts sk-allowed v-ed25519 >actual &&
	echo "BAD-SIGNATURE ada@example.com" >expect &&
	test_cmp expect actual &&
	printf "%s\n" find-principals verify >expect &&
	test_cmp expect "$HOME/keygen.log"
'

test_expect_success 'the allowed signers file is read once for many signatures' '
	# A pipe gives its text once: a second read would wait for ever.
	mkfifo once &&
	cat all >once 5>&- 6>&- &
	writer=$! &&
	test_when_finished "kill $writer 2>/dev/null || :" &&
	test_timeout 30 git cra verify --allowed-signers once v-ed25519 \
		v-ecdsa256 v-ecdsa384 v-ecdsa521 v-rsa >out &&
	test_line_count = 10 out
'

test_done
