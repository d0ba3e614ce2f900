package se.malstyrning.runtime.problem;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldNameTest {

    record Comment(@NotBlank String text) {
    }

    record Answer(@NotNull String position, List<@Valid Comment> comments, List<@NotBlank String> tags) {
    }

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static String fieldOf(Answer answer) {
        return ProblemMappers.fieldName(VALIDATOR.validate(answer).iterator().next().getPropertyPath());
    }

    @Test
    void shouldNameAPlainField() {
        assertEquals("position", fieldOf(new Answer(null, List.of(), List.of())));
    }

    @Test
    void shouldPutTheIndexOfAListElementBeforeItsField() {
        assertEquals("comments[1].text", fieldOf(new Answer("SUPPORTS", List.of(new Comment("ok"), new Comment(" ")), List.of())));
    }

    @Test
    void shouldNameAnElementOfAListOfValues() {
        assertEquals("tags[0]", fieldOf(new Answer("SUPPORTS", List.of(), List.of(""))));
    }
}
