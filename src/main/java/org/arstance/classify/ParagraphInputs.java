package org.arstance.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.ingest.ParagraphKind;
import org.arstance.io.FileProblems;
import org.arstance.io.InputFileException;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.JsonLines;
import org.arstance.io.UserInputException;

/**
 * Streams the paragraphs of classify's inputs: scraped {@code .txt} files (segmented exactly as
 * {@code segment} does, one file at a time) and {@code .jsonl} files of paragraphs (one line at a
 * time), or folders of either. Memory holds one file's paragraphs at most, and a hash of each id.
 */
public final class ParagraphInputs implements ParagraphSource {

    private static final Set<String> EXTENSIONS = Set.of("txt", "jsonl");
    /** The fields of a JSON Lines record that classify reads; any other is handed on as {@code meta}. */
    private static final List<String> FIELDS = List.of("id", "doc", "n", "article", "kind", "title", "text");

    private final List<InputFiles.Named> files;
    private final ArticleFileReader articles = new ArticleFileReader();
    /** The article files that gave no paragraph in the current or last {@link #forEach}. */
    private final List<Path> withoutParagraphs = new ArrayList<>();

    /** The inputs as the user gave them: files and folders ({@link InputFiles#expandNamed}: a {@code .txt} file's document name is its path below the folder given). */
    public ParagraphInputs(List<Path> inputs) {
        this.files = InputFiles.expandNamed(inputs, EXTENSIONS);
        for (InputFiles.Named f : files) {
            if (!EXTENSIONS.contains(InputFiles.extension(f.path()))) {
                throw new UserInputException(f.path() + ": classify reads .txt article files or .jsonl paragraph files");
            }
        }
        // a .jsonl record names its own paragraph; an article file's paragraphs are named by the file
        InputFiles.requireDistinctNames(files.stream().filter(f -> InputFiles.extension(f.path()).equals("txt")).toList());
    }

    public List<Path> files() {
        return files.stream().map(InputFiles.Named::path).toList();
    }

    /**
     * Hands every paragraph of every input, in order, to {@code sink}. A JSON Lines file must hold at
     * least one paragraph, each paragraph's kind must be one of {@code kinds} (the model's schema's),
     * and no id may be given to two paragraphs, in one file or across files.
     */
    @Override
    public void forEach(List<String> kinds, Consumer<InputParagraph> sink) {
        SeenIds ids = new SeenIds();
        withoutParagraphs.clear();
        for (InputFiles.Named f : files) {
            read(f, kinds, ids, sink);
        }
    }

    /**
     * Reads every input once before any work, as far as it can refuse one: a {@code .jsonl} file
     * parsed whole, an article file read and decoded (segmenting refuses none); every file that
     * cannot be read is named in one refusal ({@link FileProblems}), not the first one found after
     * hours of classifying.
     */
    public void check(List<String> kinds) {
        SeenIds ids = new SeenIds();
        FileProblems.readEach(files, f -> {
            if (isJsonl(f)) {
                readJsonl(f.path(), kinds, ids, p -> { });
            } else {
                ArticleFileReader.text(f.path());
            }
        });
    }

    /**
     * The article files that gave no paragraph (empty, white space or site chrome only) in the last
     * {@link #forEach}, for the summary.
     */
    public List<Path> withoutParagraphs() {
        return List.copyOf(withoutParagraphs);
    }

    private void read(InputFiles.Named f, List<String> kinds, SeenIds ids, Consumer<InputParagraph> sink) {
        if (isJsonl(f)) {
            readJsonl(f.path(), kinds, ids, sink);
            return;
        }
        List<Paragraph> paragraphs = articles.read(f.path(), f.name());
        if (paragraphs.isEmpty()) {
            withoutParagraphs.add(f.path());
        }
        for (Paragraph p : paragraphs) {
            sink.accept(new InputParagraph(null, p.doc(), p.n(), p.article(), p.kind().id(), null, p.text()));
        }
    }

    private static boolean isJsonl(InputFiles.Named f) {
        return InputFiles.extension(f.path()).equals("jsonl");
    }

    private static void readJsonl(Path file, List<String> kinds, SeenIds ids, Consumer<InputParagraph> sink) {
        InputChecks checks = new InputChecks(ids);
        int paragraphs = JsonLines.read(file, (lineNo, line) -> {
            InputParagraph p = parse(file, lineNo, line, kinds);
            String refusal = checks.refusal(p, "line " + lineNo);
            if (refusal != null) {
                throw new InputFileException(file.toString(), lineNo, refusal);
            }
            sink.accept(p);
        });
        if (paragraphs == 0) {
            throw new InputFileException(file.toString(), 0, "holds no paragraph (one JSON object a line: id, or doc and n as segment "
                    + "writes them; text; optional title and kind)");
        }
    }

    /**
     * One paragraph record: {@code id}, or {@code doc} and {@code n} (and {@code article}) as
     * {@code segment} writes them, so that segment's output can be checked or edited and then
     * classified with its articles intact (a paragraph may continue the previous one's source);
     * {@code text}; optional {@code title} and {@code kind}.
     */
    private static InputParagraph parse(Path file, int lineNo, String line, List<String> kinds) {
        JsonNode node = Json.parseLine(file.toString(), lineNo, line);
        if (!node.isObject()) {
            throw new InputFileException(file.toString(), lineNo, "expected a JSON object with 'id' (or 'doc' and 'n') and 'text'");
        }
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        String doc = optionalText(file, lineNo, node, "doc");
        Integer n = optionalPositive(file, lineNo, node, "n");
        Integer article = optionalPositive(file, lineNo, node, "article");
        boolean hasId = id != null && !id.isNull();
        if (hasId && id.isContainerNode()) {
            throw new InputFileException(file.toString(), lineNo, "field 'id' must be text or a number");
        }
        if (!hasId && (doc == null || n == null)) {
            throw new InputFileException(file.toString(), lineNo, "missing field 'id' (or 'doc' and 'n', as segment writes them)");
        }
        if (text == null || !text.isTextual()) {
            throw new InputFileException(file.toString(), lineNo, "missing or non-text field 'text'");
        }
        if (text.asText().isBlank()) {
            throw new InputFileException(file.toString(), lineNo, "empty 'text'");
        }
        String kind = optionalText(file, lineNo, node, "kind");
        if (kind == null) {
            kind = ParagraphKind.BODY.id();
        } else if (!kinds.contains(kind)) {
            throw new InputFileException(file.toString(), lineNo, InputParagraph.unknownKind(kind, kinds));
        }
        ObjectNode meta = ((ObjectNode) node).deepCopy();
        meta.remove(FIELDS);
        return new InputParagraph(hasId ? id.asText() : null, doc, n, doc == null ? null : article, kind,
                optionalText(file, lineNo, node, "title"), text.asText(), meta.isEmpty() ? null : meta);
    }

    private static Integer optionalPositive(Path file, int lineNo, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
            throw new InputFileException(file.toString(), lineNo, "field '" + field + "' must be a whole number from 1");
        }
        return v.asInt();
    }

    private static String optionalText(Path file, int lineNo, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputFileException(file.toString(), lineNo, "field '" + field + "' must be text");
        }
        return v.asText();
    }
}
