package org.arstance.ingest;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML left in a scraped file, turned into the text a reader saw: script and style elements are
 * dropped with their content, every other tag is removed (a block element's tag ends the line, so
 * that two paragraphs printed on one line stay two, and a line that was only markup becomes blank
 * and is dropped with the blank lines), and character references ({@code &nbsp; &quot; &#1604;
 * &#x644;}) are decoded once. Only text that really looks like a tag is touched: {@code <} or
 * {@code </}, a Latin tag name, attributes written as HTML writes them, then {@code >}; a {@code <}
 * standing as a character in Arabic text ({@code أي < 5%}, {@code <لا للحرب>}), {@code «»} quotes
 * and an entity name not listed here stay as they are.
 */
final class HtmlMarkup {

    /** What follows a tag's name: attributes ({@code name}, {@code name=value}, {@code name="value"}), then {@code >}. */
    private static final String REST_OF_TAG =
            "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\\s\"'<>=`]+))?)*\\s*/?>";
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)" + REST_OF_TAG + ".*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)" + REST_OF_TAG);
    /** Elements that stand on lines of their own: their tags end the line. */
    private static final Pattern BLOCK = Pattern.compile("(?i)p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|"
            + "blockquote|pre|section|article|header|footer|nav|aside|main|figure|figcaption|html|head|body|title");
    private static final Pattern ENTITY = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("quot", "\""), Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("apos", "'"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("zwnj", "\u200c"),
            Map.entry("zwj", "\u200d"), Map.entry("lrm", "\u200e"), Map.entry("rlm", "\u200f"));

    private HtmlMarkup() {
    }

    /** The text without markup; text with neither {@code <} nor {@code &} comes back as it is. */
    static String toText(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String untagged = TAG.matcher(SCRIPT_OR_STYLE.matcher(text).replaceAll("\n"))
                .replaceAll(tag -> BLOCK.matcher(tag.group(1)).matches() ? "\n" : "");
        return ENTITY.matcher(untagged).replaceAll(ref -> Matcher.quoteReplacement(decode(ref)));
    }

    /** The character a reference stands for, or the reference itself when it names none. */
    private static String decode(MatchResult ref) {
        if (ref.group(3) != null) {
            return NAMED.getOrDefault(ref.group(3), ref.group());
        }
        int cp = ref.group(1) != null ? Integer.parseInt(ref.group(1)) : Integer.parseInt(ref.group(2), 16);
        boolean character = cp > 0 && cp <= Character.MAX_CODE_POINT && Character.getType(cp) != Character.SURROGATE;
        return character ? Character.toString(cp) : ref.group();
    }
}
