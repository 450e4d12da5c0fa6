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

    /**
     * Pounds as typed ("1500", "£1,500.50") in pence; null unless a positive (or, with zeroAllowed, zero)
     * amount with at most two decimals and no more than maxPounds.
     */
    public static Long parsePence(String typed, long maxPounds, boolean zeroAllowed) {
        String s = typed == null ? "" : typed.strip().replace("£", "").replace(",", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s);
            if (v.signum() < 0 || (!zeroAllowed && v.signum() == 0) || v.scale() > 2
                    || v.compareTo(BigDecimal.valueOf(maxPounds)) > 0) {
                return null;
            }
            return v.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** "£1,234.50", or "£1,234" for whole pounds. */
    public static String pounds(long pence) {
        long pounds = pence / 100;
        long p = Math.abs(pence % 100);
        String whole = String.format(java.util.Locale.UK, "%,d", pounds);
        return "£" + whole + (p == 0 ? "" : String.format(".%02d", p));
    }
}
