package org.arstance.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The form in which the attribution rules match words (actor names and aliases, the lexicon's
 * verbs and phrases, a paragraph's words): alef, yeh, teh marbuta and Persian letters folded;
 * diacritics, tatweel and invisible marks dropped; words are runs of letters and digits. Two
 * spellings with the same {@link #words} are one name to the rules.
 */
public final class MatchForm {

    private MatchForm() {
    }

    /** The matching form of one char, or 0 to drop it. */
    public static char normalizeChar(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u00AD' || c == '\u061C') {
            return 0;
        }
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
            case '\u0649', '\u06CC' -> '\u064A';
            case '\u0629' -> '\u0647';
            case '\u06A9' -> '\u0643';
            default -> c;
        };
    }

    /** The whole string in matching form. */
    public static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = normalizeChar(s.charAt(i));
            if (c != 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The words of {@code phrase} in matching form (punctuation and spaces between them dropped). */
    public static List<String> words(String phrase) {
        String n = normalize(phrase);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            if (!isWordChar(n.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n.length() && isWordChar(n.charAt(i))) {
                i++;
            }
            out.add(n.substring(start, i));
        }
        return out;
    }
}
