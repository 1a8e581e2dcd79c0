package org.comunicado.extract;

/** The kinds of named entity Comunicado recognises. {@link #path()} is the IRI segment of each. */
public enum EntityKind {
    PERSON("person"),
    ORGANIZATION("org"),
    COUNTRY("country"),
    PROGRAM("program"),
    PLACE("place");

    private final String path;

    EntityKind(String path) {
        this.path = path;
    }

    /** The IRI path segment: {@code <base>{path}/{slug}}. */
    public String path() {
        return path;
    }
}
