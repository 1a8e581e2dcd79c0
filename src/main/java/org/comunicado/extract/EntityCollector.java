package org.comunicado.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comunicado.ingest.Span;

/**
 * Gathers the mentions of one kind found in one release and builds each entity from what the
 * release (and the reference entry it matched) says. A short-lived builder owned by one
 * extractor call: not thread-safe, never shared.
 */
final class EntityCollector {

    /** What a surface form is to its entity: a name, an acronym, or another-language alias. */
    enum Form { NAME, ACRONYM, TRANSLATION }

    /**
     * What the release shows of one entity so far: its surface forms of each sort without repeats,
     * in the order first seen. Lists, not sets: an entity has a handful of forms, most of them
     * seen many times, and a list is walked faster than a set is hashed into; the sorts it never
     * shows stay empty rather than being made.
     */
    private static final class Seen {
        final Optional<KnownEntity> known;
        List<String> forms = List.of();
        List<String> acronyms = List.of();
        List<String> translations = List.of();
        List<String> titles = List.of();

        Seen(Optional<KnownEntity> known) {
            this.known = known;
        }
    }

    /**
     * The lists a known entity is given when the release names it in its own language, made once
     * for all releases when an extractor is built: most entities a release names are known ones,
     * and their names and acronyms need not be gathered, sorted and copied again for every release.
     * Immutable and thread-safe.
     */
    static final class KnownLists {
        /** @param namesByLanguage the entity's names, that in the language first, by the languages it has a name in */
        private record Lists(Map<String, List<LangString>> namesByLanguage, List<String> acronyms) {
        }

        /** By identity: the entities found are the reference's own, and a record's hash reads all its lists. */
        private final Map<KnownEntity, Lists> byEntity = new IdentityHashMap<>();

        KnownLists(Iterable<KnownEntity> entities) {
            for (KnownEntity k : entities) {
                Map<String, List<LangString>> byLanguage = new HashMap<>();
                for (LangString used : k.names()) {
                    if (byLanguage.containsKey(used.lang())) continue;
                    List<LangString> names = new ArrayList<>(List.of(used));
                    addNew(names, k.names());
                    addNew(names, k.translations());
                    byLanguage.put(used.lang(), List.copyOf(names));
                }
                byEntity.put(k, new Lists(byLanguage, List.copyOf(sorted(k.acronyms()))));
            }
        }

        /** The entity's names when the release's language is {@code language}, or null when it has no name in that language. */
        private List<LangString> names(KnownEntity k, String language) {
            Lists lists = byEntity.get(k);
            return lists == null ? null : lists.namesByLanguage.get(language);
        }

        /** The entity's acronyms in string order, or null for an entity not in these lists. */
        private List<String> acronyms(KnownEntity k) {
            Lists lists = byEntity.get(k);
            return lists == null ? null : lists.acronyms;
        }
    }

    private final EntityKind kind;
    private final String language;
    private final String text;
    /** Null where the extractor has none made. */
    private final KnownLists knownLists;
    /** In no order: the entities are sorted by id when built. */
    private final Map<String, Seen> byId = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    EntityCollector(EntityKind kind, String language, String text) {
        this(kind, language, text, null);
    }

    /** @param known the lists of the known entities this collector may be given, made when the extractor was built */
    EntityCollector(EntityKind kind, String language, String text, KnownLists known) {
        this.kind = kind;
        this.language = language;
        this.text = text;
        this.knownLists = known;
    }

    void mention(Span span, String id, Optional<KnownEntity> known, boolean acronym) {
        mention(span, id, known, acronym ? Form.ACRONYM : Form.NAME);
    }

    void mention(Span span, String id, Optional<KnownEntity> known, Form form) {
        Seen seen = byId.get(id);
        if (seen == null) byId.put(id, seen = new Seen(known));
        switch (form) {
            case ACRONYM -> seen.acronyms = withSurface(seen.acronyms, span);
            case TRANSLATION -> seen.translations = withSurface(seen.translations, span);
            default -> seen.forms = withSurface(seen.forms, span);
        }
        mentions.add(new Mention(span, id, kind));
    }

    /** {@code forms} with the text at {@code span} added, unless it holds it already: cut out of the text only the first time. */
    private List<String> withSurface(List<String> forms, Span span) {
        for (int i = 0; i < forms.size(); i++) {
            String f = forms.get(i);
            if (f.length() == span.length() && text.startsWith(f, span.begin())) return forms;
        }
        return with(forms, span.of(text));
    }

    /** {@code values} with {@code value} added at the end: the empty list is replaced by one that grows. */
    private static List<String> with(List<String> values, String value) {
        List<String> out = values.isEmpty() ? new ArrayList<>(2) : values;
        out.add(value);
        return out;
    }

    void title(String id, String title) {
        Seen seen = byId.get(id);
        if (seen != null && !seen.titles.contains(title)) seen.titles = with(seen.titles, title);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /**
     * Entities by id. A lambda of this class rather than Comparator.comparing, whose shared code
     * calls the key function through call sites every sort of the program passes through.
     */
    static final Comparator<Entity> BY_ID = (x, y) -> x.id().compareTo(y.id());

    EntityFindings result() {
        List<Entity> entities = new ArrayList<>(byId.size());
        for (Map.Entry<String, Seen> e : byId.entrySet()) {
            entities.add(build(e.getKey(), e.getValue()));
        }
        entities.sort(BY_ID);
        Collections.sort(mentions);
        return new EntityFindings(entities, mentions);
    }

    private static String other(String language) {
        return language.equals("es") ? "en" : "es";
    }

    private Entity build(String id, Seen seen) {
        String tag = kind == EntityKind.PERSON ? "" : language;
        List<LangString> names;
        String name;
        List<String> acronyms;
        List<String> hidden = List.of();
        if (seen.known.isPresent()) {
            KnownEntity k = seen.known.get();
            // Named in the release's language, as most are, its names begin with that name: they are made already.
            names = knownLists == null ? null : knownLists.names(k, language);
            LangString used = names != null ? names.get(0) : usedName(k, seen.forms);
            name = kind == EntityKind.PERSON ? k.names().get(0).text() : used != null ? used.text() : k.name(language);
            if (names == null) {
                names = new ArrayList<>();
                if (used != null) names.add(used);
                addNew(names, k.names());
                addNew(names, k.translations());
            }
            List<String> knownAcronyms = knownLists == null ? null : knownLists.acronyms(k);
            // The entity lists its acronyms in string order, each once: those it is known by are sorted already.
            acronyms = knownAcronyms != null && k.acronyms().containsAll(seen.acronyms) ? knownAcronyms
                    : sorted(joined(seen.acronyms, k.acronyms()));
            hidden = k.hiddenLabels();
        } else {
            names = new ArrayList<>();
            name = !seen.forms.isEmpty() ? longest(seen.forms)
                    : !seen.translations.isEmpty() ? seen.translations.get(0)
                    : seen.acronyms.get(0);
            // A name given with a translation in parentheses is in the other language; the translation in the release's.
            boolean translated = !seen.translations.isEmpty() && !tag.isEmpty();
            names.add(new LangString(name, translated ? other(tag) : tag));
            if (translated) {
                for (String t : sorted(seen.translations)) if (!t.equals(name)) names.add(new LangString(t, tag));
            }
            acronyms = sorted(seen.acronyms);
        }
        // Most entities have no other form, no acronym and no title: they are given the empty list, which the entity keeps as it is.
        List<String> alt = List.of();
        alt = withAltLabels(alt, seen.forms, names, acronyms, hidden);
        alt = withAltLabels(alt, seen.translations, names, acronyms, hidden);
        if (alt.size() > 1) alt.sort(null);
        List<LangString> titles = List.of();
        if (!seen.titles.isEmpty()) {
            titles = new ArrayList<>(seen.titles.size());
            for (String t : sorted(seen.titles)) titles.add(new LangString(t, language));
        }
        return new Entity(kind, id, name, names, alt, acronyms, titles, seen.known.isPresent() ? seen.known.get().code() : Optional.empty());
    }

    /** {@code alt} with those of {@code forms} that are none of the names, acronyms, hidden labels and {@code alt} itself added. */
    private static List<String> withAltLabels(List<String> alt, List<String> forms, List<LangString> names, List<String> acronyms,
                                              List<String> hidden) {
        for (int i = 0; i < forms.size(); i++) {
            String f = forms.get(i);
            if (!hasText(names, f) && !acronyms.contains(f) && !hidden.contains(f) && !alt.contains(f)) alt = with(alt, f);
        }
        return alt;
    }

    /** Both lists in one, either as it is when the other is empty. */
    private static List<String> joined(List<String> a, List<String> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        List<String> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }

    /** The forms in string order, each once; a list of one or none as it is. */
    private static List<String> sorted(List<String> forms) {
        if (forms.size() < 2) return forms;
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(null);
        int kept = 1;
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).equals(sorted.get(kept - 1))) sorted.set(kept++, sorted.get(i));
        }
        return kept == sorted.size() ? sorted : sorted.subList(0, kept);
    }

    /** Whether one of the names is spelt {@code text}: an entity has a handful of names, walked rather than hashed. */
    private static boolean hasText(List<LangString> names, String text) {
        return spelt(names, text) != null;
    }

    /** {@code names} with those of {@code more} it does not hold yet added. */
    private static void addNew(List<LangString> names, List<LangString> more) {
        for (int i = 0; i < more.size(); i++) {
            LangString n = more.get(i);
            if (!names.contains(n)) names.add(n);
        }
    }

    /**
     * The official name in the release's language; failing that, the first name or translation the
     * release itself uses ("Sembrando Vida (Sowing Life)" in an English release); else null.
     */
    private LangString usedName(KnownEntity k, List<String> forms) {
        List<LangString> names = k.names();
        for (int i = 0; i < names.size(); i++) if (names.get(i).lang().equals(language)) return names.get(i);
        for (int i = 0; i < forms.size(); i++) {
            LangString n = spelt(names, forms.get(i));
            if (n == null) n = spelt(k.translations(), forms.get(i));
            if (n != null) return n;
        }
        return null;
    }

    /** The first of the names spelt {@code text}, else null. */
    private static LangString spelt(List<LangString> names, String text) {
        for (int i = 0; i < names.size(); i++) if (names.get(i).text().equals(text)) return names.get(i);
        return null;
    }

    /** The longest form; of equally long ones, the last in string order. */
    private static String longest(List<String> forms) {
        String best = null;
        for (String f : forms) {
            if (best == null || f.length() > best.length() || f.length() == best.length() && f.compareTo(best) > 0) best = f;
        }
        return best;
    }
}
