package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    private final Dossier kutnaHora = SourcePages.kutnaHora();
    private final Dossier cheb = SourcePages.cheb();

    private Dossier dossierOf(String municipality) {
        return switch (municipality) {
            case "Kutná Hora" -> kutnaHora;
            case "Cheb" -> cheb;
            default -> throw new IllegalArgumentException("no dossier of " + municipality + " in this test");
        };
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource({
            // Kutná Hora: founded on 11 June 2010, working groups formed on 31 August 2010, the plan adopted by
            // the council on 10 May 2011.
            "Kutná Hora, NOT_FOUNDED, 2010-06-10",
            "Kutná Hora, FORMING, 2010-06-11",
            "Kutná Hora, FORMING, 2010-08-30",
            "Kutná Hora, PLANNING, 2010-08-31",
            "Kutná Hora, PLANNING, 2011-05-09",
            "Kutná Hora, IMPLEMENTING, 2011-05-10",
            // Cheb: the intervention, extended, ends on 31 December 2012.
            "Cheb, AFTER_INTERVENTION, 2013-01-01",
            // Cheb's groups met from March 2009, so they formed by its end; the plan's approval, on a day the page does
            // not give, certainly happened by the day the record is complete to (the extension, 1-10 February 2011):
            // implementing from then on, planning as far as the record can tell before.
            "Cheb, FORMING, 2009-03-30",
            "Cheb, PLANNING, 2009-04-01",
            "Cheb, PLANNING, 2011-02-09",
            "Cheb, IMPLEMENTING, 2011-02-10",
            "Cheb, IMPLEMENTING, 2012-07-01",
    })
    void stageFollowsFromTheDatesOnEachDay(String municipality, Stage stage, LocalDate day) {
        assertThat(dossierOf(municipality).stageOn(day)).isEqualTo(stage);
    }

    @Test
    void chebIsStillInTheInterventionOnItsLastDay() {
        assertThat(cheb.stageOn(LocalDate.of(2012, 12, 31))).isNotEqualTo(Stage.AFTER_INTERVENTION);
    }

    @Test
    void chebsWorkingGroupsFormedByTheEndOfMarch2009() {
        assertThat(cheb.partnership().groupsFormedOn()).hasValueSatisfying(f -> assertThat(f).hasToString("../2009-03-31"));
    }

    @Test
    void stageIsComputedNotStored() {
        assertThat(Partnership.class.getRecordComponents())
                .noneMatch(c -> c.getType() == Stage.class);
    }
}
