package org.arstance.labels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.CorpusParagraph;
import org.arstance.io.Digests;

/**
 * Joins label records that point into a corpus (by key and SHA-1) with the corpus text, at load
 * time. A key the corpus lacks, or a text whose SHA-1 differs from the label's, is a problem
 * naming the label file and line.
 */
public final class CorpusJoin {

    private CorpusJoin() {
    }

    public static List<LabelRecord> join(List<LabelRecord> records, Path dataDir, List<Problem> problems) {
        Set<String> keys = records.stream().filter(r -> !r.ownText()).map(LabelRecord::key).collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return records;
        }
        for (String key : keys) {
            if (!key.startsWith(AntCorpus.PREFIX)) {
                LabelRecord r = records.stream().filter(x -> key.equals(x.key())).findFirst().orElseThrow();
                problems.add(new Problem(r.file(), r.line(), "unknown corpus in key '" + key + "' (known: ant/)"));
            }
        }
        AntCorpus ant = new AntCorpus(dataDir);
        ant.requirePresent();
        Map<String, CorpusParagraph> found = ant.lookup(keys);
        List<LabelRecord> out = new ArrayList<>(records.size());
        for (LabelRecord r : records) {
            if (r.ownText()) {
                out.add(r);
                continue;
            }
            CorpusParagraph p = found.get(r.key());
            if (p == null) {
                if (r.key().startsWith(AntCorpus.PREFIX)) {
                    problems.add(new Problem(r.file(), r.line(), "key '" + r.key() + "' is not in the corpus " + ant.file()));
                }
                continue;
            }
            String sha1 = Digests.sha1(p.text());
            if (!sha1.equals(r.sha1())) {
                problems.add(new Problem(r.file(), r.line(), "hash of '" + r.key() + "' does not match the corpus text ("
                        + r.sha1() + " in the label file, " + sha1 + " in " + ant.file() + ")"));
                continue;
            }
            out.add(r.joined(p.doc(), p.index() + 1, p.outlet(), p.text(), p.article(), p.title()));
        }
        return out;
    }
}
