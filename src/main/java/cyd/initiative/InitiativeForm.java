package cyd.initiative;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Money;
import cyd.web.Text;

/** An initiative as typed by the resident or officer who starts or edits it. */
public class InitiativeForm {

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String language;

    @RestForm
    public String areaId;

    @RestForm
    public String status;

    @RestForm
    public String councilCommitment;

    /** Pounds, as typed: "1500" or "1,500.00". */
    @RestForm
    public String councilAmount;

    public static InitiativeForm of(Initiative i) {
        InitiativeForm f = new InitiativeForm();
        f.title = i.title;
        f.description = i.description;
        f.language = i.language;
        f.areaId = i.areaId == null ? "" : i.areaId.toString();
        f.status = i.status.name();
        f.councilCommitment = i.councilCommitment;
        f.councilAmount = i.councilAmountPence == null ? "" : Money.pounds(i.councilAmountPence).substring(1);
        return f;
    }

    static String clean(String s) {
        return Text.clean(s);
    }
}
