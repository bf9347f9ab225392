package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cz.socialinclusion.partnership.rules.FindingChecks.isFinding;
import static org.assertj.core.api.Assertions.assertThat;

class MembershipRuleTest {

    private static List<Finding> findings(Partnership p, LocalDate asOf) {
        return Rules.standard().evaluate(Dossier.of(p), asOf).of(RuleId.MEMBERSHIP);
    }

    @Test
    void aPartnershipWithTheTownAndTheAgencyHasNoFinding() {
        assertThat(findings(Scenario.partnership(), LocalDate.of(2011, 1, 1))).isEmpty();
    }

    @Test
    void jachymovsListDoesNotNameTheAgencyThatConvenesIt() {
        assertThat(findings(SourcePages.jachymov().partnership(), LocalDate.of(2011, 1, 1))).singleElement()
                .satisfies(isFinding("membership.agency-not-listed", Severity.WARNING,
                        "The partnership is convened by Agentura pro sociální začleňování, which is not listed among its members."));
    }

    @Test
    void aMunicipalityThatLeftIsMissingFromTheDayItLeft() {
        Partnership p = Scenario.partnership().withMemberLeft(Scenario.TOWN, LocalDate.of(2012, 1, 1));
        assertThat(findings(p, LocalDate.of(2011, 12, 31))).isEmpty();
        assertThat(findings(p, LocalDate.of(2012, 1, 1))).extracting(f -> f.code().id())
                .containsExactly("membership.municipality-missing", "membership.left-member-in-group");
        assertThat(findings(p, LocalDate.of(2012, 1, 1)).get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aGroupMemberWhoLeftThePartnershipIsReportedWithTheGroup() {
        Partnership p = Scenario.partnership().withMemberLeft(Scenario.SCHOOL, LocalDate.of(2012, 1, 1));
        assertThat(findings(p, LocalDate.of(2012, 1, 1))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.WORKING_GROUP, Scenario.EDUCATION));
            assertThat(f.message()).isEqualTo("ZŠ Jáchymov left the partnership on 2012-01-01 but still sits in working group Vzdělávání.");
        });
    }

    @Test
    void everySourcePageNamesItsMunicipality() {
        SourcePages.all().forEach(d ->
                assertThat(Rules.standard().evaluate(d, LocalDate.of(2018, 1, 1)).withCode("membership.municipality-missing")).isEmpty());
    }
}
