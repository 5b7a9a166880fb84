package org.arstance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a whole output folder beside its final path and swaps it into place when complete: an
 * interrupted run leaves the earlier folder as it was and no half-written one under the name.
 */
public final class AtomicDirectory {

    /** What fills the temporary folder. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path dir) throws IOException;
    }

    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicDirectory::deleteTree),
                "arstance-partial-folder-cleanup"));
    }

    private AtomicDirectory() {
    }

    public static void write(Path target, Filler filler) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String stamp = ProcessHandle.current().pid() + "." + System.nanoTime();
        Path tmp = parent.resolve("." + absolute.getFileName() + ".tmp-" + stamp);
        Path old = parent.resolve("." + absolute.getFileName() + ".old-" + stamp);
        try {
            Files.createDirectories(parent);
            PENDING.add(tmp);
            Files.createDirectory(tmp);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write here (" + e.getMessage() + ")", e);
        }
        try {
            filler.fill(tmp);
            if (Files.exists(absolute)) {
                if (!Files.isDirectory(absolute)) {
                    throw new UserInputException(target + ": exists and is not a folder");
                }
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE);
            PENDING.remove(tmp);
            deleteTree(old);
        } catch (IOException e) {
            throw new UserInputException(target + ": writing failed (" + AtomicOutput.describe(e) + ")", e);
        } finally {
            if (PENDING.remove(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
