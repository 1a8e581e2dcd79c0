package org.comunicado.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComunicadoServerTest {
    @TempDir
    Path tmp;


    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        // A client per request: the server may close a connection after refusing a request, and a
        // pooled connection would then fail the next request with a broken pipe.
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(URI uri, String contentType, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void servesUnionGraphReadOnly() throws Exception {
        DatasetLayout layout = TestData.write(tmp.resolve("ds"));
        ComunicadoServer server = ComunicadoServer.start(layout, 0);
        try {
            assertTrue(server.port() > 0);
            String base = server.serviceUri().toString();
            String q = "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a <http://schema.org/Country> }";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"head\""), r.body());
            // MEX is in both graphs, USA only in the reference graph: the union has 2 countries.
            assertTrue(r.body().replace(" ", "").contains("\"value\":\"2\""), r.body());

            HttpResponse<String> viaDataset = send(post(URI.create(base), "application/sparql-query", q)
                    .header("Accept", "application/sparql-results+json").build());
            assertEquals(200, viaDataset.statusCode(), viaDataset.body());

            HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(base + "/get?default"))
                    .header("Accept", "application/n-triples").GET().build());
            assertEquals(200, get.statusCode(), get.body());
            // All data lives in named graphs; the Graph Store Protocol reads the union by its name.
            HttpResponse<String> union = send(HttpRequest.newBuilder(URI.create(base + "/get?graph=urn:x-arq:UnionGraph"))
                    .header("Accept", "application/n-triples").GET().build());
            assertEquals(200, union.statusCode(), union.body());
            assertTrue(union.body().contains("country/USA") && union.body().contains("release/2024"), union.body());
            HttpResponse<String> named = send(HttpRequest.newBuilder(URI.create(base + "/get?graph="
                    + URLEncoder.encode(TestData.G2.getURI(), StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET().build());
            assertEquals(200, named.statusCode(), named.body());
            assertTrue(named.body().contains("country/USA") && !named.body().contains("release/2024"), named.body());

            String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
            for (String endpoint : new String[] {"/sparql", "/update", ""}) {
                HttpResponse<String> u = send(post(URI.create(base + endpoint), "application/sparql-update", update).build());
                assertTrue(u.statusCode() >= 400 && u.statusCode() < 500, endpoint + " -> " + u.statusCode());
                HttpResponse<String> form = send(post(URI.create(base + endpoint), "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).build());
                assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, endpoint + " form -> " + form.statusCode());
            }
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/get?default"))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .\n")).build());
            assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT -> " + put.statusCode());
        } finally {
            server.stop();
        }
        DatasetGraph dsg = layout.connect();
        long n = Txn.calculateRead(dsg, () -> {
            long c = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                c++;
            }
            return c;
        });
        assertEquals(TestData.quads().size(), n, "data unchanged");
    }
}
