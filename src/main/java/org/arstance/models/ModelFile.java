package org.arstance.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.arstance.features.TfidfVectorizer;
import org.arstance.io.AtomicOutput;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;
import org.arstance.io.Versions;
import org.arstance.labels.Schema;

/**
 * The model file: a ZIP archive whose first entry, {@code manifest.json}, holds the provenance
 * and a SHA-256 of every other entry. Entries are written in a fixed order with a fixed time,
 * so the same model gives the same bytes; they are checked against the manifest when read.
 *
 * <pre>
 * manifest.json     provenance + checksums
 * schema.json       the label schema the model was trained with (as loaded)
 * config.json       analysis, feature and model settings
 * vocabulary.json   the frozen vocabulary and IDF
 * topic.bin         the topic classifier (Tribuo protobuf or Smile serialization)
 * stance.bin        the stance classifier (absent when there is none)
 * source.bin        the learned source extractor (absent when there is none)
 * </pre>
 */
public final class ModelFile {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String MANIFEST = "manifest.json";
    private static final String SCHEMA = "schema.json";
    private static final String CONFIG = "config.json";
    private static final String VOCABULARY = "vocabulary.json";
    private static final String TOPIC = "topic.bin";
    private static final String STANCE = "stance.bin";
    private static final String SOURCE = "source.bin";

    private ModelFile() {
    }

    /** Writes the model under a temporary name and renames it to {@code file} when complete. */
    public static void write(Path file, ArstanceModel model) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(SCHEMA, model.schema().json().getBytes(StandardCharsets.UTF_8));
        entries.put(CONFIG, (model.config().toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(VOCABULARY, (Json.line(model.vectorizer()) + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(TOPIC, model.topicClassifier().toBytes());
        if (model.stanceClassifier() != null) {
            entries.put(STANCE, model.stanceClassifier().toBytes());
        }
        if (model.sourceClassifier() != null) {
            entries.put(SOURCE, model.sourceClassifier().toBytes());
        }
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("provenance", model.provenance());
        manifest.put("entries", sums);
        byte[] manifestBytes;
        try {
            manifestBytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AtomicOutput.write(file, out -> writeZip(out, manifestBytes, entries));
    }

    private static void writeZip(OutputStream out, byte[] manifest, Map<String, byte[]> entries) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        putEntry(zip, MANIFEST, manifest);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            putEntry(zip, e.getKey(), e.getValue());
        }
        zip.finish();
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reads and checks a model file; every problem is a {@link UserInputException} naming the file. */
    public static ArstanceModel read(Path file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var it = zip.entries();
            while (it.hasMoreElements()) {
                ZipEntry e = it.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UserInputException(file + ": no such model file");
        } catch (ZipException | java.io.EOFException e) {
            throw new UserInputException(file + ": not an arstance model file, or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new UserInputException(file + ": no such model file");
            }
            throw new UserInputException(file + ": cannot read model file (" + e.getMessage() + ")");
        }
        return decode(file, entries);
    }

    private static ArstanceModel decode(Path file, Map<String, byte[]> entries) {
        JsonNode manifest;
        try {
            manifest = Json.MAPPER.readTree(need(file, entries, MANIFEST));
        } catch (IOException e) {
            throw new UserInputException(file + ": corrupted model file (unreadable manifest)");
        }
        JsonNode prov = manifest.path("provenance");
        if (!PipelineTrainer.FORMAT.equals(prov.path("format").asText())) {
            throw new UserInputException(file + ": not an arstance model file");
        }
        int version = prov.path("format_version").asInt(-1);
        if (version != PipelineTrainer.FORMAT_VERSION) {
            throw new UserInputException(file + ": model format version " + version + " is not the version this arstance "
                    + "reads (" + PipelineTrainer.FORMAT_VERSION + "): retrain the model");
        }
        String tribuo = prov.path("versions").path("tribuo").asText();
        String ours = Versions.describe().get("tribuo");
        if (!tribuo.equals(ours)) {
            throw new UserInputException(file + ": model trained with Tribuo " + tribuo + ", this arstance uses Tribuo "
                    + ours + ": retrain the model");
        }
        JsonNode sums = manifest.path("entries");
        sums.fieldNames().forEachRemaining(name -> {
            byte[] bytes = need(file, entries, name);
            if (!sha256(bytes).equals(sums.path(name).asText())) {
                throw new UserInputException(file + ": corrupted model file (checksum of " + name + " does not match)");
            }
        });
        try {
            Schema schema = Schema.parse(file + "!" + SCHEMA, new String(need(file, entries, SCHEMA), StandardCharsets.UTF_8));
            if (!schema.sha256().equals(prov.path("schema_sha256").asText())) {
                throw new UserInputException(file + ": corrupted model file (schema does not match its provenance)");
            }
            PipelineConfig config = PipelineConfig.parse(file + "!" + CONFIG, new String(need(file, entries, CONFIG), StandardCharsets.UTF_8));
            TfidfVectorizer vectorizer = Json.MAPPER.readValue(need(file, entries, VOCABULARY), TfidfVectorizer.class);
            ModelProvenance provenance = Json.MAPPER.treeToValue(prov, ModelProvenance.class);
            LabelClassifier topic = classifier(need(file, entries, TOPIC), provenance.topicClassifier(),
                    ArstanceModel.topicSpace(vectorizer));
            LabelClassifier stance = entries.containsKey(STANCE)
                    ? classifier(entries.get(STANCE), provenance.stanceClassifier(), ArstanceModel.stanceSpace(vectorizer, schema))
                    : null;
            LabelClassifier source = entries.containsKey(SOURCE)
                    ? classifier(entries.get(SOURCE), provenance.sourceClassifier(), ArstanceModel.sourceSpace(vectorizer, schema))
                    : null;
            return new ArstanceModel(schema, config, vectorizer, topic, stance, source, provenance);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException(file + ": corrupted model file (" + e.getMessage() + ")");
        }
    }

    private static LabelClassifier classifier(byte[] bytes, String kind, FeatureSpace space) {
        if (kind == null) {
            throw new IllegalArgumentException("classifier kind missing from provenance");
        }
        String family = kind.substring(kind.indexOf(':') + 1);
        TrainerKind trainer = TrainerKind.fromId(family);
        return trainer == TrainerKind.SMILE_LOGISTIC
                ? SmileLabelClassifier.fromBytes(bytes, space)
                : TribuoLabelClassifier.fromBytes(bytes, space, trainer);
    }

    private static byte[] need(Path file, Map<String, byte[]> entries, String name) {
        byte[] b = entries.get(name);
        if (b == null) {
            throw new UserInputException(file + ": incomplete model file (no " + name + ")");
        }
        return b;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
