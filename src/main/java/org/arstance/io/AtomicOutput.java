package org.arstance.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file under a temporary name beside its final path and renames it into place only
 * when the writer finished, so that a failed or interrupted run never leaves a partial file
 * under the final name and an earlier file stays intact. Temporary files still open when the
 * JVM is stopped (SIGINT, SIGTERM) are deleted by a shutdown hook; one left by a run that was
 * killed outright (SIGKILL, a power cut) is deleted by a later run that writes the same target,
 * once no process of its number runs here and it has not changed for an hour (a folder shared
 * between machines may hold a live writer's file whose process this machine cannot see).
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/stdout} or
 * {@code /dev/full}, a FIFO) cannot be renamed over: it is written directly.
 */
public final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final AtomicLong COUNTER = new AtomicLong();
    /** How long a temporary file of a process that is gone must have stood unchanged before it is deleted. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly),
                "arstance-partial-output-cleanup"));
    }

    private AtomicOutput() {
    }

    /**
     * Refuses a target that {@link #write} could not write, before any work is done: a folder, or a
     * path under a file or under a folder that cannot be written.
     */
    public static void requireWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserInputException(target + ": is a folder, not a file");
        }
        if (!Files.exists(absolute) || Files.isRegularFile(absolute)) {
            // a device or FIFO is written directly, not renamed over
            requireFolderAbove(target);
        }
    }

    /** Refuses a target whose nearest existing ancestor is not a folder this process can write into. */
    static void requireFolderAbove(Path target) {
        for (Path p = target.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new UserInputException(target + ": cannot write here (a file stands where a folder is needed: " + p + ")");
                }
                if (!Files.isWritable(p)) {
                    throw new UserInputException(target + ": cannot write here (permission denied: " + p + ")");
                }
                return;
            }
        }
    }

    public static void write(Path target, Writer writer) {
        requireWritable(target);
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            writeDirect(target, absolute, writer);
            return;
        }
        Path dir = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            sweepStale(dir, absolute.getFileName().toString());
            // created with the default permissions (umask), unlike createTempFile's owner-only ones
            tmp = dir.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + COUNTER.incrementAndGet() + ".part");
            PENDING.add(tmp);
            Files.createFile(tmp);
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
            throw new UserInputException(target + ": writing failed (" + describe(e) + ")", e);
        } catch (UncheckedIOException e) {
            throw new UserInputException(target + ": writing failed (" + describe(e.getCause()) + ")", e);
        } finally {
            deleteQuietly(tmp);
            PENDING.remove(tmp);
        }
    }

    /**
     * Deletes the temporary files of earlier writes of {@code name} in {@code dir} whose process is
     * no longer running and that have not changed for {@link #STALE}: what a killed run left
     * ({@code .NAME.PID.N.part}).
     */
    private static void sweepStale(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String f = p.getFileName().toString();
                if (!f.startsWith(prefix) || !f.endsWith(".part")) {
                    continue;
                }
                if (leftByEndedRun(p, f.substring(prefix.length(), f.length() - ".part".length()))) {
                    deleteQuietly(p);
                }
            }
        }
    }

    /**
     * Whether {@code p}, a temporary file or folder named by its writer's {@code PID.N}, was left by
     * a run that ended without cleaning up (N a counter, or a clock that may be negative): that process is no longer running, and {@code p} has
     * not changed for {@link #STALE} (on a shared folder the pid may be another machine's live run).
     */
    static boolean leftByEndedRun(Path p, String pidAndN) throws IOException {
        String[] parts = pidAndN.split("\\.");
        return parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("-?\\d{1,19}")
                && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()
                && Files.getLastModifiedTime(p).toInstant().isBefore(java.time.Instant.now().minus(STALE));
    }

    private static void writeDirect(Path target, Path absolute, Writer writer) {
        try (OutputStream out = Files.newOutputStream(absolute)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UserInputException(target + ": writing failed (" + describe(e) + ")", e);
        } catch (UncheckedIOException e) {
            throw new UserInputException(target + ": writing failed (" + describe(e.getCause()) + ")", e);
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands where a folder is needed: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the temporary name never shadows the final one
        }
    }
}
