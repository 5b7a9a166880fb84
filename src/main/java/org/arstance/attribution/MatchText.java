package org.arstance.attribution;

import java.util.ArrayList;
import java.util.List;
import org.arstance.text.MatchForm;

/**
 * A paragraph prepared for matching: letters normalized the way the lexicon and the gazetteer
 * are ({@link MatchForm}: alef, yeh, teh marbuta, Persian letters; diacritics, tatweel and invisible marks dropped),
 * cut into word tokens, with every position mapped back to the original text so that evidence
 * offsets point into the paragraph as the user gave it.
 */
final class MatchText {

    /** A word of the normalized text: [start, end) in normalized chars. */
    record Token(String text, int start, int end) {
    }

    private final String original;
    private final String normalized;
    private final int[] origin;
    private final List<Token> tokens = new ArrayList<>();

    MatchText(String original) {
        this.original = original;
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = MatchForm.normalizeChar(original.charAt(i));
            if (c != 0) {
                map[sb.length()] = i;
                sb.append(c);
            }
        }
        map[sb.length()] = original.length();
        this.normalized = sb.toString();
        this.origin = java.util.Arrays.copyOf(map, sb.length() + 1);
        int i = 0;
        while (i < normalized.length()) {
            if (!MatchForm.isWordChar(normalized.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < normalized.length() && MatchForm.isWordChar(normalized.charAt(i))) {
                i++;
            }
            tokens.add(new Token(normalized.substring(start, i), start, i));
        }
    }

    /** The whole string in matching form. */
    static String normalize(String s) {
        return MatchForm.normalize(s);
    }

    List<Token> tokens() {
        return tokens;
    }

    String normalized() {
        return normalized;
    }

    /** The original-text offset of a normalized position. */
    int originalOffset(int normalizedPos) {
        return origin[Math.min(normalizedPos, origin.length - 1)];
    }

    /** The original text between two normalized positions. */
    String originalText(int start, int end) {
        int s = originalOffset(start);
        int e = end <= start ? s : originalOffset(end);
        // keep the word's own marks (diacritics, shadda) but not the space or mark after it
        while (e > s && (Character.isWhitespace(original.charAt(e - 1)) || Character.getType(original.charAt(e - 1)) == Character.FORMAT)) {
            e--;
        }
        return original.substring(s, e);
    }

    /** The normalized chars between two tokens (punctuation and spaces), for content markers. */
    String between(int fromTokenEnd, int toTokenStart) {
        return normalized.substring(fromTokenEnd, Math.max(fromTokenEnd, toTokenStart));
    }
}
