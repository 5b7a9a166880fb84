package org.arstance.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.arstance.features.TermCounter;
import org.arstance.ingest.Paragraph;
import org.arstance.ingest.Segmenter;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ParagraphPrediction;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.text.AnalysisConfig;
import org.arstance.text.ArabicNormalizer;
import org.arstance.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of seeded random strings mixing Arabic letters, diacritics, tatweel, combining marks,
 * surrogate pairs, bidi controls, digits of three scripts, Latin and line breaks, fed to every
 * stage: nothing throws, normalization is idempotent, no empty token, every prediction is valid.
 */
class RandomTextTest {

    private static final String[] PIECES = {
        "أذربيجان", "كوريا", "لبنان", "قال", "إن", "ال", "و", "ة", "ى", "ي", "آ", "ٱ", "ی", "ک",
        "\u064B", "\u064E", "\u0651", "\u0652", "\u0670", "\u0640", "\u0654", "\u0655", "\u0300", "\u0301",
        "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00",
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202E", "\u2066", "\u2069", "\uFEFF",
        "0", "7", "٠", "٣", "٩", "۰", "۴", "۹",
        "abc", "Baku", "Kim", " ", "  ", "\t", "\n", "\r\n", ".", "،", "؟", "«", "»", "(", ")", "[ad_1]", "TT",
        "ﻻ", "ﷺ", "ﺍ", "\u00A0", "\u2028"};
    private static final int STRINGS_PER_SEED = 1000;

    static ArstanceModel model;
    static TextAnalyzer analyzer;
    static TermCounter counter;

    @BeforeAll
    static void trainOnSeeds() {
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        PipelineConfig config = PipelineConfig.defaults();
        model = new PipelineTrainer(seeds.schema(), config, m -> { }).train(seeds.records(), 1, "", List.of());
        analyzer = new TextAnalyzer(config.analysis());
        counter = new TermCounter(analyzer, config.features());
    }

    static String random(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyStageTakesRandomTextWithoutFailing(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ArabicNormalizer full = new ArabicNormalizer(AnalysisConfig.full());
        ArabicNormalizer raw = new ArabicNormalizer(AnalysisConfig.raw());
        Segmenter segmenter = new Segmenter();
        for (int i = 0; i < STRINGS_PER_SEED; i++) {
            String s = random(rnd);
            String once = full.normalize(s);
            assertEquals(once, full.normalize(once), () -> "not idempotent on " + escape(s));
            assertEquals(raw.normalize(s), raw.normalize(raw.normalize(s)));
            for (String t : analyzer.terms(s)) {
                assertFalse(t.isEmpty(), () -> "empty token from " + escape(s));
            }
            for (String t : analyzer.surfaceTokens(s)) {
                assertFalse(t.isEmpty());
            }
            Map<String, Integer> counts = counter.count(s);
            counts.forEach((term, c) -> assertTrue(term.length() > 2 && c > 0, () -> "bad term '" + term + "'"));
            for (Paragraph p : segmenter.segment("random", s)) {
                assertFalse(p.text().isBlank());
                assertEquals(p.text().strip(), p.text());
            }
            ParagraphPrediction p = model.predict(s);
            assertTrue(p.topicProbability() >= 0 && p.topicProbability() <= 1 + 1e-9, escape(s));
            assertTrue(model.schema().topicIds().contains(p.topic()));
            assertTrue(model.schema().stances().contains(p.stance().unconstrained()));
            assertEquals(model.schema().noStance(), p.stance().given(model.schema().noSource()).value(), escape(s));
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
