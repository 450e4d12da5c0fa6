package cyd.idea;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Text;

/** A resident's idea as typed: title, description, an optional area, and the language written in. */
public class IdeaForm {

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String areaId;

    @RestForm
    public String language;

    /** "yes" once the resident has seen the similar ideas and still wants to share theirs. */
    @RestForm
    public String checked;

    static String clean(String s) {
        return Text.clean(s);
    }

    Long area() {
        try {
            return clean(areaId).isEmpty() ? null : Long.valueOf(clean(areaId));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
