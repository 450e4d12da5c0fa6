package cyd.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where WordPress's own embed host script is: Debian's wordpress package puts it in /usr/share/wordpress; .ci/run
 * unpacks that package without installing it and names the file in CYD_WP_EMBED_JS.
 */
public final class WordPress {

    private WordPress() {
    }

    public static Path embedScript() {
        String named = System.getenv("CYD_WP_EMBED_JS");
        return Path.of(named != null && !named.isBlank() ? named : "/usr/share/wordpress/wp-includes/js/wp-embed.js");
    }

    public static boolean available() {
        return Files.isRegularFile(embedScript());
    }
}
