package org.arstance.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON-lines file one line at a time, gunzipping it when its name ends in {@code .gz}: a
 * byte-order mark on the first line is dropped, blank lines are skipped, each other line reaches
 * the handler with its 1-based number. Unreadable bytes become a {@link UserInputException}
 * naming the file and line.
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
        int lineNo = 0;
        int count = 0;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    count++;
                    handler.line(lineNo, line);
                }
            }
        } catch (CharacterCodingException e) {
            throw new UserInputException(file + ":" + (lineNo + 1) + ": not valid UTF-8");
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        return count;
    }

    private static UserInputException cannotRead(Path file, IOException e) {
        return new UserInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
}
