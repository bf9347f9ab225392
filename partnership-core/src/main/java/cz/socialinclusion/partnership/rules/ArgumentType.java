package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Theme;
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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The type of a value a finding's message shows, and how it is shown and read back from its text. Only a
 * {@link #PERIOD} and a word ({@link #word}, such as {@link #THEME}) are put in the bundle's words; every
 * other value is shown as its text, never translated, whatever that text is.
 *
 * <p>The text of a value ({@code toString()}, an enum constant's name) is what JSON findings carry; {@link
 * #parse} reads it back. Immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
public final class ArgumentType<T> {

    /** How a value is put in a message. */
    enum Shown {
        AS_IS, PERIOD, WORD
    }

    /** A day, shown as {@code 2012-02-09}. */
    public static final ArgumentType<LocalDate> DATE = of("date", LocalDate.class, LocalDate::parse);
    /** A date as precise as the record gives it, in its text form ({@code 2011-H1}, {@code not-recorded}). */
    public static final ArgumentType<RecordedDate> RECORDED_DATE = of("recorded date", RecordedDate.class, RecordedDate::parse);
    /** A number of days, versions, …; an {@link Integer} given is taken as a long. */
    public static final ArgumentType<Long> COUNT = of("count", Long.class, Long::valueOf);
    /**
     * A length of time, shown in the bundle's words under {@code period.<ISO period>} ({@code period.P3Y=three
     * years}) where the bundle has them, else as {@code P3Y1D}.
     */
    public static final ArgumentType<Period> PERIOD = new ArgumentType<>("period", Period.class, Period::parse, Shown.PERIOD);
    /** A quarter, shown as {@code 2011-Q2}. */
    public static final ArgumentType<YearQuarter> QUARTER = of("quarter", YearQuarter.class, YearQuarter::parse);
    /** A name or title, shown as it is, never translated. */
    public static final ArgumentType<String> NAME = of("name", String.class, Function.identity());
    /** A partnership's id. */
    public static final ArgumentType<PartnershipId> PARTNERSHIP_ID = of("partnership id", PartnershipId.class, PartnershipId::of);
    /** A plan's id. */
    public static final ArgumentType<PlanId> PLAN_ID = of("plan id", PlanId.class, PlanId::of);
    /** A priority's id. */
    public static final ArgumentType<PriorityId> PRIORITY_ID = of("priority id", PriorityId.class, PriorityId::of);
    /** A goal's id. */
    public static final ArgumentType<GoalId> GOAL_ID = of("goal id", GoalId.class, GoalId::of);
    /** A measure's id. */
    public static final ArgumentType<MeasureId> MEASURE_ID = of("measure id", MeasureId.class, MeasureId::of);
    /** A working group's id. */
    public static final ArgumentType<WorkingGroupId> WORKING_GROUP_ID = of("working group id", WorkingGroupId.class, WorkingGroupId::of);
    /** A member's id. */
    public static final ArgumentType<MemberId> MEMBER_ID = of("member id", MemberId.class, MemberId::of);
    /** A project's id. */
    public static final ArgumentType<ProjectId> PROJECT_ID = of("project id", ProjectId.class, ProjectId::of);
    /**
     * A fact of the dossier by its path, in the syntax of the model's field paths (such as
     * {@code plans[cheb-spsz].versions[1].adoption}), shown as it is.
     */
    public static final ArgumentType<String> FACT = of("fact", String.class, Function.identity());
    /** A theme of a working group or priority, in the bundle's words ({@code word.Theme.HOUSING=housing}). */
    public static final ArgumentType<Theme> THEME = word(Theme.class);

    private final String name;
    private final Class<T> type;
    private final Function<String, T> parse;
    private final Shown shown;

    private ArgumentType(String name, Class<T> type, Function<String, T> parse, Shown shown) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.parse = Objects.requireNonNull(parse, "parse");
        this.shown = shown;
    }

    /**
     * A type whose values are shown as their text ({@code toString()}), which {@code parse} reads back: for a
     * host rule's own values.
     *
     * @param name  the name errors show, such as {@code "plan id"}
     * @param type  the type of the values
     * @param parse reads a value back from its text; it throws where the text is not one
     * @param <T> the type of the values
     * @return the argument type
     * @throws NullPointerException if an argument is null
     */
    public static <T> ArgumentType<T> of(String name, Class<T> type, Function<String, T> parse) {
        return new ArgumentType<>(name, type, parse, Shown.AS_IS);
    }

    /**
     * A type whose values are the constants of an enum, shown in the bundle's words under
     * {@code word.<enum's simple name>.<constant>} where the bundle has them, else as the constant's
     * lower-case hyphenated name; their text is the constant's name.
     *
     * @param type the enum's class; its simple name is the type's name
     * @param <E> the enum
     * @return the argument type
     * @throws NullPointerException if {@code type} is null
     */
    public static <E extends Enum<E>> ArgumentType<E> word(Class<E> type) {
        return new ArgumentType<>(type.getSimpleName(), type, text -> Enum.valueOf(type, text), Shown.WORD);
    }

    /**
     * The name errors show.
     *
     * @return the name, such as {@code "plan id"}
     */
    public String name() {
        return name;
    }

    /**
     * The type of the values.
     *
     * @return the class of the values
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Whether {@code value} is of this type (an {@link Integer} counts as a {@link #COUNT}).
     *
     * @param value a finding's argument, or {@code null}
     * @return whether a message of this type can show it
     */
    public boolean accepts(Object value) {
        return type.isInstance(value) || this == COUNT && value instanceof Integer;
    }

    /**
     * The value whose text is {@code text}.
     *
     * @param text the value's text, as a JSON finding writes it
     * @return the value
     * @throws NullPointerException  if {@code text} is null
     * @throws InvalidValueException naming the type and the text if it is not the text of a value of this type
     */
    public T parse(String text) {
        Objects.requireNonNull(text, name);
        try {
            return type.cast(parse.apply(text));
        } catch (RuntimeException e) {
            throw new InvalidValueException(name, text, "'" + text + "' is not a " + name);
        }
    }

    Shown shown() {
        return shown;
    }

    /** The lower-case hyphenated name of an enum constant: {@code SOCIAL_SERVICES} is {@code social-services}. */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return name;
    }
}
