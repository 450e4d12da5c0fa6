package cyd.contribution;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Text;

/** What a member logs: what kind of thing they gave, how long, what, on which day. */
public class ContributionForm {

    @RestForm
    public String kind;

    /** Hours as typed: "2", "1.5", "0.25", or "2:15". */
    @RestForm
    public String hours;

    @RestForm
    public String description;

    @RestForm
    public String givenDay;

    @RestForm
    public String givenMonth;

    @RestForm
    public String givenYear;

    @RestForm
    public String note;

    static String clean(String s) {
        return Text.clean(s);
    }

    /**
     * Minutes for the hours typed, or -1 if they are not hours to the quarter; 0 for none or fewer (which the form
     * refuses as "more than 0"); null when left empty.
     */
    public Integer minutes() {
        String h = clean(hours);
        if (h.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal value;
            if (h.contains(":")) {
                String[] parts = h.split(":", 2);
                value = new java.math.BigDecimal(parts[0]).add(new java.math.BigDecimal(parts[1])
                        .divide(java.math.BigDecimal.valueOf(60), 4, java.math.RoundingMode.HALF_UP));
            } else {
                value = new java.math.BigDecimal(h);
            }
            if (value.signum() <= 0) {
                return 0;
            }
            java.math.BigDecimal minutes = value.multiply(java.math.BigDecimal.valueOf(60));
            if (minutes.stripTrailingZeros().scale() > 0 || minutes.intValueExact() % 15 != 0) {
                return -1;
            }
            return minutes.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }
}
