package org.arstance.classify;

/**
 * The title of the article that the paragraphs read so far belong to. classify reads one title an
 * article (its paragraphs in a row with the same {@code doc} and {@code article}), so a paragraph
 * that gives its article a second, different title is refused rather than one of the two silently
 * read; the same title again, or none, is fine.
 */
final class ArticleTitle {

    private String article;
    private String title;
    private String givenAt;

    /**
     * Why {@code p} cannot be read after the paragraphs before it, or null; {@code here} names where
     * {@code p} was given ("line 3"), for the refusal of a later paragraph.
     */
    String conflict(InputParagraph p, String here) {
        String key = p.doc() == null ? null : p.doc() + "#" + p.article();
        if (key == null || !key.equals(article)) {
            article = key;
            title = null;
        }
        String t = p.title() == null || p.title().isBlank() ? null : p.title();
        if (key == null || t == null) {
            return null;
        }
        if (title == null) {
            title = t;
            givenAt = here;
            return null;
        }
        return title.equals(t) ? null : "'title' differs from the title " + givenAt + " gave the same article (doc '"
                + p.doc() + "', article " + p.article() + "): classify reads one title an article";
    }
}
