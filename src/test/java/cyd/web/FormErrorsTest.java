package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cyd.account.AccountMsg;
import cyd.idea.IdeaMsg;
import org.junit.jupiter.api.Test;

/**
 * The rule every field of words follows (required or not, and at most so many characters), and the messages a
 * form's problems name: the same message named in two places is one message.
 */
class FormErrorsTest {

    @Test
    void aRequiredFieldLeftEmptyIsAskedFor() {
        FormErrors errors = new FormErrors().text("title", "", 10, Msg::ideaTitleRequired, IdeaMsg::ideaTitleTooLong);
        assertEquals(Word.of(Msg::ideaTitleRequired), errors.word("title"));
        assertEquals(new Word(Msg.class, "ideaTitleRequired", null), errors.word("title"));
    }

    @Test
    void anOptionalFieldMayBeEmpty() {
        assertFalse(new FormErrors().text("note", "", 10, null, IdeaMsg::ideaTitleTooLong).isAny());
    }

    @Test
    void lengthIsCountedInCharactersAsTheDatabaseCountsThem() {
        String tenEmoji = "🌳".repeat(10); // 20 UTF-16 units, 10 characters
        assertFalse(new FormErrors().text("title", tenEmoji, 10, Msg::ideaTitleRequired, IdeaMsg::ideaTitleTooLong).isAny());
        assertTrue(new FormErrors().text("title", tenEmoji + "x", 10, Msg::ideaTitleRequired, IdeaMsg::ideaTitleTooLong)
                .is("title", IdeaMsg::ideaTitleTooLong));
    }

    @Test
    void theFirstProblemOfAFieldIsTheOneShown() {
        FormErrors errors = new FormErrors().add("title", AccountMsg::emailTaken);
        errors.text("title", "x".repeat(11), 10, Msg::ideaTitleRequired, IdeaMsg::ideaTitleTooLong);
        assertTrue(errors.is("title", AccountMsg::emailTaken));
        assertFalse(errors.is("title", IdeaMsg::ideaTitleTooLong));
    }

    @Test
    void aMessageWithWordsAfterItIsADifferentMessage() {
        Word plain = Word.of(AccountMsg::emailTaken);
        assertNotEquals(plain, plain.then("a.example, b.example"));
        assertEquals("a.example, b.example", plain.then("a.example, b.example").detail());
    }
}
