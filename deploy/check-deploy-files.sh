#!/usr/bin/env bash
# Checks the files in deploy/ that a council's IT team installs as they are: the systemd unit (systemd-analyze
# verify), the HAProxy configuration (haproxy -c, with a throwaway certificate), and that every setting the example
# environment file passes is one Cyd has (README.md's configuration table or deploy/README.md). .ci/run runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v systemd-analyze >/dev/null 2>&1; then
  systemd-analyze verify deploy/systemd/cyd.service
  echo "deploy/systemd/cyd.service: verified"
else
  echo "systemd-analyze not here: the unit was not verified"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=cyd.example -days 1 -keyout "$tmp/key.pem" -out "$tmp/cert.pem" \
  2>/dev/null
cat "$tmp/cert.pem" "$tmp/key.pem" > "$tmp/cyd.pem"
CYD_TLS_CERT="$tmp/cyd.pem" CYD1_ADDR=10.0.0.11:8080 CYD2_ADDR=10.0.0.12:8080 haproxy -c -f deploy/haproxy/haproxy.cfg
echo "deploy/haproxy/haproxy.cfg: valid"

unknown=0
while IFS='=' read -r name _; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if ! grep -qE "\`$name(\`|=)" README.md deploy/README.md; then
    echo "deploy/systemd/cyd.env.example sets $name, which neither README.md nor deploy/README.md names"
    unknown=1
  fi
done < deploy/systemd/cyd.env.example
[ "$unknown" -eq 0 ] && echo "deploy/systemd/cyd.env.example: every setting is one Cyd has"
exit "$unknown"
