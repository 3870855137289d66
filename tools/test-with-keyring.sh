#!/usr/bin/env bash
# Run pytest inside a private D-Bus session with an unlocked gnome-keyring, so the tests marked
# real_keyring talk to a real Secret Service (the others use conftest's in-memory keyring).
#
#   tools/test-with-keyring.sh PYTHON [pytest arguments...]
#
# HOME and XDG_* point at a fresh temporary folder: a real user's keyring is never touched.
# When no Secret Service can be had (tools/ensure-keyring.sh says why), pytest runs as usual and
# the real_keyring tests skip themselves. The exit status is pytest's.
set -uo pipefail
python="$1"
shift

if ! bash "$(dirname "${BASH_SOURCE[0]}")/ensure-keyring.sh"; then
    exec "$python" -m pytest "$@"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/bayan-keyring-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share" "$tmp/config" "$tmp/cache" "$tmp/run"
chmod 700 "$tmp/run"

HOME="$tmp" XDG_DATA_HOME="$tmp/share" XDG_CONFIG_HOME="$tmp/config" \
XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" \
dbus-run-session -- bash -c '
    # The password only unlocks this throw-away keyring (without --unlock: "Prompt dismissed").
    if printf %s bayan-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    then
        export BAYAN_TEST_KEYRING=isolated
    else
        echo "note: gnome-keyring-daemon did not start; the real-keyring tests will be skipped" >&2
    fi
    "$0" -m pytest "$@"
' "$python" "$@"
status=$?
exit "$status"
