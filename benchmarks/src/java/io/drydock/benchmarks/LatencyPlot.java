package io.drydock.benchmarks;

import java.util.List;
import java.util.Locale;

/** Draws latency distributions as horizontal box plots (p5–p95 whiskers, IQR box, median line) on a log axis, in SVG. */
final class LatencyPlot {
  private static final int LEFT = 330;
  private static final int WIDTH = 900;
  private static final int ROW = 34;

  private LatencyPlot() {}

  static String svg(List<LatencyDistribution> rows) {
    double min = rows.stream().mapToDouble(r -> r.quantile(0.05)).filter(v -> v > 0).min().orElse(0.1);
    double max = rows.stream().mapToDouble(r -> r.quantile(0.95)).max().orElse(1);
    double lo = Math.log10(min) - 0.1;
    double hi = Math.log10(Math.max(max, min * 1.01)) + 0.1;
    int height = 60 + ROW * rows.size();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    for (int i = 0; i < rows.size(); i++) {
      LatencyDistribution r = rows.get(i);
      double y = 30 + i * ROW;
      double p5 = x(r.quantile(0.05), lo, hi);
      double p25 = x(r.quantile(0.25), lo, hi);
      double p50 = x(r.median(), lo, hi);
      double p75 = x(r.quantile(0.75), lo, hi);
      double p95 = x(r.quantile(0.95), lo, hi);
      s.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%.1f\">%s</text>%n", y + 15, escape(r.label())));
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n", p5, y + 11, p95, y + 11));
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"22\" fill=\"#9ecae1\" stroke=\"black\"/>%n", p25, y, Math.max(1, p75 - p25)));
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d62728\" stroke-width=\"2\"/>%n", p50, y, p50, y + 22));
    }
    double axisY = 36 + ROW * rows.size();
    for (int e = (int) Math.floor(lo); e <= Math.ceil(hi); e++) {
      double xv = x(Math.pow(10, e), lo, hi);
      if (xv < LEFT || xv > WIDTH - 10) {
        continue;
      }
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/>%n", xv, xv, axisY));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s ms</text>%n", xv, axisY + 14, Math.pow(10, e) < 1 ? String.valueOf(Math.pow(10, e)) : String.valueOf((long) Math.pow(10, e))));
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static double x(double v, double lo, double hi) {
    return LEFT + (Math.log10(Math.max(v, 1e-6)) - lo) / (hi - lo) * (WIDTH - LEFT - 20);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
