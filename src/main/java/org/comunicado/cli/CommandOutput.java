package org.comunicado.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * An OutputStream over picocli's stdout writer, so that Jena's stream writers print where the
 * command's {@code getOut()} points (a terminal, or a test's StringWriter). UTF-8 never puts a
 * newline byte inside a character, so whole lines are decoded and passed on as they complete.
 */
final class CommandOutput extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    CommandOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        line.write(b);
        if (b == '\n') drain();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                drain();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    @Override
    public void flush() {
        drain();
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }

    private void drain() {
        out.print(line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
