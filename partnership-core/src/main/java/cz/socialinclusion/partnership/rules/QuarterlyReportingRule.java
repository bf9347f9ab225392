package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cz.socialinclusion.partnership.rules.ArgumentType.DATE;
import static cz.socialinclusion.partnership.rules.ArgumentType.NAME;
import static cz.socialinclusion.partnership.rules.ArgumentType.QUARTER;

/**
 * quarterly-reporting: every quarter while the partnership is active, a partnership meeting (setkání
 * lokálního partnerství) at which each thematic working group due presents its report (výstupy) for the
 * quarter.
 *
 * <p>The quarters are computed once, for the findings and the deadlines alike: from the quarter after the
 * working groups were formed (a group formed mid-quarter first reports for the next one) to the quarter of
 * the active end ({@link #ACTIVE_UNTIL}); a quarter is due on its last day plus the grace days, and is done
 * when a partnership meeting held in it heard the report for it of every thematic group formed before it
 * began. Meetings and reports are indexed by quarter once, so the cost is linear in the dossier.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuarterlyReportingRule extends MethodRule<QuarterlyReportingRule.Code> {

    /** Days after a quarter's end by which its meeting and reports count as on time: 0, at most a quarter (92). */
    public static final Setting<Integer> REPORTING_GRACE_DAYS = Setting.between("reportingGraceDays", 0, 92, 0);

    /** Until when the partnership counts as active: the intervention's end. */
    public static final Setting<ActiveUntil> ACTIVE_UNTIL = Setting.of("activeUntil", ActiveUntil.class, ActiveUntil.INTERVENTION_END);

    QuarterlyReportingRule() {
        super(RuleId.QUARTERLY_REPORTING, Code.class, REPORTING_GRACE_DAYS, ACTIVE_UNTIL);
    }

    /**
     * One quarter in which thematic groups are due to report: its due day, the groups due (those formed before it
     * began for certain, then those the record cannot tell about, each with the fact of its formation), and which
     * of them (by their position among the partnership's groups) reported at a partnership meeting held in it; no
     * such meeting, {@code null}.
     */
    private record Quarter(YearQuarter quarter, LocalDate due, List<WorkingGroup> groups, int certain,
                           List<Facts.Dated> formed, BitSet reported, Map<WorkingGroupId, Integer> index) {

        /** Whether the meeting was held and every group certainly due reported there. */
        boolean done() {
            if (reported == null) {
                return false;
            }
            for (int i = 0; i < certain; i++) {
                if (!reported(groups.get(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean reported(WorkingGroup group) {
            return reported != null && reported.get(index.get(group.id()));
        }
    }

    /**
     * The quarters with groups due from the first active one to the quarter of {@code until} (no later than
     * the active end, where the policy gives one). A group is due from the quarter after its formation; where
     * the formation is known only to a month, quarter or year, it is due for certain from the quarter after its
     * latest possible day, and may be due from the quarter after its earliest.
     */
    private static List<Quarter> quarters(RuleContext context, LocalDate until) {
        Partnership partnership = context.partnership();
        Map<WorkingGroupId, Integer> index = new HashMap<>();
        List<WorkingGroup> thematic = new ArrayList<>();
        List<Facts.Dated> thematicFormed = new ArrayList<>();
        List<WorkingGroup> groups = partnership.workingGroups();
        LocalDate first = null;
        for (int i = 0; i < groups.size(); i++) {
            WorkingGroup group = groups.get(i);
            index.put(group.id(), i);
            Optional<Facts.Dated> formed = Facts.formation(partnership, group);
            if (group.isThematic() && formed.isPresent()) {
                LocalDate earliest = earliest(formed.get().date(), partnership.founded());
                if (earliest != null) {
                    thematic.add(group);
                    thematicFormed.add(formed.get());
                    first = first == null || earliest.isBefore(first) ? earliest : first;
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        Map<YearQuarter, BitSet> reports = reports(partnership, index);
        LocalDate horizon = until.isAfter(context.asOf()) ? until : context.asOf();
        LocalDate active = activeEnd(context, horizon);
        YearQuarter last = YearQuarter.from(active.isBefore(horizon) ? active : horizon);
        int grace = context.setting(REPORTING_GRACE_DAYS);
        List<Quarter> quarters = new ArrayList<>();
        for (YearQuarter q = YearQuarter.from(first).plusQuarters(1); !q.isAfter(last); q = q.plusQuarters(1)) {
            LocalDate begins = q.atDay(1);
            if (begins.isAfter(until)) {
                break;
            }
            List<WorkingGroup> due = new ArrayList<>(thematic.size());
            List<WorkingGroup> maybe = new ArrayList<>();
            List<Facts.Dated> maybeFormed = new ArrayList<>();
            for (int i = 0; i < thematic.size(); i++) {
                RecordedDate day = thematicFormed.get(i).date();
                Answer before = day.isBefore(begins);
                if (before == Answer.YES) {
                    due.add(thematic.get(i));
                } else if (before == Answer.UNDECIDED && earliest(day, partnership.founded()).isBefore(begins)) {
                    maybe.add(thematic.get(i));
                    maybeFormed.add(thematicFormed.get(i));
                }
            }
            int certain = due.size();
            due.addAll(maybe);
            if (!due.isEmpty()) {
                LocalDate end = q.atEndOfQuarter();
                LocalDate dueOn = end.isAfter(LocalDate.MAX.minusDays(grace)) ? LocalDate.MAX : end.plusDays(grace);
                quarters.add(new Quarter(q, dueOn, due, certain, maybeFormed, reports.get(q), index));
            }
        }
        return quarters;
    }

    /** The earliest possible day of {@code day}; where the record gives none, the founding (no group is formed before it). */
    private static LocalDate earliest(RecordedDate day, LocalDate founded) {
        return day.earliest() != null ? day.earliest() : founded;
    }

    /** For each quarter, the groups (by position) that reported for it at a partnership meeting held in it. */
    private static Map<YearQuarter, BitSet> reports(Partnership partnership, Map<WorkingGroupId, Integer> index) {
        Map<YearQuarter, BitSet> reports = new HashMap<>();
        // The quarter is looked up only when a meeting falls outside the previous one's: once a quarter when the
        // meetings are listed in date order, as they usually are; any order gives the same result.
        YearQuarter held = null;
        LocalDate heldFrom = LocalDate.MAX;
        LocalDate heldUntil = LocalDate.MIN;
        BitSet reported = null;
        for (Meeting meeting : partnership.meetings()) {
            if (meeting.group() != null) {
                continue;
            }
            LocalDate day = meeting.date();
            if (day.isBefore(heldFrom) || day.isAfter(heldUntil)) {
                held = YearQuarter.from(day);
                heldFrom = held.atDay(1);
                heldUntil = held.atEndOfQuarter();
                reported = reports.computeIfAbsent(held, q -> new BitSet());
            }
            for (GroupReport report : meeting.reports()) {
                if (report.quarter().equals(held)) {
                    reported.set(index.get(report.group()));
                }
            }
        }
        return reports;
    }

    /** The last day the partnership counts as active, {@code horizon} where the policy leaves it open. */
    private static LocalDate activeEnd(RuleContext context, LocalDate horizon) {
        Partnership partnership = context.partnership();
        return switch (context.setting(ACTIVE_UNTIL)) {
            case INTERVENTION_END -> partnership.intervention() == null ? horizon : partnership.intervention().end().latestDay().orElse(horizon);
            case LAST_PLAN_END -> context.dossier().plans().stream().map(StrategicPlan::end).max(LocalDate::compareTo).orElse(horizon);
            case OPEN_ENDED -> horizon;
        };
    }

    /**
     * For each quarter due and not done: a missing meeting or report (an error or a warning once the quarter's due
     * day has passed, information before), not recorded for a group the record cannot tell was due, and not
     * recorded, once, for the first quarter due after the day up to which the dossier is complete.
     */
    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Subject partnership = Subject.partnership(context.partnership().id());
        LocalDate knownUntil = context.knownUntil();
        for (Quarter quarter : quarters(context, context.asOf())) {
            if (quarter.done() && quarter.certain() == quarter.groups().size()) {
                continue;
            }
            YearQuarter q = quarter.quarter();
            LocalDate due = quarter.due();
            boolean late = context.asOf().isAfter(due);
            if (late && knownUntil.isBefore(due)) {
                findings.add(notRecordedAfter(partnership, due, knownUntil, Facts.MEETINGS));
                break;
            }
            if (quarter.reported() == null && quarter.certain() > 0) {
                findings.add(Finding.of(late ? Code.MEETING_MISSING : Code.MEETING_UPCOMING, partnership, q, due, q, due)
                        .withFacts(Facts.MEETINGS));
                continue;
            }
            List<WorkingGroup> groups = quarter.groups();
            for (int i = 0; i < groups.size(); i++) {
                WorkingGroup group = groups.get(i);
                if (quarter.reported(group)) {
                    continue;
                }
                if (i < quarter.certain()) {
                    findings.add(Finding.of(late ? Code.REPORT_MISSING : Code.REPORT_UPCOMING,
                            Subject.workingGroup(group.id()), q, due, group.name(), q, due)
                            .withFacts(Facts.group(group), Facts.MEETINGS));
                } else if (late) {
                    Facts.Dated formed = quarter.formed().get(i - quarter.certain());
                    findings.add(Finding.of(notRecorded(), Subject.workingGroup(group.id()), q, due, formed.path(), formed.date(), due)
                            .withFacts(formed.path()));
                }
            }
        }
        return findings;
    }

    @Override
    public List<Deadline> deadlines(RuleContext context, LocalDate until) {
        Subject partnership = Subject.partnership(context.partnership().id());
        List<Deadline> deadlines = new ArrayList<>();
        for (Quarter quarter : quarters(context, until)) {
            deadlines.add(deadline(context, DueRange.on(quarter.due()), DeadlineKind.QUARTERLY_MEETING, partnership,
                    quarter.quarter(), quarter.done()));
        }
        return deadlines;
    }

    /** What quarterly-reporting finds. */
    public enum Code implements DefinedCode {
        /** No partnership meeting was held in a past quarter: the quarter, its due day. */
        MEETING_MISSING(Severity.ERROR, QUARTER, DATE),
        /** The current quarter's meeting is ahead: the quarter, its due day. */
        MEETING_UPCOMING(Severity.INFO, QUARTER, DATE),
        /** A group presented no report at a past quarter's meeting: the group's name, the quarter, its due day. */
        REPORT_MISSING(Severity.WARNING, NAME, QUARTER, DATE),
        /** A group's report for the current quarter is ahead: the group's name, the quarter, its due day. */
        REPORT_UPCOMING(Severity.INFO, NAME, QUARTER, DATE);

        private final CodeDefinition definition;

        Code(Severity severity, ArgumentType<?>... arguments) { definition = CodeDefinition.of(RuleId.QUARTERLY_REPORTING, this, severity, arguments); }

        @Override public CodeDefinition definition() { return definition; }
    }
}
