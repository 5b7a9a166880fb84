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

        void feed(byte[] chunk, int n) {
            for (int i = 0; i < n; i++, position++) {
                byte b = chunk[i];
                if (b == '\n' && afterCarriageReturn) {
                    lineStart = position + 1;
                } else if (b == '\n' || b == '\r') {
                    emit();
                    lineStart = position + 1;
                } else {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, 2 * length);
                    }
                    line[length++] = b;
                }
                afterCarriageReturn = b == '\r';
            }
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
            String text = TextDecoder.decodeLine(name, lineNo, lineStart, line, length);
            length = 0;
            if (!text.isBlank()) {
                count++;
                handler.line(lineNo, text);
            }
        }
    }
}
