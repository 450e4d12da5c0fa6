package cyd.idea;

import org.jboss.resteasy.reactive.RestForm;

/** An officer's public answer to an idea: its new status, why, and for a merge, where it goes. */
public class AnswerForm {

    @RestForm
    public String status;

    @RestForm
    public String answer;

    @RestForm
    public String answerLanguage;

    @RestForm
    public String mergeInto;

    public static AnswerForm of(Idea idea, String pageLang) {
        AnswerForm f = new AnswerForm();
        f.status = idea.status == IdeaStatus.SUBMITTED ? "" : idea.status.name();
        f.answer = idea.answer;
        f.answerLanguage = idea.answerLanguage == null ? pageLang : idea.answerLanguage;
        f.mergeInto = idea.mergedInto == null ? "" : idea.mergedInto.toString();
        return f;
    }
}
