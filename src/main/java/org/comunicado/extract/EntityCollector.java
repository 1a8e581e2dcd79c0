package org.comunicado.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comunicado.ingest.Span;

/**
 * Gathers the mentions of one kind found in one release and builds each entity from what the
 * release (and the reference entry it matched) says. A short-lived builder owned by one
 * extractor call: not thread-safe, never shared.
 */
final class EntityCollector {

    private record Seen(Optional<KnownEntity> known, Set<String> forms, Set<String> acronyms, Set<String> titles) {
    }

    private final EntityKind kind;
    private final String language;
    private final String text;
    private final Map<String, Seen> byId = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    EntityCollector(EntityKind kind, String language, String text) {
        this.kind = kind;
        this.language = language;
        this.text = text;
    }

    void mention(Span span, String id, Optional<KnownEntity> known, boolean acronym) {
        Seen seen = byId.computeIfAbsent(id, k -> new Seen(known, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
        String form = span.of(text);
        (acronym ? seen.acronyms : seen.forms).add(form);
        mentions.add(new Mention(span, id, kind));
    }

    void title(String id, String title) {
        Seen seen = byId.get(id);
        if (seen != null) seen.titles.add(title);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    EntityFindings result() {
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, Seen> e : byId.entrySet()) {
            entities.add(build(e.getKey(), e.getValue()));
        }
        entities.sort(java.util.Comparator.comparing(Entity::id));
        return new EntityFindings(entities, mentions.stream().sorted().toList());
    }

    private Entity build(String id, Seen seen) {
        String tag = kind == EntityKind.PERSON ? "" : language;
        List<LangString> names = new ArrayList<>();
        String name;
        Set<String> acronyms = new LinkedHashSet<>(seen.acronyms);
        if (seen.known.isPresent()) {
            KnownEntity k = seen.known.get();
            name = kind == EntityKind.PERSON ? k.names().get(0).text() : k.name(language);
            names.addAll(k.names());
            acronyms.addAll(k.acronyms());
        } else {
            name = seen.forms.stream().max(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s))
                    .orElseGet(() -> seen.acronyms.iterator().next());
            names.add(new LangString(name, tag));
        }
        Set<String> nameTexts = new java.util.HashSet<>();
        names.forEach(n -> nameTexts.add(n.text()));
        List<String> alt = seen.forms.stream().filter(f -> !nameTexts.contains(f) && !acronyms.contains(f)).sorted().distinct().toList();
        List<LangString> titles = seen.titles.stream().sorted().map(t -> new LangString(t, language)).toList();
        return new Entity(kind, id, name, names, alt, acronyms.stream().sorted().toList(), titles,
                seen.known.flatMap(KnownEntity::code));
    }
}
