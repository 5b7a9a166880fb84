package org.arstance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name beside its final path and renames it into place only
 * when the writer finished, so that a failed or interrupted run never leaves a partial file
 * under the final name and an earlier file stays intact.
 */
public final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicOutput() {
    }

    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new UserInputException(target + ": is a directory, not a file");
        }
        Path tmp;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // created with the default permissions (umask), unlike createTempFile's owner-only ones
            tmp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + COUNTER.incrementAndGet() + ".part"));
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write here (" + describe(e) + ")", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UserInputException(target + ": writing failed (" + describe(e) + ")", e);
        } catch (java.io.UncheckedIOException e) {
            deleteQuietly(tmp);
            throw new UserInputException(target + ": writing failed (" + describe(e.getCause()) + ")", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the temporary name never shadows the final one
        }
    }
}
