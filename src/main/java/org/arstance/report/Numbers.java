package org.arstance.report;

import java.util.Locale;

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

    public static String interval(double[] ci) {
        return "[" + f3(ci[0]) + ", " + f3(ci[1]) + "]";
    }

    /** Six decimals for JSON: stable bytes, no false precision. NaN becomes null. */
    public static Double round6(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1e6) / 1e6;
    }
}
