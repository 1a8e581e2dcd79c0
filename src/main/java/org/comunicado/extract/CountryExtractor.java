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

    public CountryExtractor(Reference reference) {
        this.gazetteer = new Gazetteer(reference.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).toList());
    }

    /** "US$ 5 million", "MX$": a currency, not the country. */
    private static boolean isCurrencySign(String text, Span hit) {
        return hit.end() < text.length() && text.charAt(hit.end()) == '$';
    }

    /** An organization name that ends "… of [the] Country" / "… de Country". */
    private static boolean namesItsCountry(String text, Mention owner, Span country) {
        if (owner.kind() != EntityKind.ORGANIZATION || owner.span().end() != country.end()) return false;
        String before = text.substring(owner.span().begin(), country.begin());
        return before.endsWith(" of ") || before.endsWith(" of the ") || before.endsWith(" de ") || before.endsWith(" del ");
    }

    public EntityFindings extract(Release release, List<Span> blocks, List<Mention> taken) {
        EntityCollector collector = new EntityCollector(EntityKind.COUNTRY, release.language(), release.text());
        for (Span block : blocks) {
            for (Gazetteer.Hit hit : gazetteer.find(release.text(), block)) {
                if (taken.stream().anyMatch(m -> m.span().overlaps(hit.span()) && !namesItsCountry(release.text(), m, hit.span()))) continue;
                if (isCurrencySign(release.text(), hit.span())) continue;
                collector.mention(hit.span(), hit.entity().id(), Optional.of(hit.entity()), false);
            }
        }
        return collector.result();
    }
}
