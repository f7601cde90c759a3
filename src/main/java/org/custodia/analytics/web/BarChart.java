package org.custodia.analytics.web;

import java.util.ArrayList;
import java.util.List;
import org.custodia.analytics.SmallNumbers;

/**
 * A bar chart laid out for server-rendered SVG: no script, nothing from another site. A suppressed
 * count draws no bar, so its height cannot be measured; each chart has a table beside it with the same
 * figures as text (GOV.UK: charts need a table).
 */
record BarChart(String title, int width, int height, long max, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int AXIS = 20;

    record Bar(String label, String shown, double x, double y, double width, double height) {}

    static BarChart of(String title, List<String> labels, List<SmallNumbers> values) {
        long max = values.stream().mapToLong(SmallNumbers::drawn).max().orElse(0);
        double slot = (double) WIDTH / Math.max(1, values.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double h = max == 0 ? 0 : (HEIGHT - AXIS) * (double) values.get(i).drawn() / max;
            bars.add(new Bar(
                    labels.get(i), values.get(i).shown(), i * slot + slot * 0.1, HEIGHT - AXIS - h, slot * 0.8, h));
        }
        return new BarChart(title, WIDTH, HEIGHT, max, bars);
    }
}
