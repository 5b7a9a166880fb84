package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and captures what it prints. */
public record Cli(int code, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Runs the command line and checks that it fails with {@code code}, a message holding {@code message} and no stack trace. */
    public static Cli failing(int code, String message, String... args) {
        Cli r = run(args);
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        assertFalse(r.printedStackTrace(), r.err());
        return r;
    }

    public boolean printedStackTrace() {
        return err.contains("\tat ") || err.contains("Exception in thread") || out.contains("\tat ");
    }
}
