package org.comunicado.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.comunicado.ingest.Release;

/** Everything the extractors found in one release. Immutable. */
public record Findings(
        Release release,
        EntityFindings programs,
        EntityFindings organizations,
        EntityFindings persons,
        EntityFindings countries,
        EntityFindings places,
        List<Quotation> quotations,
        List<Claim> claims,
        Optional<String> publisherId) {

    public Findings {
        quotations = List.copyOf(quotations);
        claims = List.copyOf(claims);
    }

    public List<Entity> entities() {
        return Stream.of(persons, organizations, countries, programs, places).flatMap(f -> f.entities().stream())
                .sorted(java.util.Comparator.comparing(Entity::id)).toList();
    }

    public List<Mention> mentions() {
        return Stream.of(persons, organizations, countries, programs, places).flatMap(f -> f.mentions().stream()).sorted().toList();
    }

    public Map<String, Entity> entitiesById() {
        return entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a, java.util.TreeMap::new));
    }
}
