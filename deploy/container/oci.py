#!/usr/bin/env python3
"""Writes Cyd's container image as an OCI image archive, without a container engine.

Two layers: the runtime (a Java runtime made with jlink, the C libraries it needs, busybox for the health check, and
/etc/passwd with the cyd user) and the application (target/quarkus-app). Entries are sorted, owned by root (but
/var/lib/cyd, owned by cyd) and dated SOURCE_DATE_EPOCH (0 by default), so the same inputs give the same image.

    oci.py RUNTIME_DIR APP_DIR OUT.tar NAME:TAG
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

UID = 10001
EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))


def layer(entries):
    """entries: list of (path in image, path on disk or None for a folder, uid). Returns (gzipped bytes, diff id)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, source, uid in sorted(entries):
            info = tarfile.TarInfo(name.lstrip("/"))
            info.mtime = EPOCH
            info.uid = info.gid = uid
            info.uname = info.gname = "cyd" if uid == UID else "root"
            if source is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o1777 if name == "/tmp" else 0o755
                tar.addfile(info)
            elif os.path.islink(source):
                info.type = tarfile.SYMTYPE
                info.linkname = os.readlink(source)
                info.mode = 0o777
                tar.addfile(info)
            else:
                info.size = os.path.getsize(source)
                info.mode = 0o755 if os.access(source, os.X_OK) else 0o644
                with open(source, "rb") as f:
                    tar.addfile(info, f)
    data = raw.getvalue()
    diff_id = "sha256:" + hashlib.sha256(data).hexdigest()
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=EPOCH) as z:
        z.write(data)
    return gz.getvalue(), diff_id


def walk(root, prefix, uid_for=lambda p: 0):
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        image_dir = prefix if rel == "." else prefix.rstrip("/") + "/" + rel
        if image_dir != "/":
            entries.append((image_dir, None, uid_for(image_dir)))
        for n in dirnames:
            p = os.path.join(dirpath, n)
            if os.path.islink(p):
                entries.append((image_dir.rstrip("/") + "/" + n, p, 0))
        for n in filenames:
            entries.append((image_dir.rstrip("/") + "/" + n, os.path.join(dirpath, n), 0))
    return entries


def main():
    runtime, app, out, ref = sys.argv[1:5]
    version = ref.split(":", 1)[1]
    runtime_layer = layer(walk(runtime, "/", lambda p: UID if p.startswith("/var/lib/cyd") else 0))
    app_layer = layer(walk(app, "/opt/cyd"))
    config = {
        "created": "1970-01-01T00:00:00Z",
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "User": "%d:%d" % (UID, UID),
            "ExposedPorts": {"8080/tcp": {}},
            "Env": ["PATH=/opt/java/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8", "TZ=Europe/London",
                    "CYD_SEARCH_INDEX_DIR=/var/lib/cyd/search", "CYD_EMBEDDED_DB_ENABLED=false"],
            "Entrypoint": ["/opt/java/bin/java", "-XX:MaxRAMPercentage=70",
                           "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                           "/opt/cyd/quarkus-run.jar"],
            "WorkingDir": "/var/lib/cyd",
            "Volumes": {"/var/lib/cyd": {}},
            "StopSignal": "SIGTERM",
            # Docker and Podman read this; Kubernetes and compose.yaml give their own probes.
            "Healthcheck": {"Test": ["CMD", "/bin/busybox", "wget", "-q", "-O", "/dev/null",
                                     "http://127.0.0.1:8080/q/health/ready"],
                            "Interval": 5_000_000_000, "Timeout": 3_000_000_000, "StartPeriod": 60_000_000_000,
                            "Retries": 3},
            "Labels": {"org.opencontainers.image.title": "Cyd",
                       "org.opencontainers.image.description": "Community questions, ideas and initiatives for "
                                                               "local authorities",
                       "org.opencontainers.image.version": version,
                       "org.opencontainers.image.licenses": "AGPL-3.0-or-later"},
        },
        "rootfs": {"type": "layers", "diff_ids": [runtime_layer[1], app_layer[1]]},
        "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "deploy/container/build-image.sh: runtime"},
                    {"created": "1970-01-01T00:00:00Z", "created_by": "deploy/container/build-image.sh: Cyd"}],
    }
    blobs = {}

    def blob(data, media_type):
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        blobs[digest] = data
        return {"mediaType": media_type, "digest": digest, "size": len(data)}

    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": blob(config_bytes, "application/vnd.oci.image.config.v1+json"),
        "layers": [blob(runtime_layer[0], "application/vnd.oci.image.layer.v1.tar+gzip"),
                   blob(app_layer[0], "application/vnd.oci.image.layer.v1.tar+gzip")],
    }
    manifest_desc = blob(json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode(),
                         "application/vnd.oci.image.manifest.v1+json")
    manifest_desc["annotations"] = {"org.opencontainers.image.ref.name": version,
                                    "io.containerd.image.name": ref}
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
             "manifests": [manifest_desc]}
    with tarfile.open(out, "w") as tar:
        def add(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = EPOCH
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
        add("oci-layout", b'{"imageLayoutVersion":"1.0.0"}')
        add("index.json", json.dumps(index, sort_keys=True).encode())
        for digest, data in sorted(blobs.items()):
            add("blobs/sha256/" + digest.split(":", 1)[1], data)
    print("%s: %s, %d MB (runtime layer %d MB, Cyd %d MB)" % (out, ref, os.path.getsize(out) // 1_000_000,
                                                           len(runtime_layer[0]) // 1_000_000,
                                                           len(app_layer[0]) // 1_000_000))


if __name__ == "__main__":
    main()
