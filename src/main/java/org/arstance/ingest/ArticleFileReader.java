package org.arstance.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.FileProblems;
import org.arstance.io.InputFiles;
import org.arstance.io.TextDecoder;

/** Reads one scraped article file from disk into its kept paragraphs. */
public final class ArticleFileReader {

    private final Segmenter segmenter;

    public ArticleFileReader(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public ArticleFileReader() {
        this(new Segmenter());
    }

    /**
     * What a set of article files gave: their paragraphs in file order, and the files that gave
     * none (empty, white space or site chrome only).
     */
    public record Read(List<Paragraph> paragraphs, List<Path> withoutParagraphs) {
    }

    /**
     * The paragraphs of every file, in the order given, each file under its document name. Every
     * file is read before any is refused, and every one that cannot be is named ({@link FileProblems}).
     */
    public Read readAll(List<InputFiles.Named> files) {
        List<Paragraph> all = new ArrayList<>();
        List<Path> without = new ArrayList<>();
        FileProblems.readEach(files, f -> {
            List<Paragraph> read = read(f.path(), f.name());
            if (read.isEmpty()) {
                without.add(f.path());
            }
            all.addAll(read);
        });
        return new Read(all, without);
    }

    /**
     * The text of {@code file}, read and decoded: all that can refuse an article file (segmenting
     * refuses none).
     */
    public static String text(Path file) {
        return TextDecoder.decode(file.toString(), InputFiles.readBytes(file));
    }

    /** The paragraphs of {@code file}, as the document its file name (without the extension) names. */
    public List<Paragraph> read(Path file) {
        return read(file, InputFiles.baseName(file));
    }

    /** The paragraphs of {@code file}, as document {@code doc}. */
    public List<Paragraph> read(Path file, String doc) {
        String text = text(file);
        // an empty file (a failed download) gives no paragraph, as one of white space or site chrome only does
        return text.isBlank() ? List.of() : segmenter.segment(doc, text);
    }
}
