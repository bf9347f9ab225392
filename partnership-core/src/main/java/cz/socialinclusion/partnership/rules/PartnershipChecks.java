package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.Membership;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;
import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules about the partnership itself and what hangs on the plan: quarterly-reporting, intervention,
 * membership, coverage, traceability. Package-private.
 */
final class PartnershipChecks {

    private PartnershipChecks() {
    }

    static void quarterlyReporting(Evaluation e) {
        Map<YearQuarter, BitSet> reports = e.reportsByQuarter();
        for (YearQuarter q : e.activeQuarters(e.asOf)) {
            if (q.atDay(1).isAfter(e.asOf)) {
                break;
            }
            List<WorkingGroup> groups = e.thematicGroupsDueIn(q);
            if (groups.isEmpty()) {
                continue;
            }
            LocalDate due = e.dueDate(q);
            boolean late = e.asOf.isAfter(due);
            Subject partnership = Subject.of(SubjectKind.PARTNERSHIP, e.partnership.id());
            BitSet reported = reports.get(q);
            if (reported == null) {
                if (late) {
                    e.add(RuleId.QUARTERLY_REPORTING, "meeting-missing", Severity.ERROR, partnership, q, due, q, due);
                } else {
                    e.add(RuleId.QUARTERLY_REPORTING, "meeting-upcoming", Severity.INFO, partnership, q, due, q, due);
                }
                continue;
            }
            for (WorkingGroup group : groups) {
                if (!reported.get(e.indexOf(group))) {
                    Subject subject = Subject.of(SubjectKind.WORKING_GROUP, group.id());
                    if (late) {
                        e.add(RuleId.QUARTERLY_REPORTING, "report-missing", Severity.WARNING, subject, q, due,
                                group.name(), q, due);
                    } else {
                        e.add(RuleId.QUARTERLY_REPORTING, "report-upcoming", Severity.INFO, subject, q, due,
                                group.name(), q, due);
                    }
                }
            }
        }
    }

    static void intervention(Evaluation e) {
        Intervention intervention = e.partnership.intervention();
        if (intervention == null) {
            return;
        }
        Subject subject = Subject.of(SubjectKind.INTERVENTION, e.partnership.id());
        List<Extension> extensions = intervention.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            if (extension.decided().isAfter(e.asOf)) {
                break;
            }
            LocalDate before = intervention.endBefore(i);
            if (extension.decided().isAfter(before)) {
                e.add(RuleId.INTERVENTION, "extension-late", Severity.ERROR, subject, null, before,
                        extension.decided(), before);
            }
            if (!extension.newEnd().isAfter(before)) {
                e.add(RuleId.INTERVENTION, "extension-not-later", Severity.ERROR, subject, null, before,
                        extension.decided(), before);
            }
        }
        LocalDate end = intervention.endAsKnownOn(e.asOf);
        if (e.asOf.isAfter(end)) {
            e.add(RuleId.INTERVENTION, "ended", Severity.INFO, subject, null, end, end);
        } else if (!e.asOf.isBefore(Evaluation.minus(end, e.policy.interventionEndNotice())) && !e.asOf.isBefore(intervention.start())) {
            e.add(RuleId.INTERVENTION, "ending", Severity.INFO, subject, null, end, end, ChronoUnit.DAYS.between(e.asOf, end));
        }
    }

    static void membership(Evaluation e) {
        List<Membership> current = e.partnership.memberships().stream().filter(m -> m.isActiveOn(e.asOf)).toList();
        Subject partnership = Subject.of(SubjectKind.PARTNERSHIP, e.partnership.id());
        if (current.stream().noneMatch(m -> m.member().isOrganisationOf(OrganisationKind.MUNICIPALITY))) {
            e.add(RuleId.MEMBERSHIP, "municipality-missing", Severity.ERROR, partnership, null, null, e.partnership.municipality());
        }
        if (current.stream().noneMatch(m -> m.member().isOrganisationOf(OrganisationKind.AGENCY))) {
            e.add(RuleId.MEMBERSHIP, "agency-not-listed", Severity.WARNING, partnership, null, null, e.partnership.convener());
        }
        Map<MemberId, Membership> index = new HashMap<>();
        e.partnership.memberships().forEach(m -> index.put(m.memberId(), m));
        for (WorkingGroup group : e.partnership.workingGroups()) {
            for (Participant participant : group.participants()) {
                if (!(participant instanceof Seat seat)) {
                    continue;
                }
                Membership membership = index.get(seat.member());
                if (membership.left() != null && !membership.left().isAfter(e.asOf)) {
                    e.add(RuleId.MEMBERSHIP, "left-member-in-group", Severity.WARNING,
                            Subject.of(SubjectKind.WORKING_GROUP, group.id()), null, membership.left(),
                            group.name(), membership.member().displayName(), membership.left());
                }
            }
        }
    }

    static void coverage(Evaluation e) {
        Optional<StrategicPlan> plan = e.dossier.planInForceOn(e.asOf);
        if (plan.isEmpty()) {
            return;
        }
        PlanVersion version = plan.get().adoptedVersionOn(e.asOf).orElseThrow();
        Set<Theme> covered = EnumSet.noneOf(Theme.class);
        version.priorities().forEach(p -> covered.addAll(p.themes()));
        for (WorkingGroup group : e.partnership.workingGroups()) {
            Optional<LocalDate> formed = e.partnership.formationOf(group);
            if (!group.isThematic() || formed.isPresent() && formed.get().isAfter(e.asOf)) {
                continue;
            }
            for (Theme theme : group.themes()) {
                if (!covered.contains(theme)) {
                    e.add(RuleId.COVERAGE, "theme-not-covered", Severity.WARNING,
                            Subject.of(SubjectKind.WORKING_GROUP, group.id()), null, null,
                            group.name(), theme, plan.get().id());
                }
            }
        }
    }

    static void traceability(Evaluation e) {
        Set<MeasureId> measures = new HashSet<>();
        for (StrategicPlan plan : e.dossier.plans()) {
            if (!e.dossier.projects().isEmpty()) {
                plan.versions().forEach(v -> v.measures().forEach(m -> measures.add(m.id())));
            }
            Optional<PlanVersion> current = plan.versionOn(e.asOf);
            if (current.isEmpty()) {
                continue;
            }
            for (Priority priority : current.get().priorities()) {
                if (priority.addresses().isEmpty()) {
                    e.add(RuleId.TRACEABILITY, "priority-without-need", Severity.WARNING,
                            Subject.of(SubjectKind.PRIORITY, priority.id()), null, null, plan.id(), priority.title());
                }
            }
            for (Measure measure : (Iterable<Measure>) current.get().measures()::iterator) {
                if (measure.responsible() == null) {
                    e.add(RuleId.TRACEABILITY, "measure-without-responsible", Severity.WARNING,
                            Subject.of(SubjectKind.MEASURE, measure.id()), null, null, plan.id(), measure.title());
                }
            }
        }
        for (Project project : e.dossier.projects()) {
            if (project.statusOn(e.asOf).isEmpty()) {
                continue;
            }
            Subject subject = Subject.of(SubjectKind.PROJECT, project.id());
            if (project.measures().isEmpty()) {
                e.add(RuleId.TRACEABILITY, "project-without-measure", Severity.ERROR, subject, null, null, project.title());
            }
            for (MeasureId measure : project.measures()) {
                if (!measures.contains(measure)) {
                    e.add(RuleId.TRACEABILITY, "project-unknown-measure", Severity.ERROR, subject, null, null,
                            project.title(), measure);
                }
            }
        }
    }
}
