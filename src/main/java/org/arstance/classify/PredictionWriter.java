package org.arstance.classify;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.arstance.io.Json;
import org.arstance.models.Evidence;

/**
 * Writes classify's records as JSON lines or as CSV (RFC 4180, header first). CSV for a
 * spreadsheet starts with a UTF-8 byte-order mark (without it, spreadsheet programs read Arabic as
 * another encoding) and puts an apostrophe before a cell that starts with {@code = + - @}, a tab or
 * a carriage return, so that the program shows it as text and never runs it as a formula.
 */
public interface PredictionWriter {

    void write(ClassifiedParagraph p) throws IOException;

    static PredictionWriter create(String format, Writer out) throws IOException {
        return create(format, false, out);
    }

    static PredictionWriter create(String format, boolean spreadsheet, Writer out) throws IOException {
        if (spreadsheet && !format.equals("csv")) {
            throw new IllegalArgumentException("a spreadsheet file is CSV, not " + format);
        }
        return switch (format) {
            case "jsonl" -> p -> {
                out.write(Json.line(p));
                out.write('\n');
            };
            case "csv" -> csv(out, spreadsheet);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    private static PredictionWriter csv(Writer out, boolean spreadsheet) throws IOException {
        if (spreadsheet) {
            out.write('\uFEFF');
        }
        java.util.function.UnaryOperator<String> cell = spreadsheet ? c -> quote(asText(c)) : PredictionWriter::quote;
        List<String> header = List.of("id", "doc", "n", "article", "kind", "title", "topic", "topic_probability", "stance",
                "stance_probability", "source", "source_cue", "source_mention", "topic_features", "stance_features", "text", "meta");
        out.write(String.join(",", header));
        out.write("\r\n");
        return p -> {
            List<String> cells = List.of(str(p.id()), str(p.doc()), str(p.n()), str(p.article()), str(p.kind()),
                    str(p.title()), p.topic(), Double.toString(p.topicProbability()), p.stance(),
                    Double.toString(p.stanceProbability()), p.source(),
                    p.sourceEvidence() == null ? "" : str(p.sourceEvidence().cue()),
                    p.sourceEvidence() == null ? "" : str(p.sourceEvidence().mention()), features(p.topicFeatures()),
                    features(p.stanceFeatures()), p.text(), p.meta() == null ? "" : Json.line(p.meta()));
            out.write(cells.stream().map(cell).collect(Collectors.joining(",")));
            out.write("\r\n");
        };
    }

    private static String features(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> e.feature() + "=" + String.format(Locale.ROOT, "%.4f", e.weight()))
                .collect(Collectors.joining(" | "));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A cell a spreadsheet would read as a formula, made text with a leading apostrophe. */
    private static String asText(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
