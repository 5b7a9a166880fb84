package org.arstance.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning rules on lines taken from the seeds, including markers glued onto text. */
class CleaningTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void markersGluedOntoTextAreSplitOff() {
        String body = "أرسلت أذربيجان قوات مدعومة بهجمات مدفعية إلى ناجورنو كاراباخ الخاضعة لسيطرة أرمينيا.";
        String text = "[ad_1]" + body + "\nزر الذهاب إلى الأعلى[ad_1]\n" + body + "[ad_2]Source link\n";
        List<Paragraph> ps = segmenter.segment("glued", text);
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(body, ps.get(0).text());
        assertEquals(ParagraphKind.BODY, ps.get(0).kind());
    }

    @Test
    void blankWhitespaceAndInvisibleLinesAreDropped() {
        String text = "غير أن الإعلان فاقم الغضب في يريفان.\n\u00a0\n \t \n\u200f\u200b\n\r\nوأضاف: \"نعم\".\r\n";
        List<Paragraph> ps = segmenter.segment("blank", text);
        assertEquals(List.of("غير أن الإعلان فاقم الغضب في يريفان.", "وأضاف: \"نعم\"."),
                ps.stream().map(Paragraph::text).toList());
    }

    @Test
    void bylinesSectionWordsAndCommentFormsAreChrome() {
        CleaningRules rules = CleaningRules.defaults();
        for (String chrome : List.of("«الشرق الأوسط» (رميش (جنوب لبنان))", "«الشرق الأوسط» (بيروت)", "أخبار العالم",
                "لمزيد من الأخبار العالمية اضغط هنا:", "تاريخ النشر: 29th, September 2023 GMT", "المصدر: بوابة الوفد",
                "Tags: أذربيجانأنقرة", "كلمات دلالية: كاراباخ الكرملين", "اترك تعليقاً",
                "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *")) {
            assertEquals(true, rules.isChrome(chrome), chrome);
        }
        for (String text : List.of("«حاجة فورية للمساعدة»", "فرار آلاف الأرمن", "غير أن الإعلان فاقم الغضب في يريفان.")) {
            assertEquals(false, rules.isChrome(text), text);
        }
    }

    @Test
    void sectionWordGluedBeforeACaptionIsRemoved() {
        CleaningRules rules = CleaningRules.defaults();
        String line = "المشرق العربي صورة عامة لقرية القليعة المسيحية في جنوب لبنان - 10 أكتوبر 2024 (أ.ف.ب)";
        assertEquals(true, rules.isCaption(line));
        assertEquals("صورة عامة لقرية القليعة المسيحية في جنوب لبنان - 10 أكتوبر 2024 (أ.ف.ب)",
                rules.stripSectionPrefix(line));
        assertEquals(false, rules.isCaption("قالت أذربيجان، اليوم (الأربعاء)، إنها تريد «إعادة دمج سلمية»."));
    }

    @Test
    void aLongFirstLineWithoutAStopIsBodyNotAHeadline() {
        String headline = "أذربيجان تعلن استعادة السيطرة على كاراباخ";
        String sentence = "أرسلت أذربيجان قوات مدعومة بهجمات مدفعية إلى ناجورنو كاراباخ الخاضعة لسيطرة أرمينيا";
        String longLine = String.join(" ، ", java.util.Collections.nCopies(5, sentence));
        List<Paragraph> ps = segmenter.segment("long", headline + "\n" + longLine + "\n");
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY), ps.stream().map(Paragraph::kind).toList());
        List<Paragraph> alone = segmenter.segment("alone", longLine + "\n" + headline + "\n");
        assertEquals(ParagraphKind.BODY, alone.get(0).kind(), "a " + CleaningRules.wordCount(longLine) + "-word first line");
        // the limit, 40 words: one word more is body
        List<String> words = List.of(longLine.split("\\s+"));
        int max = CleaningRules.defaults().maxHeadlineWords();
        assertEquals(ParagraphKind.HEADLINE, segmenter.segment("at", String.join(" ", words.subList(0, max)) + "\n").get(0).kind());
        assertEquals(ParagraphKind.BODY, segmenter.segment("over", String.join(" ", words.subList(0, max + 1)) + "\n").get(0).kind());
    }
}
