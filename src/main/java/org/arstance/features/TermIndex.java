package org.arstance.features;

/**
 * Finds a term's index in a frozen vocabulary straight from characters in a buffer, so that
 * vectorizing a paragraph makes no {@code String} per term. Open addressing with linear probing
 * over a power-of-two table at most half full; each slot keeps the term's hash (that of
 * {@link String#hashCode}), so that a probe compares characters only when the hashes agree.
 * The terms' characters sit in one array.
 */
final class TermIndex {

    private final char[] chars;
    private final int[] offsets;
    private final int[] slotTerm;
    private final int[] slotHash;
    private final int mask;

    TermIndex(String[] terms) {
        int total = 0;
        for (String t : terms) {
            total += t.length();
        }
        chars = new char[total];
        offsets = new int[terms.length + 1];
        for (int i = 0; i < terms.length; i++) {
            terms[i].getChars(0, terms[i].length(), chars, offsets[i]);
            offsets[i + 1] = offsets[i] + terms[i].length();
        }
        int capacity = Integer.highestOneBit(Math.max(2, terms.length) * 2 - 1) << 1;
        slotTerm = new int[capacity];
        slotHash = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(slotTerm, -1);
        for (int i = 0; i < terms.length; i++) {
            int h = terms[i].hashCode();
            int s = spread(h) & mask;
            while (slotTerm[s] >= 0) {
                s = (s + 1) & mask;
            }
            slotTerm[s] = i;
            slotHash[s] = h;
        }
    }

    /** The index of the term {@code term[0, length)}, or -1 when it is not in the vocabulary. */
    int find(char[] term, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) {
            h = 31 * h + term[k];
        }
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int i = slotTerm[s];
            if (i < 0) {
                return -1;
            }
            if (slotHash[s] == h && equal(i, term, length)) {
                return i;
            }
        }
    }

    /**
     * The index of {@code term}, or -1 (the fitting path and lookups by name; the hot path passes a
     * buffer): the string's own cached hash, its characters compared in place.
     */
    int find(String term) {
        int h = term.hashCode();
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int i = slotTerm[s];
            if (i < 0) {
                return -1;
            }
            if (slotHash[s] == h && equal(i, term)) {
                return i;
            }
        }
    }

    private boolean equal(int i, String term) {
        int from = offsets[i];
        if (offsets[i + 1] - from != term.length()) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            if (chars[from + k] != term.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean equal(int i, char[] term, int length) {
        int from = offsets[i];
        if (offsets[i + 1] - from != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[from + k] != term[k]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
