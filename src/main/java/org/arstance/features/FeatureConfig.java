package org.arstance.features;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The feature families and the TF-IDF settings.
 *
 * @param wordNgramMax  1 for word unigrams, 2 for unigrams and bigrams
 * @param charNgrams    add word-bounded character n-grams (each word padded with spaces)
 * @param charNgramMin  shortest character n-gram
 * @param charNgramMax  longest character n-gram
 * @param sublinearTf   use 1 + ln(tf) instead of tf
 * @param minDf         keep terms found in at least this many training paragraphs
 * @param maxFeatures   keep at most this many terms (the most frequent by document frequency)
 * @param l2Normalize   scale each paragraph's vector to unit length
 */
public record FeatureConfig(
        @JsonProperty("word_ngram_max") int wordNgramMax,
        @JsonProperty("char_ngrams") boolean charNgrams,
        @JsonProperty("char_ngram_min") int charNgramMin,
        @JsonProperty("char_ngram_max") int charNgramMax,
        @JsonProperty("sublinear_tf") boolean sublinearTf,
        @JsonProperty("min_df") int minDf,
        @JsonProperty("max_features") int maxFeatures,
        @JsonProperty("l2_normalize") boolean l2Normalize) {

    public FeatureConfig {
        if (wordNgramMax < 1 || wordNgramMax > 3) {
            throw new IllegalArgumentException("word_ngram_max must be 1, 2 or 3, not " + wordNgramMax);
        }
        if (charNgrams && (charNgramMin < 1 || charNgramMax < charNgramMin)) {
            throw new IllegalArgumentException("char n-gram range " + charNgramMin + ".." + charNgramMax + " is empty");
        }
        if (minDf < 1) {
            throw new IllegalArgumentException("min_df must be at least 1, not " + minDf);
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("max_features must be at least 1, not " + maxFeatures);
        }
    }
}
