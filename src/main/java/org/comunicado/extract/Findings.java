package org.comunicado.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comunicado.ingest.Release;

/**
 * Everything the extractors found in one release. Immutable.
 *
 * @param entities the entities of the five kinds, by id ({@link #entitiesOf})
 * @param mentions the mentions of the five kinds, in text order ({@link #mentionsOf})
 */
public record Findings(
        Release release,
        EntityFindings programs,
        EntityFindings organizations,
        EntityFindings persons,
        EntityFindings countries,
        EntityFindings places,
        List<Quotation> quotations,
        List<Claim> claims,
        Optional<String> publisherId,
        List<Entity> entities,
        List<Mention> mentions) {

    public Findings {
        quotations = List.copyOf(quotations);
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    /** The entities of {@code kinds}, sorted by id (stably: the first kind first when two share an id). */
    static List<Entity> entitiesOf(EntityFindings... kinds) {
        List<Entity> all = new ArrayList<>();
        for (EntityFindings k : kinds) all.addAll(k.entities());
        all.sort(EntityCollector.BY_ID);
        return all;
    }

    /** The mentions of {@code kinds}, in text order. */
    static List<Mention> mentionsOf(EntityFindings... kinds) {
        List<Mention> all = new ArrayList<>();
        for (EntityFindings k : kinds) all.addAll(k.mentions());
        all.sort(null);
        return all;
    }

    /** {@code entities} by id, the first of each id: only looked up, never walked, so in no order. */
    static Map<String, Entity> byId(List<Entity> entities) {
        Map<String, Entity> byId = new HashMap<>(entities.size() * 4 / 3 + 1);
        for (Entity e : entities) byId.putIfAbsent(e.id(), e);
        return byId;
    }
}
