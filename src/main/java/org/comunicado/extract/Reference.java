package org.comunicado.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known entities, by id. Immutable. */
public final class Reference {
    private final Map<String, KnownEntity> byId;

    public Reference(List<KnownEntity> entities) {
        Map<String, KnownEntity> m = new LinkedHashMap<>();
        entities.stream().sorted(Comparator.comparing(KnownEntity::id)).forEach(e -> m.merge(e.id(), e, Reference::merge));
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    public static Reference empty() {
        return new Reference(List.of());
    }

    public Optional<KnownEntity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public java.util.Collection<KnownEntity> entities() {
        return byId.values();
    }

    /** A user's file may add names to a shipped entry: the two are merged, not replaced. */
    private static KnownEntity merge(KnownEntity a, KnownEntity b) {
        return new KnownEntity(a.kind(), a.id(),
                union(a.names(), b.names()), union(a.translations(), b.translations()), union(a.acronyms(), b.acronyms()),
                union(a.altLabels(), b.altLabels()), union(a.hiddenLabels(), b.hiddenLabels()), union(a.jobTitles(), b.jobTitles()),
                a.code().or(b::code));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
