package org.comunicado.extract;

import java.util.List;
import java.util.Optional;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * Countries, by the English and Spanish names and usual variants of the reference list. A name
 * inside another entity's name is that entity's ("Mexico City", "Mexican Model of Human
 * Mobility"), except where an organization is named as that country's ("Secretaría de Relaciones
 * Exteriores de México", "Ministry of Foreign Affairs of the United Mexican States"): the text then
 * names the state explicitly. Demonyms are never country mentions. Pure and thread-safe.
 */
public final class CountryExtractor {
    private final Gazetteer gazetteer;
    private final EntityCollector.KnownLists knownLists;

    public CountryExtractor(Reference reference) {
        List<KnownEntity> countries = reference.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).toList();
        this.gazetteer = new Gazetteer(countries);
        this.knownLists = new EntityCollector.KnownLists(countries);
    }

    /** "US$ 5 million", "MX$": a currency, not the country. */
    private static boolean isCurrencySign(String text, Span hit) {
        return hit.end() < text.length() && text.charAt(hit.end()) == '$';
    }

    /**
     * An organization named after the countries it serves: "… of [the] Country", "… de Country",
     * "Oficina de la OIT para México y Cuba", "Embassy of Mexico in Canada".
     */
    private static boolean namesItsCountry(String text, Mention owner, Span country) {
        if (owner.kind() != EntityKind.ORGANIZATION || country.begin() <= owner.span().begin()) return false;
        // A match ends the text before the country and is at most a dozen characters long: only those are read.
        String before = text.substring(Math.max(owner.span().begin(), country.begin() - CONNECTOR_REACH), country.begin());
        return COUNTRY_CONNECTOR.matcher(before).find();
    }

    /** Further back than the longest connector with its blanks (and a line break the pattern's end may stand before), no match begins. */
    private static final int CONNECTOR_REACH = 12;

    /**
     * The mentions found before, by where they begin, for the question each country's name asks:
     * whether one of them overlaps it without being an organization named as that country's. The
     * mentions of a release are many and its country names a score: each name reads only the
     * mentions that may reach it. Per extractor call.
     */
    static final class TakenByBegin {
        private final List<Mention> taken;
        /** Each mention's begin in the high half and its index in the low half, in ascending order. */
        private final long[] byBegin;
        /** The furthest end of the mentions up to each of {@link #byBegin}. */
        private final int[] furthestEnd;

        TakenByBegin(List<Mention> taken) {
            this.taken = taken;
            byBegin = new long[taken.size()];
            for (int i = 0; i < byBegin.length; i++) byBegin[i] = (long) taken.get(i).span().begin() << 32 | i;
            java.util.Arrays.sort(byBegin);
            furthestEnd = new int[byBegin.length];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < byBegin.length; i++) {
                furthest = Math.max(furthest, taken.get((int) byBegin[i]).span().end());
                furthestEnd[i] = furthest;
            }
        }

        boolean insideAnotherName(String text, Span country) {
            int i = java.util.Arrays.binarySearch(byBegin, (long) country.end() << 32);
            // From the last mention that begins before the name ends, back while an earlier one may still end inside it.
            for (i = (i < 0 ? -i - 1 : i) - 1; i >= 0 && furthestEnd[i] > country.begin(); i--) {
                Mention m = taken.get((int) byBegin[i]);
                if (m.span().overlaps(country) && !namesItsCountry(text, m, country)) return true;
            }
            return false;
        }
    }

    private static final java.util.regex.Pattern COUNTRY_CONNECTOR =
            java.util.regex.Pattern.compile("\\s(?:of|of the|for|in|to|and|de|del|de la|para|en|y|ante)\\s$");

    public EntityFindings extract(Release release, List<Block> blocks, List<Mention> taken) {
        String text = release.text();
        EntityCollector collector = new EntityCollector(EntityKind.COUNTRY, release.language(), text, knownLists);
        TakenByBegin named = new TakenByBegin(taken);
        for (int b = 0; b < blocks.size(); b++) {
            List<Gazetteer.Hit> hits = gazetteer.find(text, blocks.get(b).wordStarts());
            for (int i = 0; i < hits.size(); i++) {
                Gazetteer.Hit hit = hits.get(i);
                if (isCurrencySign(text, hit.span()) || named.insideAnotherName(text, hit.span())) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }
}
