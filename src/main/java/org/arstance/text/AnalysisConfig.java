package org.arstance.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which steps of the Arabic analysis chain are on. Every step can be switched off, so that an
 * ablation can measure what each one is worth.
 *
 * @param nfkc                Unicode NFKC (presentation forms, ligatures and compatibility characters unfolded)
 * @param stripInvisible      remove bidi controls, zero-width characters, soft hyphens and the BOM
 * @param stripDiacritics     remove harakat, tanween, shadda, sukun and Quranic marks
 * @param stripTatweel        remove the tatweel (kashida) U+0640
 * @param stripDaggerAlef     remove the superscript (dagger) alef U+0670
 * @param normalizeAlef       أ إ آ ٱ to ا
 * @param normalizeYeh        ى (alef maksura) and Persian ی to ي
 * @param normalizeTehMarbuta ة to ه
 * @param asciiDigits         Arabic-Indic and Persian digits to ASCII 0-9
 * @param stopWords           drop Lucene's Arabic stop words (normalized with the same steps as the text)
 * @param lightStem           Lucene's Arabic light stemmer (prefixes and suffixes)
 */
@JsonPropertyOrder(alphabetic = false)
public record AnalysisConfig(
        @JsonProperty("nfkc") boolean nfkc,
        @JsonProperty("strip_invisible") boolean stripInvisible,
        @JsonProperty("strip_diacritics") boolean stripDiacritics,
        @JsonProperty("strip_tatweel") boolean stripTatweel,
        @JsonProperty("strip_dagger_alef") boolean stripDaggerAlef,
        @JsonProperty("normalize_alef") boolean normalizeAlef,
        @JsonProperty("normalize_yeh") boolean normalizeYeh,
        @JsonProperty("normalize_teh_marbuta") boolean normalizeTehMarbuta,
        @JsonProperty("ascii_digits") boolean asciiDigits,
        @JsonProperty("stop_words") boolean stopWords,
        @JsonProperty("light_stem") boolean lightStem) {

    /** Every step on. */
    public static AnalysisConfig full() {
        return new AnalysisConfig(true, true, true, true, true, true, true, true, true, true, true);
    }

    /** Every step off: Lucene's tokenizer and lower-casing only. */
    public static AnalysisConfig raw() {
        return new AnalysisConfig(false, false, false, false, false, false, false, false, false, false, false);
    }
}
