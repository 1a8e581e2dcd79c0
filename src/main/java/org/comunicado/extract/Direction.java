package org.comunicado.extract;

/** Which way a quantity moved, when the text says so ("reduced by 77%", "increased 23%"). */
public enum Direction {
    INCREASE, DECREASE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
