package cyd.contribution;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cyd.web.Lang;
import cyd.web.Money;

/**
 * A bar chart of confirmed hours by month, drawn on the server as SVG (no script in the browser). The
 * same figures go in a table beside it: the chart's text alternative.
 */
public record Chart(List<Bar> bars, int width, int height, int baseline, String maxLabel) {

    public record Bar(String month, String monthLong, long minutes, String hours, int x, int y, int barWidth,
            int barHeight, String valuePounds) {

        public int labelX() {
            return x + barWidth / 2;
        }
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int BASELINE = 200;
    static final int TOP = 20;
    static final int LEFT = 50;

    public static Chart of(Map<YearMonth, Long> byMonth, YearMonth last, int months, String lang, int hourlyPence) {
        long max = Math.max(60, byMonth.values().stream().mapToLong(Long::longValue).max().orElse(0));
        int slot = (WIDTH - LEFT) / months;
        List<Bar> bars = new ArrayList<>();
        DateTimeFormatter shortFmt = DateTimeFormatter.ofPattern("MMM", Lang.locale(lang));
        DateTimeFormatter longFmt = DateTimeFormatter.ofPattern("MMMM yyyy", Lang.locale(lang));
        for (int k = months - 1; k >= 0; k--) {
            YearMonth m = last.minusMonths(k);
            long minutes = byMonth.getOrDefault(m, 0L);
            int h = (int) Math.round((double) minutes / max * (BASELINE - TOP));
            int index = months - 1 - k;
            bars.add(new Bar(shortFmt.format(m), longFmt.format(m), minutes, Money.hours(minutes),
                    LEFT + index * slot + slot / 6, BASELINE - h, slot * 2 / 3, h,
                    Money.pounds(Money.valuePence(minutes, hourlyPence))));
        }
        return new Chart(bars, WIDTH, HEIGHT, BASELINE, Money.hours(max));
    }

    public int top() {
        return TOP;
    }

    public int left() {
        return LEFT;
    }

    public int scaleX() {
        return LEFT - 6;
    }

    public int topTextY() {
        return TOP + 5;
    }

    public int baselineTextY() {
        return BASELINE + 5;
    }

    public int labelY() {
        return BASELINE + 20;
    }
}
