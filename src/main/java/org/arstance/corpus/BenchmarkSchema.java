package org.arstance.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.io.JsonFields;

/**
 * What a public benchmark's data look like, read from a schema file under
 * {@code experiments/benchmarks/}: nothing about a benchmark (file names, columns, labels) is in
 * the Java code.
 *
 * <pre>
 * {"name": "…", "format": "csv" | "jsonl",
 *  "splits": {"train": "relative/to/data-dir.csv", "test": "…"},
 *  "random_split": {"from": "all", "test_fraction": 0.2, "by": "doc_id"},   // when there is no official test split
 *  "columns": {"id": "ID", "text": ["text"], "text2": null, "group": "target", "label": "stance",
 *              "auxiliary": ["sentiment"]},   // other gold label columns: training targets for stacking, never inputs
 *  "max_list_items": 3,            // a list-valued text field (jsonl) keeps its first items
 *  "labels": ["…"], "positive_classes": ["…"], "primary_metric": "f_avg" | "macro_f1",
 *  "negation_words": ["…"], "notes": ["…"]}
 * </pre>
 */
public record BenchmarkSchema(Path file, String name, String format, Map<String, Path> splits, RandomSplit randomSplit,
                              String idColumn, List<String> textColumns, String text2Column, String groupColumn,
                              String labelColumn, List<String> auxiliaryColumns, int maxListItems, List<String> labels,
                              List<String> positiveClasses, String primaryMetric, List<String> negationWords,
                              List<String> notes) {

    /**
     * A seeded split of one file into train and test by example id (one example per article in
     * ANT, so by article); the schema may say so with {@code "by"}, which must then name the id column.
     * Examples with the same value in a text column (white space aside) are copies of one article
     * under two ids and stay on one side ({@link BenchmarkReader}).
     */
    public record RandomSplit(String from, double testFraction) {
    }

    public static final String F_AVG = "f_avg";
    public static final String MACRO_F1 = "macro_f1";

    /** Reads and checks {@code file}: every object's keys and every value's type, named by its path in the file. */
    public static BenchmarkSchema load(Path file) {
        JsonFields root = JsonFields.read(file, "a benchmark schema").allow("name", "format", "splits",
                "random_split", "columns", "max_list_items", "labels", "positive_classes", "primary_metric", "negation_words", "notes");
        String name = required(root, "name");
        String format = root.string("format", "csv");
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw root.error("format", "must be 'csv' or 'jsonl', not '" + format + "'");
        }
        Map<String, Path> splits = new LinkedHashMap<>();
        JsonFields splitFiles = root.object("splits");
        splitFiles.keys().forEach(k -> splits.put(k, Path.of(required(splitFiles, k))));
        JsonFields cols = root.object("columns").allow("id", "text", "text2", "group", "label", "auxiliary");
        String idColumn = cols.string("id", null);
        RandomSplit random = null;
        if (root.has("random_split")) {
            JsonFields r = root.object("random_split").allow("from", "test_fraction", "by");
            double fraction = r.number("test_fraction", 0.2);
            if (!(fraction > 0 && fraction < 1)) {
                throw r.error("test_fraction", "must be between 0 and 1");
            }
            random = new RandomSplit(required(r, "from"), fraction);
            String by = r.string("by", null);
            if (by != null && !by.equals(idColumn)) {
                throw r.error("by", "is '" + by + "', but the split is by example id: it must be the id column"
                        + (idColumn == null ? " (columns.id is not given)" : " ('" + idColumn + "')"));
            }
            if (!splits.containsKey(random.from())) {
                throw r.error("from", "is '" + random.from() + "', which is not one of the splits");
            }
        }
        if (splits.isEmpty()) {
            throw root.error("splits", "must name at least one file");
        }
        // one text column may be given as a string
        List<String> textColumns = cols.raw("text").isTextual() ? List.of(cols.string("text", null)) : cols.strings("text");
        if (textColumns.isEmpty()) {
            throw cols.error("text", "must name the text column(s)");
        }
        List<String> auxiliary = auxiliaryColumns(cols, textColumns);
        List<String> labels = root.strings("labels");
        if (labels.size() < 2) {
            throw root.error("labels", "must list at least two label values");
        }
        List<String> positives = root.strings("positive_classes");
        for (int i = 0; i < positives.size(); i++) {
            if (!labels.contains(positives.get(i))) {
                throw root.errorAt(root.where("positive_classes") + "[" + i + "]", "is '" + positives.get(i) + "', which is not one of the labels");
            }
        }
        String metric = root.string("primary_metric", positives.isEmpty() ? MACRO_F1 : F_AVG);
        if (!metric.equals(F_AVG) && !metric.equals(MACRO_F1)) {
            throw root.error("primary_metric", "must be 'f_avg' or 'macro_f1'");
        }
        if (metric.equals(F_AVG) && positives.isEmpty()) {
            throw root.error("primary_metric", "is f_avg, which needs 'positive_classes'");
        }
        int maxListItems = root.intValue("max_list_items", Integer.MAX_VALUE);
        if (maxListItems < 1) {
            throw root.error("max_list_items", "must be at least 1, not " + maxListItems);
        }
        return new BenchmarkSchema(file, name, format, splits, random, idColumn, List.copyOf(textColumns),
                cols.string("text2", null), cols.string("group", null), required(cols, "label"), auxiliary, maxListItems,
                List.copyOf(labels), List.copyOf(positives), metric, List.copyOf(root.strings("negation_words")),
                List.copyOf(root.strings("notes")));
    }

    /**
     * The declared auxiliary label columns ({@code columns.auxiliary}, empty when absent): each named
     * once, none of them the id, text, group or label column.
     */
    private static List<String> auxiliaryColumns(JsonFields cols, List<String> textColumns) {
        List<String> auxiliary = cols.strings("auxiliary");
        List<String> taken = new ArrayList<>(textColumns);
        for (String k : List.of("id", "text2", "group", "label")) {
            if (cols.has(k)) {
                taken.add(cols.string(k, null));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < auxiliary.size(); i++) {
            String a = auxiliary.get(i);
            if (a.isBlank() || !seen.add(a) || taken.contains(a)) {
                throw cols.errorAt(cols.where("auxiliary") + "[" + i + "]", "is '" + a
                        + "': an auxiliary column must be a named column, listed once, and not the id, text, group or label column");
            }
        }
        return List.copyOf(auxiliary);
    }

    /** A string that must be given and not blank. */
    private static String required(JsonFields node, String key) {
        String value = node.string(key, "");
        if (value.isBlank()) {
            throw node.error(key, "is required");
        }
        return value;
    }
}
