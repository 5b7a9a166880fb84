package org.arstance.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Text results go to a file (written atomically) when a path is given, else to standard output. */
public final class TextOutput {

    /** What writes the text. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    private TextOutput() {
    }

    public static void write(Path file, PrintWriter stdout, Body body) {
        if (file == null) {
            try {
                body.write(stdout);
            } catch (IOException e) {
                throw new UserInputException("standard output: writing failed (" + e.getMessage() + ")", e);
            } catch (java.io.UncheckedIOException e) {
                throw new UserInputException("standard output: writing failed (" + e.getCause().getMessage() + ")", e);
            }
            stdout.flush();
            if (stdout.checkError()) {
                throw new UserInputException("standard output: writing failed");
            }
            return;
        }
        AtomicOutput.write(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }
}
