package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.PartnershipId;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.project.ProjectId;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The type of a value a finding's message shows. Only a {@link #PERIOD} and a {@link #WORD} are put in
 * the bundle's words; every other value is shown as it is.
 */
public enum ArgumentType {
    /** A day ({@link LocalDate}), shown as {@code 2012-02-09}. */
    DATE(LocalDate.class),
    /** A number of days, versions, … ({@link Long}; an {@link Integer} is taken as a long). */
    COUNT(Long.class),
    /**
     * A length of time ({@link Period}), shown in the bundle's words under {@code period.<ISO period>}
     * ({@code period.P3Y=three years}) where the bundle has them, else as {@code P3Y1D}.
     */
    PERIOD(Period.class),
    /** A quarter ({@link YearQuarter}), shown as {@code 2011-Q2}. */
    QUARTER(YearQuarter.class),
    /** The id of a partnership, plan, priority, goal, measure, working group, member or project, shown as it is. */
    ID(PartnershipId.class, PlanId.class, PriorityId.class, GoalId.class, MeasureId.class, WorkingGroupId.class,
            MemberId.class, ProjectId.class),
    /** A name or title ({@link String}), shown as it is, never translated. */
    NAME(String.class),
    /**
     * A constant of an enum (a theme, a kind), shown in the bundle's words under
     * {@code word.<enum's simple name>.<constant>} ({@code word.Theme.HOUSING=housing}) where the bundle has
     * them, else as the constant's lower-case hyphenated name.
     */
    WORD(Enum.class);

    private final List<Class<?>> types;

    ArgumentType(Class<?>... types) {
        this.types = List.of(types);
    }

    /** Whether {@code value} is of this type (an {@link Integer} counts as a {@link #COUNT}). */
    public boolean accepts(Object value) {
        if (this == COUNT && value instanceof Integer) {
            return true;
        }
        for (Class<?> type : types) {
            if (type.isInstance(value)) {
                return true;
            }
        }
        return false;
    }
}
