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
import java.util.HashMap;
import org.arstance.corpus.DataDirectory;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;

/**
 * Writes, for every labelled paragraph, what the attribution rules saw in its article: the source
 * they resolved and by which rule, the speaker named in the paragraph alone, the sources of the
 * paragraphs before it, the actors it mentions in order with the words around each first mention,
 * the actors the paragraphs before it mention, its labelling round when it is one of the rules'
 * held-out paragraphs, and the gold source. Input to {@code experiments/rerank/rerank.py}, which
 * asks whether a learned re-ranker over these candidates beats the rules (it does not;
 * experiments/README.md), and to {@code experiments/rerank/ceiling.py}, which bounds what any
 * better choice among the actors a paragraph names could reach. The file holds corpus text, so it
 * goes outside the project.
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
        ActorGazetteer gazetteer = new ActorGazetteer(labels.schema(), LEXICON.channels());
        Map<String, Integer> round = new HashMap<>();
        List<Path> keys = List.of(RulesHarness.HELD_OUT_KEYS, RulesHarness.ROUND4_KEYS, RulesHarness.ROUND5_KEYS);
        for (int k = 0; k < keys.size(); k++) {
            for (String key : Files.readAllLines(keys.get(k))) {
                round.put(key, k + 3);
            }
        }
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
                m.put("round", round.get(r.id())); // the labelling round of a held-out paragraph (3, 4, 5), else null
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
                m.put("before_mentions", a.mentions().subList(0, i).stream().flatMap(List::stream).distinct().sorted().toList());
                m.put("opinion", a.opinion());
                m.put("text", r.text());
                m.put("local", local(gazetteer, r.text()));
                out.println(json.writeValueAsString(m));
            }
        }
    }

    private static final AttributionLexicon LEXICON = AttributionLexicon.parse(AttributionLexicon.defaultBytes());

    /**
     * Each actor's first mention in the paragraph with the words around it: its word position, the
     * position in its sentence, the two words before and the word after, and whether a verb of saying
     * stands within three words before or after it.
     */
    private static Map<String, Map<String, Object>> local(ActorGazetteer gazetteer, String text) {
        MatchText mt = new MatchText(text);
        List<MatchText.Token> tokens = mt.tokens();
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        int sentenceStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && mt.between(tokens.get(i - 1).end(), tokens.get(i).start()).matches(".*[.!?؟].*")) {
                sentenceStart = i;
            }
            ActorGazetteer.Mention m = gazetteer.at(tokens, i);
            if (m == null) {
                continue;
            }
            if (!m.channel() && !out.containsKey(m.actor())) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("pos", i);
                f.put("spos", i - sentenceStart);
                f.put("p1", i > 0 ? tokens.get(i - 1).text() : "^");
                f.put("p2", i > 1 ? tokens.get(i - 2).text() : "^");
                f.put("n1", m.last() + 1 < tokens.size() ? tokens.get(m.last() + 1).text() : "$");
                f.put("sep_before", i > 0 ? mt.between(tokens.get(i - 1).end(), tokens.get(i).start()).strip() : "^");
                boolean before = false;
                boolean after = false;
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    before |= LEXICON.verb(tokens.get(k).text()) != null;
                }
                for (int k = m.last() + 1; k < Math.min(tokens.size(), m.last() + 4); k++) {
                    after |= LEXICON.verb(tokens.get(k).text()) != null;
                }
                f.put("verb_before", before);
                f.put("verb_after", after);
                f.put("sent_first", tokens.get(sentenceStart).text());
                out.put(m.actor(), f);
            }
            i = m.last();
        }
        return out;
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
