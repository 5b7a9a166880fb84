package org.arstance.classify;

/**
 * What a run of input paragraphs may not do, checked one paragraph at a time as a {@code .jsonl}
 * file or a program's list hands them on: give an id (or doc and n) an earlier paragraph had (the
 * ids seen are shared across the files of one run), or give its article a second, different title.
 * classify reads one title an article (its paragraphs in a row with the same {@code doc} and
 * {@code article}), so a second one is refused rather than one of the two silently read; the same
 * title again, or none, is fine.
 */
final class InputChecks {

    private final SeenIds ids;
    private String article;
    private String title;
    private String titleGivenAt;

    /** @param ids the ids seen so far in this run (by earlier files too) */
    InputChecks(SeenIds ids) {
        this.ids = ids;
    }

    /**
     * Why {@code p} cannot be read after the paragraphs before it, or null; {@code here} names where
     * {@code p} was given ("line 3"), for the refusal of a later paragraph.
     */
    String refusal(InputParagraph p, String here) {
        if (!ids.add(p.key())) {
            return p.givenTwice();
        }
        String key = p.articleKey();
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
            titleGivenAt = here;
            return null;
        }
        return title.equals(t) ? null : "'title' differs from the title " + titleGivenAt + " gave the same article (doc '"
                + p.doc() + "', article " + p.article() + "): classify reads one title an article";
    }
}
