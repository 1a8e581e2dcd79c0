package org.comunicado.extract;

import java.util.List;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * Organisations: reference names and acronyms, "Long Name (ACRONYM)" definitions and acronyms seen
 * alone after them, and capitalised phrases headed by an organisation noun (Ministry, Institute,
 * Court, Secretaría, Comisión…). Pure and thread-safe.
 */
public final class OrganizationExtractor {
    private final HeadedNames names;

    public OrganizationExtractor(Reference reference) {
        this.names = new HeadedNames(EntityKind.ORGANIZATION, reference);
    }

    /** @param taken mentions of earlier extractors, which organisation names may not overlap */
    public EntityFindings extract(Release release, List<Block> blocks, List<Definitions.Definition> definitions, List<Mention> taken) {
        return names.extract(release.text(), release.language(), blocks, definitions, taken);
    }

    /** The definitions and capitalised phrases of a release, analysed once for programmes and organisations alike. */
    HeadedNames.Analysis analyse(Release release, List<Block> blocks, List<Definitions.Definition> definitions) {
        return names.analyse(release.text(), blocks, definitions);
    }

    /** {@link #extract(Release, List, List, List)} from an {@link #analyse analysis} of its blocks and definitions. */
    EntityFindings extract(Release release, List<Block> blocks, HeadedNames.Analysis analysis, List<Mention> taken) {
        return names.extract(release.text(), release.language(), blocks, analysis, taken);
    }
}
