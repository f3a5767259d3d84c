package io.drydock.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the latency distributions as horizontal box plots on one log axis, grouped by level: the
 * box is the interquartile range, the red line the median, the whiskers p10–p90 (the table's
 * spread), the dots p1 and p99. drydock's rows are orange, the peers' blue. Plain SVG, no library.
 */
final class LatencyPlot {
  private static final int LEFT = 400;
  private static final int WIDTH = 1000;
  private static final int ROW = 26;
  private static final int HEADING = 24;

  private LatencyPlot() {}

  static String svg(Map<BenchLevel, List<LatencyDistribution>> levels) {
    List<LatencyDistribution> all = levels.values().stream().flatMap(List::stream).toList();
    double min = all.stream().mapToDouble(r -> r.quantile(0.01)).filter(v -> v > 0).min().orElse(0.1);
    double max = all.stream().mapToDouble(r -> r.quantile(0.99)).max().orElse(1);
    double lo = Math.log10(min) - 0.05;
    double hi = Math.log10(Math.max(max, min * 1.01)) + 0.05;
    int height = 50 + ROW * all.size() + HEADING * levels.size();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    double axisY = height - 30;
    grid(s, lo, hi, axisY);
    double y = 10;
    for (Map.Entry<BenchLevel, List<LatencyDistribution>> level : levels.entrySet()) {
      s.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%.1f\" font-weight=\"bold\">%s</text>%n", y + 16, escape(level.getKey().title)));
      y += HEADING;
      for (LatencyDistribution r : level.getValue()) {
        box(s, r, y, lo, hi);
        y += ROW;
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static void box(StringBuilder s, LatencyDistribution r, double y, double lo, double hi) {
    String fill = BenchLevel.isDrydock(r.label()) ? "#fdae6b" : "#9ecae1";
    double mid = y + 9;
    s.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%.1f\">%s</text>%n", y + 13, escape(shorten(r.label()))));
    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
        x(r.quantile(0.1), lo, hi), mid, x(r.quantile(0.9), lo, hi), mid));
    double p25 = x(r.quantile(0.25), lo, hi);
    s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\" stroke=\"black\"/>%n",
        p25, y, Math.max(1, x(r.quantile(0.75), lo, hi) - p25), fill));
    double p50 = x(r.median(), lo, hi);
    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d62728\" stroke-width=\"2\"/>%n", p50, y, p50, y + 18));
    for (double q : new double[] {0.01, 0.99}) {
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"#555\"/>%n", x(r.quantile(q), lo, hi), mid));
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"9\" fill=\"#444\">%s</text>%n",
        Math.min(WIDTH - 60, x(r.quantile(0.99), lo, hi) + 5), y + 13, format(r.median())));
  }

  private static void grid(StringBuilder s, double lo, double hi, double axisY) {
    for (int e = (int) Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        double xv = x(v, lo, hi);
        if (xv < LEFT || xv > WIDTH - 10) {
          continue;
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
            xv, xv, axisY, m == 1 ? "#bbb" : "#eee"));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>%n", xv, axisY + 14, format(v)));
      }
    }
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\">latency, ms (log scale); box IQR, red median, whiskers p10–p90, dots p1/p99; orange = drydock</text>%n",
        (LEFT + WIDTH) / 2, axisY + 27));
  }

  private static String format(double ms) {
    return ms >= 10 ? String.format(Locale.ROOT, "%.0f ms", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
  }

  private static String shorten(String label) {
    return label.length() > 64 ? label.substring(0, 61) + "..." : label;
  }

  private static double x(double v, double lo, double hi) {
    return LEFT + (Math.log10(Math.max(v, 1e-6)) - lo) / (hi - lo) * (WIDTH - LEFT - 70);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
