package cyd.db;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A data folder is only initialised when it is empty, never wiped, and held by one Cyd at a time. */
class DataFolderTest {

    private final Path dir = Path.of("target", "data-folder-test").toAbsolutePath();

    @BeforeEach
    void clean() {
        DataFolder.deleteTree(dir);
    }

    @Test
    void aMissingFolderIsClaimedAndCountsAsHoldingNoDatabase() {
        try (DataFolder folder = DataFolder.claim(dir)) {
            assertEquals(DataFolder.DataState.NONE, folder.dataState());
            assertTrue(DataFolder.isHeld(dir));
        }
        assertFalse(DataFolder.isHeld(dir), "let go when closed");
    }

    @Test
    void aFolderHeldByThisCydIsRefusedASecondTime() {
        try (DataFolder folder = DataFolder.claim(dir)) {
            EmbeddedDatabaseException e = assertThrows(EmbeddedDatabaseException.class, () -> DataFolder.claim(dir));
            assertThat(e.getMessage(), containsString(dir.toString()));
            assertTrue(DataFolder.isHeld(dir), "the refusal did not release the first hold");
        }
    }

    @Test
    void aFolderHoldingFilesThatAreNotCydsIsRefusedAndLeftAsItWas() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.docx"), "four years of work");
        EmbeddedDatabaseException e = assertThrows(EmbeddedDatabaseException.class,
                () -> EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE));
        assertThat(e.getMessage(), containsString(dir.toString()));
        assertThat(e.getMessage(), containsString("thesis.docx"));
        assertEquals("four years of work", Files.readString(dir.resolve("thesis.docx")));
        assertFalse(Files.exists(dir.resolve("server")), "nothing was unpacked there");
    }

    @Test
    void aDataFolderThatHoldsSomethingOtherThanADatabaseIsNeverInitialised() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("notes.txt"), "keep me");
        EmbeddedDatabaseException e = assertThrows(EmbeddedDatabaseException.class,
                () -> EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE));
        assertThat(e.getMessage(), containsString(dir.resolve("data").toString()));
        assertThat(e.getMessage(), containsString("not empty and does not hold a MariaDB database"));
        assertEquals("keep me", Files.readString(dir.resolve("data").resolve("notes.txt")));
        assertFalse(DataFolder.isHeld(dir), "the refusal let go of the folder");
    }

    @Test
    void aDataFolderWithTheSystemSchemaIsTakenForADatabase() throws Exception {
        Files.createDirectories(dir.resolve("data").resolve("mysql"));
        try (DataFolder folder = DataFolder.claim(dir)) {
            assertEquals(DataFolder.DataState.DATABASE, folder.dataState());
        }
    }

    @Test
    void theChangesetsThisBuildCarriesAreCountedFromItsChangelog() {
        assertTrue(Backups.bundledChangesets() >= 29);
    }
}
