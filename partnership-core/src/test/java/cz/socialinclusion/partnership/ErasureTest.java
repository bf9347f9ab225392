package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.Measure;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A host erases a natural person's names and keeps the partnership's history consistent. */
class ErasureTest {

    private static final LocalDate ERASED = LocalDate.of(2018, 5, 25);
    private static final MemberId TIRPAK = MemberId.of("kadan-osoba-1");

    @Test
    void erasingReplacesTheNamesAndRoleKeepsTheIdAndRecordsTheDay() {
        Partnership kadan = SourcePages.kadan().partnership();
        assertThat(kadan.member(TIRPAK).orElseThrow().displayName()).isEqualTo("Roman Tirpák – soukromý podnikatel");

        Partnership erased = kadan.eraseNaturalPerson(TIRPAK, ERASED);

        NaturalPerson person = (NaturalPerson) erased.member(TIRPAK).orElseThrow();
        assertThat(person.id()).isEqualTo(TIRPAK);
        assertThat(person.names()).containsExactly("vymazaná osoba");
        assertThat(person.role()).isNull();
        assertThat(person.erasedOn()).isEqualTo(ERASED);
        assertThat(person.isErased()).isTrue();
        assertThat(person.displayName()).isEqualTo("vymazaná osoba");
        assertThat(erased.members()).hasSameSizeAs(kadan.members());
        assertThat(erased.members().stream().map(Member::displayName)).noneMatch(n -> n.contains("Tirpák"));
        assertThat(kadan.member(TIRPAK).orElseThrow().displayName()).contains("Roman Tirpák");
    }

    @Test
    void bothPersonsOfAMemberAreErasedAndTheOtherMembersStayAsTheyWere() {
        Dossier kutnaHora = SourcePages.kutnaHora();
        MemberId firm = MemberId.of("kutna-hora-osoba-1");
        Dossier erased = kutnaHora.eraseNaturalPerson(firm, ERASED);

        assertThat(((NaturalPerson) erased.partnership().member(firm).orElseThrow()).names()).containsExactly("vymazaná osoba");
        assertThat(erased.partnership().memberships()).hasSameSizeAs(kutnaHora.partnership().memberships());
        for (int i = 0; i < kutnaHora.partnership().memberships().size(); i++) {
            Membership before = kutnaHora.partnership().memberships().get(i);
            if (!before.memberId().equals(firm)) {
                assertThat(erased.partnership().memberships().get(i)).isEqualTo(before);
            }
        }
        assertThat(erased.plans()).isEqualTo(kutnaHora.plans());
    }

    @Test
    void historyThatRefersToThePersonByIdStaysValid() {
        LocalDate joined = LocalDate.of(2012, 1, 1);
        MemberId jana = MemberId.of("cheb-osoba-1");
        Partnership cheb = SourcePages.cheb().partnership()
                .withMember(NaturalPerson.of(jana, "Jana Horváthová", "terénní pracovnice"), joined);
        WorkingGroup group = new WorkingGroup(WorkingGroupId.of("cheb-ps-bydleni"), "Bydlení", WorkingGroupKind.THEMATIC,
                java.util.Set.of(Theme.HOUSING), List.of(new Seat(jana, "koordinátorka")), null, RecordedDate.day(joined));
        Meeting meeting = Meeting.ofPartnership(MeetingId.of("cheb-lp-2012"), LocalDate.of(2012, 3, 1), MeetingKind.REGULAR)
                .withAttendance(List.of(jana, MemberId.of("cheb-mesto")));
        Partnership withHistory = cheb.withWorkingGroup(group).withMeeting(meeting).withMemberLeft(jana, LocalDate.of(2014, 1, 1));
        StrategicPlan plan = SourcePages.cheb().plans().get(0);
        PlanVersion first = plan.latestVersion();
        Measure measure = Measure.of(cz.socialinclusion.partnership.plan.MeasureId.of("cheb-opatreni-1"),
                        "instalace systému prostupného bydlení")
                .withResponsible(jana)
                .withSteps(List.of(new ActionStep("Zmapovat volné byty", jana, LocalDate.of(2012, 6, 30), List.of(), null)));
        PlanVersion adopted = new PlanVersion(2, RecordedDate.day(LocalDate.of(2012, 2, 1)), "Revize s odpovědnou osobou", first.needs(),
                first.priorities(), List.of(measure), List.of(Approval.council(LocalDate.of(2012, 2, 15))));
        Dossier dossier = new Dossier(withHistory, List.of(plan.revise(adopted)), List.of());

        Dossier erased = dossier.eraseNaturalPerson(jana, ERASED);

        Partnership p = erased.partnership();
        assertThat(p.membership(jana).orElseThrow().joined()).isEqualTo(joined);
        assertThat(p.membership(jana).orElseThrow().left()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(p.workingGroup(group.id()).orElseThrow().participants()).containsExactly(new Seat(jana, "koordinátorka"));
        assertThat(p.meetings()).contains(meeting);
        assertThat(erased.plans()).isEqualTo(dossier.plans());
        assertThat(erased.plans().get(0).latestVersion().measures().findFirst().orElseThrow().responsible()).isEqualTo(jana);
        assertThat(Rules.standard().evaluate(erased, LocalDate.of(2012, 7, 1)).findings())
                .isEqualTo(Rules.standard().evaluate(dossier, LocalDate.of(2012, 7, 1)).findings());
    }

    @Test
    void aGuestUnderThePersonsNameIsErasedToo() {
        Partnership kadan = SourcePages.kadan().partnership();
        WorkingGroup group = WorkingGroup.of(WorkingGroupId.of("kadan-ps-zamestnanost"), "Zaměstnanost",
                        WorkingGroupKind.THEMATIC, java.util.Set.of(Theme.EMPLOYMENT))
                .withParticipants(List.of(Seat.of(MemberId.of("kadan-mesto")),
                        new Guest("ROMAN  TIRPAK", "podnikatel v regionu"),
                        new Guest("Mgr. Jana Nováková", "speciální pedagožka")));

        Partnership erased = kadan.withWorkingGroup(group).eraseNaturalPerson(TIRPAK, ERASED);

        List<Participant> participants = erased.workingGroup(group.id()).orElseThrow().participants();
        assertThat(participants).containsExactly(Seat.of(MemberId.of("kadan-mesto")),
                new Guest("vymazaná osoba (kadan-osoba-1)", "podnikatel v regionu"),
                new Guest("Mgr. Jana Nováková", "speciální pedagožka"));
    }

    @Test
    void twoGuestsNamedAfterTheTwoPersonsOfOneMemberBecomeOneErasedGuest() {
        Dossier kutnaHora = SourcePages.kutnaHora();
        MemberId firm = MemberId.of("kutna-hora-osoba-1");
        WorkingGroup group = WorkingGroup.of(WorkingGroupId.of("kutna-hora-ps-zamestnavani"), "Zaměstnávání",
                        WorkingGroupKind.THEMATIC, java.util.Set.of(Theme.EMPLOYMENT))
                .withParticipants(List.of(new Guest("Miroslav Horváth", "sociální podnikání"),
                        new Guest("Petr Vepřek", "sociální podnikání")));
        Partnership withGuests = kutnaHora.partnership().withWorkingGroup(group);

        Partnership erased = withGuests.eraseNaturalPerson(firm, ERASED);

        assertThat(erased.workingGroup(group.id()).orElseThrow().participants())
                .containsExactly(new Guest("vymazaná osoba (kutna-hora-osoba-1)", "sociální podnikání"));
    }

    @Test
    void erasingTwiceKeepsTheFirstDay() {
        Partnership once = SourcePages.kadan().partnership().eraseNaturalPerson(TIRPAK, ERASED);
        Partnership twice = once.eraseNaturalPerson(TIRPAK, ERASED.plusYears(1));
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void onlyAListedNaturalPersonCanBeErased() {
        Partnership kadan = SourcePages.kadan().partnership();
        assertThatThrownBy(() -> kadan.eraseNaturalPerson(MemberId.of("kadan-mesto"), ERASED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("memberId kadan-mesto is not a natural person: only a natural person's data is erased");
        assertThatThrownBy(() -> kadan.eraseNaturalPerson(MemberId.of("kadan-nikdo"), ERASED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("memberId kadan-nikdo is not a member of partnership kadan");
        assertThatThrownBy(() -> kadan.eraseNaturalPerson(TIRPAK, LocalDate.of(2201, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("erasedOn 2201-01-01 is not between 1900-01-01 and 2200-12-31");
    }

    @Test
    void anErasedPersonCannotCarryANameOrARole() {
        assertThatThrownBy(() -> new NaturalPerson(TIRPAK, List.of("Roman Tirpák"), null, ERASED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("names of member kadan-osoba-1, erased on 2018-05-25, must be only 'vymazaná osoba'");
        assertThatThrownBy(() -> new NaturalPerson(TIRPAK, List.of(NaturalPerson.ERASED_NAME), "soukromý podnikatel", ERASED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("role of member kadan-osoba-1, erased on 2018-05-25, must be absent");
    }

    @Test
    void noNaturalPersonOfTheSourcePagesHasAnIdMadeOfItsNames() {
        List<String> offending = new ArrayList<>();
        for (Dossier dossier : SourcePages.all()) {
            offending.addAll(idsMadeOfNames(dossier));
        }
        assertThat(offending).isEmpty();
        assertThat(SourcePages.all().stream().flatMap(d -> d.partnership().members().stream())
                .filter(NaturalPerson.class::isInstance)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2011})
    void noGeneratedNaturalPersonHasAnIdMadeOfItsNames(long seed) {
        Dossier dossier = RandomDossiers.generate(seed, 30, 3);
        assertThat(dossier.partnership().members()).anyMatch(NaturalPerson.class::isInstance);
        assertThat(idsMadeOfNames(dossier)).isEmpty();
    }

    @Test
    void theCheckFindsAnIdMadeOfANameWrittenWithoutDiacritics() {
        Partnership kadan = SourcePages.kadan().partnership()
                .withMember(NaturalPerson.of(MemberId.of("kadan-tirpak"), "Roman Tirpák", null), null);
        assertThat(idsMadeOfNames(Dossier.of(kadan))).containsExactly("kadan-tirpak contains tirpak");
    }

    /** Each natural person's id that contains a word (two letters or more) of one of its names, normalised. */
    private static List<String> idsMadeOfNames(Dossier dossier) {
        List<String> offending = new ArrayList<>();
        for (Member member : dossier.partnership().members()) {
            if (member instanceof NaturalPerson person) {
                String id = normalised(person.id().value());
                person.names().stream().flatMap(ErasureTest::words).filter(w -> w.length() >= 2 && id.contains(w))
                        .forEach(w -> offending.add(person.id() + " contains " + w));
            }
        }
        return offending;
    }

    private static Stream<String> words(String name) {
        return Arrays.stream(normalised(name).split("[^a-z0-9]+")).filter(w -> !w.isEmpty());
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
