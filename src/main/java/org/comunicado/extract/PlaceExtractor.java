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
    private final EntityCollector.KnownLists knownLists;

    public PlaceExtractor(Reference reference) {
        List<KnownEntity> places = reference.entities().stream().filter(e -> e.kind() == EntityKind.PLACE).toList();
        this.gazetteer = new Gazetteer(places);
        this.knownLists = new EntityCollector.KnownLists(places);
    }

    public EntityFindings extract(Release release, List<Block> blocks, List<Mention> taken) {
        String text = release.text();
        EntityCollector collector = new EntityCollector(EntityKind.PLACE, release.language(), text, knownLists);
        for (int b = 0; b < blocks.size(); b++) {
            List<Gazetteer.Hit> hits = gazetteer.find(text, blocks.get(b).wordStarts());
            for (int i = 0; i < hits.size(); i++) {
                Gazetteer.Hit hit = hits.get(i);
                if (overlapsAny(taken, hit.span())) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }

    /**
     * Whether a mention found before overlaps the place's name. The mentions are walked: most
     * releases name no known place, and a {@link TakenSpans} would be sorted for every release.
     */
    private static boolean overlapsAny(List<Mention> taken, Span place) {
        for (int i = 0; i < taken.size(); i++) if (taken.get(i).span().overlaps(place)) return true;
        return false;
    }
}
