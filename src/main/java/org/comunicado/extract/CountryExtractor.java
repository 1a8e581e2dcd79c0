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
        String before = text.substring(owner.span().begin(), country.begin());
        return COUNTRY_CONNECTOR.matcher(before).find();
    }

    /**
     * Whether a mention found before overlaps the country's name without being an organization
     * named as that country's. The mentions are walked: a release's countries are few, and a set
     * of the taken characters would be made for every release.
     */
    private static boolean insideAnotherName(String text, List<Mention> taken, Span country) {
        for (int i = 0; i < taken.size(); i++) {
            Mention m = taken.get(i);
            if (m.span().overlaps(country) && !namesItsCountry(text, m, country)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern COUNTRY_CONNECTOR =
            java.util.regex.Pattern.compile("\\s(?:of|of the|for|in|to|and|de|del|de la|para|en|y|ante)\\s$");

    public EntityFindings extract(Release release, List<Block> blocks, List<Mention> taken) {
        String text = release.text();
        EntityCollector collector = new EntityCollector(EntityKind.COUNTRY, release.language(), text, knownLists);
        for (int b = 0; b < blocks.size(); b++) {
            List<Gazetteer.Hit> hits = gazetteer.find(text, blocks.get(b).wordStarts());
            for (int i = 0; i < hits.size(); i++) {
                Gazetteer.Hit hit = hits.get(i);
                if (isCurrencySign(text, hit.span()) || insideAnotherName(text, taken, hit.span())) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }
}
