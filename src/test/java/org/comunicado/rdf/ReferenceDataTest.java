package org.comunicado.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.comunicado.extract.EntityKind;
import org.comunicado.extract.Findings;
import org.comunicado.extract.KnownEntity;
import org.comunicado.extract.LangString;
import org.comunicado.extract.Pipeline;
import org.comunicado.ingest.TextReleaseReader;
import org.comunicado.model.Namespaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {
    private static final String BASE = Namespaces.DEFAULT_BASE;
    private static final String PREFIXES = """
            @prefix schema: <http://schema.org/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            """;

    @TempDir
    Path dir;

    @Test
    void shippedListsCoverEveryCountryWithBothLanguages() throws IOException {
        ReferenceData data = ReferenceData.load(BASE, List.of());
        List<KnownEntity> countries = data.reference().entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).toList();
        assertEquals(249, countries.size());
        for (KnownEntity c : countries) {
            assertTrue(c.code().orElseThrow().matches("[A-Z]{3}"), c.id());
            assertTrue(c.names().stream().anyMatch(n -> n.lang().equals("en")) && c.names().stream().anyMatch(n -> n.lang().equals("es")), c.id());
        }
    }

    @Test
    void usersFileAddsAnEntityTheExtractorsThenFind() throws Exception {
        Files.writeString(dir.resolve("mine.ttl"), PREFIXES + """
                <org/fisheries-council> a schema:Organization ;
                    schema:name "Andean Fisheries Council"@en ; schema:alternateName "CAPA" .
                """, StandardCharsets.UTF_8);
        ReferenceData data = ReferenceData.load(BASE, List.of(dir));
        Findings f = new Pipeline(data.reference()).run(new TextReleaseReader()
                .read("file:///t.txt", "Title\n\nThe CAPA met in Quito.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("org/fisheries-council"), f.organizations().entities().stream().map(e -> e.id()).toList());
        assertTrue(data.graph().size() > 0);
    }

    @Test
    void usersFileAddsNamesToAShippedEntry() throws Exception {
        Files.writeString(dir.resolve("more.ttl"), PREFIXES + """
                <country/MEX> skos:altLabel "Méjico"@es .
                """, StandardCharsets.UTF_8);
        KnownEntity mex = ReferenceData.load(BASE, List.of(dir)).reference().get("country/MEX").orElseThrow();
        assertTrue(mex.altLabels().contains(new LangString("Méjico", "es")), mex.toString());
        assertEquals("MEX", mex.code().orElseThrow());
    }

    @Test
    void brokenUserFileIsAnErrorNamingTheFile() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<country/XXX> a ", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ReferenceData.load(BASE, List.of(dir)));
        assertTrue(e.getMessage().contains("bad.ttl"), e.getMessage());
    }

    @Test
    void folderWithoutTurtleFilesIsAnError() {
        IOException e = assertThrows(IOException.class, () -> ReferenceData.load(BASE, List.of(dir)));
        assertTrue(e.getMessage().contains("no .ttl"), e.getMessage());
    }
}
