#!/usr/bin/env bash
# Make sure the Debian/Ubuntu libraries that the PySide6 (Qt 6) wheels load are installed.
#
#   - all present            -> prints nothing, exit 0
#   - missing, running as root -> apt-get update + apt-get install them
#   - missing, not root        -> prints one line, "sudo apt-get install -y ...", exit 1
#   - no dpkg (not Debian)     -> prints a note, exit 0 (install Qt's libraries your own way)
#
# Used by the Makefile before `make run`, `make demo`, `make test`, `make bench`.
set -euo pipefail

# What the Qt wheels need even offscreen (QT_QPA_PLATFORM=offscreen, as in the tests).
BASE_PKGS=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3)
# What Qt's xcb platform plugin needs to open windows on a real X display.
X11_PKGS=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "note: no dpkg here (not Debian/Ubuntu); not checking Qt's system libraries." \
         "If Bayan fails to start, install your system's EGL/OpenGL, fontconfig, xkbcommon and xcb-cursor libraries." >&2
    exit 0
fi

installed() {
    # "install ok installed" for the package itself, or for its 64-bit-time_t rename
    # (Debian 13 / Ubuntu 24.04 renamed e.g. libglib2.0-0 to libglib2.0-0t64).
    local name
    for name in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -qx 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

missing=()
for pkg in "${BASE_PKGS[@]}" "${X11_PKGS[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "Installing the libraries Qt needs: ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
