package cyd.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A guard's own answer, given from wherever the guard stands and sent as it is: a page asking the person to confirm
 * their address first, say. (Other 4xx exceptions become Cyd's error page for their status.)
 */
public class AnswerNow extends WebApplicationException {

    public AnswerNow(Response answer) {
        super(answer);
    }
}
