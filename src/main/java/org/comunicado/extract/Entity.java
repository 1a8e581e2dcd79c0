package org.comunicado.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one release says about one entity: its identity and the names and titles the release
 * (or the reference data it matched) gives it.
 *
 * @param kind       person, organization, country or programme
 * @param id         the entity's identity, {@code kind.path() + "/" + slug}, e.g. {@code person/alicia-barcena};
 *                   the mapper prefixes it with the data base IRI
 * @param name       the fullest name, language-neutral for people
 * @param names      the entity's names with a language tag ("" for none): other-language names of
 *                   organizations, countries and programmes
 * @param altLabels  other surface forms seen in the release (surname alone, a shorter form)
 * @param acronyms   acronyms and short forms (CELAC, IMSS), mapped to {@code schema:alternateName}
 * @param jobTitles  job titles the release gives a person, language-tagged
 * @param code       the ISO 3166-1 alpha-3 code of a country
 */
public record Entity(
        EntityKind kind,
        String id,
        String name,
        List<LangString> names,
        List<String> altLabels,
        List<String> acronyms,
        List<LangString> jobTitles,
        Optional<String> code) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        // Asked of every entity of every release: read in place rather than by joining the path and "/".
        String path = kind.path();
        if (!(id.startsWith(path) && id.length() > path.length() && id.charAt(path.length()) == '/')) {
            throw new IllegalArgumentException("entity id " + id + " does not start with " + kind.path() + "/");
        }
        names = List.copyOf(names);
        altLabels = List.copyOf(altLabels);
        acronyms = List.copyOf(acronyms);
        jobTitles = List.copyOf(jobTitles);
    }
}
