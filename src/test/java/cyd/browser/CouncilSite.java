package cyd.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A council's own website, on an origin of its own (another server, another port): a WordPress post with a Cyd
 * question's address pasted in, as WordPress writes it for a site it does not already trust
 * ({@code wp_filter_oembed_result}: only the frame's address, size and title kept, sandboxed to scripts alone, and a
 * secret after {@code #?secret=} that its host script expects in every message), with WordPress's own host script.
 */
final class CouncilSite implements AutoCloseable {

    static final String SECRET = "Zq81LwKr4p";

    private final HttpServer server;
    private volatile String frameSrc = "";

    CouncilSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/news/have-your-say", x -> send(x, "text/html; charset=utf-8", post(frameSrc)));
        server.createContext("/wp-includes/js/wp-embed.js",
                x -> send(x, "text/javascript", Files.readString(WordPress.embedScript())));
        server.start();
    }

    /** The origin a council would list among its sites, e.g. http://127.0.0.1:41234. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The post's address, framing the given Cyd address. */
    String postFraming(String src) {
        frameSrc = src;
        return origin() + "/news/have-your-say";
    }

    private static String post(String src) {
        String safe = src.replace("\"", "");
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Have your say – Council news</title></head><body>"
                + "<main><h1>Have your say</h1><p>Tell us what you would do.</p>"
                + "<iframe class=\"wp-embedded-content\" sandbox=\"allow-scripts\" security=\"restricted\" "
                + "title=\"&#8220;Our question&#8221; &#8212; Cyd\" src=\"" + safe + "#?secret=" + SECRET
                + "\" data-secret=\"" + SECRET + "\" width=\"600\" height=\"338\" frameborder=\"0\" marginwidth=\"0\" "
                + "marginheight=\"0\" scrolling=\"no\"></iframe>"
                + "<p id=\"after\">After the question.</p>"
                + "<script src=\"/wp-includes/js/wp-embed.js\"></script></main></body></html>";
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
