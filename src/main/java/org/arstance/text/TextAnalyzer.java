package org.arstance.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Arabic analysis chain: {@link ArabicNormalizer} on the characters, then Lucene's
 * {@link StandardTokenizer}, lower-casing, Lucene's Arabic stop words (normalized the same way
 * as the text) and Lucene's Arabic light stemmer, each as its config says.
 *
 * <p>{@link #surfaceTokens} gives the normalized words before stop words and stemming (the
 * input of character n-grams); {@link #terms} gives the words after the whole chain. An
 * instance is safe to share between threads: Lucene reuses token streams per thread.
 */
public final class TextAnalyzer {

    private final ArabicNormalizer normalizer;
    private final CharArraySet stopWords;
    private final Analyzer surface;
    private final Analyzer full;

    public TextAnalyzer(AnalysisConfig config) {
        this.normalizer = new ArabicNormalizer(config);
        this.stopWords = config.stopWords() ? normalizedStopWords(normalizer) : CharArraySet.EMPTY_SET;
        this.surface = chain(false, false);
        this.full = chain(config.stopWords(), config.lightStem());
    }

    /** Lucene's Arabic stop words, each normalized as the text is (Lucene's own list is not). */
    static CharArraySet normalizedStopWords(ArabicNormalizer normalizer) {
        CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
        CharArraySet normalized = new CharArraySet(lucene.size(), false);
        for (Object word : lucene) {
            String w = word instanceof char[] chars ? new String(chars) : word.toString();
            normalized.add(normalizer.normalize(w));
        }
        return CharArraySet.unmodifiableSet(normalized);
    }

    private Analyzer chain(boolean stop, boolean stem) {
        CharArraySet words = stopWords;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (stop) {
                    stream = new StopFilter(stream, words);
                }
                if (stem) {
                    stream = new ArabicStemFilter(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    public ArabicNormalizer normalizer() {
        return normalizer;
    }

    /** True when {@code word}, once normalized, is one of the (normalized) stop words in use. */
    public boolean isStopWord(String word) {
        return stopWords.contains(normalizer.normalize(word));
    }

    /**
     * The paragraph normalized once, then through the whole chain and, when {@code withSurface},
     * through the surface chain too; the words are copied from Lucene's term buffer into one
     * character array, with no {@code String} per word.
     */
    public AnalyzedText analyze(String text, boolean withSurface) {
        String normalized = normalizer.normalize(text);
        AnalyzedText out = new AnalyzedText();
        run(full, normalized, out::add);
        out.endTerms();
        if (withSurface) {
            run(surface, normalized, out::add);
        }
        return out;
    }

    /** Normalized words, before stop-word removal and stemming. */
    public List<String> surfaceTokens(String text) {
        return run(surface, normalizer.normalize(text));
    }

    /** Normalized words after the whole chain (stop words out, light stem applied as configured). */
    public List<String> terms(String text) {
        return run(full, normalizer.normalize(text));
    }

    private static List<String> run(Analyzer analyzer, String normalized) {
        List<String> out = new ArrayList<>();
        run(analyzer, normalized, (buffer, length) -> out.add(new String(buffer, 0, length)));
        return out;
    }

    /** A word from the token stream: the first {@code length} characters of {@code buffer}, reused after the call. */
    private interface WordSink {
        void word(char[] buffer, int length);
    }

    private static void run(Analyzer analyzer, String normalized, WordSink sink) {
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(normalized))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    sink.word(term.buffer(), term.length());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
