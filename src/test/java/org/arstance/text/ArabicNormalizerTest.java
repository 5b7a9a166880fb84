package org.arstance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each normalization rule on real words (from the seed articles where they occur there), with
 * the step on and with only that step switched off.
 */
class ArabicNormalizerTest {

    private static String on(String s) {
        return new ArabicNormalizer(AnalysisConfig.full()).normalize(s);
    }

    private static String without(String step, String s) {
        UnaryOperator<AnalysisConfig> off = switch (step) {
            case "nfkc" -> c -> new AnalysisConfig(false, c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "invisible" -> c -> new AnalysisConfig(c.nfkc(), false, c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "diacritics" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), false, c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "tatweel" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), false, c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "dagger" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), false, c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "alef" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), false, c.normalizeYeh(), c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "yeh" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), false, c.normalizeTehMarbuta(), c.asciiDigits(), c.stopWords(), c.lightStem());
            case "teh" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), false, c.asciiDigits(), c.stopWords(), c.lightStem());
            case "digits" -> c -> new AnalysisConfig(c.nfkc(), c.stripInvisible(), c.stripDiacritics(), c.stripTatweel(), c.stripDaggerAlef(), c.normalizeAlef(), c.normalizeYeh(), c.normalizeTehMarbuta(), false, c.stopWords(), c.lightStem());
            default -> throw new IllegalArgumentException(step);
        };
        return new ArabicNormalizer(off.apply(AnalysisConfig.full())).normalize(s);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} (off: {3})")
    @CsvSource({
        // step, before, after with every step on, after with only this step off
        "diacritics, قُتلوا,                 قتلوا,           قُتلوا",
        "diacritics, نارَي,                   ناري,            نارَي",
        "diacritics, سُموّك,                  سموك,            سُموّك",
        "tatweel,    العسكـــرية,             العسكريه,        العسكـــريه",
        "dagger,     هٰذا,                    هذا,             هٰذا",
        "alef,       أذربيجان,                اذربيجان,        أذربيجان",
        "alef,       إسرائيل,                 اسرائيل,         إسرائيل",
        "alef,       آلاف,                    الاف,            آلاف",
        "yeh,        على,                     علي,             على",
        "yeh,        ناغورنی,                 ناغورني,         ناغورنی",
        "teh,        الأذربيجانية,            الاذربيجانيه,    الاذربيجانية",
        "digits,     ٢٠٢٣,                    2023,            ٢٠٢٣",
        "digits,     ۲۰۲۴,                    2024,            ۲۰۲۴",
        "nfkc,       ﻻ,                       لا,              ﻻ",
    })
    void eachRuleOnRealWords(String step, String before, String after, String whenOff) {
        assertEquals(after, on(before));
        assertEquals(whenOff, without(step, before));
    }

    @ParameterizedTest(name = "invisible marks around {0}")
    @CsvSource({"أذربيجان, اذربيجان", "كاراباخ, كاراباخ"})
    void bidiAndZeroWidthMarksAreRemoved(String word, String normalized) {
        String marked = "\u200F" + word + "\u200B\u2067\u2069\uFEFF";
        assertEquals(normalized, on(marked));
        assertEquals(marked.replace(word, normalized), without("invisible", marked));
    }
}
