package cyd.account;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Text;

/** What a new resident types to create an account. */
public class SignUpForm {

    @RestForm
    public String email;

    @RestForm
    public String displayName;

    @RestForm
    public String password;

    @RestForm
    public String next;

    public String email() {
        return email == null ? "" : email.trim();
    }

    public String displayName() {
        return Text.clean(displayName);
    }
}
