package org.arstance.classify;

/**
 * The paragraph ids seen so far, kept as 64-bit hashes in an open-addressing table (16 bytes an id
 * at most), so that a stream of millions of paragraphs can be checked for a repeated id without
 * holding the ids. Two different ids share a hash with a chance of about n²/2⁶⁵ (3 in 10⁸ for a
 * million ids).
 */
final class SeenIds {

    private static final long EMPTY = 0L;

    private long[] table = new long[1 << 10];
    private int size;

    /** Adds {@code id}; false when it was seen before. */
    boolean add(String id) {
        long h = hash(id);
        if (h == EMPTY) {
            h = 1; // the table's empty mark: the hash 0 shares the slot value of 1, a chance of 2⁻⁶⁴ more
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        if (!insert(table, h)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (t[i] == EMPTY) {
                t[i] = h;
                return true;
            }
            if (t[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long h : table) {
            if (h != EMPTY) {
                insert(bigger, h);
            }
        }
        table = bigger;
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finalizer (MurmurHash3's fmix64) to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
