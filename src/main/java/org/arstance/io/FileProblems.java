package org.arstance.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every one of a command's input files before giving up on any: each file whose reading is
 * refused is named with its first problem, all in one refusal, so that an archive with three bad
 * files among thousands is mended in one pass rather than three, and before any work is done.
 */
public final class FileProblems {

    /** The most files a refusal lists one by one. */
    static final int LISTED = 20;

    private FileProblems() {
    }

    /**
     * Hands each file to {@code read}, in order; when reading one or more is refused, throws one
     * {@link UserInputException} naming them (a single refusal is passed on as it is).
     */
    public static <T> void readEach(List<T> files, Consumer<T> read) {
        List<String> problems = new ArrayList<>();
        for (T f : files) {
            try {
                read.accept(f);
            } catch (UserInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.size() == 1) {
            throw new UserInputException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(problems.size() + " of the " + files.size()
                    + " input files cannot be read (nothing was done):");
            problems.stream().limit(LISTED).forEach(p -> message.append('\n').append(p));
            if (problems.size() > LISTED) {
                message.append("\n… and ").append(problems.size() - LISTED).append(" more");
            }
            throw new UserInputException(message.toString());
        }
    }
}
