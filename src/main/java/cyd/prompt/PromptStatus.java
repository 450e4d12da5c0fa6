package cyd.prompt;

/** Where a prompt is in its life: written, open for ideas, or closed. */
public enum PromptStatus {
    DRAFT, OPEN, CLOSED
}
