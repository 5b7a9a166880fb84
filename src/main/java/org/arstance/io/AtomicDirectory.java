package org.arstance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a whole output folder beside its final path and swaps it into place when complete: an
 * interrupted run leaves the earlier folder as it was and no half-written one under the name.
 *
 * <p>A folder already at the final path is replaced only when it is empty or is an earlier output
 * of the same kind, recognised by the files such an output always holds (the caller's
 * {@code marks}); an earlier output is replaced whole, whatever else was put in it since. Any
 * other folder is the user's and is refused, never deleted. The temporary folders a killed run
 * left beside the target are deleted by the next write of it, once their process is gone and an
 * hour has passed.
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

    /**
     * Refuses, before any work is done, a target that {@link #write} would refuse: a file, a folder
     * that is neither empty nor an earlier output holding every one of {@code marks}, or a path
     * where no folder can be made.
     *
     * @param marks the files every output of this kind holds, by name
     */
    public static void requireReplaceable(Path target, List<String> marks) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new UserInputException(target + ": exists and is not a folder");
            }
            boolean earlier = marks.stream().allMatch(m -> Files.isRegularFile(absolute.resolve(m)));
            List<String> held = earlier ? List.of() : held(target, absolute);
            if (!held.isEmpty()) {
                throw new UserInputException(target + ": exists and is not an earlier arstance report (it holds "
                        + String.join(", ", held.subList(0, Math.min(3, held.size()))) + (held.size() > 3 ? " …" : "")
                        + "; an earlier report holds " + String.join(" and ", marks)
                        + "): choose another folder or remove it");
            }
        }
        if (absolute.getParent() == null) {
            throw new UserInputException(target + ": cannot write here (the root folder)");
        }
        AtomicOutput.requireFolderAbove(target);
    }

    /** The names of what a folder holds, sorted. */
    private static List<String> held(Path target, Path absolute) {
        try (Stream<Path> list = Files.list(absolute)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot list folder (" + AtomicOutput.describe(e) + ")", e);
        }
    }

    /**
     * Fills a new folder and swaps it in at {@code target}, in place of an earlier output that holds
     * every one of {@code marks} or of an empty folder ({@link #requireReplaceable}).
     */
    public static void write(Path target, List<String> marks, Filler filler) {
        requireReplaceable(target, marks);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String stamp = ProcessHandle.current().pid() + "." + System.nanoTime();
        Path tmp = parent.resolve("." + absolute.getFileName() + ".tmp-" + stamp);
        Path old = parent.resolve("." + absolute.getFileName() + ".old-" + stamp);
        try {
            Files.createDirectories(parent);
            sweepStale(parent, absolute.getFileName().toString());
            PENDING.add(tmp);
            Files.createDirectory(tmp);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot write here (" + AtomicOutput.describe(e) + ")", e);
        }
        try {
            filler.fill(tmp);
            // again: the folder may have changed while this one was filled
            requireReplaceable(target, marks);
            if (Files.exists(absolute)) {
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

    /**
     * Deletes the temporary folders of earlier writes of {@code name} in {@code dir} that a killed
     * run left ({@code .NAME.tmp-PID.N}, {@code .NAME.old-PID.N}; {@link AtomicOutput#leftByEndedRun}).
     */
    private static void sweepStale(Path dir, String name) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String f = p.getFileName().toString();
                for (String prefix : List.of("." + name + ".tmp-", "." + name + ".old-")) {
                    if (f.startsWith(prefix) && Files.isDirectory(p) && AtomicOutput.leftByEndedRun(p, f.substring(prefix.length()))) {
                        deleteTree(p);
                    }
                }
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
