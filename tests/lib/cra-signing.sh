# Signing fixtures for the attestation tests: a throw-away SSH key that git
# and git-cra sign with, and an allowed signers file that trusts it.
# Source after test-lib.sh; needs the SSH_KEYGEN prerequisite.
#
#	setup_ssh_signing [NAME]   key in $HOME/NAME (default "ada"), configured
#	                           in the current repository

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
