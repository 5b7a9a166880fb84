package org.arstance.corpus;

/**
 * One labelled example of a public benchmark.
 *
 * @param id    unique within the benchmark (the id column, or {@code split:line} when there is none)
 * @param text  the text (the first sentence of a pair)
 * @param text2 the second sentence of a pair task, or null
 * @param group the target (or other group) the label is about, or null
 * @param label the gold label, one of the schema's labels
 */
public record BenchmarkExample(String id, String text, String text2, String group, String label) {
}
