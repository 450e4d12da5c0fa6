package cyd.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests where Chromium and its driver are installed. Elsewhere they are skipped, loudly:
 * the reason is printed and shows in the test report. In CI (CI=true) they are never skipped: a
 * missing browser fails the build instead.
 */
public class ChromiumCondition implements ExecutionCondition {

    private static boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chrome.available() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chrome.chromium());
        }
        String reason = "BROWSER TESTS SKIPPED: no Chromium at " + Chrome.chromium() + " or no driver at "
                + Chrome.chromedriver() + ". Install them with: sudo apt-get install chromium chromium-driver "
                + "(or set CYD_CHROMIUM and CYD_CHROMEDRIVER), then run ./mvnw verify again.";
        synchronized (ChromiumCondition.class) {
            if (!warned) {
                warned = true;
                System.err.println("\n*** " + reason + " ***\n");
            }
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
