package vn.reportbot.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a {@link SettingsException} at start-up as what it is: a setting to fix, not a stack trace. */
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SettingsException cause) {
        return new FailureAnalysis("reportbot cannot start: " + cause.getMessage(),
                "Fix the setting or the file named above, then start reportbot again.", cause);
    }
}
