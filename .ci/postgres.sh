#!/usr/bin/env bash
# Install (Debian's `postgresql` package), start a local PostgreSQL server and create a role and
# a database for the store tests. Idempotent: safe to run again on a machine where it already ran.
#
#   eval "$(.ci/postgres.sh)"      # exports KRONIKA_TEST_PG_URL into the calling shell
#   . .ci/postgres.sh              # the same, sourced
#
# stdout carries only the `export KRONIKA_TEST_PG_URL=...` line; progress goes to stderr.
# Settings (environment): KRONIKA_PG_USER, KRONIKA_PG_PASSWORD, KRONIKA_PG_DB (default: kronika).

_kronika_pg() {
    set -euo pipefail
    local user="${KRONIKA_PG_USER:-kronika}"
    local password="${KRONIKA_PG_PASSWORD:-kronika}"
    local db="${KRONIKA_PG_DB:-kronika}"
    local sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi

    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo "postgres.sh: installing postgresql (apt)" >&2
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    fi
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

    # The package normally creates the cluster `main`; create it where it did not (e.g. images
    # that set create_main_cluster = false).
    if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
        echo "postgres.sh: creating cluster $version/main" >&2
        $sudo pg_createcluster "$version" main >&2
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
        echo "postgres.sh: starting cluster $version/main" >&2
        $sudo pg_ctlcluster "$version" main start >&2
    fi
    local port
    port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"

    _psql() {
        if [ -n "$sudo" ]; then sudo -u postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"
        else runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; fi
    }
    # pg_ctlcluster returns once the server started; still, wait until it accepts connections.
    local tries=0
    until _psql -c "select 1" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -ge 30 ]; then
            echo "postgres.sh: server on port $port does not answer" >&2
            return 1
        fi
        sleep 1
    done

    if [ "$(_psql -c "select 1 from pg_roles where rolname = '$user'")" != 1 ]; then
        _psql -c "create role \"$user\" login password '$password'" >&2
    else
        _psql -c "alter role \"$user\" login password '$password'" >&2
    fi
    if [ "$(_psql -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
        _psql -c "create database \"$db\" owner \"$user\" encoding 'UTF8' template template0" >&2
    fi

    KRONIKA_TEST_PG_URL="postgresql://$user:$password@127.0.0.1:$port/$db"
    export KRONIKA_TEST_PG_URL
    if [ -n "${GITHUB_ENV:-}" ]; then echo "KRONIKA_TEST_PG_URL=$KRONIKA_TEST_PG_URL" >>"$GITHUB_ENV"; fi
    echo "postgres.sh: PostgreSQL $version ready at 127.0.0.1:$port, database $db" >&2
    echo "export KRONIKA_TEST_PG_URL=$KRONIKA_TEST_PG_URL"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced: run in a subshell so `set -e` cannot end the caller's shell, then export the URL.
    _kronika_pg_line="$( (_kronika_pg) )" && eval "$_kronika_pg_line"
    unset _kronika_pg_line
    unset -f _kronika_pg
else
    _kronika_pg
fi
