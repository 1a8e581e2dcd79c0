package org.comunicado.extract;

import org.comunicado.ingest.Span;

/** A stretch of text that names an entity: the surface form is {@code span.of(release.text())}. */
public record Mention(Span span, String entityId, EntityKind kind) implements Comparable<Mention> {

    @Override
    public int compareTo(Mention o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : entityId.compareTo(o.entityId);
    }
}
