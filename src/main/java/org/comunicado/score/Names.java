package org.comunicado.score;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name comparison of the reference scorer ({@code shared/tools/score.py}), ported literally:
 * {@link #norm} folds accents, case, possessives, punctuation and a leading article; two names
 * match when a normalised form is shared or when one contains the other and they share two
 * tokens. Stateless and thread-safe.
 */
public final class Names {

    /** Country names the reference scorer maps to ISO 3166 alpha-3 codes when an entity carries none. */
    public static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("us", "USA"), Map.entry("u s", "USA"), Map.entry("usa", "USA"),
            Map.entry("united states", "USA"), Map.entry("united states of america", "USA"),
            Map.entry("estados unidos", "USA"), Map.entry("eeuu", "USA"), Map.entry("ee uu", "USA"),
            Map.entry("eua", "USA"), Map.entry("estados unidos de america", "USA"),
            Map.entry("mexico", "MEX"), Map.entry("united mexican states", "MEX"),
            Map.entry("estados unidos mexicanos", "MEX"),
            Map.entry("uk", "GBR"), Map.entry("united kingdom", "GBR"), Map.entry("reino unido", "GBR"),
            Map.entry("spain", "ESP"), Map.entry("espana", "ESP"));

    private static final Pattern COMBINING = Pattern.compile("\\p{Mn}+");
    private static final Pattern POSSESSIVE = Pattern.compile("[\u2019'`]s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9%]+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|la|el|los|las) ");

    private Names() {
    }

    /** The normalised form of a name or text; {@code null} counts as empty. */
    public static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        t = COMBINING.matcher(t).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NON_WORD.matcher(t).replaceAll(" ").strip();
        return ARTICLE.matcher(t).replaceFirst("");
    }

    /** The non-empty normalised forms of {@code names}. */
    static Set<String> keys(Collection<String> names) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (String n : names) {
            String k = norm(n);
            if (!k.isEmpty()) keys.add(k);
        }
        return keys;
    }

    /** Two multi-token names where one is contained in the other and they share at least two tokens. */
    static boolean lenient(String a, String b) {
        String[] ta = a.split(" ");
        String[] tb = b.split(" ");
        if (ta.length < 2 || tb.length < 2) return false;
        if (!(a.contains(b) || b.contains(a))) return false;
        Set<String> shared = new HashSet<>(Arrays.asList(ta));
        shared.retainAll(Arrays.asList(tb));
        return shared.size() >= 2;
    }

    /** True if a system entity's keys match a gold entity's keys, exactly or leniently. */
    static boolean match(Set<String> systemKeys, Set<String> goldKeys) {
        for (String s : systemKeys) if (goldKeys.contains(s)) return true;
        for (String s : systemKeys)
            for (String g : goldKeys)
                if (lenient(s, g)) return true;
        return false;
    }
}
