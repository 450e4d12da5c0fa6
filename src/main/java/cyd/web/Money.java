package cyd.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours and pounds as shown to people; computed in whole minutes and pence, never in floating point. */
public final class Money {

    private Money() {
    }

    /** "2.25" for 135 minutes, "3" for 180. */
    public static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The value of time at an hourly rate, in pence, rounded to the nearest penny. */
    public static long valuePence(long minutes, int hourlyPence) {
        return BigDecimal.valueOf(minutes).multiply(BigDecimal.valueOf(hourlyPence))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "£1,234.50", or "£1,234" for whole pounds. */
    public static String pounds(long pence) {
        long pounds = pence / 100;
        long p = Math.abs(pence % 100);
        String whole = String.format(java.util.Locale.UK, "%,d", pounds);
        return "£" + whole + (p == 0 ? "" : String.format(".%02d", p));
    }
}
