package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.smallrye.config.WithDefault;

/** README's configuration table names every setting of {@link Settings}, with its environment variable and default. */
class SettingsTest {

    /** A README row: | `name` | `ENV` | default | what it does | */
    static final Pattern ROW = Pattern.compile("^\\| `(cyd\\.[a-z.-]+)` \\| `([A-Z_]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void readmeListsEverySettingWithItsDefault() throws IOException {
        Map<String, String> inCode = new TreeMap<>();
        walk("cyd", Settings.class, inCode);
        Map<String, String> inReadme = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            String name = m.group(1);
            assertEquals(name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"), m.group(2),
                    "the environment variable of " + name);
            String shown = m.group(3).strip();
            inReadme.put(name, shown.matches("`[^`]+`") ? shown.substring(1, shown.length() - 1) : "(none)");
        }
        assertEquals(inCode, inReadme, "settings in cyd.web.Settings (left) and in README's table (right)");
    }

    /** Each method of a mapping interface is a property (camelCase as kebab-case); a nested interface, a group. */
    private static void walk(String prefix, Class<?> mapping, Map<String, String> out) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name = prefix + "." + method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            if (method.getReturnType().isInterface() && method.getReturnType().getDeclaringClass() == Settings.class) {
                walk(name, method.getReturnType(), out);
            } else {
                WithDefault d = method.getAnnotation(WithDefault.class);
                out.put(name, d == null ? "(none)" : d.value());
            }
        }
    }
}
