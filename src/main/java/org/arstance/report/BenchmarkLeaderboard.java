package org.arstance.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.evaluation.Bootstrap;
import org.arstance.io.AtomicOutput;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;

/**
 * {@code leaderboard.md} of every benchmark report under a folder (each {@code NAME/metrics.json}
 * written by a benchmark run): arstance's test score with its interval, the scikit-learn reference
 * from the same run, and the quoted reference and published numbers with their sources (a number
 * from another split marked so), then each report's verdict and disclosure as the report words
 * them. Rebuilt from the reports after each benchmark run, so it never holds a number that no
 * report holds.
 */
public final class BenchmarkLeaderboard {

    private BenchmarkLeaderboard() {
    }

    public static void write(Path root) {
        List<JsonNode> reports = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList()) {
                Path m = d.resolve("metrics.json");
                if (Files.isRegularFile(m)) {
                    JsonNode n = Json.MAPPER.readTree(m.toFile());
                    if (n.has("benchmark") && n.has("test")) {
                        reports.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UserInputException(root + ": cannot read the benchmark reports (" + e.getMessage() + ")", e);
        }
        ReportDocument d = new ReportDocument();
        d.heading(1, "arstance on public benchmarks");
        d.paragraph("One row per benchmark, from each report under this folder (NAME/report.md). arstance and scikit-learn "
                + "numbers come from the run that wrote the report, on the same test split; quoted numbers name their source. "
                + "Intervals: 95% percentile bootstrap, " + Numbers.count(Bootstrap.RESAMPLES) + " resamples of each test split's units "
                + "(the copies of one text are one unit, resampled together; every other example is its own). A verdict calls "
                + "arstance above a quoted number only when the interval's lower bound is above it, above the scikit-learn "
                + "reference only when the paired bootstrap test on the primary metric gives p < 0.05; a quoted number from "
                + "another split is not comparable. Each benchmark's disclosure says how often its test split was scored before.");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : reports) {
            String metric = r.path("primary_metric").asText();
            JsonNode t = r.path("test");
            JsonNode p = r.path("peer");
            String peer = p.has("test") ? Numbers.f3(p.path("test").path(metric).asDouble()) + " " + ci(p.path("test").path(metric + "_ci"))
                    + alsoMacroF1(metric, p.path("test")) : p.path("not_run").asText("not run");
            rows.add(List.of(r.path("benchmark").asText(), metric,
                    Numbers.f3(t.path(metric).asDouble()) + " " + ci(t.path(metric + "_ci")) + alsoMacroF1(metric, t)
                            + "; accuracy " + Numbers.f3(t.path("accuracy").asDouble()),
                    r.path("selection").path("chosen").asText(), peer, quoted(r.path("references")), quoted(r.path("published")),
                    r.path("benchmark").asText() + "/report.html"));
        }
        d.table(List.of("benchmark", "metric", "arstance on test [95% interval]", "chosen candidate",
                "scikit-learn reference, same run and split", "reference (quoted, source)", "published (quoted, source)", "report"), rows);
        for (JsonNode r : reports) {
            List<String> verdict = new ArrayList<>();
            r.path("verdict").forEach(v -> verdict.add(v.asText()));
            if (!verdict.isEmpty()) {
                d.heading(2, "Verdict: " + r.path("benchmark").asText());
                d.bullets(verdict);
            }
            String disclosure = r.path("disclosure").asText("");
            d.heading(3, "Disclosure: " + r.path("benchmark").asText());
            d.paragraph(disclosure.isBlank() ? "None given in the config (" + r.path("config").asText() + ")." : disclosure);
        }
        AtomicOutput.write(root.resolve("leaderboard.md"), out -> out.write(d.markdown().getBytes(StandardCharsets.UTF_8)));
        AtomicOutput.write(root.resolve("leaderboard.html"), out -> out.write(d.html("arstance on public benchmarks")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String ci(JsonNode ci) {
        return "[" + Numbers.f3(ci.path(0).asDouble()) + ", " + Numbers.f3(ci.path(1).asDouble()) + "]";
    }

    private static String quoted(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(q -> out.add(q.path("system").asText() + ": " + q.path("metric").asText() + " " + q.path("value").asText()
                + " (" + q.path("source").asText() + ")" + (q.path("same_split").asBoolean(true) ? ""
                : " [another split: not comparable on this one]")));
        return out.isEmpty() ? "—" : String.join("; ", out);
    }

    /** "; macro-F1 X" after a primary metric that is not macro-F1 itself; nothing after macro-F1. */
    private static String alsoMacroF1(String metric, JsonNode scores) {
        return metric.equals(BenchmarkSchema.MACRO_F1) ? "" : "; macro-F1 " + Numbers.f3(scores.path("macro_f1").asDouble());
    }
}
