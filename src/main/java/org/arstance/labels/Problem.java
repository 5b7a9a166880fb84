package org.arstance.labels;

/** One problem in a label file, printed as {@code file:line: message}. */
public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
