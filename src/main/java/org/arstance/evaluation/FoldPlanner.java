package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;

/**
 * Splits labelled paragraphs into folds under a {@link Protocol}. Every split is by whole
 * article ({@link LabelRecord#articleKey()}), so no article ever sits on both sides; random
 * choices come from the seed only.
 */
public final class FoldPlanner {

    private FoldPlanner() {
    }

    /**
     * @param holdout the records of the holdout file (for {@code holdout:FILE}), else ignored
     */
    public static List<Fold> plan(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout, long seed) {
        return switch (protocol.kind()) {
            case FILE -> byGroup(records, LabelRecord::doc, "file", "files");
            case SOURCE -> byGroup(records, LabelRecord::outlet, "source", "outlets");
            case ARTICLE -> randomGroups(records, protocol.k(), seed);
            case KFOLD -> stratifiedGroups(records, protocol.k(), seed);
            case HOLDOUT -> holdoutFold(protocol, records, holdout);
        };
    }

    /** One fold per value of {@code group} (a file, an outlet): every article lies within one group. */
    private static List<Fold> byGroup(List<LabelRecord> records, java.util.function.Function<LabelRecord, String> group,
                                      String protocol, String what) {
        Map<String, List<LabelRecord>> groups = new TreeMap<>();
        for (LabelRecord r : records) {
            groups.computeIfAbsent(group.apply(r), d -> new ArrayList<>()).add(r);
        }
        if (groups.size() < 2) {
            throw new UserInputException("protocol '" + protocol + "' needs labels from two or more " + what + ", got "
                    + groups.keySet());
        }
        List<Fold> folds = new ArrayList<>();
        for (String g : groups.keySet()) {
            List<LabelRecord> train = records.stream().filter(r -> !group.apply(r).equals(g)).toList();
            folds.add(new Fold(g, train, groups.get(g)));
        }
        return folds;
    }

    private static Map<String, List<LabelRecord>> articles(List<LabelRecord> records) {
        Map<String, List<LabelRecord>> groups = new TreeMap<>();
        for (LabelRecord r : records) {
            groups.computeIfAbsent(r.articleKey(), a -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static List<Fold> randomGroups(List<LabelRecord> records, int k, long seed) {
        Map<String, List<LabelRecord>> groups = articles(records);
        checkEnough(groups, k);
        List<String> keys = new ArrayList<>(groups.keySet());
        Collections.shuffle(keys, new Random(seed));
        List<Set<String>> assigned = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            assigned.add(new HashSet<>());
        }
        for (int i = 0; i < keys.size(); i++) {
            assigned.get(i % k).add(keys.get(i));
        }
        return folds(records, assigned);
    }

    /**
     * Articles in seeded random order, largest first, each placed in the fold where the per-topic
     * proportions across folds stay most even (the greedy rule of scikit-learn's
     * StratifiedGroupKFold).
     */
    private static List<Fold> stratifiedGroups(List<LabelRecord> records, int k, long seed) {
        Map<String, List<LabelRecord>> groups = articles(records);
        checkEnough(groups, k);
        List<String> topics = records.stream().map(LabelRecord::topic).distinct().sorted().toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] total = new int[topics.size()];
        for (Map.Entry<String, List<LabelRecord>> g : groups.entrySet()) {
            int[] c = new int[topics.size()];
            for (LabelRecord r : g.getValue()) {
                c[topics.indexOf(r.topic())]++;
                total[topics.indexOf(r.topic())]++;
            }
            counts.put(g.getKey(), c);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        Collections.shuffle(keys, new Random(seed));
        keys.sort((a, b) -> Integer.compare(groups.get(b).size(), groups.get(a).size()));
        int[][] foldCounts = new int[k][topics.size()];
        int[] foldSizes = new int[k];
        List<Set<String>> assigned = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            assigned.add(new HashSet<>());
        }
        for (String key : keys) {
            int[] c = counts.get(key);
            int best = -1;
            double bestSpread = Double.POSITIVE_INFINITY;
            for (int f = 0; f < k; f++) {
                for (int t = 0; t < c.length; t++) {
                    foldCounts[f][t] += c[t];
                }
                double spread = spread(foldCounts, total);
                for (int t = 0; t < c.length; t++) {
                    foldCounts[f][t] -= c[t];
                }
                if (spread < bestSpread - 1e-12 || (Math.abs(spread - bestSpread) <= 1e-12 && foldSizes[f] < foldSizes[best])) {
                    best = f;
                    bestSpread = spread;
                }
            }
            for (int t = 0; t < c.length; t++) {
                foldCounts[best][t] += c[t];
            }
            foldSizes[best] += groups.get(key).size();
            assigned.get(best).add(key);
        }
        return folds(records, assigned);
    }

    /** Mean over topics of the standard deviation, across folds, of the fold's share of that topic. */
    private static double spread(int[][] foldCounts, int[] total) {
        double sum = 0;
        for (int t = 0; t < total.length; t++) {
            double mean = 0;
            double[] share = new double[foldCounts.length];
            for (int f = 0; f < foldCounts.length; f++) {
                share[f] = foldCounts[f][t] / (double) total[t];
                mean += share[f];
            }
            mean /= foldCounts.length;
            double var = 0;
            for (double s : share) {
                var += (s - mean) * (s - mean);
            }
            sum += Math.sqrt(var / foldCounts.length);
        }
        return sum / total.length;
    }

    private static void checkEnough(Map<String, List<LabelRecord>> groups, int k) {
        if (groups.size() < k) {
            throw new UserInputException("cannot make " + k + " folds from " + groups.size() + " articles");
        }
    }

    private static List<Fold> folds(List<LabelRecord> records, List<Set<String>> assigned) {
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < assigned.size(); f++) {
            Set<String> test = assigned.get(f);
            folds.add(new Fold("fold-" + (f + 1),
                    records.stream().filter(r -> !test.contains(r.articleKey())).toList(),
                    records.stream().filter(r -> test.contains(r.articleKey())).toList()));
        }
        return folds;
    }

    private static List<Fold> holdoutFold(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout) {
        if (holdout == null || holdout.isEmpty()) {
            throw new UserInputException(protocol.holdout() + ": the holdout file holds no labelled paragraph");
        }
        Set<String> testArticles = new HashSet<>();
        Set<String> testIds = new HashSet<>();
        for (LabelRecord r : holdout) {
            testArticles.add(r.articleKey());
            testIds.add(r.id());
        }
        List<LabelRecord> train = records.stream()
                .filter(r -> !testArticles.contains(r.articleKey()) && !testIds.contains(r.id())).toList();
        if (train.isEmpty()) {
            throw new UserInputException(protocol.holdout() + ": every training article is also in the holdout file");
        }
        return List.of(new Fold("holdout", train, holdout));
    }
}
