package org.arstance.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.InputFileException;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;

/**
 * Reads a JSON-lines label file: records with their own text ({@code doc}, {@code n}, {@code text})
 * or records pointing into a corpus ({@code key}, {@code sha1}; joined later by
 * {@link CorpusJoin}). Structural problems (a line that is not a JSON object, a
 * missing or mistyped field) become {@link Problem}s naming the file and line; so do bytes that are
 * not UTF-8, which end the reading of that file only. Values are checked against the schema by
 * {@link LabelValidator}.
 */
public final class LabelFileReader {

    private static final List<String> TEXT_FIELDS = List.of("doc", "kind", "text", "topic", "source", "stance");
    private static final List<String> CORPUS_FIELDS = List.of("key", "sha1", "kind", "topic", "source", "stance");
    /** Every field a record may have: a misspelt one ({@code notes}) would otherwise be dropped unseen. */
    private static final List<String> KNOWN_FIELDS = List.of("doc", "n", "article", "outlet", "key", "sha1", "kind", "text",
            "topic", "source", "stance", "note");

    private LabelFileReader() {
    }

    public static List<LabelRecord> read(Path file, List<Problem> problems) {
        String name = file.toString();
        List<LabelRecord> records = new ArrayList<>();
        try {
            int lines = JsonLines.read(file, (lineNo, line) -> parse(name, lineNo, line, problems).ifPresent(records::add));
            if (lines == 0) {
                problems.add(new Problem(name, 0, "empty label file"));
            }
        } catch (InputFileException e) {
            // bytes that are not text: the rest of this file cannot be read, the other files still are
            problems.add(problem(e));
        }
        return records;
    }

    private static java.util.Optional<LabelRecord> parse(String name, int lineNo, String line, List<Problem> problems) {
        JsonNode node;
        try {
            node = Json.parseLine(name, lineNo, line);
        } catch (InputFileException e) {
            problems.add(problem(e));
            return java.util.Optional.empty();
        }
        if (!node.isObject()) {
            problems.add(new Problem(name, lineNo, "expected a JSON object"));
            return java.util.Optional.empty();
        }
        int before = problems.size();
        boolean corpus = node.has("key");
        node.fieldNames().forEachRemaining(f -> {
            if (!KNOWN_FIELDS.contains(f)) {
                problems.add(new Problem(name, lineNo, "unknown field '" + f + "' (a label record has "
                        + String.join(", ", KNOWN_FIELDS) + ")"));
            }
        });
        for (String field : corpus ? CORPUS_FIELDS : TEXT_FIELDS) {
            requireText(node, field, name, lineNo, problems);
        }
        JsonNode n = node.get("n");
        JsonNode article = node.get("article");
        if (corpus) {
            if (node.has("text")) {
                problems.add(new Problem(name, lineNo, "a corpus record ('key') must not hold the corpus 'text'"));
            }
            JsonNode sha1 = node.get("sha1");
            if (sha1 != null && sha1.isTextual() && !sha1.asText().matches("[0-9a-f]{40}")) {
                problems.add(new Problem(name, lineNo, "field 'sha1' must be 40 lower-case hex digits"));
            }
        } else {
            if (n == null || n.isNull()) {
                problems.add(new Problem(name, lineNo, "missing field 'n'"));
            } else if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                problems.add(new Problem(name, lineNo, "field 'n' must be a whole number from 1"));
            }
            if (article != null && !article.isNull() && (!article.isIntegralNumber() || !article.canConvertToInt() || article.asInt() < 1)) {
                problems.add(new Problem(name, lineNo, "field 'article' must be a whole number from 1"));
            }
        }
        for (String optional : List.of("note", "outlet")) {
            JsonNode v = node.get(optional);
            if (v != null && !v.isNull() && !v.isTextual()) {
                problems.add(new Problem(name, lineNo, "field '" + optional + "' must be a string"));
            }
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        String note = text(node, "note", "");
        if (corpus) {
            return java.util.Optional.of(new LabelRecord(name, lineNo, null, 0, 1, null, node.get("kind").asText(), null,
                    node.get("topic").asText(), node.get("source").asText(), node.get("stance").asText(), note,
                    node.get("key").asText(), node.get("sha1").asText()));
        }
        return java.util.Optional.of(new LabelRecord(name, lineNo, node.get("doc").asText(), n.asInt(),
                article == null || article.isNull() ? 1 : article.asInt(), text(node, "outlet", defaultOutlet(name)),
                node.get("kind").asText(), node.get("text").asText(), node.get("topic").asText(),
                node.get("source").asText(), node.get("stance").asText(), note, null, null));
    }

    private static Problem problem(InputFileException e) {
        return new Problem(e.file(), e.line(), e.problem());
    }

    private static void requireText(JsonNode node, String field, String name, int lineNo, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problems.add(new Problem(name, lineNo, "missing field '" + field + "'"));
        } else if (!v.isTextual()) {
            problems.add(new Problem(name, lineNo, "field '" + field + "' must be a string"));
        } else if (v.asText().isBlank()) {
            problems.add(new Problem(name, lineNo, "field '" + field + "' is empty"));
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    /** Own-text records without an {@code outlet} belong to an outlet named after their label file. */
    private static String defaultOutlet(String file) {
        String base = java.nio.file.Path.of(file).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
