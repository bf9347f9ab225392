package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.meeting.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Quarterly reporting finds the same whatever the order in which the partnership lists its meetings. */
class QuarterlyReportingMeetingOrderTest {

    private static List<Finding> quarterly(Dossier dossier, LocalDate asOf) {
        return Rules.standard().evaluate(dossier, asOf).of(RuleId.QUARTERLY_REPORTING);
    }

    private static Dossier withMeetings(Dossier dossier, List<Meeting> meetings) {
        Partnership partnership = dossier.partnership().toBuilder().meetings(meetings).build();
        return dossier.withPartnership(partnership);
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 2026})
    void reversedOrShuffledMeetingsGiveTheSameFindings(long seed) {
        Dossier dossier = RandomDossiers.scaled(seed, 2);
        LocalDate asOf = dossier.partnership().founded().plusYears(10);
        List<Finding> inDateOrder = quarterly(dossier, asOf);

        List<Meeting> reversed = new ArrayList<>(dossier.partnership().meetings());
        Collections.reverse(reversed);
        List<Meeting> shuffled = new ArrayList<>(reversed);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(inDateOrder).isNotEmpty();
        assertThat(quarterly(withMeetings(dossier, reversed), asOf)).containsExactlyElementsOf(inDateOrder);
        assertThat(quarterly(withMeetings(dossier, shuffled), asOf)).containsExactlyElementsOf(inDateOrder);
    }
}
