package cz.socialinclusion.partnership.json.internal;

import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.plan.StrategicPlan;
import cz.socialinclusion.partnership.project.Project;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON document of a dossier: the format version, then the partnership, its plans and its projects.
 *
 * @param formatVersion the version of this format; this library writes and reads {@value #FORMAT_VERSION}
 * @param partnership   the partnership
 * @param plans         its strategic plans
 * @param projects      its project pipeline
 * @param recordedUntil the day up to which the record is complete, or {@code null} for a record kept up to date
 * @param sources       where its facts come from, or {@code null} (written so) for none
 * @param citations     which fact comes from which source, or {@code null} (written so) for none
 */
public record DossierDocument(
        int formatVersion,
        @NotNull Partnership partnership,
        @NotNull List<StrategicPlan> plans,
        @NotNull List<Project> projects,
        LocalDate recordedUntil,
        List<Source> sources,
        List<Citation> citations) {

    /** The version of the dossier format this library writes. */
    public static final int FORMAT_VERSION = 1;

    /**
     * A document of the given format version.
     *
     * @param formatVersion the version of this format
     * @param partnership the partnership
     * @param plans its strategic plans
     * @param projects its project pipeline
     * @param recordedUntil the day up to which the record is complete, or {@code null}
     * @param sources where its facts come from, or {@code null} for none
     * @param citations which fact comes from which source, or {@code null} for none
     * @throws InvalidValueException if the format version is not one this library reads
     */
    public DossierDocument {
        if (formatVersion != FORMAT_VERSION) {
            throw new InvalidValueException("formatVersion", formatVersion, "formatVersion " + formatVersion
                    + " is not supported: this library reads dossiers of format version " + FORMAT_VERSION);
        }
    }

    /**
     * The document of a dossier.
     *
     * @param dossier the dossier
     * @return its document
     */
    public static DossierDocument of(Dossier dossier) {
        return new DossierDocument(FORMAT_VERSION, dossier.partnership(), dossier.plans(), dossier.projects(), dossier.recordedUntil(),
                orNull(dossier.sources()), orNull(dossier.citations()));
    }

    private static <T> List<T> orNull(List<T> values) {
        return values.isEmpty() ? null : values;
    }

    /**
     * The dossier.
     *
     * @throws InvalidValueException if a plan or project does not fit the partnership
     * @return the dossier
     */
    public Dossier toDossier() {
        return new Dossier(partnership, plans, projects, recordedUntil, sources, citations);
    }
}
