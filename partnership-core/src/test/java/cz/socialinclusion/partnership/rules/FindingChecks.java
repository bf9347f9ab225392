package cz.socialinclusion.partnership.rules;

import org.assertj.core.api.ThrowingConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the rule tests share: what a user reads first in a finding, its code, severity and English message. */
final class FindingChecks {

    private FindingChecks() {
    }

    /** A finding with this code id, this severity and this English message; for AssertJ's {@code satisfies}. */
    static ThrowingConsumer<Finding> isFinding(String code, Severity severity, String message) {
        return f -> {
            assertThat(f.code().id()).isEqualTo(code);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.message()).isEqualTo(message);
        };
    }
}
