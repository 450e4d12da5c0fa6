package cyd.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB's own dump and client programs, bundled with the server, run against the embedded database so that
 * a person need not know its port or where the programs are.
 */
final class DatabaseTools {

    private DatabaseTools() {
    }

    /**
     * A consistent copy of Cyd's schema taken while people keep using it ({@code --single-transaction}: one
     * snapshot of every InnoDB table, no locks held), written beside the target and renamed into place when
     * complete, so a half-written file is never taken for a backup.
     */
    static void dump(Path server, int port, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            List<String> command = client(server, "bin/mariadb-dump", port);
            command.addAll(List.of("--single-transaction", "--quick", "--routines", "--triggers", "--events",
                    "--hex-blob", "--databases", EmbeddedDatabase.SCHEMA));
            run(server, command, ProcessBuilder.Redirect.INHERIT, ProcessBuilder.Redirect.to(partial.toFile()));
            if (!isComplete(partial)) {
                throw new EmbeddedDatabaseException("mariadb-dump did not finish its dump to " + partial);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The backup to " + file + " could not be written: " + e, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing more to tidy
            }
        }
    }

    /** A dump is whole when mariadb-dump's closing line is there. */
    static boolean isComplete(Path dump) throws IOException {
        long size = Files.size(dump);
        try (var file = java.nio.channels.FileChannel.open(dump)) {
            java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate((int) Math.min(size, 512));
            file.read(end, size - end.capacity());
            return new String(end.array(), java.nio.charset.StandardCharsets.UTF_8).contains("-- Dump completed");
        }
    }

    /** Loads a dump made by {@link #dump} into the server. */
    static void load(Path server, int port, Path file) {
        List<String> command = client(server, "bin/mariadb", port);
        command.add("--binary-mode");
        run(server, command, ProcessBuilder.Redirect.from(file.toFile()), ProcessBuilder.Redirect.INHERIT);
    }

    private static List<String> client(Path server, String program, int port) {
        return new ArrayList<>(List.of(ServerFiles.program(server, program), "--no-defaults", "--host=127.0.0.1",
                "--port=" + port, "--user=" + EmbeddedDatabase.USER, "--skip-ssl",
                "--default-character-set=utf8mb4"));
    }

    private static void run(Path server, List<String> command, ProcessBuilder.Redirect in, ProcessBuilder.Redirect out) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in).redirectOutput(out)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("LD_LIBRARY_PATH", server.resolve("libs").toString());
            Process p = builder.start();
            if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new EmbeddedDatabaseException(Path.of(command.get(0)).getFileName() + " failed (exit code "
                        + (p.isAlive() ? "none" : p.exitValue()) + ")");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not run " + command.get(0) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while running " + command.get(0), e);
        }
    }
}
