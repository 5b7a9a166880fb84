package org.arstance.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON-lines file one line at a time: a byte-order mark on the first line is dropped,
 * blank lines are skipped, each other line reaches the handler with its 1-based number.
 * Unreadable bytes become a {@link UserInputException} naming the file and line.
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
        int lineNo = 0;
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
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
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return count;
    }
}
