package se.malstyrning.runtime.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.malstyrning.runtime.problem.JsonLimits;
import se.malstyrning.runtime.problem.RefusedValueException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * JSON is read as the contract types it, or refused as bad input naming the field (400), never
 * coerced: no string where a number or a boolean is expected, no number or boolean where text is,
 * no fraction where an integer is (2019.9 is not truncated), no number for an enum, no null for a
 * primitive, no number for a date, every number finite (1e309 is not stored as Infinity), no field twice, nothing after
 * the document. The reader's limits are tighter than Jackson's defaults and documented: nesting at
 * most {@value #MAX_NESTING_DEPTH} levels deep, a number at most {@value #MAX_NUMBER_LENGTH}
 * characters long ({@link se.malstyrning.runtime.problem.ProblemMappers} answers 400 naming the limit).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = JsonLimits.MAX_NESTING_DEPTH;
    public static final int MAX_NUMBER_LENGTH = JsonLimits.MAX_NUMBER_LENGTH;
    /** A date is read as {@code YYYY-MM-DD} only (not a six-digit year, not a number of days). */
    public static final int DATE_LENGTH = 10;
    static final String NOT_FINITE = "must be a finite number";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Strings are not read as numbers, booleans or dates, nor numbers as booleans.
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // A date is its ISO text, not a number of days since 1970.
        mapper.setDefaultLeniency(false);
        mapper.registerModule(new SimpleModule("finite-numbers")
                .addDeserializer(Double.class, new FiniteDouble(Double.class, null))
                .addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0))
                .addDeserializer(Float.class, new FiniteFloat(Float.class, null))
                .addDeserializer(Float.TYPE, new FiniteFloat(Float.TYPE, 0.0f))
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                                  JsonDeserializer<?> deserializer) {
                        return description.getBeanClass() == LocalDate.class ? new StrictDate(deserializer) : deserializer;
                    }
                }));
    }

    /** A date as {@code YYYY-MM-DD}, checked before the date deserializer reads it. */
    private static final class StrictDate extends DelegatingDeserializer {

        StrictDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StrictDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !DATE.matcher(parser.getText()).matches()) {
                throw new RefusedValueException(parser, "must be a date as YYYY-MM-DD", LocalDate.class);
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new RefusedValueException(parser, NOT_FINITE, Double.class);
            }
            return value;
        }
    }

    private static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

        FiniteFloat(Class<Float> type, Float nullValue) {
            super(type, nullValue);
        }

        @Override
        public Float deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Float value = super.deserialize(parser, context);
            if (value != null && !Float.isFinite(value)) {
                throw new RefusedValueException(parser, NOT_FINITE, Float.class);
            }
            return value;
        }
    }
}
