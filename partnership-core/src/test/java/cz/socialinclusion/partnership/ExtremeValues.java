package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.group.WorkingGroupKind;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.meeting.Decision;
import cz.socialinclusion.partnership.meeting.DecisionKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.meeting.GroupReport;
import cz.socialinclusion.partnership.meeting.Meeting;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.meeting.MeetingKind;
import cz.socialinclusion.partnership.meeting.MeetingLevel;
import cz.socialinclusion.partnership.member.Collective;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.plan.ActionStep;
import cz.socialinclusion.partnership.plan.Approval;
import cz.socialinclusion.partnership.plan.ApprovalBody;
import cz.socialinclusion.partnership.plan.IndicatorTarget;
import cz.socialinclusion.partnership.plan.Measurement;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.Need;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.NeedKind;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PlanVersion;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.FundingKind;
import cz.socialinclusion.partnership.project.FundingSource;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the model's constructors with extreme values (days at and beyond the bounds, leap days, decimals with
 * huge exponents or 31 digits, texts with NUL, ESC, CR, DEL, lone surrogates, emoji, 10,000 and 10,001
 * characters, Czech diacritics) chosen by a {@link Choices}, and checks the outcome: the value is built and
 * gives back through its accessors what it was given, and every day, decimal and text in it is within
 * {@link Limits}; or the constructor throws {@link InvalidValueException} naming a field, and then an input
 * really was outside the bounds. Any other exception fails.
 *
 * <p>Shared by {@code ExtremeValuesTest} (a seeded {@link java.util.Random}) and {@code ModelFuzzTest} (Jazzer).
 */
final class ExtremeValues {

    /** Where the choices come from: a seeded random generator, or the fuzzer's data. */
    interface Choices {
        /** A number from 0 to {@code bound - 1}. */
        int pick(int bound);

        /** A number from {@code min} to {@code max}, both included. */
        long between(long min, long max);

        /** Any text of up to {@code maxLength} characters, including lone surrogates and control characters. */
        String anyText(int maxLength);

        /** Any whole number of up to {@code maxBytes} bytes. */
        BigInteger anyInteger(int maxBytes);
    }

    static final LocalDate FIRST = Limits.EARLIEST_DAY;
    static final LocalDate LAST = Limits.LATEST_DAY;

    private static final List<LocalDate> DAYS = List.of(LocalDate.MIN, LocalDate.MAX, FIRST.minusDays(1), FIRST,
            FIRST.plusDays(1), LAST.minusDays(1), LAST, LAST.plusDays(1), LocalDate.of(1900, 2, 28),
            LocalDate.of(1904, 2, 29), LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2196, 2, 29),
            LocalDate.of(2200, 2, 28), LocalDate.of(2011, 2, 9), LocalDate.of(-999_999_999, 1, 1),
            LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1));

    private static final List<String> DECIMALS = List.of("1e999999999", "1e-999999999", "-1e999999999", "1".repeat(31),
            "9".repeat(30), "-" + "9".repeat(30), "9".repeat(28) + ".99", "-0.00", "0E+5", "0E-11", "1E+29", "1E+30",
            "1E-10", "1E-11", "0.0000000001", "12.5", "-3", "1500.00", "123456789012345678901.123456789",
            "1234.5678901234", "1E-30", "0", "0.005");

    private static final String LONG_NAME = "Č".repeat(Limits.NAME_MAX);
    private static final String LONG_TEXT = "ř".repeat(Limits.TEXT_MAX);
    private static final String EMOJI = "\uD83D\uDE00";

    private static final List<String> TEXTS = List.of("Lokální partnerství Kadaň", "Žluťoučký kůň pěl ďábelské ódy",
            "Město Jáchymov", "a\u0000b", "\u001b[2J", "řádek\rdalší", "x\u007f", "a\uD83D", "\uDE00b", "Romodrom " + EMOJI,
            "první řádek\ndruhý řádek", "sloupec\tdalší", LONG_NAME, LONG_NAME + "x", LONG_TEXT, LONG_TEXT + "x",
            EMOJI.repeat(Limits.NAME_MAX / 2), EMOJI.repeat(Limits.NAME_MAX / 2) + "x", "   ", "", "\u00a0",
            LONG_NAME.substring(1) + "\uD83D", "Ústí nad Labem\u2028", NaturalPerson.ERASED_NAME);

    private static final List<Period> PERIODS = List.of(Period.ofYears(3), Period.ofDays(1), Period.ZERO, Period.ofDays(-1),
            Period.of(1, 0, -400), Period.ofYears(300), Period.ofYears(301), Period.ofDays(Integer.MAX_VALUE),
            Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE), Period.ofMonths(-1), Period.ofMonths(1),
            Period.ofYears(Integer.MIN_VALUE), Period.of(0, 1, -29));

    private static final List<YearQuarter> QUARTERS = List.of(YearQuarter.of(Year.MIN_VALUE, 1),
            YearQuarter.of(Year.MAX_VALUE, 4), YearQuarter.of(1899, 4), YearQuarter.of(1900, 1), YearQuarter.of(2200, 4),
            YearQuarter.of(2201, 1), YearQuarter.of(2011, 1));

    private static final List<String> URIS = List.of("https://www.socialni-zaclenovani.cz/zápis", "https://x.cz/a%00b",
            "https://x.cz/\uD83D", "https://x.cz/" + EMOJI, "https://x.cz/" + "a".repeat(Limits.NAME_MAX),
            "mailto:lp@kadan.cz", "https://x.cz/\u00e9\u0301");

    /** The number of different constructors {@link #check} exercises. */
    static final int CONSTRUCTORS = 26;

    private final Choices choices;

    ExtremeValues(Choices choices) {
        this.choices = choices;
    }

    // ---------------------------------------------------------------- choices of values

    LocalDate day() {
        return switch (choices.pick(4)) {
            case 0 -> LocalDate.ofEpochDay(choices.between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
            case 1 -> LocalDate.ofEpochDay(choices.between(FIRST.toEpochDay() - 400, LAST.toEpochDay() + 400));
            default -> DAYS.get(choices.pick(DAYS.size()));
        };
    }

    LocalDate optionalDay() {
        return choices.pick(5) == 0 ? null : day();
    }

    BigDecimal decimal() {
        if (choices.pick(3) == 0) {
            return new BigDecimal(choices.anyInteger(16), (int) choices.between(-40, 40));
        }
        return new BigDecimal(DECIMALS.get(choices.pick(DECIMALS.size())));
    }

    String text() {
        return choices.pick(4) == 0 ? choices.anyText(40) : TEXTS.get(choices.pick(TEXTS.size()));
    }

    String optionalText() {
        return choices.pick(5) == 0 ? null : text();
    }

    Period period() {
        if (choices.pick(3) == 0) {
            return Period.of((int) choices.between(-400, 400), (int) choices.between(-5000, 5000),
                    (int) choices.between(-200_000, 200_000));
        }
        return PERIODS.get(choices.pick(PERIODS.size()));
    }

    YearQuarter quarter() {
        if (choices.pick(3) == 0) {
            return YearQuarter.of((int) choices.between(1800, 2300), 1 + choices.pick(4));
        }
        return QUARTERS.get(choices.pick(QUARTERS.size()));
    }

    URI uri() {
        String text = choices.pick(4) == 0 ? "https://x.cz/" + choices.anyText(20) : URIS.get(choices.pick(URIS.size()));
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException notAUri) {
            return URI.create("https://x.cz/neplatny");
        }
    }

    // ---------------------------------------------------------------- what the bounds say

    /** The day as a recorded date, {@code null} for none; refused as the model refuses a day outside its range. */
    static RecordedDate recorded(LocalDate day) {
        return day == null ? null : RecordedDate.day(day);
    }

    /**
     * What a value built from {@code day} should give: the day as a recorded date, {@code null} for none and for a
     * day outside the model's range (a value given such a day is refused, so this is never compared).
     */
    static RecordedDate expectedRecorded(LocalDate day) {
        return dayOk(day) ? recorded(day) : null;
    }

    static boolean dayOk(LocalDate day) {
        return day == null || Limits.isWithinRange(day);
    }

    static boolean decimalOk(BigDecimal value) {
        return Limits.isWithinRange(value);
    }

    static boolean textOk(String text) {
        return text == null || !text.isBlank() && text.length() <= Limits.TEXT_MAX && Limits.firstRefusedCharacter(text) < 0;
    }

    static boolean nameOk(String name) {
        return name == null || textOk(name) && name.length() <= Limits.NAME_MAX && name.indexOf('\n') < 0
                && name.indexOf('\t') < 0;
    }

    // ---------------------------------------------------------------- the check

    /** Builds one value with extreme inputs and checks the outcome; returns whether the value was built. */
    boolean check() {
        return check(choices.pick(CONSTRUCTORS));
    }

    /** Builds one value with the constructor numbered {@code which} (0 to {@link #CONSTRUCTORS} - 1) and checks it. */
    boolean check(int which) {
        MemberId member = MemberId.of("kadan-osoba-1");
        switch (which) {
            case 0 -> {
                String name = text();
                String facility = text();
                return outcome(nameOk(name) && nameOk(facility),
                        () -> new Organisation(member, name, OrganisationKind.NGO, null, null, List.of(facility)),
                        gives(Organisation::name, name), gives(Organisation::facilities, List.of(facility)));
            }
            case 1 -> {
                String name = text();
                String role = optionalText();
                LocalDate erased = choices.pick(4) == 0 ? day() : null;
                boolean ok = nameOk(name) && nameOk(role) && dayOk(erased)
                        && (erased == null || name.equals(NaturalPerson.ERASED_NAME) && role == null);
                return outcome(ok, () -> new NaturalPerson(member, List.of(name), role, erased),
                        gives(NaturalPerson::names, List.of(name)), gives(NaturalPerson::role, role),
                        gives(NaturalPerson::erasedOn, erased));
            }
            case 2 -> {
                String name = text();
                return outcome(nameOk(name), () -> new Collective(member, name), gives(Collective::name, name));
            }
            case 3 -> {
                String name = text();
                String role = text();
                return outcome(nameOk(name) && nameOk(role), () -> new Guest(name, role),
                        gives(Guest::name, name), gives(Guest::expertRole, role));
            }
            case 4 -> {
                String role = optionalText();
                return outcome(nameOk(role), () -> new Seat(member, role), gives(Seat::role, role));
            }
            case 5 -> {
                String name = text();
                String planning = optionalText();
                LocalDate formed = optionalDay();
                return outcome(nameOk(name) && nameOk(planning) && dayOk(formed),
                        () -> new WorkingGroup(WorkingGroupId.of("kadan-ps"), name, WorkingGroupKind.THEMATIC,
                                Set.of(Theme.HOUSING), List.of(), planning, recorded(formed)),
                        gives(WorkingGroup::name, name), gives(WorkingGroup::communityPlanningGroup, planning),
                        gives(WorkingGroup::formed, expectedRecorded(formed)));
            }
            case 6 -> {
                LocalDate joined = optionalDay();
                LocalDate left = optionalDay();
                boolean ok = dayOk(joined) && dayOk(left) && (joined == null || left == null || left.isAfter(joined));
                Collective who = new Collective(member, "Obyvatelé lokality");
                return outcome(ok, () -> new Membership(who, joined, left),
                        gives(Membership::joined, joined), gives(Membership::left, left));
            }
            case 7 -> {
                LocalDate adopted = day();
                return outcome(dayOk(adopted), () -> new RulesOfProcedure(adopted, null),
                        gives(RulesOfProcedure::adopted, adopted));
            }
            case 8 -> {
                LocalDate decided = day();
                LocalDate newEnd = day();
                String reason = text();
                boolean ok = dayOk(decided) && dayOk(newEnd) && !newEnd.isBefore(decided) && textOk(reason);
                return outcome(ok, () -> new Extension(RecordedDate.day(decided), newEnd, reason), gives(Extension::decided, expectedRecorded(decided)),
                        gives(Extension::newEnd, newEnd), gives(Extension::reason, reason));
            }
            case 9 -> {
                LocalDate start = day();
                Period length = period();
                boolean ok = dayOk(start) && !length.isNegative() && !length.isZero() && plannedEndOk(start, length);
                return outcome(ok, () -> new Intervention(RecordedDate.day(start), length, List.of()),
                        gives(Intervention::start, expectedRecorded(start)), gives(Intervention::plannedLength, length),
                        i -> assertThat(dayOk(i.end().day().orElseThrow())).isTrue(),
                        i -> assertThat(i.end().day().orElseThrow()).isAfterOrEqualTo(start));
            }
            case 10 -> {
                LocalDate date = day();
                String item = text();
                return outcome(dayOk(date) && textOk(item), () -> new Meeting(MeetingId.of("kadan-lp-1"),
                        MeetingLevel.PARTNERSHIP, null, date, MeetingKind.REGULAR, List.of(), List.of(item), List.of(),
                        List.of(), List.of()), gives(Meeting::date, date), gives(Meeting::agenda, List.of(item)),
                        gives(Meeting::quarter, YearQuarter.from(date)));
            }
            case 11 -> {
                YearQuarter quarter = quarter();
                String summary = text();
                boolean ok = dayOk(quarter.atDay(1)) && dayOk(quarter.atEndOfQuarter()) && textOk(summary);
                return outcome(ok, () -> new GroupReport(WorkingGroupId.of("kadan-ps"), quarter, summary),
                        gives(GroupReport::quarter, quarter), gives(GroupReport::summary, summary));
            }
            case 12 -> {
                String text = text();
                return outcome(textOk(text), () -> new Decision(DecisionKind.values()[0], text), gives(Decision::text, text));
            }
            case 13 -> {
                String title = text();
                URI uri = uri();
                boolean ok = nameOk(title) && uri.isAbsolute() && nameOk(uri.toString());
                return outcome(ok, () -> new DocumentLink(title, uri),
                        gives(DocumentLink::title, title), gives(DocumentLink::uri, uri));
            }
            case 14 -> {
                String title = text();
                LocalDate deadline = day();
                LocalDate completed = optionalDay();
                return outcome(nameOk(title) && dayOk(deadline) && dayOk(completed),
                        () -> new ActionStep(title, member, deadline, List.of(), completed), gives(ActionStep::title, title),
                        gives(ActionStep::deadline, deadline), gives(ActionStep::completed, completed));
            }
            case 15 -> {
                LocalDate date = day();
                String resolution = optionalText();
                return outcome(dayOk(date) && nameOk(resolution), () -> new Approval(ApprovalBody.COUNCIL, RecordedDate.day(date), resolution),
                        gives(Approval::date, expectedRecorded(date)), gives(Approval::resolution, resolution));
            }
            case 16 -> {
                BigDecimal value = decimal();
                LocalDate date = day();
                return outcome(decimalOk(value) && dayOk(date), () -> new Measurement(value, date),
                        gives(Measurement::value, value), gives(Measurement::date, date));
            }
            case 17 -> {
                LocalDate due = day();
                BigDecimal target = decimal();
                return outcome(dayOk(due) && decimalOk(target), () -> new IndicatorTarget(due, target, null),
                        gives(IndicatorTarget::due, due), gives(IndicatorTarget::target, target));
            }
            case 18 -> {
                BigDecimal amount = decimal();
                boolean ok = decimalOk(amount) && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
                        && decimalOk(amount.setScale(2, RoundingMode.UNNECESSARY));
                return outcome(ok, () -> Money.czk(amount), m -> {
                    assertThat(m.amount()).isEqualByComparingTo(amount);
                    assertThat(m.amount().scale()).isEqualTo(2);
                    assertThat(Money.parse(m.toString())).isEqualTo(m);
                });
            }
            case 19 -> {
                String description = text();
                return outcome(textOk(description), () -> new Need(NeedId.of("kadan-n1"), NeedKind.NEED, description,
                        Set.of(Theme.EDUCATION)), gives(Need::description, description));
            }
            case 20 -> {
                LocalDate date = day();
                String summary = text();
                return outcome(dayOk(date) && textOk(summary),
                        () -> new PlanVersion(1, RecordedDate.day(date), summary, List.of(), List.of(), List.of()),
                        gives(PlanVersion::date, expectedRecorded(date)), gives(PlanVersion::summary, summary));
            }
            case 21 -> {
                LocalDate a = day();
                LocalDate b = day();
                LocalDate start = a.isBefore(b) ? a : b;
                LocalDate end = a.isBefore(b) ? b : a;
                String title = text();
                LocalDateRange period = closedRange(start, end);
                boolean ok = nameOk(title) && dayOk(period.getStart()) && dayOk(period.getEndInclusive());
                PlanVersion first = new PlanVersion(1, RecordedDate.day(LocalDate.of(2011, 2, 9)), "Původní plán", List.of(), List.of(), List.of());
                return outcome(ok, () -> StrategicPlan.of(PlanId.of("kadan-spsz"), PartnershipId.of("kadan"), title,
                        period, first), gives(StrategicPlan::title, title), gives(StrategicPlan::start, period.getStart()),
                        gives(StrategicPlan::end, period.getEndInclusive()));
            }
            case 22 -> {
                LocalDate on = day();
                return outcome(dayOk(on), () -> new StatusChange(ProjectStatus.IDEA, on), gives((StatusChange c) -> c.on().earliest(), on));
            }
            case 23 -> {
                String programme = text();
                String call = optionalText();
                return outcome(nameOk(programme) && nameOk(call),
                        () -> new FundingSource(FundingKind.NATIONAL_PROGRAMME, programme, call),
                        gives(FundingSource::programme, programme), gives(FundingSource::call, call));
            }
            case 24 -> {
                String name = text();
                String municipality = text();
                LocalDate founded = optionalDay();
                LocalDate listed = optionalDay();
                LocalDate formed = optionalDay();
                boolean ok = nameOk(name) && nameOk(municipality) && dayOk(founded) && dayOk(listed) && dayOk(formed)
                        && (founded == null || formed == null || !formed.isBefore(founded));
                return outcome(ok, () -> Partnership.builder(PartnershipId.of("kadan"), name, municipality).founded(founded)
                        .membersListedAsOf(listed).workingGroupsFormed(recorded(formed)).build(),
                        gives(Partnership::name, name), gives(Partnership::municipality, municipality),
                        gives(Partnership::founded, founded), gives(Partnership::membersListedAsOf, listed),
                        gives(Partnership::workingGroupsFormed, expectedRecorded(formed)));
            }
            default -> {
                LocalDate erasedOn = day();
                Partnership kadan = Partnership.builder(PartnershipId.of("kadan"), "Lokální partnerství Kadaň", "Kadaň")
                        .member(NaturalPerson.of(member, "Roman Tirpák", "soukromý podnikatel")).build();
                return outcome(dayOk(erasedOn), () -> kadan.eraseNaturalPerson(member, erasedOn), p -> {
                    NaturalPerson erased = (NaturalPerson) p.member(member).orElseThrow();
                    assertThat(erased.names()).containsExactly(NaturalPerson.ERASED_NAME);
                    assertThat(erased.erasedOn()).isEqualTo(erasedOn);
                });
            }
        }
    }

    /** The days from start to end; where ThreeTen-Extra cannot hold them (ending next to MIN), the days up to the first. */
    private static LocalDateRange closedRange(LocalDate start, LocalDate end) {
        try {
            return LocalDateRange.ofClosed(start, end);
        } catch (DateTimeException notARange) {
            return LocalDateRange.ofUnboundedStart(FIRST);
        }
    }

    private static boolean plannedEndOk(LocalDate start, Period length) {
        try {
            LocalDate end = start.plus(length).minusDays(1);
            return !end.isBefore(start) && !end.isAfter(LAST);
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return false;
        }
    }

    /**
     * Runs the constructor: when the bounds say the inputs are good, it must build a value that passes every one
     * of the {@code checks} (that it gives back what it was given); when they say an input is bad, it must throw
     * {@link InvalidValueException} naming a field.
     */
    @SafeVarargs
    private static <T> boolean outcome(boolean expectedToBuild, Supplier<T> construct, Consumer<T>... checks) {
        T built;
        try {
            built = construct.get();
        } catch (InvalidValueException refused) {
            assertThat(expectedToBuild).as("refused although within the bounds: %s", refused.getMessage()).isFalse();
            assertThat(refused.field()).isNotBlank();
            assertThat(refused.getMessage()).contains(refused.field());
            return false;
        }
        assertThat(expectedToBuild).as("built although outside the bounds: %s", abbreviated(built)).isTrue();
        Objects.requireNonNull(built);
        for (Consumer<T> check : checks) {
            check.accept(built);
        }
        return true;
    }

    /** A check that the built value gives back {@code expected} through {@code accessor}. */
    private static <T> Consumer<T> gives(Function<T, ?> accessor, Object expected) {
        return built -> assertThat(accessor.apply(built)).isEqualTo(expected);
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
