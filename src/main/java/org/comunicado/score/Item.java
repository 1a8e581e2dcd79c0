package org.comunicado.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One entity as the scorer sees it, on either side: a system entity carries {@code labels} (every
 * label of its IRI), a gold entity its {@code name} and {@code aliases}; either may carry an
 * ISO 3166 alpha-3 code. Immutable.
 */
public record Item(List<String> labels, String name, List<String> aliases, String iso3) {

    public Item {
        labels = List.copyOf(labels);
        aliases = List.copyOf(aliases);
    }

    static Item system(List<String> labels, String iso3) {
        return new Item(labels, null, List.of(), iso3);
    }

    static Item gold(String name, List<String> aliases, String iso3) {
        return new Item(List.of(), name, aliases, iso3);
    }

    Set<String> systemKeys() {
        return Names.keys(labels);
    }

    Set<String> goldKeys() {
        List<String> all = new ArrayList<>();
        all.add(name == null ? "" : name);
        all.addAll(aliases);
        return Names.keys(all);
    }

    /** The entity's country code: its own, else the first of its names the country aliases know. */
    String iso() {
        if (iso3 != null && !iso3.isEmpty()) return iso3.toUpperCase(java.util.Locale.ROOT);
        List<String> keys = new ArrayList<>(systemKeys());
        keys.addAll(goldKeys());
        for (String k : keys) {
            String code = Names.COUNTRY_ALIASES.get(k);
            if (code != null) return code;
        }
        return null;
    }
}
