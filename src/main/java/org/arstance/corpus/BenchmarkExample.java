package org.arstance.corpus;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One labelled example of a public benchmark.
 *
 * @param id        unique within the benchmark (the id column, or {@code split:line} when there is none)
 * @param text      the text (the first sentence of a pair)
 * @param text2     the second sentence of a pair task, or null
 * @param group     the target (or other group) the label is about, or null
 * @param label     the gold label, one of the schema's labels
 * @param auxiliary the gold values of the schema's auxiliary label columns (column to value; a blank
 *                  value is left out): training targets only, never an input of a prediction
 */
public record BenchmarkExample(String id, String text, String text2, String group, String label,
                               Map<String, String> auxiliary) {

    public BenchmarkExample {
        auxiliary = auxiliary.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(auxiliary));
    }

    /** An example without auxiliary labels. */
    public BenchmarkExample(String id, String text, String text2, String group, String label) {
        this(id, text, text2, group, label, Map.of());
    }

    /**
     * What makes two examples copies of one another: the same text and second text, white space
     * aside. Copies stay on one side of a split, and in one fold of a cross-validation.
     */
    public String copyKey() {
        return DuplicateGroups.normalizeSpace(text) + "\n\n" + (text2 == null ? "" : DuplicateGroups.normalizeSpace(text2));
    }

    /** This example with its auxiliary labels removed, as it is handed to a fitted model to predict. */
    public BenchmarkExample withoutAuxiliary() {
        return auxiliary.isEmpty() ? this : new BenchmarkExample(id, text, text2, group, label);
    }
}
