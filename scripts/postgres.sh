#!/usr/bin/env bash
# A throwaway PostgreSQL server for LC Planner's server tests (issue 16), on a local port.
#
#   scripts/postgres.sh start    # prints the URL to export as LCPLANNER_TEST_POSTGRES
#   scripts/postgres.sh stop
#   scripts/postgres.sh restart  # as a server restart in the middle of editing
#
# Uses Debian's postgresql package (apt-get install postgresql). The cluster lives in
# ${LCPLANNER_PG_DIR:-/tmp/lcplanner-pg}, owned by the user running it, or by "postgres" when
# run as root (PostgreSQL refuses to run as root); it listens on 127.0.0.1 only, with trust
# authentication: a test server, never a city's.
set -euo pipefail
dir="${LCPLANNER_PG_DIR:-/tmp/lcplanner-pg}"
port="${LCPLANNER_PG_PORT:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" = 0 ]; then
    as=(runuser -u postgres --)
fi
url="postgresql://postgres@127.0.0.1:$port/postgres"
case "${1:-start}" in
start)
    if [ -f "$dir/PG_VERSION" ] && "${as[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        echo "$url"  # already running
        exit 0
    fi
    if [ ! -f "$dir/PG_VERSION" ]; then
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        "${as[@]}" "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    # One role must give a password (the window's password prompt is tested with it).
    if ! grep -q lcp_password "$dir/pg_hba.conf"; then
        "${as[@]}" sed -i '1i host all lcp_password 127.0.0.1/32 scram-sha-256' "$dir/pg_hba.conf"
    fi
    "${as[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "$url"
    ;;
restart)  # the server goes away and comes back (the tests of a lost connection)
    "${as[@]}" "$bin/pg_ctl" -D "$dir" -m fast -w restart >/dev/null
    ;;
stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop|restart" >&2
    exit 2
    ;;
esac
