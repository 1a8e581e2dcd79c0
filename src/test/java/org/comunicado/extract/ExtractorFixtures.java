package org.comunicado.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.ReleaseException;
import org.comunicado.ingest.TextReleaseReader;
import org.comunicado.model.Namespaces;
import org.comunicado.rdf.ReferenceData;

/** Shared set-up of the extractor tests: the shipped reference lists, loaded once, and a reader. */
final class ExtractorFixtures {
    static final Reference REFERENCE = load();
    static final Pipeline PIPELINE = new Pipeline(REFERENCE);

    private ExtractorFixtures() {
    }

    static Release release(String text) {
        try {
            return new TextReleaseReader().read("file:///test.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ReleaseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Findings run(String text) {
        return PIPELINE.run(release(text));
    }

    /** The surface forms of the mentions of one kind, in text order. */
    static List<String> mentioned(Findings f, EntityKind kind) {
        return f.mentions().stream().filter(m -> m.kind() == kind).map(m -> m.span().of(f.release().text())).toList();
    }

    static List<String> names(Findings f, EntityKind kind) {
        return f.entities().stream().filter(e -> e.kind() == kind).map(Entity::name).toList();
    }

    private static Reference load() {
        try {
            return ReferenceData.load(Namespaces.DEFAULT_BASE, List.of()).reference();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
