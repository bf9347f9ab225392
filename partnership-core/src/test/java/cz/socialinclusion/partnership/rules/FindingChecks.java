package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import org.assertj.core.api.ThrowingConsumer;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the rule tests share: what a user reads first in a finding, its code, severity and English message. */
final class FindingChecks {

    private FindingChecks() {
    }

    /** The findings of one rule of the standard rules on {@code dossier} as of {@code asOf}, as a host reads them from the report. */
    static List<Finding> findings(RuleId rule, Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(rule);
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
