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
 * &#x644;}) are decoded once (a reference to a control character, {@code &#10;} say, becomes a
 * space: it must not split a paragraph). Only text that really is a tag is touched: {@code <} or
 * {@code </}, the name of an HTML element, attributes written as HTML writes them, each with a value (at most 64),
 * then {@code >}; a {@code <} standing as a character ({@code أي < 5%}, {@code <لا للحرب>},
 * {@code <Reuters>}, {@code a<b and c>d}), {@code «»} quotes and an entity name not listed here
 * stay as they are.
 */
final class HtmlMarkup {

    /**
     * What follows a tag's name: attributes with values ({@code name=value}, {@code name="value"}: a
     * bare word is prose, as in {@code a<b and c>d}), then {@code >}.
     */
    private static final String REST_OF_TAG =
            "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\\s\"'<>=`]+)){0,64}\\s*/?>";
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)" + REST_OF_TAG + ".*?</\\1\\s*>");
    /** The elements whose tags are removed: HTML's own (a word in angle brackets that is none of them is text). */
    private static final String ELEMENTS = "a|abbr|address|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|canvas|"
            + "caption|center|cite|code|col|colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|"
            + "h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|"
            + "option|p|picture|pre|q|s|section|select|small|source|span|strong|sub|summary|sup|svg|table|tbody|td|"
            + "textarea|tfoot|th|thead|time|title|tr|u|ul|video|wbr";
    private static final Pattern TAG = Pattern.compile("(?i)</?(" + ELEMENTS + ")(?![A-Za-z0-9])" + REST_OF_TAG);
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
        if (character && Character.getType(cp) == Character.CONTROL) {
            return " ";
        }
        return character ? Character.toString(cp) : ref.group();
    }
}
