package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation: the dossier, the day, the policy, and indexes built once so that no rule compares pairs
 * of meetings or measures. Package-private.
 */
final class Evaluation {

    final Dossier dossier;
    final Partnership partnership;
    final LocalDate asOf;
    final RulePolicy policy;
    final List<Finding> findings = new ArrayList<>();

    /** Each working group's position in the partnership's list, for bit sets of groups. */
    private final Map<WorkingGroupId, Integer> groupIndex = new HashMap<>();
    /** The thematic groups with the day each started to work, where known. */
    private final List<WorkingGroup> thematic = new ArrayList<>();
    private final List<LocalDate> thematicFormed = new ArrayList<>();
    private Map<YearQuarter, BitSet> reportsByQuarter;

    Evaluation(Dossier dossier, LocalDate asOf, RulePolicy policy) {
        this.dossier = dossier;
        this.partnership = dossier.partnership();
        this.asOf = asOf;
        this.policy = policy;
        Optional<LocalDate> groupsFormed = partnership.groupsFormedOn();
        List<WorkingGroup> groups = partnership.workingGroups();
        for (int i = 0; i < groups.size(); i++) {
            WorkingGroup group = groups.get(i);
            groupIndex.put(group.id(), i);
            if (group.isThematic()) {
                thematic.add(group);
                thematicFormed.add(group.formed() != null ? group.formed() : groupsFormed.orElse(null));
            }
        }
    }

    void add(RuleId rule, String code, Severity severity, Subject subject, YearQuarter quarter, LocalDate due,
             Object... arguments) {
        findings.add(finding(rule, code, severity, subject, quarter, due, arguments));
    }

    /** A finding whose code is the rule's id, a dot and {@code code}; arguments are shown as text. */
    static Finding finding(RuleId rule, String code, Severity severity, Subject subject, YearQuarter quarter,
                           LocalDate due, Object... arguments) {
        List<String> texts = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        return new Finding(rule, rule.id() + "." + code, severity, subject, quarter, due, texts);
    }

    /**
     * For each quarter with a partnership meeting held in it, the groups (by {@link #indexOf}) that reported
     * on that quarter there. Built once, in one pass over the meetings.
     */
    Map<YearQuarter, BitSet> reportsByQuarter() {
        if (reportsByQuarter == null) {
            reportsByQuarter = new HashMap<>();
            for (Meeting meeting : partnership.meetings()) {
                if (meeting.group() != null) {
                    continue;
                }
                YearQuarter held = meeting.quarter();
                BitSet groups = reportsByQuarter.computeIfAbsent(held, q -> new BitSet());
                for (GroupReport report : meeting.reports()) {
                    if (report.quarter().equals(held)) {
                        groups.set(groupIndex.get(report.group()));
                    }
                }
            }
        }
        return reportsByQuarter;
    }

    /** The group's position among the partnership's groups. */
    int indexOf(WorkingGroup group) {
        return groupIndex.get(group.id());
    }

    /**
     * The quarters in which the partnership is active and a report is due: from the quarter after the one in
     * which the working groups were formed (a group formed mid-quarter first reports for the next one) to the
     * quarter of the active end, and no later than the quarter of {@code horizon}.
     */
    List<YearQuarter> activeQuarters(LocalDate horizon) {
        Optional<LocalDate> formed = partnership.groupsFormedOn();
        if (formed.isEmpty()) {
            return List.of();
        }
        LocalDate active = activeEnd(horizon);
        LocalDate end = active.isBefore(horizon) ? active : horizon;
        List<YearQuarter> quarters = new ArrayList<>();
        YearQuarter last = YearQuarter.from(end);
        for (YearQuarter q = YearQuarter.from(formed.get()); q.isBefore(last); ) {
            q = q.plusQuarters(1);
            quarters.add(q);
        }
        return quarters;
    }

    /** The last day the partnership counts as active, bounded by {@code horizon} where the policy leaves it open. */
    LocalDate activeEnd(LocalDate horizon) {
        return switch (policy.activeUntil()) {
            case INTERVENTION_END -> partnership.intervention() == null ? horizon : partnership.intervention().end();
            case LAST_PLAN_END -> dossier.plans().stream().map(StrategicPlan::end).max(LocalDate::compareTo).orElse(horizon);
            case OPEN_ENDED -> horizon;
        };
    }

    /** The thematic groups that are due to report in quarter {@code q}: formed before it began. */
    List<WorkingGroup> thematicGroupsDueIn(YearQuarter q) {
        LocalDate begins = q.atDay(1);
        List<WorkingGroup> due = new ArrayList<>(thematic.size());
        for (int i = 0; i < thematic.size(); i++) {
            LocalDate formed = thematicFormed.get(i);
            if (formed != null && formed.isBefore(begins)) {
                due.add(thematic.get(i));
            }
        }
        return due;
    }

    /** The day a quarter's meeting and reports are due: its last day plus the grace days. */
    LocalDate dueDate(YearQuarter q) {
        LocalDate end = q.atEndOfQuarter();
        return end.isAfter(LocalDate.MAX.minusDays(policy.reportingGraceDays())) ? LocalDate.MAX
                : end.plusDays(policy.reportingGraceDays());
    }

    /** {@code date} plus {@code period}, or {@link LocalDate#MAX} where that is past the last representable day. */
    static LocalDate plus(LocalDate date, java.time.Period period) {
        try {
            return date.plus(period);
        } catch (java.time.DateTimeException e) {
            return LocalDate.MAX;
        }
    }

    /** {@code date} minus {@code period}, or {@link LocalDate#MIN} where that is before the first representable day. */
    static LocalDate minus(LocalDate date, java.time.Period period) {
        try {
            return date.minus(period);
        } catch (java.time.DateTimeException e) {
            return LocalDate.MIN;
        }
    }

    /**
     * The days the plan was reviewed: its first adoption, then each later version's date, up to {@code asOf}.
     */
    static List<LocalDate> reviewDates(StrategicPlan plan, LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        Optional<LocalDate> adopted = plan.firstAdoption();
        if (adopted.isEmpty() || adopted.get().isAfter(asOf)) {
            return dates;
        }
        dates.add(adopted.get());
        for (var version : plan.versions()) {
            if (version.number() > 1 && version.date().isAfter(adopted.get()) && !version.date().isAfter(asOf)) {
                dates.add(version.date());
            }
        }
        return dates;
    }
}
