package cyd.prompt;

import org.jboss.resteasy.reactive.RestForm;

/** The council's response to a closed question as a whole, in one or both languages. */
public class ResponseForm {

    @RestForm
    public String responseEn;

    @RestForm
    public String responseCy;

    public static ResponseForm of(Prompt p) {
        ResponseForm f = new ResponseForm();
        f.responseEn = p.responseEn;
        f.responseCy = p.responseCy;
        return f;
    }
}
