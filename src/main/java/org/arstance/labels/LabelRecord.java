package org.arstance.labels;

import java.util.List;

/**
 * One labelled paragraph as read from a label file. A record either carries its own text
 * ({@code doc}, {@code n}, {@code text} in the file) or points into a public corpus by
 * {@code key} and {@code sha1}, its text joined from the corpus at load time (and never written
 * back into the project's files).
 *
 * @param file    the label file it was read from
 * @param line    its 1-based line in that file
 * @param doc     the document: the article file name without extension, or {@code ant/<doc_id>}
 * @param n       1-based paragraph index in the document
 * @param article 1-based article index inside the document (1 when the file does not say)
 * @param outlet  the news outlet (from the corpus; for own-text records the {@code outlet} field, else
 *                the label file's name)
 * @param kind    headline, caption, heading, body or teaser
 * @param text    the paragraph text (null until a corpus record is joined)
 * @param topic   topic id
 * @param source  actor id or the no-source value
 * @param stance  stance value toward the topic's target
 * @param note    the annotator's reason for a hard decision, or empty
 * @param key     the corpus key ({@code ant/<doc_id>/<0-based paragraph index>}), or null for own text
 * @param sha1    the SHA-1 of the corpus paragraph's text, or null for own text
 * @param articleText for a corpus record, every paragraph of its article, itself included (joined from
 *                the corpus with the text, so that a speaker named in an unlabelled earlier paragraph
 *                can be continued, and an opinion piece's disclaimer seen wherever it stands); empty
 *                for own text, whose articles are labelled whole
 * @param title   for a corpus record, its article's title (the corpus keeps it apart from the
 *                paragraphs); null for own text, whose headlines are paragraphs of kind headline
 */
public record LabelRecord(String file, int line, String doc, int n, int article, String outlet, String kind,
                          String text, String topic, String source, String stance, String note, String key,
                          String sha1, List<String> articleText, String title) {

    public LabelRecord(String file, int line, String doc, int n, int article, String outlet, String kind, String text,
                       String topic, String source, String stance, String note, String key, String sha1) {
        this(file, line, doc, n, article, outlet, kind, text, topic, source, stance, note, key, sha1, List.of(), null);
    }

    /** A corpus record's article paragraphs before it (unlabelled ones too); empty for own text. */
    public List<String> preceding() {
        return articleText.isEmpty() ? articleText : articleText.subList(0, n - 1);
    }

    /** The paragraph's identity across label files: the corpus key, or {@code doc#n}. */
    public String id() {
        return key != null ? key : doc + "#" + n;
    }

    /** True when the text lives in the label file (the project's own), false when it comes from a corpus. */
    public boolean ownText() {
        return key == null;
    }

    /** The article's identity: evaluation never puts one article on both sides of a split. */
    public String articleKey() {
        return doc + "#a" + article;
    }

    public String where() {
        return file + ":" + line;
    }

    /** This record with its text and origin joined from a corpus. */
    public LabelRecord joined(String corpusDoc, int corpusN, String corpusOutlet, String corpusText,
                              List<String> corpusArticle, String corpusTitle) {
        return new LabelRecord(file, line, corpusDoc, corpusN, 1, corpusOutlet, kind, corpusText, topic, source, stance,
                note, key, sha1, corpusArticle, corpusTitle);
    }
}
