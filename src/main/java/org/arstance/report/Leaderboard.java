package org.arstance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arstance.evaluation.Bootstrap;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Fold;
import org.arstance.evaluation.Interval;
import org.arstance.evaluation.TaskMetrics;

/**
 * An experiment's leaderboard: every run, the baselines and the peers, scored on the same
 * held-out paragraphs under the same folds, sorted, each with its bootstrap interval and a paired
 * bootstrap p-value against the top row.
 */
public final class Leaderboard {

    /** One system's predictions over the experiment's held-out paragraphs, in one order for all rows. */
    public record Row(String name, String kind, String link, List<String> topic, List<String> stance, List<String> source) {
    }

    private final String title;
    private final EvaluationResult reference;
    private final List<Row> rows;
    private final String rankBy;
    private final List<String> notes;

    /**
     * @param title     the section's title, or null for a leaderboard alone in its document
     * @param reference a run of the experiment (its folds, gold labels and composition are those of every row)
     */
    public Leaderboard(String title, EvaluationResult reference, List<Row> rows, String rankBy, List<String> notes) {
        this.title = title;
        this.reference = reference;
        this.rows = List.copyOf(rows);
        this.rankBy = rankBy;
        this.notes = List.copyOf(notes);
    }

    private record Scored(Row row, TaskMetrics topic, Interval topicCi, TaskMetrics stance, Interval stanceCi, double fAvg,
                          TaskMetrics source) {
    }

    /**
     * Adds this leaderboard as a section of {@code d}; returns its rows as JSON-ready maps.
     *
     * @param polar the stances whose mean F1 is F_avg (the schema's polar stances; empty: no F_avg)
     */
    public List<Object> appendTo(ReportDocument d, List<String> topics, List<String> stances, List<String> polar) {
        List<String> goldTopic = reference.predictions().stream().map(p -> p.goldTopic()).toList();
        List<String> goldStance = reference.predictions().stream().map(p -> p.goldStance()).toList();
        List<String> goldSource = reference.predictions().stream().map(p -> p.goldSource()).toList();
        Bootstrap bootstrap = reference.bootstrap();
        List<Scored> scored = new ArrayList<>();
        for (Row r : rows) {
            TaskMetrics t = TaskMetrics.of(goldTopic, r.topic(), topics);
            TaskMetrics s = TaskMetrics.of(goldStance, r.stance(), stances);
            scored.add(new Scored(r, t, bootstrap.macroF1Interval(goldTopic, r.topic()), s,
                    bootstrap.macroF1Interval(goldStance, r.stance()), polar.isEmpty() ? Double.NaN : s.meanF1(polar),
                    r.source() == null ? null : TaskMetrics.of(goldSource, r.source(), List.of())));
        }
        Comparator<Scored> order = Comparator.comparingDouble(
                (Scored s) -> rankBy.equals("stance") ? s.stance().macroF1() : s.topic().macroF1()).reversed()
                .thenComparing(Comparator.comparingDouble(
                        (Scored s) -> rankBy.equals("stance") ? s.topic().macroF1() : s.stance().macroF1()).reversed())
                .thenComparing(s -> s.row().name());
        scored.sort(order);
        Scored top = scored.get(0);

        d.heading(2, title == null ? "Leaderboard" : "Leaderboard — " + title);
        d.paragraph("Data: " + goldTopic.size() + " held-out paragraphs from " + String.join(", ", reference.labelFiles())
                + " (data hash " + reference.dataHash() + "). Protocol: " + reference.protocol().spec() + ".");
        d.paragraph("Sorted by " + rankBy + " macro-F1. Every row is scored on the same " + goldTopic.size()
                + " held-out paragraphs under the same folds. Intervals: 95% percentile bootstrap ("
                + bootstrap.resamples() + " seeded resamples of whole stories, " + reference.stories()
                + " of them)" + (reference.roughBootstrapNote().isEmpty() ? "" : ": " + reference.roughBootstrapNote())
                + ". p: paired bootstrap test of the difference in "
                + "macro-F1 with the top row (" + top.row().name() + ").");
        List<List<String>> table = new ArrayList<>();
        int rank = 1;
        for (Scored s : scored) {
            boolean isTop = s == top;
            table.add(List.of(String.valueOf(rank++), s.row().name(), s.row().kind(),
                    Numbers.f3(s.topic().macroF1()), Numbers.interval(s.topicCi()), Numbers.f3(s.topic().accuracy()),
                    isTop ? "—" : pValue(bootstrap.pairedPValue(goldTopic, top.row().topic(), s.row().topic())),
                    Numbers.f3(s.stance().macroF1()), Numbers.interval(s.stanceCi()), Numbers.f3(s.fAvg()),
                    Numbers.f3(s.stance().accuracy()),
                    isTop ? "—" : pValue(bootstrap.pairedPValue(goldStance, top.row().stance(), s.row().stance())),
                    s.source() == null ? "—" : Numbers.f3(s.source().accuracy()),
                    s.source() == null ? "—" : Numbers.f3(ReportWriter.sourceMacroF1(s.source(), reference.noSource())),
                    s.row().link()));
        }
        d.table(List.of("#", "system", "kind", "topic macro-F1", "95% interval", "topic accuracy", "p (topic)",
                "stance macro-F1", "95% interval", "stance F_avg", "stance accuracy", "p (stance)", "source accuracy",
                "source macro-F1 (support ≥ " + ReportWriter.SOURCE_MIN_SUPPORT + ")", "report"), table);
        if (!notes.isEmpty()) {
            d.bullets(notes);
        }
        composition(d);
        return json(scored);
    }

    private void composition(ReportDocument d) {
        d.heading(3, "What each held-out side contains");
        d.paragraph("Protocol: " + reference.protocol().describe() + ".");
        List<String> topicsShown = new ArrayList<>(reference.composition().values().iterator().next().keySet());
        List<String> header = new ArrayList<>(List.of("held-out side", "paragraphs"));
        topicsShown.forEach(t -> header.add(t));
        List<List<String>> rowsOut = new ArrayList<>();
        for (Fold f : reference.folds()) {
            List<String> row = new ArrayList<>(List.of(f.name(), String.valueOf(f.test().size())));
            topicsShown.forEach(t -> row.add(String.valueOf(reference.composition().get(f.name()).get(t))));
            rowsOut.add(row);
        }
        d.table(header, rowsOut);
    }

    private static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(java.util.Locale.ROOT, "%.3f", p);
    }

    private List<Object> json(List<Scored> scored) {
        List<Object> out = new ArrayList<>();
        for (Scored s : scored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system", s.row().name());
            m.put("kind", s.row().kind());
            m.put("topic_macro_f1", Numbers.round6(s.topic().macroF1()));
            m.put("topic_macro_f1_ci", Numbers.interval6(s.topicCi()));
            m.put("topic_accuracy", Numbers.round6(s.topic().accuracy()));
            m.put("stance_macro_f1", Numbers.round6(s.stance().macroF1()));
            m.put("stance_macro_f1_ci", Numbers.interval6(s.stanceCi()));
            m.put("stance_f_avg", Numbers.round6(s.fAvg()));
            m.put("stance_accuracy", Numbers.round6(s.stance().accuracy()));
            if (s.source() != null) {
                m.put("source_accuracy", Numbers.round6(s.source().accuracy()));
                m.put("source_macro_f1_support5", Numbers.round6(ReportWriter.sourceMacroF1(s.source(), reference.noSource())));
            }
            out.add(m);
        }
        return out;
    }
}
