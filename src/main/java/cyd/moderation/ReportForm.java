package cyd.moderation;

import org.jboss.resteasy.reactive.RestForm;

/** A resident's report, or a moderator's hide: a reason from the list and optional words. */
public class ReportForm {

    @RestForm
    public String reason;

    @RestForm
    public String detail;
}
