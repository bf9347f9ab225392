package cz.socialinclusion.partnership.jackson3.internal;

import cz.socialinclusion.partnership.base.IsoDays;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.group.Guest;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.Seat;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.member.Collective;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.NaturalPerson;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.source.SourceId;
import org.threeten.extra.YearQuarter;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the dossier format knows of the model's types, without Jackson: which types are written as one string
 * and how that string is read, the logical names of the two sealed hierarchies, and the JSON word of an enum
 * constant. Not part of the public API.
 */
public final class ModelTypes {

    private static final String PACKAGE = "cz.socialinclusion.partnership.";
    private static final String RULES_PACKAGE = PACKAGE + "rules.";

    /** Types written as one JSON string, with the function that reads the string back. */
    private static final Map<Class<?>, Function<String, ?>> TEXT_VALUES = Map.ofEntries(
            Map.entry(PartnershipId.class, PartnershipId::of),
            Map.entry(MemberId.class, MemberId::of),
            Map.entry(WorkingGroupId.class, WorkingGroupId::of),
            Map.entry(MeetingId.class, MeetingId::of),
            Map.entry(PlanId.class, PlanId::of),
            Map.entry(NeedId.class, NeedId::of),
            Map.entry(PriorityId.class, PriorityId::of),
            Map.entry(GoalId.class, GoalId::of),
            Map.entry(MeasureId.class, MeasureId::of),
            Map.entry(IndicatorId.class, IndicatorId::of),
            Map.entry(ProjectId.class, ProjectId::of),
            Map.entry(Ico.class, Ico::new),
            Map.entry(YearQuarter.class, IsoDays::parseQuarter),
            Map.entry(RecordedDate.class, RecordedDate::parse),
            Map.entry(SourceId.class, SourceId::of),
            Map.entry(Period.class, Period::parse),
            Map.entry(URI.class, URI::create));

    /** The logical {@code "type"} names of each sealed hierarchy, in the order of the format's description. */
    private static final Map<Class<?>, Map<String, Class<?>>> SUBTYPES = Map.of(
            Member.class, ordered("organisation", Organisation.class, "natural-person", NaturalPerson.class,
                    "collective", Collective.class),
            Participant.class, ordered("seat", Seat.class, "guest", Guest.class));

    private ModelTypes() {
    }

    private static Map<String, Class<?>> ordered(Object... namesAndTypes) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            map.put((String) namesAndTypes[i], (Class<?>) namesAndTypes[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The reader of a type written as one string.
     *
     * @param type a type
     * @return the function reading its string, or null if the type is not written as one string
     */
    public static Function<String, ?> textValue(Class<?> type) {
        return TEXT_VALUES.get(type);
    }

    /**
     * Whether the type is a record of the dossier's model (the rules' results are not).
     *
     * @param type a type
     * @return true for a record of the model
     */
    public static boolean isModelRecord(Class<?> type) {
        return type.isRecord() && isModel(type);
    }

    /**
     * Whether the type is an enum of the dossier's model.
     *
     * @param type a type
     * @return true for an enum of the model
     */
    public static boolean isModelEnum(Class<?> type) {
        return type.isEnum() && isModel(type);
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith(PACKAGE) && !type.getName().startsWith(RULES_PACKAGE);
    }

    /**
     * The logical names and types of a sealed hierarchy.
     *
     * @param type a type
     * @return the names and their types, or null if the type is not the root of a sealed hierarchy
     */
    public static Map<String, Class<?>> subtypes(Class<?> type) {
        return SUBTYPES.get(type);
    }

    /**
     * The logical name a record carries in {@code "type"}.
     *
     * @param type a record of the model
     * @return its name, or null if it belongs to no sealed hierarchy
     */
    public static String typeName(Class<?> type) {
        for (Map<String, Class<?>> names : SUBTYPES.values()) {
            for (Map.Entry<String, Class<?>> e : names.entrySet()) {
                if (e.getValue() == type) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /**
     * The JSON word of an enum constant: {@code SOCIO_PATHOLOGICAL_PHENOMENA} is {@code socio-pathological-phenomena}.
     *
     * @param constant an enum constant
     * @return its word
     */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The raw class of a component's type.
     *
     * @param type a class or a parameterized type
     * @return its class
     */
    public static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /**
     * Every type of the model a value of {@code root} can hold, {@code root} included: the model's records (its
     * ids among them), enums and sealed interfaces; not the JDK's or ThreeTen-Extra's types they use.
     *
     * @param root the type to start from
     * @return the types, {@code root} first
     */
    public static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        visit(root, seen);
        return seen;
    }

    private static void visit(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                visit(argument, seen);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (!c.getName().startsWith(PACKAGE) || !seen.add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (var component : c.getRecordComponents()) {
                visit(component.getGenericType(), seen);
            }
        }
        Map<String, Class<?>> subtypes = SUBTYPES.get(c);
        if (subtypes != null) {
            subtypes.values().forEach(s -> visit(s, seen));
        }
    }
}
