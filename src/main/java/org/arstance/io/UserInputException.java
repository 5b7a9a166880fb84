package org.arstance.io;

/**
 * A problem with what the user gave us (a file, a value, a path): reported as one clear
 * line naming the file and, where there is one, the line; never as a stack trace.
 */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
