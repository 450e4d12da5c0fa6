package cyd.initiative;

import org.jboss.resteasy.reactive.RestForm;

/** One thing an initiative needs. */
public class NeedForm {

    @RestForm
    public String kind;

    @RestForm
    public String needDescription;

    @RestForm
    public String quantity;

    @RestForm
    public String whenText;

    @RestForm
    public String whereText;
}
