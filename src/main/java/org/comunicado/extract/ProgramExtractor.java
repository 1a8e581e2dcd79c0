package org.comunicado.extract;

import java.util.List;
import org.comunicado.ingest.Release;
import org.comunicado.ingest.Span;

/**
 * Government programmes, plans, models and strategies: reference names in both languages,
 * "Name (Translation)" definitions (the translation is an alias of the same programme), and
 * capitalised phrases headed by Plan, Program, Model, Strategy, Programa, Estrategia…
 * Pure and thread-safe.
 */
public final class ProgramExtractor {
    private final HeadedNames names;

    public ProgramExtractor(Reference reference) {
        this.names = new HeadedNames(EntityKind.PROGRAM, reference);
    }

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
