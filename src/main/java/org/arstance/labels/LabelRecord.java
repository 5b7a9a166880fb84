package org.arstance.labels;

/**
 * One labelled paragraph as read from a label file.
 *
 * @param file   the label file it was read from
 * @param line   its 1-based line in that file
 * @param doc    the document (article file name without extension)
 * @param n      1-based paragraph index in the document, as {@code segment} numbers it
 * @param article 1-based article index inside the document (1 when the file does not say)
 * @param kind   headline, caption, heading, body or teaser
 * @param text   the paragraph text
 * @param topic  topic id
 * @param source actor id or the no-source value
 * @param stance stance value toward the topic's target
 * @param note   the annotator's reason for a hard decision, or empty
 */
public record LabelRecord(String file, int line, String doc, int n, int article, String kind, String text,
                          String topic, String source, String stance, String note) {

    /** The paragraph's identity across label files: {@code doc#n}. */
    public String id() {
        return doc + "#" + n;
    }

    /** The article's identity: evaluation never puts one article on both sides of a split. */
    public String articleKey() {
        return doc + "#a" + article;
    }

    public String where() {
        return file + ":" + line;
    }
}
