# Sourced by .ci/run: what the werkbank's tests need beyond the JDK. Installs Debian's chromium, chromium-driver
# and postgresql when missing, starts PostgreSQL and makes a database for this run; exports
# KANSRIJK_TEST_POSTGRES_URL/_USER/_PASSWORD for the test suite and sets werkbank_pg_db for the clean-up.
werkbank_sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && werkbank_sudo="sudo"
werkbank_need=""
command -v chromium >/dev/null 2>&1 || werkbank_need="$werkbank_need chromium"
command -v chromedriver >/dev/null 2>&1 || werkbank_need="$werkbank_need chromium-driver"
command -v pg_ctlcluster >/dev/null 2>&1 || werkbank_need="$werkbank_need postgresql"
if [ -n "$werkbank_need" ]; then
  echo "CI: installing$werkbank_need (Debian packages) for the werkbank tests"
  $werkbank_sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $werkbank_sudo apt-get install -y -q --no-install-recommends $werkbank_need >/dev/null
fi
werkbank_pg_version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  $werkbank_sudo pg_createcluster "$werkbank_pg_version" main >/dev/null
fi
werkbank_cluster=$(pg_lsclusters -h | head -n 1)
werkbank_pg_port=$(echo "$werkbank_cluster" | awk '{print $3}')
if ! echo "$werkbank_cluster" | grep -q online; then
  $werkbank_sudo pg_ctlcluster $(echo "$werkbank_cluster" | awk '{print $1, $2}') start
fi
werkbank_psql() { $werkbank_sudo su postgres -c "psql -q -p $werkbank_pg_port -v ON_ERROR_STOP=1 -c \"$1\"" >/dev/null; }
werkbank_pg_db="kansrijk_ci_$$"
werkbank_psql "DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansrijk') THEN CREATE ROLE kansrijk LOGIN PASSWORD 'kansrijk'; END IF; END \\\$\\\$;"
werkbank_psql "DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kansrijk_runtime') THEN CREATE ROLE kansrijk_runtime LOGIN PASSWORD 'kansrijk_runtime'; END IF; END \\\$\\\$;"
werkbank_psql "CREATE DATABASE $werkbank_pg_db OWNER kansrijk"
export KANSRIJK_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$werkbank_pg_port/$werkbank_pg_db"
export KANSRIJK_TEST_POSTGRES_USER=kansrijk KANSRIJK_TEST_POSTGRES_PASSWORD=kansrijk
# the runtime role of the migration/runtime split (docs/service.md, Databaserollen): owns nothing
export KANSRIJK_TEST_POSTGRES_RUNTIME_USER=kansrijk_runtime KANSRIJK_TEST_POSTGRES_RUNTIME_PASSWORD=kansrijk_runtime
echo "CI: PostgreSQL $werkbank_pg_version on port $werkbank_pg_port, database $werkbank_pg_db; chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
