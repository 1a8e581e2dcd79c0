package org.comunicado.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pairs the English and Spanish versions of one release in a batch: an English and a Spanish
 * release are translations of each other when both have a number and a date and these are the
 * same. The ministry numbers its releases per year, so number and date together identify one.
 * When several releases of a language share a number and date (two different texts kept apart
 * by their hash), each English one is paired with each Spanish one. Pure and thread-safe; the
 * pairs come in a stable order (by date, number, then IRI).
 */
public final class TranslationLinks {

    /** What this needs to know of a release. */
    public record Member(String iri, String language, Optional<String> number, Optional<LocalDate> issued) {
        public Member {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issued, "issued");
        }
    }

    /** An English release and its Spanish version. */
    public record Pair(Member english, Member spanish) {
    }

    private TranslationLinks() {
    }

    /** Every English–Spanish pair in {@code releases} whose number and date match. */
    public static List<Pair> pairs(List<Member> releases) {
        Map<String, List<Member>> byKey = new TreeMap<>();
        for (Member m : releases) {
            if (m.number().isEmpty() || m.issued().isEmpty()) {
                continue;
            }
            String key = m.issued().get() + " " + normalNumber(m.number().get());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Member> group : byKey.values()) {
            List<Member> english = group.stream().filter(m -> m.language().equals("en")).sorted(Comparator.comparing(Member::iri)).toList();
            List<Member> spanish = group.stream().filter(m -> m.language().equals("es")).sorted(Comparator.comparing(Member::iri)).toList();
            for (Member en : english) {
                for (Member es : spanish) {
                    pairs.add(new Pair(en, es));
                }
            }
        }
        return pairs;
    }

    /** "015" and "15" are the same number as printed in the two languages' headers. */
    private static String normalNumber(String number) {
        String n = number.strip().replaceFirst("^0+(?=\\d)", "");
        return n;
    }
}
