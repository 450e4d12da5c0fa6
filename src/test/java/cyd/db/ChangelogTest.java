package cyd.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * MySQL and MariaDB commit each DDL statement by itself, so a changeset of several statements that fails half-way
 * leaves a schema Liquibase cannot retry. From changeset 10 on, each changeset is one statement (earlier, released
 * files are never edited), and every file is in the changelog.
 */
class ChangelogTest {

    private static final Path DIR = Path.of("src", "main", "resources", "db", "changelog");

    @Test
    void everyChangesetFromTenOnIsOneStatement() throws Exception {
        for (Path file : sqlFiles()) {
            if (Integer.parseInt(file.getFileName().toString().substring(0, 3)) < 10) {
                continue;
            }
            List<List<String>> changesets = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("--changeset")) {
                    changesets.add(new ArrayList<>());
                } else if (!changesets.isEmpty() && !line.trim().startsWith("--")) {
                    changesets.get(changesets.size() - 1).add(line);
                }
            }
            assertTrue(!changesets.isEmpty(), file + " has a changeset");
            for (List<String> body : changesets) {
                long statements = String.join("\n", body).chars().filter(c -> c == ';').count();
                assertEquals(1, statements, file + ": one statement per changeset");
            }
        }
    }

    @Test
    void everyChangelogFileIsIncludedInOrder() throws Exception {
        String changelog = Files.readString(DIR.resolve("changelog.xml"));
        int last = -1;
        for (Path file : sqlFiles()) {
            int at = changelog.indexOf("db/changelog/" + file.getFileName());
            assertTrue(at > last, file + " is included, after the one before it");
            last = at;
        }
    }

    private static List<Path> sqlFiles() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }
}
