package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jackson3.internal.ModelSerde;
import cz.socialinclusion.partnership.jackson3.internal.ModelTypes;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;


import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Jackson 3 module for the partnership model: with it, a {@code tools.jackson.databind.json.JsonMapper}
 * reads and writes a whole {@link Dossier} and every type of the model it holds, in the dossier format of
 * {@code partnership-json} (described in its {@code FORMAT.md}), byte for byte the same.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PartnershipModule()).build();
 * }</pre>
 *
 * <p>{@code findAndAddModules()} finds it too ({@code META-INF/services/tools.jackson.databind.JacksonModule}).
 *
 * <p>The module handles only the model's own types ({@code cz.socialinclusion.partnership}): a host's own
 * {@code LocalDate}, {@code BigDecimal} or {@code String} follow the host's settings, while the model's days stay
 * ISO-8601 strings, its decimals plain numbers and its enums hyphenated words whatever those settings are.
 * Reading is strict in any mapper: a property given twice, a wrong JSON type, a missing required value, a day
 * not written {@code YYYY-MM-DD} or outside {@link cz.socialinclusion.partnership.base.Limits}, a decimal or text the
 * limits refuse, and an invariant the model refuses are each a Jackson exception whose path names the property.
 * An unknown property follows the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (off by default in Jackson 3);
 * {@link PartnershipJackson3} turns it on, with limits for untrusted input.
 *
 * <p>The rules' results (findings, reports, schedules) are written by the Jackson 2 module only.
 */
public final class PartnershipModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** This module's version, from the build. */
    public static final Version VERSION = readVersion();

    /** A module for every type of the model a dossier holds. */
    public PartnershipModule() {
        super(PartnershipModule.class.getSimpleName(), VERSION);
        for (Class<?> type : ModelTypes.reachableFrom(Dossier.class)) {
            register(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(Class<?> type) {
        addSerializer(type, new ModelSerde.Writer(type));
        addDeserializer((Class) type, new ModelSerde.Reader(type));
    }

    private static Version readVersion() {
        // version.properties, next to this class, is written by the build.
        ResourceBundle build = ResourceBundle.getBundle(PartnershipModule.class.getPackageName() + ".version", Locale.ROOT);
        return VersionUtil.parseVersion(build.getString("version"), build.getString("groupId"),
                build.getString("artifactId"));
    }
}
