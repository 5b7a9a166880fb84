package org.arstance.text;

import java.text.Normalizer;

/**
 * Character-level normalization of Arabic text, each step switchable by {@link AnalysisConfig}.
 * The same normalizer is applied to the text and to the stop-word list, so that a stop word
 * written with hamza (إلى) still matches the text once both are normalized (الى).
 * Normalization is idempotent: normalizing twice gives the same string.
 */
public final class ArabicNormalizer {

    private static final char TATWEEL = '\u0640';
    private static final char DAGGER_ALEF = '\u0670';

    private final AnalysisConfig config;
    /** Replacement per BMP char: {@link #KEEP} to keep, {@link #DROP} to drop, else the replacement char. */
    private final char[] map = new char[0x10000];
    private static final char KEEP = '\uFFFF';
    private static final char DROP = '\uFFFE';

    public ArabicNormalizer(AnalysisConfig config) {
        this.config = config;
        java.util.Arrays.fill(map, KEEP);
        if (config.stripInvisible()) {
            for (char c : new char[] {'\u00AD', '\u061C', '\u180E', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF'}) {
                map[c] = DROP;
            }
            range('\u200B', '\u200F', DROP);
            range('\u202A', '\u202E', DROP);
            range('\u2066', '\u2069', DROP);
        }
        if (config.stripDiacritics()) {
            range('\u064B', '\u065F', DROP); // tanween, harakat, shadda, sukun, maddah/hamza marks
            range('\u0610', '\u061A', DROP); // honorifics and Quranic small marks
            range('\u06D6', '\u06DC', DROP); // Quranic annotation signs
            range('\u06DF', '\u06E4', DROP);
            range('\u06E7', '\u06E8', DROP);
            range('\u06EA', '\u06ED', DROP);
        }
        if (config.stripTatweel()) {
            map[TATWEEL] = DROP;
        }
        if (config.stripDaggerAlef()) {
            map[DAGGER_ALEF] = DROP;
        }
        if (config.normalizeAlef()) {
            for (char c : new char[] {'\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673'}) {
                map[c] = '\u0627';
            }
        }
        if (config.normalizeYeh()) {
            map['\u0649'] = '\u064A';
            map['\u06CC'] = '\u064A';
        }
        if (config.normalizeTehMarbuta()) {
            map['\u0629'] = '\u0647';
        }
        if (config.asciiDigits()) {
            for (int d = 0; d < 10; d++) {
                map['\u0660' + d] = (char) ('0' + d);
                map['\u06F0' + d] = (char) ('0' + d);
            }
        }
    }

    private void range(char from, char to, char value) {
        for (char c = from; c <= to; c++) {
            map[c] = value;
        }
    }

    public AnalysisConfig config() {
        return config;
    }

    public String normalize(String text) {
        String s = config.nfkc() ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = map[c];
            if (m == KEEP) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (m != DROP) {
                out.append(m);
            }
        }
        String result = out == null ? s : out.toString();
        // dropping a mark can expose a new NFKC composition (rare): settle it so that normalize is idempotent
        if (config.nfkc() && out != null && !Normalizer.isNormalized(result, Normalizer.Form.NFKC)) {
            return normalize(result);
        }
        return result;
    }
}
