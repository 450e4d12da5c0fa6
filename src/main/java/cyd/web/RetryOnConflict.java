package cyd.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A use case that the database may abort because another one met it (a deadlock, a lock wait that ran out, a
 * Galera certification conflict) is run again, whole, in a new transaction — never shown to the person as a
 * failure or a false message. Put it on a service class whose methods start their own transactions.
 */
@InterceptorBinding
@Inherited
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {
}
