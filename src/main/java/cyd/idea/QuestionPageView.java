package cyd.idea;

import java.util.List;
import java.util.Map;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.prompt.Prompt;

/** A question as residents see it: a page of its ideas, its promise kept or not, and "You said, we did". */
public record QuestionPageView(Authority authority, Prompt prompt, Area area, IdeaPage page, String sort,
        Map<Long, String> authors, Map<Long, Area> areas, boolean open, ResponsePromise.Report promise,
        List<Idea> answered, long answeredTotal, String following, String notice) {

    /** More answers than the question page counts: it says "1,000+" rather than count them all. */
    public boolean answeredPastCount() {
        return answeredTotal > QuestionResource.ANSWERS_COUNTED;
    }
}
