package org.arstance.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The paragraphs of every file, in the order given, each file under its document name. */
    public List<Paragraph> readAll(List<InputFiles.Named> files) {
        List<Paragraph> all = new ArrayList<>();
        for (InputFiles.Named f : files) {
            all.addAll(read(f.path(), f.name()));
        }
        return all;
    }

    /** The paragraphs of {@code file}, as the document its file name (without the extension) names. */
    public List<Paragraph> read(Path file) {
        return read(file, InputFiles.baseName(file));
    }

    /** The paragraphs of {@code file}, as document {@code doc}. */
    public List<Paragraph> read(Path file, String doc) {
        String text = TextDecoder.decode(file.toString(), InputFiles.readBytes(file));
        // an empty file (a failed download) gives no paragraph, as one of white space or site chrome only does
        return text.isBlank() ? List.of() : segmenter.segment(doc, text);
    }
}
