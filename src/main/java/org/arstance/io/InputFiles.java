package org.arstance.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Expands FILE|DIR arguments into a sorted list of files with the wanted extensions. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param inputs     files and folders as the user gave them
     * @param extensions lower-case extensions without the dot that a folder's files must have
     * @return the files, folders expanded recursively in path order, given files kept as given; a
     *         file reached twice (given twice, or given and inside a given folder) is there once,
     *         where it was first reached
     */
    public static List<Path> expand(List<Path> inputs, Set<String> extensions) {
        return expandNamed(inputs, extensions).stream().map(Named::path).toList();
    }

    /**
     * A file found from the user's arguments, and its name as a document: its path below the
     * folder it was found in, without the extension and with {@code /} between folders
     * ({@code siteA/index} for {@code archive/siteA/index.txt} when {@code archive} was given), or
     * the file name without the extension for a file given by itself.
     */
    public record Named(Path path, String name) {
    }

    /** As {@link #expand}, each file with its document name ({@link Named}). */
    public static List<Named> expandNamed(List<Path> inputs, Set<String> extensions) {
        List<Named> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = listFolder(input, extensions);
                if (found.isEmpty()) {
                    throw new UserInputException(input + ": folder holds no readable file ending in ."
                            + String.join(" or .", extensions.stream().sorted().toList()));
                }
                found.forEach(f -> files.add(new Named(f, nameBelow(input, f))));
            } else if (Files.isRegularFile(input)) {
                if (!Files.isReadable(input)) {
                    throw new UserInputException(input + ": file is not readable");
                }
                files.add(new Named(input, baseName(input)));
            } else {
                throw new UserInputException(input + ": no such file or folder");
            }
        }
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(f -> seen.add(realPath(f.path()))).toList();
    }

    /**
     * Refuses two of {@code files} (article files, whose paragraph ids are made from their document
     * names) with one document name, naming both: two folders given that both hold an
     * {@code index.txt}.
     */
    public static void requireDistinctNames(List<Named> files) {
        Map<String, Path> byName = new HashMap<>();
        for (Named f : files) {
            Path earlier = byName.putIfAbsent(f.name(), f.path());
            if (earlier != null) {
                throw new UserInputException(f.path() + ": its document name '" + f.name() + "' is that of " + earlier
                        + " too, and paragraph ids would clash: give the folder that holds both, or rename one");
            }
        }
    }

    /** {@code file}'s path below {@code folder}, without the extension, folders joined by {@code /}. */
    private static String nameBelow(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            name.append(relative.getName(i)).append('/');
        }
        return name.append(baseName(file)).toString();
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Path> listFolder(Path dir, Set<String> extensions) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(Files::isReadable)
                    .filter(p -> extensions.contains(extension(p)))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserInputException(dir + ": cannot list folder (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses an output path that is one of the inputs: writing it would destroy what is being read. */
    public static void requireNotInput(Path out, List<Path> inputs) {
        if (out == null) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (Files.exists(out) && Files.isSameFile(out, in)) {
                    throw new UserInputException(out + ": the output file is also an input");
                }
            } catch (IOException e) {
                // unreadable paths are reported when read or written
            }
        }
    }

    public static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension. */
    public static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** A UTF-8 text file the user gave (a schema, a config); {@code what} names it in the message if it cannot be read. */
    public static String readString(Path p, String what) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException(p + ": cannot read " + what + " (" + e.getMessage() + ")", e);
        }
    }

    public static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UserInputException(p + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
