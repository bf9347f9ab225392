package cz.socialinclusion.partnership.json;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every constant of every enum of the model keeps its word in the format (lower case, words joined by hyphens,
 * as version 1 of the format has always written them), now that Jackson's own kebab-case naming writes them:
 * in the strict mapper and in a host's plain mapper with the module.
 */
class EnumWordsTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new PartnershipModule()).build();

    @ParameterizedTest
    @ValueSource(strings = {"member.LegalForm", "member.OrganisationKind", "group.WorkingGroupKind", "group.Theme",
            "plan.NeedKind", "plan.ApprovalBody", "plan.GoalTerm", "plan.ResourceKind", "Stage", "meeting.MeetingKind",
            "meeting.DecisionKind", "meeting.MeetingLevel", "project.ProjectStatus", "project.FundingKind",
            "rules.SubjectKind", "rules.Severity", "rules.DeadlineKind", "rules.ChangeKind", "rules.PlanElement",
            "rules.DeadlineStatus", "rules.ActiveUntil", "rules.ProgressLevel"})
    void everyConstantKeepsItsWord(String name) throws Exception {
        Class<?> type = Class.forName("cz.socialinclusion.partnership." + name);
        assertThat(type.getEnumConstants()).isNotEmpty();
        for (Object constant : type.getEnumConstants()) {
            String word = "\"" + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"";
            for (JsonMapper mapper : new JsonMapper[] {PartnershipJson.mapper(), PLAIN}) {
                assertThat(mapper.writeValueAsString(constant)).isEqualTo(word);
                assertThat(mapper.readValue(word, type)).isSameAs(constant);
            }
            String javaName = "\"" + ((Enum<?>) constant).name() + "\"";
            if (!javaName.equals(word)) {
                assertThat(catchThrowable(() -> PartnershipJson.mapper().readValue(javaName, type))).as(javaName).isNotNull();
            }
        }
    }
}
