package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.arstance.io.Json;

/**
 * Runs the scikit-learn reference ({@code experiments/peers/sklearn_baseline.py}) on the folds a
 * report folder records and returns its predictions by paragraph id. Python is
 * {@code $ARSTANCE_PYTHON}, else Debian's {@code /usr/bin/python3}, else {@code python3}.
 */
final class SklearnPeer {

    static final Path SCRIPT = Path.of("experiments", "peers", "sklearn_baseline.py");

    /** The peer's name and its predicted topic and stance per paragraph id, or why it could not run. */
    record Result(String name, Map<String, String[]> predictions, String failure) {
    }

    private SklearnPeer() {
    }

    static Result run(Path reportDir, Path dataDir) {
        String name = "scikit-learn TF-IDF + LinearSVC";
        Invocation inv = invoke(SCRIPT, List.of(reportDir.toString(), "--json", "--root",
                Path.of("").toAbsolutePath().toString(), "--data-dir", dataDir.toAbsolutePath().toString()));
        if (inv.failure() != null) {
            return new Result(name, Map.of(), inv.failure());
        }
        JsonNode root = inv.json();
        Map<String, String[]> preds = new HashMap<>();
        for (JsonNode p2 : root.path("predictions")) {
            preds.put(p2.get("id").asText(), new String[] {p2.get("topic").asText(), p2.get("stance").asText()});
        }
        String version = root.path("sklearn_version").asText("");
        return new Result(root.path("peer").asText(name) + (version.isEmpty() ? "" : " (scikit-learn " + version + ")"),
                preds, null);
    }

    /** A peer script's JSON output, or why it could not run ({@code "not run: …"}). */
    record Invocation(JsonNode json, String failure) {
    }

    /** Runs a Python peer script with {@code args} and reads the JSON it prints. */
    static Invocation invoke(Path script, List<String> args) {
        String python = Optional.ofNullable(System.getenv("ARSTANCE_PYTHON"))
                .orElse(Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
        List<String> cmd = new ArrayList<>(List.of(python, script.toString()));
        cmd.addAll(args);
        if (!Files.isRegularFile(script)) {
            return new Invocation(null, "not run: " + script + " not found (run from the repository root)");
        }
        try {
            Path out = Files.createTempFile("arstance-peer", ".json");
            Path err = Files.createTempFile("arstance-peer", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return new Invocation(null, "not run: timed out");
                }
                if (p.exitValue() != 0) {
                    String msg = Files.readString(err, StandardCharsets.UTF_8).strip();
                    return new Invocation(null, "not run: " + (msg.isEmpty() ? "exit " + p.exitValue() : msg.lines().reduce((a, b) -> b).orElse(msg)));
                }
                return new Invocation(Json.MAPPER.readTree(out.toFile()), null);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Invocation(null, "not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Invocation(null, "not run: interrupted");
        }
    }

    static List<String> column(Result r, List<String> ids, int task) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String[] p = r.predictions().get(id);
            if (p == null) {
                throw new IllegalStateException("peer gave no prediction for " + id);
            }
            out.add(p[task]);
        }
        return out;
    }
}
