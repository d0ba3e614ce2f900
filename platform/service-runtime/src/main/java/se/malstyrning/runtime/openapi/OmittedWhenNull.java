package se.malstyrning.runtime.openapi;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional field of a view whose schema is a reference (an enum, a UUID, a date, another view)
 * is left out when it has no value, not written as {@code null}: the OpenAPI 3.0 documents cannot
 * say that such a field may be null (see {@link OptionalFieldsNullable}), and a field that is not
 * required may be absent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface OmittedWhenNull {
}
