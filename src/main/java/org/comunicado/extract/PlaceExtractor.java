package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * Known places whose names contain a country's ("Mexico City", "Golfo de México"): they are
 * found before countries so that the country inside them is not taken for a country mention.
 * Only places in the reference lists are found. Pure and thread-safe.
 */
public final class PlaceExtractor {
    private final Gazetteer gazetteer;

    public PlaceExtractor(Reference reference) {
        this.gazetteer = new Gazetteer(reference.entities().stream().filter(e -> e.kind() == EntityKind.PLACE).toList());
    }

    public EntityFindings extract(Release release, List<Block> blocks, List<Mention> taken) {
        EntityCollector collector = new EntityCollector(EntityKind.PLACE, release.language(), release.text());
        TakenSpans named = TakenSpans.of(release.text().length(), taken);
        for (Block block : blocks) {
            for (Gazetteer.Hit hit : gazetteer.find(release.text(), block.wordStarts())) {
                if (named.overlapsAny(hit.span())) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }
}
