package org.arstance.labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;

/**
 * Reads a JSON-lines label file. Structural problems (a line that is not a JSON object, a
 * missing or mistyped field) become {@link Problem}s naming the file and line; values are
 * checked against the schema by {@link LabelValidator}.
 */
public final class LabelFileReader {

    private static final List<String> TEXT_FIELDS = List.of("doc", "kind", "text", "topic", "source", "stance");

    private LabelFileReader() {
    }

    public static List<LabelRecord> read(Path file, List<Problem> problems) {
        String name = file.toString();
        List<LabelRecord> records = new ArrayList<>();
        // unreadable bytes stop the whole load with one line naming the file and line
        int lines = JsonLines.read(file, (lineNo, line) -> parse(name, lineNo, line, problems).ifPresent(records::add));
        if (lines == 0) {
            problems.add(new Problem(name, 0, "empty label file"));
        }
        return records;
    }

    private static java.util.Optional<LabelRecord> parse(String name, int lineNo, String line, List<Problem> problems) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name, lineNo, "malformed JSON: " + e.getOriginalMessage()));
            return java.util.Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(name, lineNo, "expected a JSON object"));
            return java.util.Optional.empty();
        }
        int before = problems.size();
        for (String field : TEXT_FIELDS) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                problems.add(new Problem(name, lineNo, "missing field '" + field + "'"));
            } else if (!v.isTextual()) {
                problems.add(new Problem(name, lineNo, "field '" + field + "' must be a string"));
            } else if (v.asText().isBlank()) {
                problems.add(new Problem(name, lineNo, "field '" + field + "' is empty"));
            }
        }
        JsonNode n = node.get("n");
        if (n == null || n.isNull()) {
            problems.add(new Problem(name, lineNo, "missing field 'n'"));
        } else if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
            problems.add(new Problem(name, lineNo, "field 'n' must be a whole number from 1"));
        }
        JsonNode article = node.get("article");
        if (article != null && !article.isNull() && (!article.isIntegralNumber() || !article.canConvertToInt() || article.asInt() < 1)) {
            problems.add(new Problem(name, lineNo, "field 'article' must be a whole number from 1"));
        }
        JsonNode note = node.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) {
            problems.add(new Problem(name, lineNo, "field 'note' must be a string"));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LabelRecord(name, lineNo,
                node.get("doc").asText(), n.asInt(), article == null || article.isNull() ? 1 : article.asInt(),
                node.get("kind").asText(), node.get("text").asText(),
                node.get("topic").asText(), node.get("source").asText(), node.get("stance").asText(),
                note == null || note.isNull() ? "" : note.asText()));
    }
}
