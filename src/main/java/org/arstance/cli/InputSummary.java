package org.arstance.cli;

import java.nio.file.Path;
import java.util.List;

/** The end-of-run line of segment and classify: how many paragraphs from how many files, and which files gave none. */
final class InputSummary {

    /** The most files the line names. */
    static final int NAMED = 5;

    private InputSummary() {
    }

    static String of(String command, long paragraphs, int files, List<Path> withoutParagraphs) {
        String line = command + ": " + paragraphs + " paragraph" + (paragraphs == 1 ? "" : "s") + " from " + files + " file"
                + (files == 1 ? "" : "s");
        if (withoutParagraphs.isEmpty()) {
            return line;
        }
        List<String> named = withoutParagraphs.stream().limit(NAMED).map(Path::toString).toList();
        return line + "; " + withoutParagraphs.size() + " of them gave none (empty, white space or site chrome only): "
                + String.join(", ", named) + (withoutParagraphs.size() > NAMED ? ", …" : "");
    }
}
