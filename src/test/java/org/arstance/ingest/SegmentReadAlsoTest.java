package org.arstance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A "read also" marker or a block of related-article links printed inside an article: the links
 * are teasers of that article, and the article goes on after them. Only a marker after the
 * article's closing chrome can open a second article (seed 004, checked in SeedSegmentationTest).
 */
class SegmentReadAlsoTest {

    private static final String HEADLINE = "روسيا: سنقرر مع أذربيجان مستقبل مهمة حفظ السلام بكاراباخ";
    private static final String FIRST = "أكدت روسيا، اليوم الجمعة، أنها ستقرر مع أذربيجان مستقبل مهمة حفظ السلام في ناغورني كاراباخ.";
    private static final String SECOND = "وقال المتحدث باسم الرئاسة الروسية، ديمتري بيسكوف، إن موسكو على اتصال دائم بباكو.";
    private static final String THIRD = "وأُجريت جولتان من المحادثات فيما عملت القوات الأذربيجانية مع قوات حفظ السلام الروسية.";
    private static final String LINK1 = "ارتفاع عدد قتلى انفجار مستودع وقود في كاراباخ";
    private static final String LINK2 = "علييف يعتذر لبوتين عن مقتل جنود روس";

    private final Segmenter segmenter = new Segmenter();

    private List<Paragraph> segment(String... lines) {
        return segmenter.segment("t", String.join("\n\n", lines) + "\n");
    }

    private static List<String> kindsAndArticles(List<Paragraph> ps) {
        return ps.stream().map(p -> p.article() + ":" + p.kind().id()).toList();
    }

    @Test
    void linksAfterReadAlsoAreTeasersAndTheArticleGoesOn() {
        for (String marker : List.of("اقرأ أيضا:", "اقرأ أيضاً", "إقرأ أيضاً:")) {
            List<Paragraph> ps = segment(HEADLINE, FIRST, marker, LINK1, LINK2, SECOND, THIRD);
            assertEquals(List.of("1:headline", "1:body", "1:teaser", "1:teaser", "1:body", "1:body"), kindsAndArticles(ps), marker);
        }
    }

    @Test
    void bodyRightAfterReadAlsoIsBody() {
        List<Paragraph> ps = segment(HEADLINE, FIRST, "اقرأ أيضا:", SECOND, LINK2 + "، في اتصال هاتفي", THIRD);
        assertEquals(List.of("1:headline", "1:body", "1:body", "1:body", "1:body"), kindsAndArticles(ps));
    }

    @Test
    void aTeaserWithItsLeadStaysATeaser() {
        // a related block of title + one-sentence lead pairs, as in seed 000
        List<Paragraph> ps = segment(HEADLINE, FIRST, "مقالات ذات صلة", LINK1, SECOND, LINK2, THIRD);
        assertEquals(List.of("1:headline", "1:body", "1:teaser", "1:teaser", "1:teaser", "1:teaser"), kindsAndArticles(ps));
    }

    /**
     * The analyst's three ANT articles: the paragraph after the marker (CNN) or after the links
     * (BBC) went on as a teaser or opened "article 2"; each is one article, the links are teasers
     * and the next body paragraph is body. Indexes are the corpus's 0-based paragraph indexes.
     */
    @Test
    void theAnalystsAntArticlesStayOneArticle() {
        Set<String> ids = Set.of("CN-middleEast-1469-20181010", "BB-middleEast-439-20180502", "BB-middleEast-830-20180803");
        List<AntArticles> found = AntArticles.where(a -> ids.contains(a.docId()));
        assertEquals(3, found.size());
        CleaningRules rules = CleaningRules.defaults();
        for (AntArticles a : found) {
            List<Paragraph> ps = a.segment(segmenter);
            assertEquals(Set.of(1), Set.copyOf(ps.stream().map(Paragraph::article).toList()), a.docId());
            int marker = IntStream.range(0, a.paragraphs().size())
                    .filter(i -> rules.isRelatedMarker(rules.trim(a.paragraphs().get(i)))).findFirst().orElseThrow();
            int resumes = switch (a.docId()) {
                case "CN-middleEast-1469-20181010" -> 2;
                case "BB-middleEast-439-20180502" -> 11;
                default -> 8;
            };
            IntStream.range(marker + 1, resumes).forEach(i -> assertEquals(ParagraphKind.TEASER, a.kept(ps, i).kind(), a.docId() + "/" + i));
            assertEquals(ParagraphKind.BODY, a.kept(ps, resumes).kind(), a.docId() + "/" + resumes);
            assertEquals(ParagraphKind.BODY, a.kept(ps, resumes + 1).kind(), a.docId() + "/" + (resumes + 1));
        }
    }

    /** Every ANT article with a related-articles marker among its paragraphs stays one article. */
    @Test
    void noAntArticleIsSplitAtAReadAlsoMarker() {
        CleaningRules rules = CleaningRules.defaults();
        List<AntArticles> marked = AntArticles.where(a -> a.paragraphs().stream().map(rules::trim).anyMatch(rules::isRelatedMarker));
        assertTrue(marked.size() >= 30, "ANT articles with a marker: " + marked.size());
        for (AntArticles a : marked) {
            assertEquals(Set.of(1), Set.copyOf(a.segment(segmenter).stream().map(Paragraph::article).toList()), a.docId());
        }
    }
}
