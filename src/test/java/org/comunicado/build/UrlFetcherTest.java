package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against an HTTP server on 127.0.0.1 that each test starts on port 0 and stops. */
class UrlFetcherTest {

    static final String PAGE = "<html><head><title>Visita</title></head><body><article><h1>Visita a Lima</h1>"
            + "<p>Comunicado No. 44</p><p>La Secretaría de Relaciones Exteriores informa que la canciller viajó a Lima.</p>"
            + "</article></body></html>";

    private HttpServer server;
    private ExecutorService executor;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        // /hop/N redirects to /hop/N-1, and /hop/0 to the page: N+1 redirects in all.
        server.createContext("/hop/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
            ex.getResponseHeaders().add("Location", n == 0 ? "/page" : "/hop/" + (n - 1));
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/big", ex -> {
            // No Content-Length: the cap must hold while the body streams.
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[1000];
                java.util.Arrays.fill(chunk, (byte) 'a');
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByClient) {
                // Expected: the client hangs up once the cap is passed.
            }
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException closedByClient) {
            // The client may give up first (timeouts): nothing to answer to.
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static UrlFetcher fetcher() {
        return new UrlFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5), 10_000, 5);
    }

    @Test
    void pageIsFetchedWithItsContentType() throws Exception {
        UrlFetcher.Page page = fetcher().fetch(uri("/page"));
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), page.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), page.contentType());
    }

    @Test
    void redirectChainWithinTheLimitIsFollowed() throws Exception {
        UrlFetcher.Page page = fetcher().fetch(uri("/hop/4"));
        assertEquals(uri("/page"), page.uri());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), page.body());
    }

    @Test
    void tooManyRedirectsFail() {
        UrlFetcher.FetchException e = assertThrows(UrlFetcher.FetchException.class, () -> fetcher().fetch(uri("/hop/5")));
        assertEquals("too many redirects (more than 5)", e.getMessage());
    }

    @Test
    void notFoundIsAnHttpError() {
        UrlFetcher.FetchException e = assertThrows(UrlFetcher.FetchException.class, () -> fetcher().fetch(uri("/missing")));
        assertEquals("HTTP 404", e.getMessage());
    }

    @Test
    void bodyOverTheCapIsRefused() {
        UrlFetcher.FetchException e = assertThrows(UrlFetcher.FetchException.class, () -> fetcher().fetch(uri("/big")));
        assertEquals("too large (more than 10000 bytes)", e.getMessage());
    }

    @Test
    void slowServerTimesOut() {
        UrlFetcher quick = new UrlFetcher(Duration.ofSeconds(2), Duration.ofMillis(300), 10_000, 5);
        UrlFetcher.FetchException e = assertThrows(UrlFetcher.FetchException.class, () -> quick.fetch(uri("/slow")));
        assertEquals("timed out after 0.3 s", e.getMessage());
    }

    @Test
    void otherSchemesAreRefused() {
        UrlFetcher.FetchException e = assertThrows(UrlFetcher.FetchException.class, () -> fetcher().fetch(URI.create("ftp://127.0.0.1/x")));
        assertTrue(e.getMessage().startsWith("unsupported URL scheme ftp"));
    }

    @Test
    void fetchedPageIsAReleaseWithTheUrlAsSource() {
        Input input = Input.url(uri("/page"), fetcher());
        var outcomes = ReleaseSources.read(input);
        assertEquals(1, outcomes.size());
        ReleaseSources.Read read = (ReleaseSources.Read) outcomes.get(0);
        assertEquals(uri("/page").toString(), read.release().source());
        assertEquals("Visita a Lima", read.release().titleText());
        assertEquals(Optional.of("44"), read.release().number());
    }

    @Test
    void fetchFailureIsOneLineNamingTheUrl() {
        Input input = Input.url(uri("/missing"), fetcher());
        assertEquals(java.util.List.of(new ReleaseSources.Failed(input, uri("/missing") + ": HTTP 404")), ReleaseSources.read(input));
    }
}
