# Signing fixtures for the attestation tests: a throw-away SSH key that git
# and git-cra sign with, and an allowed signers file that trusts it.
# Source after test-lib.sh; needs the SSH_KEYGEN prerequisite.
#
#	setup_ssh_signing [NAME]   key in $HOME/NAME (default "ada"), configured
#	                           in the current repository
#	resign FILE                sign the in-toto statement in FILE as ada and
#	                           print the DSSE envelope, as a note line

setup_ssh_signing () {
	name=${1:-ada} &&
	if ! test -f "$HOME/$name"
	then
		ssh-keygen -q -t ed25519 -N "" -C "$name" -f "$HOME/$name" >/dev/null
	fi &&
	echo "$name@example.com $(cat "$HOME/$name.pub")" >>"$HOME/allowed_signers" &&
	sort -u "$HOME/allowed_signers" >"$HOME/allowed_signers.tmp" &&
	mv "$HOME/allowed_signers.tmp" "$HOME/allowed_signers" &&
	git config gpg.format ssh &&
	git config user.signingKey "$HOME/$name" &&
	git config gpg.ssh.allowedSignersFile "$HOME/allowed_signers"
}

# resign FILE: sign the statement in FILE as ada, print the envelope.
resign () {
	printf "DSSEv1 28 application/vnd.in-toto+json %d " \
		"$(wc -c <"$1")" >pae &&
	cat "$1" >>pae &&
	rm -f pae.sig &&
	ssh-keygen -q -Y sign -n git-cra -f "$HOME/ada" pae &&
	jq -nc --arg p "$(base64 -w0 "$1")" --arg s "$(base64 -w0 pae.sig)" \
		"{payloadType: \"application/vnd.in-toto+json\",
		  payload: \$p, signatures: [{sig: \$s}]}"
}
