package org.comunicado.build;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports how far a build has got, on stderr. On a terminal: one line redrawn in place,
 * {@code [#####.....] 1234/10000 releases  85.3/s  ETA 1m31s}. Otherwise (a file, a pipe, a test):
 * a plain line every {@value #PLAIN_INTERVAL_MS} ms or every 10% of the inputs, whichever comes
 * first, and a last line at the end. {@link #NONE} prints nothing. Called from the one thread
 * that consumes the build's results; not thread-safe.
 */
public class Progress {
    static final long PLAIN_INTERVAL_MS = 2000;
    private static final long TERMINAL_INTERVAL_MS = 200;
    private static final int BAR = 20;

    /** Prints nothing. */
    public static final Progress NONE = new Progress(null, false, System::nanoTime);

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanos;
    private long total;
    private long started;
    private long lastPrinted;
    private long lastDecile;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.nanos = nanos;
    }

    /** Progress on {@code err}: a redrawn bar when {@code terminal}, plain periodic lines otherwise. */
    public static Progress to(PrintWriter err, boolean terminal) {
        return new Progress(err, terminal, System::nanoTime);
    }

    /** Starts counting towards {@code total} inputs. */
    public void start(long total) {
        this.total = total;
        this.started = nanos.getAsLong();
        this.lastPrinted = started;
        this.lastDecile = 0;
    }

    /** {@code done} of the inputs have an outcome. */
    public void update(long done) {
        if (err == null)
            return;
        long now = nanos.getAsLong();
        long sinceMs = (now - lastPrinted) / 1_000_000;
        if (terminal) {
            if (sinceMs >= TERMINAL_INTERVAL_MS || done == total) {
                err.print("\r" + line(done, now, true));
                err.flush();
                drawn = true;
                lastPrinted = now;
            }
            return;
        }
        long decile = total == 0 ? 10 : done * 10 / total;
        if (sinceMs >= PLAIN_INTERVAL_MS || decile > lastDecile) {
            err.println(line(done, now, false));
            err.flush();
            lastPrinted = now;
            lastDecile = decile;
        }
    }

    /** The work is over (successfully or not): ends the redrawn line. */
    public void finish() {
        if (err != null && terminal && drawn) {
            err.println();
            err.flush();
        }
    }

    private String line(long done, long now, boolean bar) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 && done < total ? " ETA " + duration((long) ((total - done) / rate)) : "";
        StringBuilder sb = new StringBuilder();
        if (bar) {
            int filled = total == 0 ? BAR : (int) (BAR * done / total);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
        } else {
            sb.append("progress: ");
        }
        sb.append(done).append('/').append(total).append(" releases  ")
                .append(String.format(Locale.ROOT, "%.1f/s ", rate)).append(eta);
        return sb.toString().stripTrailing();
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        if (d.toHours() > 0)
            return d.toHours() + "h" + d.toMinutesPart() + "m";
        if (d.toMinutes() > 0)
            return d.toMinutes() + "m" + d.toSecondsPart() + "s";
        return d.toSeconds() + "s";
    }
}
