package cyd.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Typed text is kept without invisible controls, and a title of only spaces counts as empty. */
class TextTest {

    @Test
    void controlAndBidiOverrideCharactersAreRemovedAndLineBreaksKept() {
        assertEquals("Gardd gymunedol", Text.clean("Gardd\u0000 gymunedol"));
        assertEquals("evil.exe", Text.clean("\u202Eevil.exe"));
        assertEquals("line one\nline two", Text.clean("line one\r\nline two"));
        assertEquals("tab\tkept", Text.clean("tab\tkept"));
        assertEquals("Siop ŵyr a ŷd", Text.clean("Siop ŵyr a ŷd"));
        assertEquals("family 👨‍👩‍👧", Text.clean("family 👨‍👩‍👧"), "joiners inside emoji stay");
    }

    @Test
    void spacesOfEveryKindAtTheEndsAreRemovedSoBlankIsEmpty() {
        assertEquals("", Text.clean(" \u00A0\u3000\t\n "));
        assertEquals("", Text.clean("\u2066\u2069\u0007"));
        assertEquals("", Text.clean(null));
        assertEquals("a\u00A0b", Text.clean("\u00A0a\u00A0b\u00A0"));
    }
}
