#!/usr/bin/env bash
# Make sure poppler-utils (pdftotext, pdftoppm) is there for the report tests, which read the
# PDF's text back and render its pages.
#
#   - present                   -> prints nothing, exit 0
#   - missing, running as root  -> apt-get install it, exit 0 (1 if that fails)
#   - missing, not root, or no apt-get -> prints why on stderr, exit 1 (those tests are skipped)
set -uo pipefail

have() {
    command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1
}

have && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: pdftotext or pdftoppm is missing, so the report's text and page tests will be" \
         "skipped; install them with: sudo apt-get install -y poppler-utils" >&2
    exit 1
fi

echo "Installing poppler-utils for the report tests" >&2
if ! { apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
           poppler-utils; }; then
    echo "note: installing poppler-utils failed; the report's text tests will be skipped" >&2
    exit 1
fi
have
