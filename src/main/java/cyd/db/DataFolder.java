package cyd.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder an embedded database lives in, held by one Cyd at a time.
 *
 * <pre>
 *   cyd.lock      held (an OS file lock) by the Cyd using the folder; it dies with that process
 *   server/       MariaDB's programs, unpacked from the application (can always be unpacked again)
 *   data/         the database itself: this is what must never be lost
 *   tmp/ run/     the server's temporary files, port and process id
 *   backups/      copies taken before an upgrade
 *   mariadbd.log  the server's own log
 * </pre>
 *
 * Nothing here deletes or re-creates {@code data/} once it holds a database.
 */
final class DataFolder implements AutoCloseable {

    private static final Set<String> KNOWN = Set.of("cyd.lock", "server", "server.unpacking", "data",
            "data.installing", "tmp", "run", "backups", "mariadbd.log", "search");

    /**
     * Folders this process holds. Closing any channel of a locked file drops the process's lock on it (POSIX), so
     * a folder held here is refused before its lock file is opened a second time.
     */
    private static final Set<Path> HELD_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder for this process, or refuses (touching nothing) when another Cyd holds it or it holds
     * something that is not Cyd's.
     */
    static DataFolder claim(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new EmbeddedDatabaseException("The data folder " + root + " is a file, not a folder. "
                        + "Set CYD_EMBEDDED_DB_DIR to a folder for Cyd's database.");
            }
            if (HELD_HERE.contains(root)) {
                throw new EmbeddedDatabaseException("This Cyd is already using the data folder " + root
                        + ". Nothing in the folder was changed.");
            }
            Files.createDirectories(root);
            refuseStrangers(root);
            Path lockFile = root.resolve("cyd.lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(lockFile);
                channel.close();
                throw new EmbeddedDatabaseException("Another Cyd" + holder + " is already using the data folder "
                        + root + ". Only one Cyd at a time may use a data folder: stop the other one first, "
                        + "or give this one its own folder with CYD_EMBEDDED_DB_DIR. Nothing in the folder was changed.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                    0);
            channel.force(true);
            HELD_HERE.add(root);
            return new DataFolder(root, channel, lock);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cyd could not use the data folder " + root + ": " + e, e);
        }
    }

    /** Whether some process holds the folder now (for the backup command, which may then talk to it). */
    static boolean isHeld(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (HELD_HERE.contains(root)) {
            return true;
        }
        Path lockFile = root.resolve("cyd.lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path server() {
        return root.resolve("server");
    }

    Path data() {
        return root.resolve("data");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path run() {
        return root.resolve("run");
    }

    Path backups() {
        return root.resolve("backups");
    }

    Path log() {
        return root.resolve("mariadbd.log");
    }

    /** What {@code data/} holds now. */
    DataState dataState() {
        Path data = data();
        if (!Files.exists(data)) {
            return DataState.NONE;
        }
        if (!Files.isDirectory(data)) {
            return DataState.FOREIGN;
        }
        try (Stream<Path> entries = Files.list(data)) {
            List<Path> all = entries.toList();
            if (all.isEmpty()) {
                return DataState.NONE;
            }
            // mysql/ (the system schema) is written by the installer and is there in every MariaDB data folder.
            return Files.isDirectory(data.resolve("mysql")) ? DataState.DATABASE : DataState.FOREIGN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    enum DataState {
        /** Missing or empty: may be initialised. */
        NONE,
        /** Holds a MariaDB database: used as it is. */
        DATABASE,
        /** Holds something else: start-up stops. */
        FOREIGN
    }

    @Override
    public void close() {
        try {
            if (!channel.isOpen()) {
                return;
            }
            lock.release();
            channel.close();
            HELD_HERE.remove(root);
        } catch (IOException e) {
            // the process is ending; the OS releases the lock with it
        }
    }

    /** Removes a folder and all in it: only for folders that never hold anyone's data (tests, unfinished installs). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseStrangers(Path root) throws IOException {
        List<String> strangers = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !KNOWN.contains(name) && !name.startsWith("."))
                    .sorted().forEach(strangers::add);
        }
        if (!strangers.isEmpty()) {
            throw new EmbeddedDatabaseException("The data folder " + root + " holds files that are not Cyd's ("
                    + String.join(", ", strangers.subList(0, Math.min(5, strangers.size())))
                    + (strangers.size() > 5 ? ", …" : "") + "). Cyd will not start a database there. "
                    + "Point CYD_EMBEDDED_DB_DIR at an empty folder, or at one Cyd made. Nothing was changed.");
        }
    }

    private static String readHolder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }
}
