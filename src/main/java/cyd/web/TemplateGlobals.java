package cyd.web;

import io.quarkus.qute.TemplateGlobal;

/** Values every template may name. */
@TemplateGlobal
public class TemplateGlobals {

    /** For a form tag on a page that has no form errors to show (the follow form on a question page). */
    public static final FormErrors noErrors = FormErrors.none();
}
