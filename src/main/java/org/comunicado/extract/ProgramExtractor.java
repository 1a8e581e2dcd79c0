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
}
