package org.comunicado.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages over HTTP and HTTPS with Java's {@link HttpClient}. Redirects are followed by
 * hand, at most {@code maxRedirects} of them and only to http or https; the body is read up to
 * {@code maxBytes} and refused beyond; connecting and the whole exchange (headers and body) are
 * each bounded in time. Any other outcome than a 2xx page is a {@link FetchException} whose
 * message is the one-line reason ("HTTP 404", "too many redirects (more than 5)").
 * Immutable and thread-safe: one instance may serve a whole build.
 */
public final class UrlFetcher {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBytes;
    private final int maxRedirects;

    /** A fetched page: the URL it was finally served from, its body and its {@code Content-Type}. */
    public record Page(URI uri, byte[] body, Optional<String> contentType) {
    }

    /** A page that could not be fetched; the message is the reason, in one line. */
    public static final class FetchException extends IOException {
        public FetchException(String reason) {
            super(reason);
        }

        public FetchException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public UrlFetcher() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS);
    }

    public UrlFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects) {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
    }

    /** True for the schemes this fetcher reads: http and https. */
    public static boolean supports(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    /**
     * The page at {@code uri}, after redirects.
     *
     * @throws FetchException for another scheme, a connection failure, a timeout, too many
     *                        redirects, a non-2xx status or a body over the size cap
     */
    public Page fetch(URI uri) throws FetchException {
        URI current = uri;
        for (int redirects = 0; ; redirects++) {
            if (!supports(current)) {
                throw new FetchException("unsupported URL scheme " + current.getScheme() + " (only http and https)");
            }
            HttpResponse<byte[]> response = exchange(current);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects >= maxRedirects) {
                    throw new FetchException("too many redirects (more than " + maxRedirects + ")");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("HTTP " + status + " without a Location"));
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("HTTP " + status + " to a bad Location: " + location, e);
                }
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException("HTTP " + status);
            }
            return new Page(current, response.body(), response.headers().firstValue("Content-Type"));
        }
    }

    private HttpResponse<byte[]> exchange(URI uri) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                    .header("User-Agent", "Comunicado/" + Builder.VERSION)
                    .header("Accept", "text/html, application/json, text/plain;q=0.9, */*;q=0.5")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL that can be fetched: " + e.getMessage(), e);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info ->
                info.statusCode() >= 200 && info.statusCode() <= 299
                        ? new CappedBody(maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                        // Redirect and error bodies are never read: the status says it all.
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            // The request timeout covers the headers only; this bounds the body too.
            return future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw new FetchException("too large (more than " + maxBytes + " bytes)", t);
                }
                if (t instanceof HttpTimeoutException) {
                    throw timedOut(t);
                }
                if (t instanceof ConnectException) {
                    throw new FetchException("cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""), t);
                }
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchException("cannot fetch: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        }
    }

    private FetchException timedOut(Throwable cause) {
        return new FetchException(String.format(Locale.ROOT, "timed out after %.1f s", requestTimeout.toMillis() / 1000.0), cause);
    }

    /** Thrown inside the client when a body passes the cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the size cap");
        }
    }

    /** Collects a body, cancelling the exchange as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long max;
        private final long declared;
        private Flow.Subscription subscription;

        CappedBody(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
