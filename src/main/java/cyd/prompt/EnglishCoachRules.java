package cyd.prompt;

import static cyd.prompt.CoachRules.anyOf;
import static cyd.prompt.CoachRules.p;

/** How English council questions are read: word order puts the one who would act before the verb. */
final class EnglishCoachRules {

    private EnglishCoachRules() {
    }

    /** What a resident, a street or a group can do themselves. "Improve" and "change" are left out on purpose: "how would you improve X" asks for a view. */
    static final String ACTION = anyOf("""
            do | help | volunteer | get involved | be involved | be part | take part | take on | join | lead | start |
            set up | organise | organize | run | look after | care for | plant | grow | clean | clear | pick | tidy |
            repair | fix | mend | build | make | create | bring | offer | give | share | lend | donate | contribute |
            support | host | teach | coach | mentor | adopt | sponsor | welcome | befriend | raise | fundraise |
            campaign | play | try | cut | reduce | recycle | compost | save | cook | deliver | collect | gather |
            record | monitor | survey | paint | decorate | restore | maintain | keep | protect | brighten | work |
            celebrate | walk | cycle | turn | train | check on | look out for | pitch in | lend a hand | adapt |
            getting involved | helping | volunteering | taking part | running | organising | organizing | leading |
            starting | looking after | caring for | joining | deliver""");

    /** Someone who is not the council, as the doer: you (not "for you", "help you"), your group, residents. */
    private static final String PERSON = "(?:(?<!\\b(?:for|to|about|with|of|from|help|encourage|make|let|tell|thank|give|lend|send|"
            + "contact|ask|support|enable|allow|get|than)\\s)\\byou(?:\\s+and\\s+(?:your|other)\\s+\\w+)?|\\bsee\\s+yourself"
            + "|\\byour\\s+(?:[\\w']+\\s+){0,2}?" + anyOf("""
                    group | club | street | school | organisation | organization | business | family | community |
                    church | chapel | neighbours | neighbors | friends | team | society | village | class | charity |
                    company | members | household | ward | estate | association | committee | congregation |
                    pupils | staff | colleagues | tenants | residents | scouts | guides""")
            + "|\\b(?:local\\s+)?" + anyOf("""
                    residents | people | businesses | groups | communities | volunteers | neighbours | pupils | children |
                    young people | parents | farmers | landowners | members | tenants | families""")
            + "|\\bwe\\s+all|\\ball\\s+of\\s+us)\\b";

    /** Between the doer and the verb: nothing that hands the doing to someone else or turns it into a view. */
    private static final String BETWEEN = "(?:(?!\\b(?:think|feel|believe|see(?!\\s+yourself)|hear|know|say|rate|prefer|use(?!\\s+(?:your|their|our)\\s+(?:skills|time|talents|experience|knowledge))|"
            + "(?:like|want|need|expect)\\s+(?!to\\b)\\w+(?:\\s+\\w+)?\\s+to)\\b)[^?.;]){0,60}?";

    static final CoachRules RULES = new CoachRules(
            p("^(?:overall|on\\s+balance|all\\s+things\\s+considered|in\\s+general|finally|lastly|to\\s+finish|thinking\\s+(?:about|of)\\s+[^,]+|looking\\s+ahead[^,]*|"
                    + "over\\s+the\\s+next\\s+[^,]+|if\\s+you\\s+(?:had|have|were)\\s+[^,]+)\\s*,\\s*"),
            p("^(?:please\\s+)?(?:(?:could|would|can|will)\\s+you\\s+(?:please\\s+)?)?(?:tell\\s+us|let\\s+us\\s+know|"
                    + "share\\s+with\\s+us|describe|explain|show\\s+us|say|write\\s+down)\\b\\s*"
                    + "|^we(?:\\s+would|'d)?\\s+(?:love|like|want)\\s+to\\s+(?:hear|know|find\\s+out|learn)(?:\\s+from\\s+you)?\\s*"),
            p("^(?:should|shall|do|does|did|will|would|is|isn't|are|aren't|was|were|can|could|have(?!\\s+your\\s+say)|"
                    + "has|had|may|must|might|am|whether|if\\s+you|fancy)\\b"),
            p("^is\\s+there\\s+anything\\b|\\b(?:anything\\s+(?:else|more)|any\\s+(?:other|further)\\s+comments|other\\s+comments)\\b"),
            p("\\bhow\\s+(?!much\\s+time|many\\s+hours)" + anyOf("""
                    satisfied | dissatisfied | likely | unlikely | important | often | much | many | well | strongly |
                    safe | unsafe | easy | difficult | good | happy | confident | useful | frequently | far | long""")
                    + "\\b|\\bon\\s+a\\s+scale\\b|\\brat(?:e|ing)\\b|\\bscore\\b|\\bto\\s+what\\s+extent\\b|\\bvery\\s+(?:good|poor)\\b"),
            p("\\bwhich\\s+(?:of|one|option|day|design|site|location|time|date|route|plan|proposal)\\b|\\boptions?\\b|"
                    + "\\bchoose\\b|\\bselect\\b|\\btick\\b|\\brank\\b|\\bprefer(?:red)?\\b|\\bwould\\s+you\\s+rather\\b|"
                    + "\\b(?:better|easier),?\\s+(?:worse|harder)\\b|\\b(?:better|easier)\\s+or\\s+(?:worse|harder)\\b"),
            p("\\b(?:agree|disagree|in\\s+favou?r|oppose|approve|yes\\s+or\\s+no)\\b"),
            p("\\bwhat\\s+do\\s+you\\s+think\\b|\\bthink\\s+(?:of|about)\\b|\\byou\\s+think\\b|\\byour\\s+"
                    + "(?:views?|thoughts|opinions?|comments|feedback|ideas|priorities|concerns|hopes|vision|experiences?)\\b|"
                    + "\\bcomments?\\b|\\bfeedback\\b|\\bhave\\s+your\\s+say\\b|\\bhow\\s+do\\s+you\\s+feel\\b|\\bfeel\\s+about\\b|"
                    + "\\bmatters?\\s+(?:most\\s+)?to\\s+you\\b|\\bimportant\\s+to\\s+you\\b|\\bdo\\s+you\\s+love\\b|"
                    + "\\bmean\\s+to\\s+you\\b|^about\\b|\\bviews\\s+matter\\b"),
            p("\\b(?:things|anything|everything|in\\s+general|future|vision|sort\\s+of|kind\\s+of|type\\s+of|"
                    + "better\\s+place|issues|challenges|priorities|matters?)\\b"),
            p("\\b(?:can|could|should|would|will|might|must|shall)\\s+(?:we|the\\s+council|councils?)\\b|"
                    + "\\b(?:like|want)\\s+(?:us|the\\s+council)\\s+to\\b|\\bthe\\s+council\\s+(?:do|should|could|can)\\b|"
                    + "\\bshould\\s+happen\\b|\\bshould\\s+(?:our|the)\\b"),
            p("\\bwhat\\s+(?:\\w+\\s+){0,2}?(?:would|will|do|does|might|could)\\s+(?:you|your\\s+\\w+)(?:\\s+and\\s+your\\s+\\w+)?"
                    + "\\s+need\\b|\\bwhat\\s+would\\s+(?:it\\s+take\\s+for\\s+you|encourage\\s+you|help\\s+you|"
                    + "make\\s+it\\s+easier\\s+for\\s+you|enable\\s+you|allow\\s+you|support\\s+you|get\\s+you)\\b|"
                    + "\\b(?:what|help|support|equipment|training|resources|tools)\\s+(?:\\w+\\s+)?you\\s+would\\s+need\\b|"
                    + "\\bwhat\\s+(?:might|would|could|does|do)\\s+(?:stop|prevent)\\s+you\\b|\\bget\\s+in\\s+(?:the|your)\\s+way\\b|"
                    + "\\bmake\\s+it\\s+easier\\s+for\\s+(?:you|people)\\b"),
            p("\\bif\\s+(?:we|the\\s+council)\\s+(?:\\w+\\s+){0,2}?(?:provides?|provided|lends?|lent|gives?|gave|offers?|offered|"
                    + "funds?|funded|closes?|closed|opens?|opened|hands?|handed|supplies|supply|supplied|pays?|paid|"
                    + "trains?|trained|brings?|brought|sets?\\s+up|puts?)\\b"),
            p("\\b(?:with\\s+us|together|alongside|with\\s+the\\s+council|join\\s+us|hand\\s+in\\s+hand|"
                    + "with\\s+(?:your\\s+)?neighbours)\\b"),
            p(PERSON + BETWEEN + "\\b" + ACTION + "\\b"),
            p("\\b(?:" + ACTION.substring(3, ACTION.length() - 1) + "|improve|change|shape|tackle|transform|work)\\b"));
}
