package org.comunicado.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * The extractors, in the order they run and with what each hands the next: programmes and
 * organisations claim their (longer) names first, then known places ("Mexico City"), people
 * next, countries last, so that "Mexican Model of Human Mobility" holds no country mention; quotations need the people and organisations; claims need the
 * quantities and quotations. Immutable; {@link #run} is pure and safe on many threads at once.
 */
public final class Pipeline {

    /** The issuing body when a release names none: this tool's first source. */
    public static final String DEFAULT_PUBLISHER = "org/ministry-of-foreign-affairs";

    private final ProgramExtractor programs;
    private final OrganizationExtractor organizations;
    private final PersonExtractor persons;
    private final CountryExtractor countries;
    private final PlaceExtractor places;
    private final QuotationExtractor quotations = new QuotationExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final ClaimExtractor claims = new ClaimExtractor();

    public Pipeline(Reference reference) {
        this.programs = new ProgramExtractor(reference);
        this.organizations = new OrganizationExtractor(reference);
        this.persons = new PersonExtractor(reference);
        this.countries = new CountryExtractor(reference);
        this.places = new PlaceExtractor(reference);
    }

    public Findings run(Release release) {
        String text = release.text();
        List<Span> content = contentBlocks(release);
        List<Span> blockSpans = blocks(release, content);
        List<Block> blocks = new ArrayList<>(blockSpans.size());
        for (Span s : blockSpans) blocks.add(Block.of(text, s));
        List<Definitions.Definition> definitions = Definitions.find(text, blocks);
        // Programmes and organisations read the same definitions and capitalised phrases: analysed once for both.
        HeadedNames.Analysis headed = programs.analyse(release, blocks, definitions);
        EntityFindings foundPrograms = programs.extract(release, blocks, headed, List.of());
        EntityFindings foundOrgs = organizations.extract(release, blocks, headed, foundPrograms.mentions());
        List<Mention> headedNamed = concat(foundPrograms.mentions(), foundOrgs.mentions());
        EntityFindings foundPlaces = places.extract(release, blocks, headedNamed);
        List<Mention> named = concat(headedNamed, foundPlaces.mentions());
        EntityFindings foundPersons = persons.extract(release, blocks, named);
        EntityFindings foundCountries = countries.extract(release, blocks, concat(named, foundPersons.mentions()));

        List<Entity> entities = Findings.entitiesOf(foundPersons, foundOrgs, foundCountries, foundPrograms, foundPlaces);
        List<Mention> mentions = Findings.mentionsOf(foundPersons, foundOrgs, foundCountries, foundPrograms, foundPlaces);
        Map<String, Entity> byId = Findings.byId(entities);
        List<Quotation> quotes = quotations.extract(text, content, release.language(), mentions, byId);
        List<Span> headlines = new ArrayList<>(1 + release.highlights().size());
        headlines.add(release.title());
        headlines.addAll(release.highlights());
        List<Quantity> numbers = RepeatedQuantities.firstStatements(
                quantities.extract(text, content, release.language()), headlines);
        List<Claim> found = claims.extract(text, numbers, quotes, mentions, byId);
        return new Findings(release, foundPrograms, foundOrgs, foundPersons, foundCountries, foundPlaces, quotes, found,
                publisher(release, foundOrgs), entities, mentions);
    }

    /** Where names are looked for: the issuer lines, the title and the body. */
    static List<Span> blocks(Release release) {
        return blocks(release, contentBlocks(release));
    }

    /** {@link #blocks(Release)}, given the release's {@link #contentBlocks}. */
    private static List<Span> blocks(Release release, List<Span> content) {
        List<Span> sorted = new ArrayList<>(release.issuers().size() + content.size());
        sorted.addAll(release.issuers());
        sorted.addAll(content);
        sorted.sort(null);
        return withoutRepeats(sorted);
    }

    /** Where quotations and quantities are looked for: the title, the highlights and the body. */
    static List<Span> contentBlocks(Release release) {
        List<Span> sorted = release.contentBlocks();
        Span title = release.title();
        if (!anyContains(sorted, title)) {
            // The release's blocks come sorted: the title goes in before the first that sorts after it.
            int at = 0;
            while (at < sorted.size() && sorted.get(at).compareTo(title) < 0) at++;
            sorted = new ArrayList<>(sorted);
            sorted.add(at, title);
        }
        return withoutRepeats(sorted);
    }

    private static boolean anyContains(List<Span> spans, Span span) {
        for (Span s : spans) if (s.contains(span)) return true;
        return false;
    }

    /** The sorted spans, each once. */
    private static List<Span> withoutRepeats(List<Span> sorted) {
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span s : sorted)
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) out.add(s);
        return out;
    }

    /** The organisation named in the header, when the header names one. */
    private static Optional<String> publisher(Release release, EntityFindings orgs) {
        for (Mention m : orgs.mentions()) {
            if (anyContains(release.issuers(), m.span())) return Optional.of(m.entityId());
        }
        return Optional.empty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }
}
