package org.arstance.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.arstance.evaluation.Interval;

/** How numbers are shown in reports and stored in metrics files. */
public final class Numbers {

    private Numbers() {
    }

    /** Three decimals for tables ("n/a" for NaN). */
    public static String f3(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A count with thousands separators (2,000), whatever the machine's locale. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An interval for tables: {@code [0.812, 0.871]}. */
    public static String interval(Interval ci) {
        return "[" + f3(ci.lower()) + ", " + f3(ci.upper()) + "]";
    }

    /** An interval for JSON: its two bounds, each as {@link #round6} stores it. */
    public static List<Double> interval6(Interval ci) {
        return Arrays.asList(round6(ci.lower()), round6(ci.upper()));
    }

    /** Six decimals for JSON: stable bytes, no false precision. NaN becomes null. */
    public static Double round6(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1e6) / 1e6;
    }
}
