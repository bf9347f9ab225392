package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    private final Dossier kutnaHora = SourcePages.kutnaHora();
    private final Dossier cheb = SourcePages.cheb();

    @Test
    void stageFollowsFromTheDatesOnEachDay() {
        assertThat(kutnaHora.stageOn(LocalDate.of(2010, 6, 10))).isEqualTo(Stage.NOT_FOUNDED);
        assertThat(kutnaHora.stageOn(LocalDate.of(2010, 6, 11))).isEqualTo(Stage.FORMING);
        assertThat(kutnaHora.stageOn(LocalDate.of(2010, 8, 30))).isEqualTo(Stage.FORMING);
        assertThat(kutnaHora.stageOn(LocalDate.of(2010, 8, 31))).isEqualTo(Stage.PLANNING);
        assertThat(kutnaHora.stageOn(LocalDate.of(2011, 5, 9))).isEqualTo(Stage.PLANNING);
        assertThat(kutnaHora.stageOn(LocalDate.of(2011, 5, 10))).isEqualTo(Stage.IMPLEMENTING);
    }

    @Test
    void chebIsAfterTheInterventionFromTheFirstDayOf2013() {
        assertThat(cheb.stageOn(LocalDate.of(2012, 12, 31))).isNotEqualTo(Stage.AFTER_INTERVENTION);
        assertThat(cheb.stageOn(LocalDate.of(2013, 1, 1))).isEqualTo(Stage.AFTER_INTERVENTION);
    }

    @Test
    void chebsGroupsMetFromMarch2009SoItPlansFromAprilAndAnUndatedApprovalDoesNotStartImplementing() {
        assertThat(cheb.partnership().groupsFormedOn()).hasValueSatisfying(f -> assertThat(f).hasToString("../2009-03-31"));
        assertThat(cheb.stageOn(LocalDate.of(2009, 3, 30))).isEqualTo(Stage.FORMING);
        assertThat(cheb.stageOn(LocalDate.of(2009, 4, 1))).isEqualTo(Stage.PLANNING);
        assertThat(cheb.stageOn(LocalDate.of(2012, 7, 1))).isEqualTo(Stage.PLANNING);
    }

    @Test
    void stageIsComputedNotStored() {
        assertThat(Partnership.class.getRecordComponents())
                .noneMatch(c -> c.getType() == Stage.class);
    }
}
