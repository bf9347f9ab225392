package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.Stage;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.LegalForm;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.Goal;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.GoalTerm;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.Priority;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import org.threeten.extra.LocalDateRange;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Shows how to build a partnership in code: the Local Partnership of Cheb as its source page describes it
 * (founded on 30 July 2008, thirteen members, a plan for 2010 to 2012, the Agency's three-year
 * intervention extended early in February 2011 to the end of 2012), with the builder, typed ids, the
 * intervention's {@code extend} and a strategic plan of priorities, goals and measures. Every change
 * returns a new immutable object.
 *
 * <p>Run it to print the partnership's stage on a few days of its life.
 */
public final class BuildPartnershipExample {

    private BuildPartnershipExample() {
    }

    /** The members as Cheb's page lists them: id, name, kind, legal form where the name gives one. */
    private static final Object[][] MEMBERS = {
            {"agentura", "Agentura pro sociální začleňování v romských lokalitách", OrganisationKind.AGENCY, null},
            {"mesto", "Město Cheb", OrganisationKind.MUNICIPALITY, null},
            {"pms", "Probační a mediační služba", OrganisationKind.PROBATION_AND_MEDIATION_SERVICE, null},
            {"charita", "Diecézní charita Plzeň (AZ Betlém)", OrganisationKind.CHURCH_OR_CHARITY, null},
            {"utociste", "Útočiště, o.p.s.", OrganisationKind.NGO, LegalForm.PUBLIC_BENEFIT_COMPANY},
            {"kotec", "Kotec o.s.", OrganisationKind.NGO, LegalForm.CIVIC_ASSOCIATION},
            {"rro", "o.s. Rada romských organizací", OrganisationKind.NGO, LegalForm.CIVIC_ASSOCIATION},
            {"laco-jilo", "o.s. Lačo Jilo", OrganisationKind.NGO, LegalForm.CIVIC_ASSOCIATION},
            {"rokrsti", "Rokršti o.s.", OrganisationKind.NGO, LegalForm.CIVIC_ASSOCIATION},
            {"mestska-policie", "Městská policie Cheb", OrganisationKind.MUNICIPAL_POLICE, null},
            {"urad-prace", "Úřad práce v Chebu", OrganisationKind.LABOUR_OFFICE, null},
            {"policie-cr", "Policie ČR (SKPV)", OrganisationKind.STATE_POLICE, null},
            {"zs-specialni", "ZŠ speciální a praktická Cheb", OrganisationKind.SCHOOL, null},
    };

    /** Cheb's partnership, plan and (empty) project pipeline. */
    public static Dossier cheb() {
        LocalDate founded = LocalDate.of(2008, 7, 30);
        Partnership.Builder builder = Partnership.builder(PartnershipId.of("cheb"), "Lokální partnerství Cheb", "Cheb")
                .founded(founded)
                .meeting(Meeting.ofPartnership(MeetingId.of("cheb-ustavujici"), founded, MeetingKind.FOUNDING));
        for (Object[] m : MEMBERS) {
            builder.member(Organisation.of(MemberId.of("cheb-" + m[0]), (String) m[1], (OrganisationKind) m[2])
                    .withLegalForm((LegalForm) m[3]));
        }
        // Planned for three years, extended by a year and a half to the end of 2012 early in February 2011.
        Partnership partnership = builder.build().withIntervention(Intervention.startingOn(LocalDate.of(2008, 7, 1))
                .extend(LocalDate.of(2011, 2, 1), LocalDate.of(2012, 12, 31),
                        "Prodloužení umožní dotáhnout do konce všechny započaté aktivity."));

        Priority housing = new Priority(PriorityId.of("cheb-priorita-bydleni"), "Bydlení", Set.of(Theme.HOUSING), List.of(),
                List.of(Goal.of(GoalId.of("cheb-cil-bydleni"), "Prostupné bydlení v podmínkách Chebu", GoalTerm.LONG_TERM,
                        List.of(Measure.of(MeasureId.of("cheb-opatreni-prostupne-bydleni"), "Instalace systému prostupného bydlení")))));
        StrategicPlan plan = StrategicPlan.of(PlanId.of("cheb-spsz-2010"), partnership.id(),
                "Strategický plán sociálního začleňování v Chebu na roky 2010 až 2012",
                LocalDateRange.ofClosed(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)),
                new PlanVersion(1, RecordedDate.day(LocalDate.of(2010, 2, 28)), "Plán dokončený v únoru 2010", List.of(), List.of(housing), List.of()));
        return Dossier.of(partnership).withPlan(plan);
    }

    /** Prints Cheb's stage on the days its page names. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Dossier cheb = cheb();
        out.println(cheb.partnership().name() + ": " + cheb.partnership().memberships().size() + " členů");
        for (LocalDate day : List.of(LocalDate.of(2008, 7, 1), LocalDate.of(2008, 7, 30), LocalDate.of(2011, 2, 1),
                LocalDate.of(2013, 1, 1))) {
            Stage stage = cheb.stageOn(day);
            out.println("  " + day + "  " + stage + "  (intervence do " + cheb.partnership().intervention().endAsKnownOn(day) + ")");
        }
    }
}
