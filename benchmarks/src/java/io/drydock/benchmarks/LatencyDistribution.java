package io.drydock.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One benchmark's latency samples (a histogram of value → count, as JMH's SampleTime mode
 * records them), with the order statistics the report prints.
 */
record LatencyDistribution(String label, List<double[]> buckets) {

  static LatencyDistribution of(String label, List<double[]> buckets) {
    List<double[]> sorted = new ArrayList<>(buckets);
    sorted.sort(Comparator.comparingDouble(b -> b[0]));
    return new LatencyDistribution(label, List.copyOf(sorted));
  }

  long count() {
    long n = 0;
    for (double[] b : buckets) {
      n += (long) b[1];
    }
    return n;
  }

  /** The value at quantile q in [0, 1] (nearest rank). */
  double quantile(double q) {
    long n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(q * n));
    long seen = 0;
    for (double[] b : buckets) {
      seen += (long) b[1];
      if (seen >= rank) {
        return b[0];
      }
    }
    return buckets.get(buckets.size() - 1)[0];
  }

  double median() {
    return quantile(0.5);
  }

  /** Interquartile range, the spread the report prints. */
  double iqr() {
    return quantile(0.75) - quantile(0.25);
  }
}
