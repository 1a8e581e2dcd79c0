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

    /** What a surface form is to its entity: a name, an acronym, or another-language alias. */
    enum Form { NAME, ACRONYM, TRANSLATION }

    private record Seen(Optional<KnownEntity> known, Set<String> forms, Set<String> acronyms, Set<String> translations,
                        Set<String> titles) {
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
        mention(span, id, known, acronym ? Form.ACRONYM : Form.NAME);
    }

    void mention(Span span, String id, Optional<KnownEntity> known, Form form) {
        Seen seen = byId.computeIfAbsent(id, k -> new Seen(known, new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>()));
        String surface = span.of(text);
        switch (form) {
            case ACRONYM -> seen.acronyms.add(surface);
            case TRANSLATION -> seen.translations.add(surface);
            default -> seen.forms.add(surface);
        }
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

    private static String other(String language) {
        return language.equals("es") ? "en" : "es";
    }

    private Entity build(String id, Seen seen) {
        String tag = kind == EntityKind.PERSON ? "" : language;
        List<LangString> names = new ArrayList<>();
        String name;
        Set<String> acronyms = new LinkedHashSet<>(seen.acronyms);
        if (seen.known.isPresent()) {
            KnownEntity k = seen.known.get();
            // The official name in the release's language; failing that, the first name or translation the
            // release itself uses ("Sembrando Vida (Sowing Life)" in an English release).
            Optional<LangString> used = k.names().stream().filter(n -> n.lang().equals(language)).findFirst()
                    .or(() -> seen.forms.stream().flatMap(f -> java.util.stream.Stream.concat(k.names().stream(),
                            k.translations().stream()).filter(n -> n.text().equals(f))).findFirst());
            name = kind == EntityKind.PERSON ? k.names().get(0).text() : used.map(LangString::text).orElseGet(() -> k.name(language));
            used.ifPresent(names::add);
            k.names().stream().filter(n -> !names.contains(n)).forEach(names::add);
            k.translations().stream().filter(n -> !names.contains(n)).forEach(names::add);
            acronyms.addAll(k.acronyms());
        } else {
            name = seen.forms.stream().max(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s))
                    .or(() -> seen.translations.stream().findFirst())
                    .orElseGet(() -> seen.acronyms.iterator().next());
            // A name given with a translation in parentheses is in the other language; the translation in the release's.
            boolean translated = !seen.translations.isEmpty() && !tag.isEmpty();
            names.add(new LangString(name, translated ? other(tag) : tag));
            if (translated) {
                seen.translations.stream().filter(t -> !t.equals(name)).sorted().forEach(t -> names.add(new LangString(t, tag)));
            }
        }
        Set<String> nameTexts = new java.util.HashSet<>();
        names.forEach(n -> nameTexts.add(n.text()));
        Set<String> hidden = seen.known.map(k -> Set.copyOf(k.hiddenLabels())).orElse(Set.of());
        List<String> alt = java.util.stream.Stream.concat(seen.forms.stream(), seen.translations.stream())
                .filter(f -> !nameTexts.contains(f) && !acronyms.contains(f) && !hidden.contains(f)).sorted().distinct().toList();
        List<LangString> titles = seen.titles.stream().sorted().map(t -> new LangString(t, language)).toList();
        return new Entity(kind, id, name, names, alt, acronyms.stream().sorted().toList(), titles,
                seen.known.flatMap(KnownEntity::code));
    }
}
