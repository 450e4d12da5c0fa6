package cyd.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The MariaDB programs Cyd runs on its data folder, besides the server itself: creating a new database, stopping a
 * server a killed Cyd left behind, and reading the end of the folder's log for a message.
 */
final class ServerProcesses {

    private static final Logger LOG = Logger.getLogger(ServerProcesses.class);

    private ServerProcesses() {
    }

    static void install(DataFolder folder) {
        Path target = folder.data();
        Path installing = folder.root.resolve("data.installing");
        LOG.infof("Creating a new database in %s", target);
        try {
            // An earlier install that did not finish left only this; it never held anyone's data.
            DataFolder.deleteTree(installing);
            List<String> command = new ArrayList<>(List.of(
                    ServerFiles.program(folder.server(), "scripts/mariadb-install-db"),
                    "--no-defaults",
                    "--basedir=" + folder.server(),
                    "--datadir=" + installing,
                    "--force",
                    "--skip-name-resolve",
                    "--auth-root-authentication-method=normal"));
            Process p = serverProgram(folder, command).start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new EmbeddedDatabaseException("Creating the database in " + target + " failed. The log, "
                        + folder.log() + ", ends:\n" + tail(folder.log(), 25));
            }
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty (checked): delete() refuses a folder that is not
            }
            Files.move(installing, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Creating the database in " + target + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while creating the database in " + target, e);
        }
    }

    /** One of MariaDB's server programs, run from {@code server/} with its libraries, writing to the folder's log. */
    static ProcessBuilder serverProgram(DataFolder folder, List<String> command) {
        List<String> args = new ArrayList<>(command);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            args.add("--user=root");
        }
        ProcessBuilder builder = new ProcessBuilder(args).directory(folder.server().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.log().toFile()));
        builder.environment().put("LD_LIBRARY_PATH", folder.server().resolve("libs").toString());
        return builder;
    }

    /**
     * A server left running on this folder by a Cyd that was killed: the folder's lock shows that Cyd is gone,
     * so the server is stopped cleanly before a new one starts.
     */
    static void stopOrphan(DataFolder folder) {
        Path pidFile = folder.run().resolve("mariadbd.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                    .ifPresent(h -> {
                        LOG.warnf("A database server (process %d) was left running on %s by a Cyd that ended "
                                + "without stopping it; stopping it cleanly before starting again.", pid,
                                folder.data());
                        h.destroy();
                        try {
                            h.onExit().get(2, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            h.destroyForcibly();
                        }
                    });
        } catch (IOException | NumberFormatException e) {
            // a stale or half-written pid file: nothing is running from it
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }
}
