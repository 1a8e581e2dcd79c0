package org.comunicado.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void terminalRedrawsOneLineWithBarRateAndEta() {
        StringWriter out = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        Progress p = new Progress(new PrintWriter(out), true, nanos::get);
        p.start(10_000);
        nanos.set(14_460_000_000L);
        p.update(1234);
        p.finish();
        assertEquals("\r[##..................] 1234/10000 releases  85.3/s  ETA 1m42s" + System.lineSeparator(), out.toString());
    }

    @Test
    void plainLinesEveryTenPercentOrTwoSeconds() {
        StringWriter out = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        Progress p = new Progress(new PrintWriter(out), false, nanos::get);
        p.start(1000);
        for (int i = 1; i <= 1000; i++) {
            nanos.addAndGet(1_000_000); // 1 ms each: no two-second tick, only the deciles
            p.update(i);
        }
        p.finish();
        assertEquals(10, out.toString().lines().count(), out.toString());
        assertTrue(out.toString().lines().allMatch(l -> l.startsWith("progress: ")));
    }

    @Test
    void noneIsSilent() {
        Progress.NONE.start(3);
        Progress.NONE.update(3);
        Progress.NONE.finish();
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("59s", Progress.duration(59));
        assertEquals("1m31s", Progress.duration(91));
        assertEquals("2h5m", Progress.duration(7500));
    }
}
