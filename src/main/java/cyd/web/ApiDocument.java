package cyd.web;

/** What the API's OpenAPI annotations say in many places, said once: media types and the problem answers. */
public final class ApiDocument {

    public static final String JSON = "application/json";
    public static final String PROBLEM = ErrorPages.PROBLEM_JSON;
    public static final String NO_COUNCIL = "No council has this slug (application/problem+json)";
    public static final String NO_QUESTION = "No published question has this id (application/problem+json)";
    public static final String BAD_PAGE = "after is not a cursor this list gave, or limit is not a whole number from 1 to 100 (application/problem+json)";

    private ApiDocument() {
    }
}
