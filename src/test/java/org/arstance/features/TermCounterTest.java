package org.arstance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.text.AnalysisConfig;
import org.arstance.text.AnalyzedText;
import org.arstance.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The buffered term counter (words copied from Lucene's term buffer, n-grams built in a reused
 * buffer) counts exactly the terms its definition names, spelled out here with strings: word
 * 1–2-grams over the analyzed words joined by a space, and character 2–5-grams of each surface
 * word padded with a space on both sides; on every seed paragraph.
 */
class TermCounterTest {

    private static final FeatureConfig FEATURES = new FeatureConfig(2, true, 2, 5, true, 2, 50000, true);

    @Test
    void countsTheTermsOfItsDefinitionOnEverySeedParagraph() {
        TextAnalyzer analyzer = new TextAnalyzer(AnalysisConfig.full());
        TermCounter counter = new TermCounter(analyzer, FEATURES);
        List<LabelRecord> seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow().records();
        for (LabelRecord r : seeds) {
            Map<String, Integer> expected = new HashMap<>();
            List<String> words = analyzer.terms(r.text());
            for (int i = 0; i < words.size(); i++) {
                expected.merge("w:" + words.get(i), 1, Integer::sum);
                if (i + 1 < words.size()) {
                    expected.merge("w:" + words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
                }
            }
            for (String w : analyzer.surfaceTokens(r.text())) {
                String padded = " " + w + " ";
                for (int n = 2; n <= 5; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        expected.merge("c:" + padded.substring(i, i + n), 1, Integer::sum);
                    }
                }
            }
            assertEquals(expected, counter.count(r.text()), r.id());
            AnalyzedText analyzed = analyzer.analyze(r.text(), true);
            assertEquals(words, analyzed.terms(), r.id());
            assertEquals(analyzer.surfaceTokens(r.text()), analyzed.surface(), r.id());
        }
    }
}
