package cyd.initiative;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/** What a person offers an initiative: which needs, their own words, when, where, and through whom. */
public class OfferForm {

    @RestForm
    public List<String> needIds = new ArrayList<>();

    @RestForm
    public String description;

    @RestForm
    public List<String> when = new ArrayList<>();

    @RestForm
    public String oneOffDay;

    @RestForm
    public String oneOffMonth;

    @RestForm
    public String oneOffYear;

    @RestForm
    public String where;

    @RestForm
    public String organisationId;

    @RestForm
    public String shareEmail;

    public boolean has(String value) {
        return when.contains(value);
    }

    public boolean offersNeed(Long needId) {
        return needIds.contains(String.valueOf(needId));
    }

    public static OfferForm of(Offer o, List<Long> needIds) {
        OfferForm f = new OfferForm();
        needIds.forEach(id -> f.needIds.add(id.toString()));
        f.description = o.description;
        if (o.weekdayDaytimes) {
            f.when.add("weekdays");
        }
        if (o.evenings) {
            f.when.add("evenings");
        }
        if (o.weekends) {
            f.when.add("weekends");
        }
        if (o.oneOffDate != null) {
            f.when.add("date");
            f.oneOffDay = Integer.toString(o.oneOffDate.getDayOfMonth());
            f.oneOffMonth = Integer.toString(o.oneOffDate.getMonthValue());
            f.oneOffYear = Integer.toString(o.oneOffDate.getYear());
        }
        f.where = o.fromHome ? "home" : o.areaId == null ? "" : o.areaId.toString();
        f.organisationId = o.organisationId == null ? "" : o.organisationId.toString();
        f.shareEmail = o.shareEmail ? "yes" : "";
        return f;
    }
}
