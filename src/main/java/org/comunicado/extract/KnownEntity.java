package org.comunicado.extract;

import java.util.List;
import java.util.Optional;

/**
 * An entry of the reference lists: an entity known before any release is read.
 *
 * @param id        {@code kind.path() + "/" + slug}, as for {@link Entity#id()}
 * @param names     its names, language-tagged where the reference gives a language
 * @param translations names in other languages that are not the official name ("Sowing Life")
 * @param acronyms  acronyms and other short forms, matched case-sensitively
 * @param altLabels other surface forms to recognise
 * @param hiddenLabels forms to recognise that are never shown as labels ({@code skos:hiddenLabel}):
 *                  "Estados Unidos Mexicanos" finds Mexico, but as a label it would read as "Estados Unidos"
 * @param jobTitles a person's standing titles
 * @param code      a country's ISO 3166-1 alpha-3 code
 */
public record KnownEntity(
        EntityKind kind,
        String id,
        List<LangString> names,
        List<LangString> translations,
        List<String> acronyms,
        List<LangString> altLabels,
        List<String> hiddenLabels,
        List<LangString> jobTitles,
        Optional<String> code) {

    public KnownEntity {
        names = List.copyOf(names);
        translations = List.copyOf(translations);
        acronyms = List.copyOf(acronyms);
        altLabels = List.copyOf(altLabels);
        hiddenLabels = List.copyOf(hiddenLabels);
        jobTitles = List.copyOf(jobTitles);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("known entity " + id + " has no name");
        }
    }

    /** The name in {@code language}, else the first name. */
    public String name(String language) {
        // A loop rather than a stream: asked for every known entity of every release.
        for (LangString n : names) if (n.lang().equals(language)) return n.text();
        return names.get(0).text();
    }

    /** Every surface form to look for in a text. */
    public List<String> surfaceForms() {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        names.forEach(n -> forms.add(n.text()));
        translations.forEach(n -> forms.add(n.text()));
        altLabels.forEach(n -> forms.add(n.text()));
        forms.addAll(hiddenLabels);
        forms.addAll(acronyms);
        return List.copyOf(forms);
    }
}
