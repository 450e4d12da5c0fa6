package cyd.account;

import org.jboss.resteasy.reactive.RestForm;

/** Email and password, and where to go afterwards. */
public class SignInForm {

    @RestForm
    public String email;

    @RestForm
    public String password;

    @RestForm
    public String next;
}
