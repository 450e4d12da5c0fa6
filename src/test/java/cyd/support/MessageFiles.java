package cyd.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The message bundles there are: each English file in src/main/resources/messages (its Welsh is name_cy). */
public final class MessageFiles {

    private MessageFiles() {
    }

    public static List<String> bundles() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/messages"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }
}
