package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanText;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One version of a strategic plan: the original (number 1) or a revision (revize, aktualizace). It holds
 * the whole content (needs, priorities, goals, measures, steps, indicators) as it was on its date, and the
 * board's and council's approvals of it.
 *
 * <p>A record that names measures but not the goals they serve (a page listing "mezi plánovanými opatřeními…")
 * keeps them as {@link #measuresWithoutGoal()}, rather than under a goal nobody named.
 *
 * <p>Invariants: ids of needs, priorities, goals, measures and indicators are unique within the version;
 * every need a priority addresses is identified; at most one approval per body; no approval before the
 * version's date (refused only when the record shows the approval certainly came first).
 *
 * <p>Immutable and thread-safe.
 *
 * @param number     1 for the original plan, then 2, 3, … for each revision
 * @param date       when this version was made, as precise as the record gives it ("v únoru 2010")
 * @param summary    what it is or what the revision changed
 * @param needs      the needs and resources identified
 * @param priorities the priorities
 * @param measuresWithoutGoal measures the record names without the goal (or priority) they serve; may be empty
 * @param approvals  the board's approval and the council's adoption, where given
 * @param statedGoalTerms the horizons of the goals the record says the version sets, where it does not list the goals
 *                   themselves (Jáchymov's plan "zahrnuje dlouhodobé i krátkodobé cíle"); empty where not stated. Where
 *                   goals are listed, a stated horizon must be one of theirs
 */
public record PlanVersion(
        @Min(value = 1, message = "{cz.socialinclusion.partnership.Min.message}") int number,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") RecordedDate date,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.TEXT_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanText String summary,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Need> needs,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Priority> priorities,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Measure> measuresWithoutGoal,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid Approval> approvals,
        Set<GoalTerm> statedGoalTerms) {

    /**
     * @param date when this version was made, as precise as the record gives it
     * @param summary what it is or what the revision changed
     * @param needs the needs and resources identified
     * @param priorities the priorities
     * @param measuresWithoutGoal measures the record names without the goal they serve; may be empty
     * @param approvals the board's approval and the council's adoption, where given
     * @param number 1 for the original plan, then 2, 3, … for each revision
     * @param statedGoalTerms the horizons of the goals the record says it sets, where it does not list them;
     *        {@code null} is read as none
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if an invariant listed on the class is broken,
     *         a stated goal horizon is not the horizon of any goal listed, or a day, decimal or text is outside the
     *         bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public PlanVersion {
        if (!(number >= 1)) {
            throw new InvalidValueException("number", number,
                    "number " + number + " of a plan version must be at least 1");
        }
        Objects.requireNonNull(date, "date");
        Checks.text("summary", summary);
        needs = Checks.uniqueList("needs", needs, Need::id);
        priorities = Checks.uniqueList("priorities", priorities, Priority::id);
        measuresWithoutGoal = Checks.list("measuresWithoutGoal", measuresWithoutGoal);
        approvals = Checks.uniqueList("approvals", approvals, Approval::body);
        for (Approval approval : approvals) {
            if (approval.date().isBefore(date) == Answer.YES) {
                throw new InvalidValueException("approvals", approval.date(),
                        "approvals: " + approval.body() + " on " + approval.date() + " is before version " + number + " dated " + date);
            }
        }
        Set<NeedId> needIds = new HashSet<>();
        needs.forEach(n -> needIds.add(n.id()));
        Set<Object> goalIds = new HashSet<>();
        Set<Object> measureIds = new HashSet<>();
        Set<Object> indicatorIds = new HashSet<>();
        for (Priority priority : priorities) {
            for (NeedId need : priority.addresses()) {
                if (!(needIds.contains(need))) {
                    throw new InvalidValueException("priorities[" + priority.id() + "].addresses", need,
                            "priorities[" + priority.id() + "].addresses names need " + need + ", which is not identified");
                }
            }
            for (Goal goal : priority.goals()) {
                unique(goalIds, goal.id(), "goals");
                goal.indicators().forEach(i -> unique(indicatorIds, i.id(), "indicators"));
                for (Measure measure : goal.measures()) {
                    unique(measureIds, measure.id(), "measures");
                    measure.indicators().forEach(i -> unique(indicatorIds, i.id(), "indicators"));
                }
            }
        }
        for (Measure measure : measuresWithoutGoal) {
            unique(measureIds, measure.id(), "measures");
            measure.indicators().forEach(i -> unique(indicatorIds, i.id(), "indicators"));
        }
        statedGoalTerms = Checks.enumSet("statedGoalTerms", statedGoalTerms == null ? Set.of() : statedGoalTerms, GoalTerm.class);
        if (!goalIds.isEmpty()) {
            Set<GoalTerm> listed = EnumSet.noneOf(GoalTerm.class);
            priorities.forEach(p -> p.goals().forEach(g -> listed.add(g.term())));
            for (GoalTerm term : statedGoalTerms) {
                if (!listed.contains(term)) {
                    throw new InvalidValueException("statedGoalTerms", term, "statedGoalTerms names " + term
                            + ", but no goal listed in version " + number + " has that horizon");
                }
            }
        }
    }

    /**
     * A version whose goals' horizons are not stated apart from the goals it lists.
     *
     * @param number 1 for the original plan, then 2, 3, … for each revision
     * @param date when this version was made, as precise as the record gives it
     * @param summary what it is or what the revision changed
     * @param needs the needs and resources identified
     * @param priorities the priorities
     * @param measuresWithoutGoal measures the record names without the goal they serve; may be empty
     * @param approvals the board's approval and the council's adoption, where given
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if an invariant listed on the class is broken
     */
    public PlanVersion(int number, RecordedDate date, String summary, List<Need> needs, List<Priority> priorities,
                       List<Measure> measuresWithoutGoal, List<Approval> approvals) {
        this(number, date, summary, needs, priorities, measuresWithoutGoal, approvals, Set.of());
    }

    /**
     * A version whose measures all sit under goals (none without a goal).
     *
     * @param number 1 for the original plan, then 2, 3, … for each revision
     * @param date when this version was made, as precise as the record gives it
     * @param summary what it is or what the revision changed
     * @param needs the needs and resources identified
     * @param priorities the priorities
     * @param approvals the board's approval and the council's adoption, where given
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if an invariant listed on the class is broken
     */
    public PlanVersion(int number, RecordedDate date, String summary, List<Need> needs, List<Priority> priorities,
                       List<Approval> approvals) {
        this(number, date, summary, needs, priorities, List.of(), approvals);
    }

    private static void unique(Set<Object> seen, Object id, String field) {
        if (!(seen.add(id))) {
            throw new InvalidValueException(field, id,
                    field + " has " + id + " twice in one plan version");
        }
    }

    /**
     * The council's adoption of this version, if any.
     *
     * @return the council's adoption of this version, if any
     */
    public Optional<Approval> adoption() {
        return approval(ApprovalBody.COUNCIL);
    }

    /**
     * The board's approval of this version, if any.
     *
     * @return the board's approval of this version, if any
     */
    public Optional<Approval> boardApproval() {
        return approval(ApprovalBody.BOARD);
    }

    private Optional<Approval> approval(ApprovalBody body) {
        return approvals.stream().filter(a -> a.body() == body).findFirst();
    }

    /**
     * Whether the council adopted this version on or before {@code date}, as far as the record tells.
     *
     * @param date the day
     * @return yes if the adoption's latest possible day is on or before {@code date}; no if there is no adoption or
     *         its earliest possible day is after it; undecided otherwise (an adoption known only to a half-year that
     *         contains {@code date}, or one whose date is not recorded)
     */
    public Answer isAdoptedOn(LocalDate date) {
        return adoption().map(a -> a.date().isOnOrBefore(date)).orElse(Answer.NO);
    }

    /**
     * Every goal, priority by priority.
     *
     * @return every goal, priority by priority
     */
    public Stream<Goal> goals() {
        return priorities.stream().flatMap(p -> p.goals().stream());
    }

    /**
     * Every measure, goal by goal, then those without a goal.
     *
     * @return every measure, goal by goal, then those without a goal
     */
    public Stream<Measure> measures() {
        return Stream.concat(goals().flatMap(g -> g.measures().stream()), measuresWithoutGoal.stream());
    }

    /**
     * The measure with this id, if the version has it.
     *
     * @param id the id
     * @return the measure with this id, if the version has it
     */
    public Optional<Measure> measure(MeasureId id) {
        return measures().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * A copy with one more approval.
     *
     * @param approval the board's or the council's approval
     * @return a copy with one more approval
     */
    public PlanVersion withApproval(Approval approval) {
        List<Approval> more = new ArrayList<>(approvals);
        more.add(approval);
        return new PlanVersion(number, date, summary, needs, priorities, measuresWithoutGoal, more, statedGoalTerms);
    }
}
