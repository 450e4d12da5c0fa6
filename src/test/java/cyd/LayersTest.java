package cyd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code, kept by the build. Cyd is a monolith laid out by feature; the features are stacked so that
 * each reaches only the kernel and the features listed before it. Where a lower feature must learn of a higher
 * one's work it fires a CDI event or owns an interface the higher one implements (e.g. {@code IdeaOutcomes},
 * {@code Following}, {@code HiddenReasons}).
 */
class LayersTest {

    /** Below every feature: the web layer, the embedded database, the audit log, and content's visibility. */
    static final List<String> KERNEL = List.of("web", "db", "audit", "content");

    /** Lowest first. A new package goes where it belongs in this list, or the build fails. */
    static final List<String> FEATURES = List.of("authority", "account", "organisation", "prompt", "idea",
            "moderation", "initiative", "mail", "search", "contribution", "embed", "opendata", "demo");

    static final JavaClasses CYD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cyd");

    @Test
    void everyPackageHasAPlaceInTheLayers() {
        Set<String> found = CYD.stream().map(c -> c.getPackageName())
                .map(p -> p.equals("cyd") ? "(cyd itself)" : p.substring(4).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> placed = Stream.concat(KERNEL.stream(), FEATURES.stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(placed, found, "the packages of cyd, each placed in KERNEL or FEATURES");
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("cyd.(*)..").should().beFreeOfCycles().check(CYD);
    }

    @Test
    void theKernelReachesNoFeature() {
        noClasses().that().resideInAnyPackage(packages(KERNEL)).should().dependOnClassesThat()
                .resideInAnyPackage(packages(FEATURES)).check(CYD);
    }

    @Test
    void eachFeatureReachesOnlyThoseBelowIt() {
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            List<String> above = FEATURES.subList(i + 1, FEATURES.size());
            noClasses().that().resideInAPackage("cyd." + FEATURES.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                    .because(FEATURES.get(i) + " lies below " + above).check(CYD);
        }
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> "cyd." + n + "..").toArray(String[]::new);
    }
}
