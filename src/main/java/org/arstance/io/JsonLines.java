package org.arstance.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON-lines file one line at a time, gunzipping it when its name ends in {@code .gz}: a
 * byte-order mark on the first line is dropped, blank lines are skipped, each other line reaches
 * the handler with its 1-based number. Lines end at {@code \n}, {@code \r\n} or {@code \r}. Each
 * line is decoded on its own by {@link TextDecoder}, so bytes that are not UTF-8 are an
 * {@link InputFileException} naming the file and the line they are on.
 */
public final class JsonLines {

    /** Receives each non-blank line. */
    @FunctionalInterface
    public interface LineHandler {
        void line(int lineNo, String text);
    }

    private JsonLines() {
    }

    /** @return how many non-blank lines there were */
    public static int read(Path file, LineHandler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in, handler);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** As {@link #read(Path, LineHandler)}, over the file's bytes already read (to hash them too, say). */
    public static int read(Path file, byte[] bytes, LineHandler handler) {
        return read(file, new ByteArrayInputStream(bytes), handler);
    }

    private static int read(Path file, InputStream raw, LineHandler handler) {
        Splitter lines = new Splitter(file.toString(), handler);
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                lines.feed(chunk, n);
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        return lines.finish();
    }

    private static UserInputException cannotRead(Path file, IOException e) {
        return new UserInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }

    /** Cuts a stream of bytes into lines and hands each, decoded, to the handler. */
    private static final class Splitter {
        private final String name;
        private final LineHandler handler;
        private final TextDecoder decoder = new TextDecoder();
        private byte[] line = new byte[1 << 12];
        private int length;
        private int lineNo;
        private int count;
        private long position;
        private long lineStart;
        private boolean afterCarriageReturn;

        Splitter(String name, LineHandler handler) {
            this.name = name;
            this.handler = handler;
        }

        /** Appends each stretch of bytes between line ends to the line at once, and emits a line at each end. */
        void feed(byte[] chunk, int n) {
            int i = 0;
            while (i < n) {
                int end = i;
                while (end < n && chunk[end] != '\n' && chunk[end] != '\r') {
                    end++;
                }
                append(chunk, i, end - i);
                position += end - i;
                if (end == n) {
                    if (end > i) {
                        afterCarriageReturn = false;
                    }
                    return;
                }
                byte b = chunk[end];
                if (!(b == '\n' && afterCarriageReturn && end == i)) {
                    emit();
                }
                position++;
                lineStart = position;
                afterCarriageReturn = b == '\r';
                i = end + 1;
            }
        }

        private void append(byte[] chunk, int from, int count) {
            if (count == 0) {
                return;
            }
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(length + count, 2 * line.length));
            }
            System.arraycopy(chunk, from, line, length, count);
            length += count;
        }

        /** @return how many non-blank lines there were */
        int finish() {
            if (length > 0) {
                emit();
            }
            return count;
        }

        private void emit() {
            lineNo++;
            String text = decoder.decodeLine(name, lineNo, lineStart, line, length);
            length = 0;
            if (!text.isBlank()) {
                count++;
                handler.line(lineNo, text);
            }
        }
    }
}
