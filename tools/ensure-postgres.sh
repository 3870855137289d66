#!/usr/bin/env bash
# Make sure PostgreSQL's server programs (initdb, pg_ctl, postgres) are there for the tests that
# run tests/store and tests/services against team mode (tests/pg.py starts a throw-away server).
#
#   - present                   -> prints nothing, exit 0
#   - missing, running as root  -> apt-get install postgresql, exit 0 (1 if that fails)
#   - missing, not root, or no apt-get -> prints why on stderr, exit 1 (those tests are skipped)
#
# Debian's package starts a cluster of its own as a service; the tests never use it (they run
# their own server on a free loopback port, as the postgres user when root).
set -uo pipefail

have() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

have && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: PostgreSQL is not installed, so the team-mode (PostgreSQL) variants of the" \
         "store and service tests will be skipped; install it with:" \
         "sudo apt-get install -y postgresql" >&2
    exit 1
fi

echo "Installing postgresql for the team-mode tests" >&2
if ! { apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
           postgresql; }; then
    echo "note: installing postgresql failed; the team-mode tests will be skipped" >&2
    exit 1
fi
have
