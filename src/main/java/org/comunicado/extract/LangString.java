package org.comunicado.extract;

import java.util.Objects;

/** A string with a language tag; the tag is {@code ""} when the string has none. */
public record LangString(String text, String lang) implements Comparable<LangString> {

    public LangString {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
    }

    @Override
    public int compareTo(LangString o) {
        int c = text.compareTo(o.text);
        return c != 0 ? c : lang.compareTo(o.lang);
    }
}
