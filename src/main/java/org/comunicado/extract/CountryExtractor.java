package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * Countries, by the English and Spanish names and usual variants of the reference list. A name
 * inside another entity's name ("Bank of Mexico") is that entity's, not a country mention;
 * demonyms are never country mentions. Pure and thread-safe.
 */
public final class CountryExtractor {
    private final Gazetteer gazetteer;

    public CountryExtractor(Reference reference) {
        this.gazetteer = new Gazetteer(reference.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).toList());
    }

    public EntityFindings extract(Release release, List<Span> blocks, List<Mention> taken) {
        EntityCollector collector = new EntityCollector(EntityKind.COUNTRY, release.language(), release.text());
        for (Span block : blocks) {
            for (Gazetteer.Hit hit : gazetteer.find(release.text(), block)) {
                if (taken.stream().anyMatch(m -> m.span().overlaps(hit.span()))) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }
}
