package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.source.SourceId;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.group.Participant;
import cz.socialinclusion.partnership.group.WorkingGroupId;
import cz.socialinclusion.partnership.json.internal.CheckedInstantiators;
import cz.socialinclusion.partnership.json.internal.DossierSerde;
import cz.socialinclusion.partnership.json.internal.FindingReader;
import cz.socialinclusion.partnership.json.internal.FindingWriter;
import cz.socialinclusion.partnership.json.internal.Mixins;
import cz.socialinclusion.partnership.json.internal.ModelIntrospector;
import cz.socialinclusion.partnership.json.internal.ScalarReader;
import cz.socialinclusion.partnership.json.internal.SmallObjects;
import cz.socialinclusion.partnership.meeting.MeetingId;
import cz.socialinclusion.partnership.member.Ico;
import cz.socialinclusion.partnership.member.Member;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.GoalId;
import cz.socialinclusion.partnership.plan.IndicatorId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import cz.socialinclusion.partnership.plan.NeedId;
import cz.socialinclusion.partnership.plan.PlanId;
import cz.socialinclusion.partnership.plan.PriorityId;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.RuleId;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The Jackson 2 module for the partnership model: with it, an {@code ObjectMapper} reads and writes every
 * core type, from a single id to a whole {@link Dossier}, and the rules' reports, schedules and progress.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PartnershipModule()).build();
 * }</pre>
 *
 * <p>{@code findAndAddModules()} finds it too ({@code META-INF/services}). The format is described in
 * {@code FORMAT.md} and by the JSON Schema {@value PartnershipJson#SCHEMA_RESOURCE} in this jar: camelCase
 * names in the order of the model's record components; ISO-8601 days ({@code "2011-02-09"}), quarters
 * ({@code "2011-Q2"}) and lengths ({@code "P3Y"}); ids as strings; enums as lower-case hyphenated words;
 * money as {@code {"amount": "1500.00", "currency": "CZK"}}; a period as {@code {"start", "endInclusive"}};
 * members and working-group participants with a {@code "type"} of logical name. An absent optional value
 * is left out. No class name ever appears and the module turns on no default typing.
 *
 * <p>The module handles only the model's types. The model's days, quarters, lengths and plan periods (types
 * it shares with the host: {@code LocalDate}, {@code YearQuarter}, {@code Period}, {@code LocalDateRange})
 * are written and read by this module per property of a model record, so they keep the format whatever else
 * is registered (such as {@code JavaTimeModule}, in either order, or through {@code findAndAddModules()}),
 * while the host's own {@code LocalDate} fields follow the host's settings. Days are read only as
 * {@code YYYY-MM-DD} within {@link cz.socialinclusion.partnership.base.Limits}, decimals only within
 * {@link cz.socialinclusion.partnership.base.Limits#isWithinRange(java.math.BigDecimal)}.
 *
 * <p>For untrusted input use {@link PartnershipJson}, which adds the strict settings and limits. The module
 * alone reports a value the model refuses with the JSON path of the field: a missing or null required
 * value is a {@code MismatchedInputException}; a value whose text the model refuses (an id, an IČO, a day)
 * an {@code InvalidFormatException} with the model's exception as cause; an invariant a constructor refuses
 * (an end before its start) a {@code ValueInstantiationException} with the model's
 * {@link cz.socialinclusion.partnership.base.InvalidValueException} as cause.
 */
public final class PartnershipModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** This module's version, from the build. */
    public static final Version VERSION = readVersion();

    /** The module, ready to register. */
    public PartnershipModule() {
        super(PartnershipModule.class.getSimpleName(), VERSION);
        text(PartnershipId.class, PartnershipId::of);
        addSerializer(MemberId.class, ToStringSerializer.instance);
        addDeserializer(MemberId.class, ScalarReader.sharedText(MemberId.class, MemberId::of));
        text(WorkingGroupId.class, WorkingGroupId::of);
        text(MeetingId.class, MeetingId::of);
        text(PlanId.class, PlanId::of);
        text(NeedId.class, NeedId::of);
        text(PriorityId.class, PriorityId::of);
        text(GoalId.class, GoalId::of);
        text(MeasureId.class, MeasureId::of);
        text(IndicatorId.class, IndicatorId::of);
        text(ProjectId.class, ProjectId::of);
        text(Ico.class, Ico::new);
        text(RecordedDate.class, RecordedDate::parse);
        text(SourceId.class, SourceId::of);
        addSerializer(Money.class, SmallObjects.MONEY_WRITER);
        addDeserializer(Money.class, SmallObjects.MONEY_READER);
        addSerializer(Dossier.class, new DossierSerde.Writer());
        addDeserializer(Dossier.class, new DossierSerde.Reader());
        addSerializer(Finding.class, new FindingWriter());
        addDeserializer(Finding.class, new FindingReader());
        text(RuleId.class, RuleId::of);
        setMixInAnnotation(Member.class, Mixins.MemberMixin.class);
        setMixInAnnotation(Participant.class, Mixins.ParticipantMixin.class);
        setMixInAnnotation(Finding.class, Mixins.FindingMixin.class);
    }

    private <T> void text(Class<T> type, Function<String, T> parse) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, ScalarReader.text(type, parse));
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new ModelIntrospector(VERSION));
        context.addValueInstantiators(new CheckedInstantiators());
    }

    private static Version readVersion() {
        // version.properties, next to this class, is written by the build.
        ResourceBundle build = ResourceBundle.getBundle(PartnershipModule.class.getPackageName() + ".version", Locale.ROOT);
        return VersionUtil.parseVersion(build.getString("version"), build.getString("groupId"),
                build.getString("artifactId"));
    }
}
