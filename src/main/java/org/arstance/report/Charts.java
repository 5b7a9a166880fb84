package org.arstance.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arstance.evaluation.ClassMetrics;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.TaskMetrics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** The report's charts, drawn with XChart and encoded as PNG. */
public final class Charts {

    static {
        // charts are drawn off screen; a program that set the property itself keeps its choice
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** Gold classes down, predicted classes across, counts in the cells. */
    public static byte[] confusion(String task, TaskMetrics m) {
        List<String> classes = new ArrayList<>(m.confusion().keySet());
        List<String> predicted = new ArrayList<>(m.confusion().isEmpty() ? List.of()
                : m.confusion().values().iterator().next().keySet());
        HeatMapChart chart = new HeatMapChartBuilder().width(560).height(440)
                .title(task + ": confusion (rows gold, columns predicted)").xAxisTitle("predicted").yAxisTitle("gold").build();
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int g = 0; g < classes.size(); g++) {
            Map<String, Integer> row = m.confusion().get(classes.get(g));
            for (int p = 0; p < predicted.size(); p++) {
                int v = row.getOrDefault(predicted.get(p), 0);
                max = Math.max(max, v);
                cells.add(new Number[] {p, g, v});
            }
        }
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(max);
        chart.addSeries("confusion", predicted, classes, cells);
        return png(chart);
    }

    public static byte[] f1Bars(String task, TaskMetrics m, int minSupport) {
        CategoryChart chart = new CategoryChartBuilder().width(minSupport > 1 ? 900 : 560).height(340)
                .title(task + ": F1 per class").xAxisTitle("class").yAxisTitle("F1").build();
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x3182BD)});
        List<String> classes = new ArrayList<>();
        List<Double> f1 = new ArrayList<>();
        for (Map.Entry<String, ClassMetrics> e : m.perClass().entrySet()) {
            if (e.getValue().support() >= Math.max(1, minSupport)) {
                classes.add(e.getKey() + " (" + e.getValue().support() + ")");
                f1.add(e.getValue().f1());
            }
        }
        if (classes.isEmpty()) {
            classes.add("none");
            f1.add(0.0);
        }
        chart.addSeries("F1", classes, f1);
        return png(chart);
    }

    public static byte[] learningCurve(List<EvaluationResult.CurvePoint> points) {
        XYChart chart = new XYChartBuilder().width(560).height(340)
                .title("learning curve: macro-F1 by training-set size").xAxisTitle("mean training paragraphs per fold")
                .yAxisTitle("macro-F1").build();
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        double[] x = points.stream().mapToDouble(EvaluationResult.CurvePoint::meanTrainingSize).toArray();
        chart.addSeries("topic", x, points.stream().mapToDouble(EvaluationResult.CurvePoint::topicMacroF1).toArray());
        chart.addSeries("stance", x, points.stream().mapToDouble(EvaluationResult.CurvePoint::stanceMacroF1).toArray());
        return png(chart);
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
