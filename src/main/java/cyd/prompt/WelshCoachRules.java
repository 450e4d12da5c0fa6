package cyd.prompt;

import static cyd.prompt.CoachRules.anyOf;
import static cyd.prompt.CoachRules.p;

/**
 * How Welsh council questions are read, in Welsh's own grammar: the verb comes first and carries the person
 * ("hoffech chi", "allai eich grŵp"), the verb-noun that follows is mutated ("weithio", "ofalu", "i'w harwain"),
 * and a question answered yes or no opens with its own particle or inflected verb ("A ddylem ni…", "Ydych chi'n…",
 * "Fyddech chi'n…"), so a "with us" question can still be closed ("Hoffech chi weithio gyda ni…?").
 */
final class WelshCoachRules {

    private WelshCoachRules() {
    }

    /** Verb-nouns for what people can do themselves, each with the mutated forms it takes after "chi", "i", "ei" or "i'w". */
    static final String ACTION = anyOf("""
            gwneud | wneud | helpu | gweithio | weithio | gofalu | ofalu | cymryd rhan | gymryd rhan | cymryd | gymryd |
            bod yn rhan | fod yn rhan | plannu | blannu | trefnu | drefnu | rhedeg | redeg | cynnal | gynnal | cynnig |
            gynnig | cyfrannu | gyfrannu | arwain | harwain | dechrau | ddechrau | sefydlu | tyfu | dyfu | glanhau |
            lanhau | clirio | glirio | gwirfoddoli | wirfoddoli | ymuno | mabwysiadu | fabwysiadu | casglu | gasglu |
            cofnodi | gofnodi | adeiladu | hadeiladu | peintio | beintio | dysgu | ddysgu | rhannu | rannu | croesawu |
            groesawu | gwarchod | warchod | diogelu | ddiogelu | trwsio | drwsio | atgyweirio | cefnogi | gefnogi |
            chwarae | cydweithio | gydweithio | bywiogi | fywiogi | arbed | lleihau | leihau | dathlu | ddathlu |
            dod â | ddod â | cadw | gadw | adfer | tacluso | dacluso | codi arian | rhoi | roi | mentora | fentora |
            hyfforddi | cynllunio | gynllunio | ailgylchu | compostio | gompostio | troi | droi | coginio | goginio |
            cerdded | gerdded | beicio | feicio | gwireddu | wireddu | cymryd drosodd | gymryd drosodd | estyn llaw""");

    /** The person in the verb: "hoffech chi", "allech chi", "allai eich clwb", "gall trigolion", "chi a'ch cymdogion". */
    private static final String PERSON = "(?:\\b" + anyOf("""
            hoffech | allech | gallech | fyddech | byddech | wnewch | gwnewch | allwch | gallwch | fedrwch | medrwch |
            fedrech | ddylech | wnaech""") + "\\s+chi"
            + "|\\b" + anyOf("hoffai | allai | gallai | fyddai | byddai | gall | all | wnaiff | gwnaiff | fedrai")
            + "\\s+(?:eich|'ch|trigolion|pobl|busnesau|grwpiau|cymunedau|gwirfoddolwyr|disgyblion|plant|rhieni|ffermwyr|"
            + "tirfeddianwyr|aelodau|tenantiaid|teuluoedd|cymdogion)"
            + "|\\bpwy\\s+(?:yn\\s+eich\\s+\\w+\\s+)?(?:allai|fyddai|hoffai|gallai|all|fydd)"
            + "|\\ba'ch\\s+\\w+|\\bchi\\s+a\\s+(?:rhieni|phobl|thrigolion|chymdogion)\\b|\\b(?:allwn|gallwn|fedrwn)\\s+ni\\s+i\\s+gyd)\\b";

    /** Between the person and the verb-noun: nothing that turns it into a view or hands it to the council. */
    private static final String BETWEEN = "(?:(?!\\b(?:meddwl|teimlo|barn|weld|gweld|clywed|i'r\\s+cyngor|i\\s+ni\\s+ei)\\b)[^?.;]){0,60}?";

    static final CoachRules RULES = new CoachRules(
            p("^(?:at\\s+ei\\s+gilydd|ar\\s+y\\s+cyfan|wedi\\s+ystyried\\s+popeth|yn\\s+gyffredinol|yn\\s+olaf|(?:gan|wrth)\\s+feddwl\\s+am\\s+[^,]+|dros\\s+y\\s+[^,]+|pe\\s+bai\\s+gennych\\s+chi\\s+[^,]+|os\\s+oes\\s+gennych\\s+chi\\s+[^,]+)\\s*,\\s*"),
            p("^(?:a\\s+)?(?:allech|allwch|wnewch|fedrwch|fyddech)\\s+chi\\s+(?:ddweud\\s+wrthym|roi\\s+gwybod\\s+i\\s+ni|"
                    + "rannu\\s+gyda\\s+ni|ddisgrifio)\\s*|^(?:dywedwch\\s+wrthym|dywedwch\\s+wrthyf|rhowch\\s+wybod\\s+i\\s+ni|"
                    + "rhannwch\\s+gyda\\s+ni|hoffem\\s+(?:glywed|wybod)|hoffen\\s+ni\\s+(?:glywed|wybod)|"
                    + "rydym(?:\\s+ni)?\\s+(?:eisiau|am)\\s+(?:clywed|gwybod)|disgrifiwch|esboniwch|nodwch)\\b\\s*"),
            p("^" + anyOf("""
                    a | ai | ydych | ydy | ydi | yw | oes | oedd | oeddech | wyt | ydyn | ydynt | fyddech | fyddwch | fydd |
                    fyddai | ddylai | ddylem | ddylen | ddylid | ddylech | allech | allwch | allai | gallech | hoffech |
                    hoffai | gawn | ga | caiff | ddewch | dewch | wnewch | wnei | fedrwch | fedrech | oni | onid | ffansi |
                    wnaethoch | fuoch | welsoch | ddaethoch""") + "\\b"),
            p("^oes\\s+unrhyw\\s+beth\\b|\\bunrhyw\\s+(?:beth\\s+arall|sylwadau|sylw\\s+arall)\\b|\\bsylwadau\\s+eraill\\b"),
            p("\\bpa\\s+mor\\b|\\bar\\s+raddfa\\b|\\bsg[oô]r\\w*|\\bgraddio\\b|\\bi\\s+ba\\s+raddau\\b|\\bfaint\\b(?!\\s+o\\s+(?:amser|oriau))|\\bda\\s+iawn\\b"),
            p("\\bpa\\s+(?:un|rai\\s+o|opsiwn|ddiwrnod|gynllun|safle|leoliad)\\b|\\bopsi\\w*|\\bdewiswch\\b|\\bticiwch\\b|"
                    + "\\bmewn\\s+trefn\\b|\\borau\\s+gennych\\b|\\bwell\\s+gennych\\b|\\bgwella,\\s+gwaethygu\\b|"
                    + "\\bhaws\\s+neu'n\\s+anoddach\\b"),
            p("\\b(?:cytuno|gytuno|anghytuno|o\\s+blaid|yn\\s+erbyn|gwrthwynebu|wrthwynebu|ie\\s+neu\\s+na)\\b"),
            p("\\bbarn\\b|\\bbeth\\s+ydych\\s+chi'n\\s+ei\\s+feddwl\\b|\\bydych\\s+chi'n\\s+meddwl\\b|\\bsut\\s+ydych\\s+chi'n\\s+teimlo\\b|"
                    + "\\bsylwadau\\b|\\badborth\\b|\\bdweud\\s+eich\\s+dweud\\b|\\blleisiwch\\b|"
                    + "\\beich\\s+(?:syniadau|blaenoriaethau|pryderon|gobeithion|gweledigaeth|profiad)\\b|\\bbwysig\\s+i\\s+chi\\b|"
                    + "\\bei\\s+garu\\b|\\bei\\s+olygu\\s+i\\s+chi\\b|^am\\b"),
            p("\\b(?:pethau|unrhyw\\s+beth|popeth|yn\\s+gyffredinol|dyfodol|ddyfodol|gweledigaeth|pa\\s+fath\\s+o|math\\s+o|"
                    + "lle\\s+gwell|problemau|heriau|blaenoriaethau|bwysig)\\b"),
            p("\\b(?:allwn|gallwn|dylem|dylen|ddylem|ddylen|fedrwn)\\s+ni\\b|"
                    + "\\b(?:gall|gallai|allai|ddylai|dylai|fydd|fyddai)(?:\\s+y\\s+|')(?:r\\s*)?cyngor\\b|\\bi'r\\s+cyngor\\s+ei\\b|"
                    + "\\bddylai\\s+ddigwydd\\b"),
            p("\\bangen\\s+(?:arnoch|ar\\s+eich|arnat)\\b|\\bfyddai'n\\s+eich\\s+(?:annog|helpu|galluogi|cefnogi|ysgogi)\\b|"
                    + "\\bei\\s+gwneud(?:\\s+hi)?\\s+yn\\s+haws\\s+i\\s+chi\\b|\\bei\\s+gymryd\\s+i\\s+chi\\b|"
                    + "\\b(?:allai|fyddai|gallai)\\s+eich\\s+(?:rhwystro|atal)\\b|\\bi'w\\s+gwneud\\s+yn\\s+haws\\b"),
            p("\\b(?:os|pe)\\s+(?:byddwn\\s+ni'n|bydd\\s+y\\s+cyngor\\s+yn|baem\\s+ni'n|bai'r\\s+cyngor\\s+yn|bydden\\s+ni'n|"
                    + "byddai'r\\s+cyngor\\s+yn|rhown\\s+ni|rown\\s+ni|gwnawn\\s+ni)"),
            p("\\bgyda\\s+ni\\b|\\bgyda'n\\s+gilydd\\b|\\bgyda'i\\s+gilydd\\b|\\bgyda'ch\\s+gilydd\\b|\\bochr\\s+yn\\s+ochr\\b|"
                    + "\\bgyda'r\\s+cyngor\\b|\\b(?:cyd|gyd)weithio\\b|\\bymunwch\\s+â\\s+ni\\b|\\bgyda'ch\\s+cymdogion\\b"),
            p(PERSON + BETWEEN + "\\b" + ACTION + "\\b"),
            p("\\b(?:" + ACTION.substring(3, ACTION.length() - 1) + "|gwella|wella|wnewch|gwnewch|newid)\\b"));
}
