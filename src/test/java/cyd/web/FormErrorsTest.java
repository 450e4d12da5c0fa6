package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The rule every field of words follows: required or not, and at most so many characters. */
class FormErrorsTest {

    @Test
    void aRequiredFieldLeftEmptyIsAskedFor() {
        assertEquals("Enter a title", new FormErrors().text("title", "", 10, "Enter a title", "Too long").get("title"));
    }

    @Test
    void anOptionalFieldMayBeEmpty() {
        assertFalse(new FormErrors().text("note", "", 10, null, "Too long").isAny());
    }

    @Test
    void lengthIsCountedInCharactersAsTheDatabaseCountsThem() {
        String tenEmoji = "🌳".repeat(10); // 20 UTF-16 units, 10 characters
        assertFalse(new FormErrors().text("title", tenEmoji, 10, "Enter a title", "Too long").isAny());
        assertEquals("Too long", new FormErrors().text("title", tenEmoji + "x", 10, "Enter a title", "Too long")
                .get("title"));
    }

    @Test
    void theFirstProblemOfAFieldIsTheOneShown() {
        FormErrors errors = new FormErrors().add("title", "Already taken");
        assertEquals("Already taken", errors.text("title", "x".repeat(11), 10, "Enter a title", "Too long")
                .get("title"));
    }
}
