package org.arstance.attribution;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.arstance.corpus.DataDirectory;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;

/**
 * A quick harness for the attribution rules (no training): runs them over the labelled paragraphs
 * of the seeds and the ANT outlets and prints source accuracy per outlet, dev vs held-out.
 * Development outlets get a confusion of gold vs predicted source; with a file argument their
 * errors (with text) are written there, outside the project. Held-out outlets print their accuracy
 * only. Two ways of feeding the previous paragraph: {@code labelled} (only a labelled paragraph right
 * before) and {@code article} (the whole article from the corpus, as the evaluator has it).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.arstance.attribution.RulesHarness [errors.tsv]</pre>
 */
public final class RulesHarness {

    /**
     * The held-out paragraphs: labelling round 3 (keys in experiments/labelling/round3-keys.txt),
     * drawn after the rules were written. France 24 and Sky News were the held-out outlets until
     * then, and became development outlets when round 3 was drawn.
     */
    static final Path HELD_OUT_KEYS = Path.of("experiments", "labelling", "round3-keys.txt");
    /**
     * Labelling round 4: ANT paragraphs that a model trained on the labels put under a topic they
     * are not about (hard negatives, all drawn after the rules were written): a second held-out set.
     */
    static final Path ROUND4_KEYS = Path.of("experiments", "labelling", "round4-keys.txt");
    /**
     * Labelling round 5: one paragraph of each of 200 unlabelled ANT articles, general news (120
     * drawn at random, 80 that a model put under a topic with a target), drawn after the rules were
     * written: a third held-out set.
     */
    static final Path ROUND5_KEYS = Path.of("experiments", "labelling", "round5-keys.txt");

    private static final AttributionLexicon LEXICON = AttributionLexicon.parse(AttributionLexicon.defaultBytes());

    public static void main(String[] args) throws Exception {
        Path data = DataDirectory.resolve(null);
        LabelSet labels = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl"), Path.of("labels", "ant")), null, data).orThrow();
        RuleAttributor rules = new RuleAttributor(labels.schema());
        String none = labels.schema().noSource();
        Set<String> heldOut = Files.exists(HELD_OUT_KEYS) ? Set.copyOf(Files.readAllLines(HELD_OUT_KEYS)) : Set.of();
        Set<String> round4 = Files.exists(ROUND4_KEYS) ? Set.copyOf(Files.readAllLines(ROUND4_KEYS)) : Set.of();
        Set<String> round5 = Files.exists(ROUND5_KEYS) ? Set.copyOf(Files.readAllLines(ROUND5_KEYS)) : Set.of();
        for (String mode : List.of("labelled", "article")) {
            Map<String, int[]> perOutlet = new TreeMap<>();
            Map<String, Integer> confusion = new TreeMap<>();
            List<String> errors = new ArrayList<>();
            Map<String, int[]> byRule = new TreeMap<>();
            Map<String, int[]> byFamily = new TreeMap<>();
            LabelRecord previous = null;
            Set<String> shown = new java.util.HashSet<>();
            String previousSource = null;
            for (LabelRecord r : labels.records()) {
                String predicted;
                Attribution a;
                if (r.ownText() || mode.equals("labelled")) {
                    boolean next = previous != null && previous.articleKey().equals(r.articleKey()) && previous.n() + 1 == r.n();
                    a = rules.attribute(r.text(), r.kind(), next ? previousSource : null);
                } else {
                    List<String> texts = r.articleText();
                    List<String> kinds = java.util.Collections.nCopies(texts.size(), r.kind());
                    a = rules.attributeArticle(texts, kinds).get(r.n() - 1);
                }
                predicted = a.source();
                String rule = a.evidence() == null ? "none" : a.evidence().rule();
                if (mode.equals("article") && !heldOut.contains(r.id()) && !round4.contains(r.id()) && !round5.contains(r.id())) {
                    byRule.computeIfAbsent(rule, k -> new int[2])[predicted.equals(r.source()) ? 0 : 1]++;
                    if (Boolean.getBoolean("families") && a.evidence() != null && a.evidence().cue() != null) {
                        String family = LEXICON.verb(MatchText.normalize(a.evidence().cue()));
                        if (family != null) {
                            byFamily.computeIfAbsent(family, k -> new int[2])[predicted.equals(r.source()) ? 0 : 1]++;
                        }
                    }
                    if (rule.equals(System.getProperty("show.rule"))) {
                        System.out.println("  [" + rule + "] " + r.id() + " gold=" + r.source() + " predicted=" + predicted);
                    }
                }
                if (mode.equals("article") && !r.ownText() && r.id().startsWith(System.getProperty("show.article", "\u0000") + "/") && shown.add(r.articleKey())) {
                    List<String> texts = r.articleText();
                    List<Attribution> all = rules.attributeArticle(texts, java.util.Collections.nCopies(texts.size(), "body"));
                    for (int i = 0; i < texts.size(); i++) {
                        Attribution x = all.get(i);
                        System.out.println("  #" + (i + 1) + " [" + x.source() + (x.evidence() == null ? "" : " " + x.evidence().rule() + ":" + x.evidence().cue() + "/" + x.evidence().mention())
                                + "] " + texts.get(i).substring(0, Math.min(220, texts.get(i).length())));
                    }
                }
                previous = r;
                previousSource = predicted;
                String outlet = heldOut.contains(r.id()) ? "round3" : round4.contains(r.id()) ? "round4"
                        : round5.contains(r.id()) ? "round5" : r.ownText() ? "seeds" : r.outlet();
                int[] c = perOutlet.computeIfAbsent(outlet, o -> new int[2]);
                c[1]++;
                if (predicted.equals(r.source())) {
                    c[0]++;
                } else if (!outlet.startsWith("round")) {
                    confusion.merge(r.source() + " -> " + predicted, 1, Integer::sum);
                    errors.add(outlet + "\t" + r.id() + "\t" + r.source() + "\t" + predicted + "\t"
                            + (a.evidence() == null ? "" : a.evidence().rule() + ":" + a.evidence().cue() + "/" + a.evidence().mention())
                            + "\t" + r.note().replace('\t', ' ') + "\t" + r.text().replace('\t', ' ').replace('\n', ' '));
                }
            }
            int[] dev = new int[2];
            int[] held = new int[2];
            System.out.println("== previous paragraph: " + mode);
            boolean showHeld = Boolean.getBoolean("heldout");
            perOutlet.forEach((o, c) -> {
                if (showHeld || !o.startsWith("round")) System.out.printf("%-10s %.3f (%d/%d)%n", o, c[0] / (double) c[1], c[0], c[1]);
                if (o.equals("round4") || o.equals("round5")) {
                    return; // a second and a third held-out set, each printed on its own line only
                }
                int[] side = o.equals("round3") ? held : dev;
                side[0] += c[0];
                side[1] += c[1];
            });
            System.out.printf("DEV       %.3f (%d/%d)%n", dev[0] / (double) dev[1], dev[0], dev[1]);
            if (showHeld) {
                System.out.printf("HELD-OUT  %.3f (%d/%d)%n", held[0] / (double) held[1], held[0], held[1]);
            }
            byRule.forEach((k, v) -> System.out.printf("rule %-12s right %d wrong %d%n", k, v[0], v[1]));
            byFamily.forEach((k, v) -> System.out.printf("verb %-12s right %d wrong %d%n", k, v[0], v[1]));
            if (mode.equals("article")) {
                confusion.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(30)
                        .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
                if (args.length > 0) {
                    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
                        errors.forEach(w::println);
                    }
                }
            }
        }
        System.out.println("(none = " + none + ")");
    }
}
