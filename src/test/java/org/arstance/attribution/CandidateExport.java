package org.arstance.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.corpus.DataDirectory;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;

/**
 * Writes, for every labelled paragraph, what the attribution rules saw in its article: the source
 * they resolved and by which rule, the speaker named in the paragraph alone, the sources of the
 * paragraphs before it, the actors it mentions in order, and the gold source. Input to
 * {@code experiments/rerank/rerank.py}, which asks whether a learned re-ranker over these
 * candidates beats the rules (it does not; experiments/README.md). The file holds corpus text, so
 * it goes outside the project.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.arstance.attribution.CandidateExport /tmp/candidates.jsonl</pre>
 */
public final class CandidateExport {

    /** One article as the rules read it, paragraph by paragraph. */
    private record Article(List<RuleResult> found, List<Attribution> resolved, List<List<String>> mentions, boolean opinion) {
    }

    public static void main(String[] args) throws Exception {
        Path data = DataDirectory.resolve(null);
        LabelSet labels = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl"), Path.of("labels", "ant")), null, data).orThrow();
        RuleAttributor rules = new RuleAttributor(labels.schema());
        Set<String> heldOut = Set.copyOf(Files.readAllLines(RulesHarness.HELD_OUT_KEYS));
        Map<String, List<LabelRecord>> ownArticles = new LinkedHashMap<>();
        for (LabelRecord r : labels.records()) {
            if (r.ownText()) {
                ownArticles.computeIfAbsent(r.articleKey(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (LabelRecord r : labels.records()) {
                Article a = articles.computeIfAbsent(r.articleKey(), k -> read(rules,
                        r.ownText() ? ownArticles.get(k).stream().map(LabelRecord::text).toList() : r.articleText(),
                        r.ownText() ? ownArticles.get(k).stream().map(LabelRecord::kind).toList()
                                : Collections.nCopies(r.articleText().size(), "body")));
                int i = r.ownText() ? ownArticles.get(r.articleKey()).indexOf(r) : r.n() - 1;
                Attribution resolved = a.resolved().get(i);
                RuleResult found = a.found().get(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("outlet", r.ownText() ? "seeds" : r.outlet());
                m.put("heldout", heldOut.contains(r.id()));
                m.put("gold", r.source());
                m.put("kind", r.kind());
                m.put("i", i);
                m.put("rule", resolved.source());
                m.put("rule_kind", resolved.evidence() == null ? "none" : resolved.evidence().rule());
                m.put("cue", resolved.evidence() == null || resolved.evidence().cue() == null ? ""
                        : MatchText.normalize(resolved.evidence().cue()));
                m.put("found", found.found().source());
                m.put("found_kind", found.found().evidence() == null ? "none" : found.found().evidence().rule());
                m.put("continuation", found.continuation() != null);
                m.put("prev", i > 0 ? a.resolved().get(i - 1).source() : null);
                m.put("prev2", i > 1 ? a.resolved().get(i - 2).source() : null);
                m.put("first_src", a.resolved().get(0).source());
                m.put("mentions", a.mentions().get(i));
                m.put("title_mentions", a.mentions().get(0));
                m.put("opinion", a.opinion());
                m.put("text", r.text());
                out.println(json.writeValueAsString(m));
            }
        }
    }

    private static Article read(RuleAttributor rules, List<String> texts, List<String> kinds) {
        List<RuleResult> found = new ArrayList<>();
        List<List<String>> mentions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            found.add(rules.analyze(texts.get(i), kinds.get(i)));
            mentions.add(rules.mentions(texts.get(i)));
        }
        return new Article(found, rules.resolveArticle(found), mentions, RuleAttributor.opinionMarker(found) != null);
    }
}
