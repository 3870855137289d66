#!/usr/bin/env bash
# Make sure a Secret Service can be started for the real-keyring tests: Debian's gnome-keyring
# (the daemon) and dbus-x11 (dbus-run-session / dbus-launch).
#
#   - all present               -> prints nothing, exit 0
#   - missing, running as root  -> apt-get install them, exit 0 (1 if that fails)
#   - missing, not root, or no apt-get -> prints why on stderr, exit 1 (the caller skips them)
set -uo pipefail

have() {
    command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1
}

have && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: gnome-keyring-daemon or dbus-run-session is missing, so the real-keyring tests" \
         "will be skipped; install them with: sudo apt-get install -y gnome-keyring dbus-x11" >&2
    exit 1
fi

echo "Installing a Secret Service for the real-keyring tests: gnome-keyring dbus-x11" >&2
if ! { apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
           gnome-keyring dbus-x11; }; then
    echo "note: installing gnome-keyring dbus-x11 failed; the real-keyring tests will be skipped" >&2
    exit 1
fi
have
