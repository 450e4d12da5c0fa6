package cyd.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message bundle a type's Bean Validation constraints take their words from: on {@code @Said(PromptMsg.class)},
 * {@code @NotBlank(message = "coachTextRequired")} names {@code PromptMsg::coachTextRequired}, said in the language
 * of the request (an API client's Accept-Language) when the check fails. {@code ValidationTest} fails when a
 * constraint names a message its bundle does not have.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Said {

    Class<?> value();
}
