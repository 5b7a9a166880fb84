package org.arstance.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;
import org.arstance.io.UserInputException;

/**
 * Streams the paragraphs of classify's inputs: scraped {@code .txt} files (segmented exactly as
 * {@code segment} does, one file at a time) and {@code .jsonl} files of paragraphs (one line at a
 * time), or folders of either. Memory holds one file's paragraphs at most.
 */
public final class ParagraphInputs {

    private static final Set<String> EXTENSIONS = Set.of("txt", "jsonl");

    private final List<Path> files;
    private final ArticleFileReader articles = new ArticleFileReader();

    public ParagraphInputs(List<Path> inputs) {
        this.files = InputFiles.expand(inputs, EXTENSIONS);
        for (Path f : files) {
            if (!EXTENSIONS.contains(InputFiles.extension(f))) {
                throw new UserInputException(f + ": classify reads .txt article files or .jsonl paragraph files");
            }
        }
    }

    public List<Path> files() {
        return files;
    }

    /** Hands every paragraph of every input, in order, to {@code sink}. */
    public void forEach(Consumer<InputParagraph> sink) {
        for (Path f : files) {
            if (InputFiles.extension(f).equals("jsonl")) {
                readJsonl(f, sink);
            } else {
                for (Paragraph p : articles.read(f)) {
                    sink.accept(new InputParagraph(null, p.doc(), p.n(), p.article(), p.kind().id(), null, p.text()));
                }
            }
        }
    }

    private static void readJsonl(Path file, Consumer<InputParagraph> sink) {
        JsonLines.read(file, (lineNo, line) -> sink.accept(parse(file, lineNo, line)));
    }

    private static InputParagraph parse(Path file, int lineNo, String line) {
        JsonNode node = Json.parseLine(file.toString(), lineNo, line);
        if (!node.isObject()) {
            throw new UserInputException(file + ":" + lineNo + ": expected a JSON object with 'id' and 'text'");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || id.isNull() || id.isContainerNode()) {
            throw new UserInputException(file + ":" + lineNo + ": missing field 'id'");
        }
        if (text == null || !text.isTextual()) {
            throw new UserInputException(file + ":" + lineNo + ": missing or non-text field 'text'");
        }
        JsonNode title = node.get("title");
        JsonNode kind = node.get("kind");
        return new InputParagraph(id.asText(), null, null, null,
                kind != null && kind.isTextual() ? kind.asText() : "body",
                title != null && title.isTextual() ? title.asText() : null, text.asText());
    }
}
