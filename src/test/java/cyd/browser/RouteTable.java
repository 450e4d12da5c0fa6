package cyd.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;

/**
 * Every HTML page the application serves, read from its resource classes, so that a page added
 * tomorrow is in the accessibility checks without anyone remembering to list it.
 */
public final class RouteTable {

    /** One GET page: its path template and a pattern that matches its addresses. */
    public record Route(String template, Pattern pattern) {
        public boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }

    /** One route of any method: what the access matrix has a row for. */
    public record Endpoint(String method, String template, Method handler) {
        public String key() {
            return method + " " + template;
        }
    }

    private RouteTable() {
    }

    /** Every route the application answers, of every method, in a stable order. */
    public static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            for (Method m : type.getDeclaredMethods()) {
                String method = httpMethod(m);
                if (method == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                all.add(new Endpoint(method, join(classPath == null ? "" : classPath.value(),
                        methodPath == null ? "" : methodPath.value()), m));
            }
        }
        all.sort(java.util.Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return all;
    }

    private static String httpMethod(Method m) {
        for (var a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod h = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    public static List<Route> htmlPages() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            for (Method m : type.getDeclaredMethods()) {
                jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                if (!m.isAnnotationPresent(GET.class) || !producesHtml(type, m)) {
                    continue;
                }
                String template = join(classPath == null ? "" : classPath.value(),
                        methodPath == null ? "" : methodPath.value());
                if (template.startsWith("/{lang")) {
                    routes.add(new Route(template, compile(template)));
                }
            }
        }
        return routes;
    }

    private static boolean producesHtml(Class<?> type, Method m) {
        Produces p = m.getAnnotation(Produces.class);
        if (p == null) {
            p = type.getAnnotation(Produces.class);
        }
        return p != null && Arrays.stream(p.value()).anyMatch(v -> v.startsWith("text/html"));
    }

    private static String join(String a, String b) {
        String s = ("/" + a + "/" + b).replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** "/{lang:en|cy}/{authority}/ideas/{id}" to ^/(en|cy)/[^/]+/ideas/[^/]+$ */
    static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append(m.group(2) != null ? "(" + m.group(2) + ")" : "[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("$");
        return Pattern.compile(regex.toString());
    }

    private static List<Class<?>> resourceClasses() {
        Path root = Path.of("target", "classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("cyd"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RouteTable.class.getClassLoader());
                if (Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> httpMethod(m) != null)) {
                    classes.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
