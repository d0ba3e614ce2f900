package se.malstyrning.runtime.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that creates or submits: sent with an {@code Idempotency-Key}, a repeated request
 * answers as the first did and changes nothing (see {@link IdempotencyInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /**
     * The timeout of the transaction that holds the key and the work, for work that outlasts the
     * default (a national import); 0 for the default.
     */
    @Nonbinding
    int transactionTimeoutSeconds() default 0;
}
