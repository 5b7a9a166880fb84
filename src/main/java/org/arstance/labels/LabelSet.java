package org.arstance.labels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.arstance.io.Digests;
import org.arstance.io.InputFiles;
import org.arstance.io.UserInputException;

/**
 * Label files loaded and checked together: the schema that governs them, their records, and a
 * hash of their bytes for provenance.
 */
public final class LabelSet {

    private final Schema schema;
    private final Path schemaFile;
    private final List<Path> files;
    private final List<LabelRecord> records;
    private final String dataHash;
    /** The corpus file the records point into, or null when every record holds its own text. */
    private final Path corpusFile;

    private LabelSet(Schema schema, Path schemaFile, List<Path> files, List<LabelRecord> records, String dataHash,
                     Path corpusFile) {
        this.schema = schema;
        this.schemaFile = schemaFile;
        this.files = List.copyOf(files);
        this.records = List.copyOf(records);
        this.dataHash = dataHash;
        this.corpusFile = corpusFile;
    }

    /** The outcome of reading and validating: the label set, or the problems that stop it. */
    public record Loaded(LabelSet labels, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The label set, or a {@link UserInputException} listing every problem, one per line. */
        public LabelSet orThrow() {
            if (!ok()) {
                throw new UserInputException(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
            }
            return labels;
        }
    }

    /**
     * Reads the label files under {@code paths} (files, or folders searched for {@code .jsonl}),
     * with the schema at {@code schemaFile}, or, when that is null, the {@code schema.json} found
     * beside the first path or in a parent folder.
     */
    public static Loaded load(List<Path> paths, Path schemaFile) {
        return load(paths, schemaFile, DataDirectory.resolve(null));
    }

    /** As {@link #load(List, Path)}, joining corpus records with the corpora under {@code dataDir}. */
    public static Loaded load(List<Path> paths, Path schemaFile, Path dataDir) {
        if (paths.isEmpty()) {
            throw new UserInputException("no label file given");
        }
        List<Path> files = InputFiles.expand(paths, Set.of("jsonl"));
        Path schemaPath = schemaFile != null ? schemaFile : Schema.locateFor(paths.get(0)).orElseThrow(() ->
                new UserInputException(paths.get(0) + ": no " + Schema.FILE_NAME
                        + " in this folder or a parent folder (give one with --schema)"));
        Schema schema = Schema.load(schemaPath);
        List<Problem> problems = new ArrayList<>();
        List<LabelRecord> records = new ArrayList<>();
        for (Path f : files) {
            records.addAll(LabelFileReader.read(f, problems));
        }
        records = CorpusJoin.join(records, dataDir, problems);
        problems.addAll(new LabelValidator(schema).validate(records));
        Path corpus = records.stream().allMatch(LabelRecord::ownText) ? null : new AntCorpus(dataDir).file();
        List<Path> data = new ArrayList<>(files);
        if (corpus != null) {
            // an evaluation reads a corpus record's whole article (its earlier paragraphs, its opinion marker)
            data.add(corpus);
        }
        return new Loaded(new LabelSet(schema, relative(schemaPath), files, records, hash(data), corpus),
                inFileOrder(problems, files));
    }

    /**
     * The problems by file (in the order the files were read) and line, whatever stage found them
     * (reading, joining with a corpus, validating values); a problem of another file (a corpus)
     * comes after, in the order found.
     */
    private static List<Problem> inFileOrder(List<Problem> problems, List<Path> files) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.putIfAbsent(files.get(i).toString(), i);
        }
        return problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> order.getOrDefault(p.file(), files.size()))
                        .thenComparingInt(p -> order.containsKey(p.file()) ? p.line() : 0))
                .toList();
    }

    /**
     * The data hash: a SHA-256 over the label files' own SHA-256s, in the order the files are read,
     * then the corpus file's when the labels point into a corpus (an evaluation reads the unlabelled
     * paragraphs of a labelled paragraph's article, so they are data too).
     * The order is part of the data: training visits the records in it (stochastic gradient
     * descent is not indifferent to the order of its examples), so the same files in another
     * order give another model and, rightly, another hash.
     */
    private static String hash(List<Path> files) {
        List<String> each = new ArrayList<>();
        for (Path f : files) {
            MessageDigest md = Digests.sha256();
            try (InputStream in = Files.newInputStream(f)) {
                Digests.update(md, in);
            } catch (IOException e) {
                throw new UserInputException(f + ": cannot read (" + e.getMessage() + ")", e);
            }
            each.add(Digests.hex(md));
        }
        return Digests.sha256(String.join("\n", each).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The path relative to the working folder when it lies below it (reports name paths a reader can follow). */
    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    public Schema schema() {
        return schema;
    }

    /** Where the schema was read from. */
    public Path schemaFile() {
        return schemaFile;
    }

    public List<Path> files() {
        return files;
    }

    /** Every file the set was read from: its label files, its schema and the corpus its records point into. */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(files);
        inputs.add(schemaFile);
        if (corpusFile != null) {
            inputs.add(corpusFile);
        }
        return inputs;
    }

    public List<LabelRecord> records() {
        return records;
    }

    /** The data hash: a SHA-256 over the label files' own SHA-256s in the order read, and the corpus file's (see {@link #hash}). */
    public String dataHash() {
        return dataHash;
    }

    /** Counts per value of one field, in the schema's order of values, values with no record left out unless listed. */
    public Map<String, Long> counts(Function<LabelRecord, String> field, List<String> order) {
        Map<String, Long> raw = records.stream().collect(Collectors.groupingBy(field, TreeMap::new, Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String v : order) {
            ordered.put(v, raw.getOrDefault(v, 0L));
        }
        raw.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** One line: counts per topic, source and stance. */
    public String summary() {
        Map<String, Long> sources = counts(LabelRecord::source, List.of());
        String sourceText = sources.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return records.size() + " paragraphs in " + files.size() + (files.size() == 1 ? " file" : " files")
                + " | topic " + format(counts(LabelRecord::topic, schema.topicIds()))
                + " | stance " + format(counts(LabelRecord::stance, schema.stances()))
                + " | source " + sourceText;
    }

    private static String format(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
