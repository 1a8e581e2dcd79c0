package org.comunicado.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A file holding TriG blocks ({@link TrigFormat}) and where each graph's block lies in it, so
 * that a new TriG file can copy blocks from it as bytes instead of formatting them again. Either
 * an existing TriG file, {@linkplain #scan scanned}, or a {@linkplain #spool spool} that blocks
 * are appended to as they are made. Not thread-safe; close it when done.
 */
final class BlockFile implements AutoCloseable {
    private final TrigFormat format;
    private final FileChannel channel;
    /** A block's first line → its offset and length in the file. */
    private final Map<String, long[]> ranges = new HashMap<>();
    private long end;

    private BlockFile(TrigFormat format, FileChannel channel) {
        this.format = format;
        this.channel = channel;
    }

    /** A new, empty spool at {@code file} (which must not exist). */
    static BlockFile spool(Path file, TrigFormat format) throws IOException {
        return new BlockFile(format, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /**
     * The blocks of the TriG file {@code trig}, or null if there is no such file or it is not
     * exactly in {@code format}: another header, or a line outside the block structure. A null
     * means the caller writes the file from the database instead.
     */
    static BlockFile scan(Path trig, TrigFormat format) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(trig, StandardOpenOption.READ);
        } catch (NoSuchFileException ex) {
            return null;
        }
        BlockFile file = new BlockFile(format, channel);
        try (InputStream in = Files.newInputStream(trig)) {
            if (!file.index(in)) {
                file.close();
                return null;
            }
        } catch (IOException | RuntimeException ex) {
            file.close();
            throw ex;
        }
        return file;
    }

    /** Appends {@code block} (an empty one is not recorded). */
    void append(TrigBlock block) throws IOException {
        if (block.length() == 0)
            return;
        ByteBuffer buf = ByteBuffer.wrap(block.bytes());
        while (buf.hasRemaining())
            channel.write(buf, end + buf.position());
        ranges.put(format.blockStart(block.graph()), new long[] {end, block.length()});
        end += block.length();
    }

    /** Forgets graph {@code g}'s block, if any. */
    void forget(Node g) {
        ranges.remove(format.blockStart(g));
    }

    /** True if this file holds a block of graph {@code g}. */
    boolean has(Node g) {
        return ranges.containsKey(format.blockStart(g));
    }

    /** Copies graph {@code g}'s block to {@code out}; false (nothing written) if this file has none. */
    boolean copy(Node g, TrigFile.Output out) throws IOException {
        long[] range = ranges.get(format.blockStart(g));
        if (range == null)
            return false;
        out.copy(channel, range[0], range[1]);
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Reads the whole file, recording each block's range; false if it is not in the format.
     * Literals never span lines in this format, so looking at line starts is enough: a block is
     * a line starting with {@code <}, lines starting with a space, a line {@code }}, a blank line.
     */
    private boolean index(InputStream in) throws IOException {
        byte[] header = new byte[format.headerLength()];
        if (in.readNBytes(header, 0, header.length) != header.length || !format.startsWithHeader(header))
            return false;
        LineReader lines = new LineReader(in, header.length);
        String open = null;
        long start = 0;
        boolean closed = false;
        while (lines.next()) {
            if (closed) {
                // After "}" comes the blank line that ends the block.
                // A graph twice is not a file this format writes.
                if (lines.length != 0 || ranges.put(open, new long[] {start, lines.offset + 1 - start}) != null)
                    return false;
                open = null;
                closed = false;
            } else if (open == null) {
                if (lines.first != '<' || !lines.text.endsWith(" {"))
                    return false;
                open = lines.text;
                start = lines.offset;
            } else if (lines.first == '}' && lines.length == 1) {
                closed = true;
            } else if (lines.first != ' ') {
                return false;
            }
        }
        return open == null && lines.complete;
    }

    /**
     * The lines of a stream, one at a time: offset, length (without the {@code \n}), first byte,
     * and, for a line starting with {@code <}, its text.
     */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private long bufOffset;
        private final ByteArrayOutputStream capture = new ByteArrayOutputStream();

        long offset;
        int length;
        int first;
        String text;
        /** False if the last line had no {@code \n}. */
        boolean complete = true;

        LineReader(InputStream in, long startOffset) {
            this.in = in;
            this.bufOffset = startOffset;
        }

        boolean next() throws IOException {
            if (pos == limit && !fill())
                return false;
            offset = bufOffset + pos;
            first = buf[pos] & 0xFF;
            text = null;
            boolean capturing = first == '<';
            capture.reset();
            while (true) {
                int from = pos;
                while (pos < limit && buf[pos] != '\n')
                    pos++;
                if (capturing)
                    capture.write(buf, from, pos - from);
                if (pos < limit) {
                    length = (int) (bufOffset + pos - offset);
                    pos++;
                    break;
                }
                if (!fill()) {
                    length = (int) (bufOffset + pos - offset);
                    complete = false;
                    break;
                }
            }
            if (capturing)
                text = capture.toString(StandardCharsets.UTF_8);
            return true;
        }

        private boolean fill() throws IOException {
            bufOffset += limit;
            pos = 0;
            limit = Math.max(0, in.read(buf));
            return limit > 0;
        }
    }
}
