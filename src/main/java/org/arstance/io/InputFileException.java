package org.arstance.io;

/**
 * A problem at one line of an input file (line 0: the file as a whole), printed as
 * {@code FILE:LINE: problem}. Its parts stay apart so that a reader that reports many problems
 * (label validation) can list it with the others instead of stopping.
 */
public class InputFileException extends UserInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public InputFileException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the file's as a whole. */
    public int line() {
        return line;
    }

    /** The message without the file and line. */
    public String problem() {
        return problem;
    }
}
