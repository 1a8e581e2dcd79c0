package org.comunicado.cli;

/** The exit codes of every command (sysexits, as picocli documents). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int DATA = 65;
    public static final int SOFTWARE = 70;
    public static final int IO = 74;

    private ExitCodes() {
    }
}
