package org.arstance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer full = new TextAnalyzer(AnalysisConfig.full());

    @Test
    void stopWordsAreNormalizedLikeTheText() {
        ArabicNormalizer normalizer = full.normalizer();
        int changed = 0;
        for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
            String word = new String((char[]) w);
            String normalized = normalizer.normalize(word);
            if (!normalized.equals(word)) {
                changed++;
                // Lucene's own list holds the word un-normalized: the text, once normalized, would never match it
                assertTrue(full.isStopWord(word), word);
                assertFalse(full.terms(word).contains(normalized), word + " survives as " + normalized);
            }
        }
        assertTrue(changed > 10, "Lucene's list has words that normalization changes: " + changed);
        // from seed 003: «إلى» (a stop word written with hamza) is removed once normalized
        List<String> terms = full.terms("وأكد السفير الروسي لدى أرمينيا إلى أن");
        assertFalse(terms.contains("الي"), terms.toString());
        assertFalse(terms.contains("لدي"), terms.toString());
    }

    @Test
    void lightStemmerStripsPrefixesAndSuffixes() {
        // seed 000: والعسكرية → the conjunction, the article and the suffix (يه after normalization) stripped
        assertEquals(List.of("عسكر"), full.terms("والعسكرية"));
        assertEquals(List.of("انفصال"), full.terms("الانفصاليين"));
        AnalysisConfig noStem = new AnalysisConfig(true, true, true, true, true, true, true, true, true, true, false);
        assertEquals(List.of("والعسكريه"), new TextAnalyzer(noStem).terms("والعسكرية"));
    }

    @Test
    void surfaceTokensKeepStopWordsAndSurfaceForms() {
        assertEquals(List.of("قالت", "اذربيجان", "انها", "تريد"), full.surfaceTokens("قالت أذربيجان، إنها تريد"));
        // the light stemmer takes -ان for a dual ending (a known limit of light stemming); انها is a stop word
        assertEquals(List.of("قالت", "اذربيج", "تريد"), full.terms("قالت أذربيجان، إنها تريد"));
    }

    @Test
    void rawConfigOnlyTokenizesAndLowerCases() {
        TextAnalyzer raw = new TextAnalyzer(AnalysisConfig.raw());
        assertEquals(List.of("أذربيجان", "إلى", "vgtrk"), raw.terms("أذربيجان إلى VGTRK"));
    }
}
