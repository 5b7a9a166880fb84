package org.arstance.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.io.Digests;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;
import org.arstance.io.UserInputException;

/**
 * Reads a public benchmark's splits as its {@link BenchmarkSchema} describes them, from the data
 * directory (never from the project): CSV through {@link CsvTable}, or JSON lines (gzipped when
 * the name ends in {@code .gz}). Every label must be one of the schema's labels and every id
 * unique; a problem is one {@link UserInputException} naming the file and line. The schema's
 * auxiliary label columns, if it declares any, must be in every file; their values are kept on
 * each example (a blank value is left out).
 */
public final class BenchmarkReader {

    /** The examples of each split, and the SHA-256 of each input file (by its path under the data directory). */
    public record Data(Map<String, List<BenchmarkExample>> splits, Map<String, String> sha256) {

        public List<BenchmarkExample> split(String name) {
            List<BenchmarkExample> s = splits.get(name);
            if (s == null) {
                throw new UserInputException("the benchmark has no split '" + name + "' (splits: " + String.join(", ", splits.keySet()) + ")");
            }
            return s;
        }

        /** How many examples of {@code name} have the text (and second text) of an example of another split, white space aside. */
        public long copiesInOtherSplits(String name) {
            Set<String> others = new HashSet<>();
            splits.forEach((k, v) -> {
                if (!k.equals(name)) {
                    v.forEach(x -> others.add(x.copyKey()));
                }
            });
            return split(name).stream().filter(x -> others.contains(x.copyKey())).count();
        }
    }

    private final BenchmarkSchema schema;
    private final Path dataDir;

    public BenchmarkReader(BenchmarkSchema schema, Path dataDir) {
        this.schema = schema;
        this.dataDir = dataDir;
    }

    /** Reads every split; a random split (if the schema has one) is made with {@code seed}. */
    public Data read(long seed) {
        if (!Files.isDirectory(dataDir)) {
            throw new UserInputException(dataDir + ": the data directory is not there (set it with --data-dir or $"
                    + DataDirectory.ENV + "; default " + DataDirectory.DEFAULT + ")");
        }
        Map<String, List<BenchmarkExample>> read = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        BenchmarkSchema.RandomSplit random = schema.randomSplit();
        Map<String, List<String>> columnValues = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Path> e : schema.splits().entrySet()) {
            Path file = dataDir.resolve(e.getValue());
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": the " + schema.name() + " " + e.getKey() + " file is not there (data directory "
                        + dataDir + "; see " + schema.file() + ")");
            }
            byte[] bytes = InputFiles.readBytes(file);
            hashes.put(e.getValue().toString(), Digests.sha256(bytes));
            Map<String, List<String>> values = random != null && random.from().equals(e.getKey()) ? columnValues : null;
            List<BenchmarkExample> examples = schema.format().equals("csv") ? csv(file, bytes, e.getKey(), values)
                    : jsonl(file, bytes, e.getKey(), values);
            for (BenchmarkExample x : examples) {
                if (!ids.add(x.id())) {
                    throw new UserInputException(file + ": id '" + x.id() + "' occurs more than once");
                }
            }
            read.put(e.getKey(), List.copyOf(examples));
        }
        if (random == null) {
            return new Data(read, hashes);
        }
        // copies of one article (the same title, or the same text, under another id) stay on one side
        List<BenchmarkExample> from = read.get(random.from());
        Map<String, String> article = DuplicateGroups.of(from, BenchmarkExample::id, x -> columnValues.get(x.id()));
        List<List<BenchmarkExample>> sides = SeededSplit.split(from, x -> article.get(x.id()), random.testFraction(), seed);
        Map<String, List<BenchmarkExample>> out = new LinkedHashMap<>();
        out.put("train", List.copyOf(sides.get(0)));
        read.forEach((k, v) -> {
            if (!k.equals(random.from())) {
                out.put(k, v);
            }
        });
        out.put("test", List.copyOf(sides.get(1)));
        return new Data(out, hashes);
    }

    /**
     * @param columnValues when not null, gets each example's text column values (white space
     *                     normalized, each prefixed by its column), by example id
     */
    private List<BenchmarkExample> csv(Path file, byte[] bytes, String split, Map<String, List<String>> columnValues) {
        CsvTable t = CsvTable.parse(file, bytes);
        int id = schema.idColumn() == null ? -1 : t.column(schema.idColumn());
        List<Integer> text = schema.textColumns().stream().map(t::column).toList();
        int text2 = schema.text2Column() == null ? -1 : t.column(schema.text2Column());
        int group = schema.groupColumn() == null ? -1 : t.column(schema.groupColumn());
        int label = t.column(schema.labelColumn());
        Map<String, Integer> auxiliary = new LinkedHashMap<>();
        for (String c : schema.auxiliaryColumns()) {
            if (!t.header().contains(c)) {
                throw new UserInputException(file + ":1: no column '" + c + "', an auxiliary label column that " + schema.file()
                        + " declares (columns: " + String.join(", ", t.header()) + ")");
            }
            auxiliary.put(c, t.column(c));
        }
        List<BenchmarkExample> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            List<String> f = r.fields();
            String where = file + ":" + r.line();
            Map<String, String> aux = new LinkedHashMap<>();
            auxiliary.forEach((c, i) -> putValue(aux, c, f.get(i)));
            BenchmarkExample x = example(where, id < 0 ? split + ":" + r.line() : f.get(id).strip(),
                    String.join("\n", text.stream().map(f::get).toList()), text2 < 0 ? null : f.get(text2),
                    group < 0 ? null : f.get(group).strip(), f.get(label).strip(), aux);
            out.add(x);
            if (columnValues != null) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < text.size(); c++) {
                    addIdentity(values, schema.textColumns().get(c), f.get(text.get(c)));
                }
                columnValues.put(x.id(), values);
            }
        }
        return out;
    }

    /** Keeps an auxiliary label's value unless it is blank. */
    private static void putValue(Map<String, String> aux, String column, String value) {
        if (value != null && !value.isBlank()) {
            aux.put(column, value.strip());
        }
    }

    /** As {@link #csv}: a list-valued column's value is its kept items. */
    private List<BenchmarkExample> jsonl(Path file, byte[] bytes, String split, Map<String, List<String>> columnValues) {
        List<BenchmarkExample> out = new ArrayList<>();
        JsonLines.read(file, bytes, (n, line) -> {
            String where = file + ":" + n;
            JsonNode o = Json.parseLine(file.toString(), n, line);
            List<String> parts = new ArrayList<>();
            List<String> values = columnValues == null ? null : new ArrayList<>();
            for (String c : schema.textColumns()) {
                JsonNode v = o.path(c);
                List<String> items = new ArrayList<>();
                if (v.isArray()) {
                    for (int i = 0; i < v.size() && i < schema.maxListItems(); i++) {
                        items.add(v.get(i).asText());
                    }
                } else if (!v.isMissingNode() && !v.isNull()) {
                    items.add(v.asText());
                }
                parts.addAll(items);
                if (values != null) {
                    addIdentity(values, c, String.join("\n", items));
                }
            }
            Map<String, String> aux = new LinkedHashMap<>();
            for (String c : schema.auxiliaryColumns()) {
                if (!o.has(c)) {
                    throw new UserInputException(where + ": no field '" + c + "', an auxiliary label column that "
                            + schema.file() + " declares");
                }
                putValue(aux, c, o.get(c).isNull() ? null : o.get(c).asText());
            }
            BenchmarkExample x = example(where, schema.idColumn() == null ? split + ":" + n : field(o, schema.idColumn(), where),
                    String.join("\n", parts), schema.text2Column() == null ? null : field(o, schema.text2Column(), where),
                    schema.groupColumn() == null ? null : field(o, schema.groupColumn(), where),
                    field(o, schema.labelColumn(), where), aux);
            out.add(x);
            if (columnValues != null) {
                columnValues.put(x.id(), values);
            }
        });
        return out;
    }

    /**
     * What makes two examples copies of one article for a random split: the same value in one text
     * column (white space aside); a blank value makes no copy.
     */
    private static void addIdentity(List<String> identities, String column, String value) {
        String v = DuplicateGroups.normalizeSpace(value);
        if (!v.isEmpty()) {
            identities.add(column + ":" + v);
        }
    }

    private static String field(JsonNode o, String name, String where) {
        if (!o.hasNonNull(name)) {
            throw new UserInputException(where + ": no field '" + name + "'");
        }
        return o.get(name).asText();
    }

    private BenchmarkExample example(String where, String id, String text, String text2, String group, String label,
                                     Map<String, String> auxiliary) {
        if (!schema.labels().contains(label)) {
            throw new UserInputException(where + ": label '" + label + "' is not one of " + schema.labels() + " (" + schema.file() + ")");
        }
        if (id.isEmpty()) {
            throw new UserInputException(where + ": empty id");
        }
        return new BenchmarkExample(id, text, text2, group, label, auxiliary);
    }
}
