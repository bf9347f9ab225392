package cz.socialinclusion.partnership.project;

import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.plan.MeasureId;
import cz.socialinclusion.partnership.plan.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project in the partnership's project pipeline (zásobník projektů): a funding application that carries
 * out measures of the plan.
 *
 * <p>The status history is in date order, starts with one status and never continues after a final one
 * (rejected, completed, withdrawn); a status does not follow itself. Whether the measures exist in a plan is
 * the {@code traceability} rule's business.
 *
 * <p>A <b>project idea</b> (projektový záměr) — Cheb's individual project of the town and its investment projects,
 * Kadaň's individual project — may have neither a funding source nor a measure yet: while its history holds only
 * {@link ProjectStatus#IDEA} and {@link ProjectStatus#IN_PREPARATION} (and perhaps a final
 * {@link ProjectStatus#WITHDRAWN}), {@code funding} may be {@code null} and {@code measures} empty. Once the project
 * has been submitted ({@link #isSubmitted()}), the funding source is required, and the {@code traceability} rule
 * applies to its measures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                the project's id
 * @param partnership       the partnership whose pipeline holds it
 * @param title             its title
 * @param applicant         the member who applies (žadatel)
 * @param measures          the measures it implements, each once
 * @param funding           the funding source; {@code null} only while the project has not been submitted
 * @param requested         the amount requested, or {@code null} while not known
 * @param individualProject whether it is the municipality's individual project (individuální projekt obce, IP)
 * @param history           its status changes in date order
 */
public record Project(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid ProjectId id,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid PartnershipId partnership,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid MemberId applicant,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") List<@Valid MeasureId> measures,
        @Valid FundingSource funding,
        @Valid Money requested,
        boolean individualProject,
        @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}") List<@Valid StatusChange> history) {

    /**
     * @param id the project's id
     * @param partnership the partnership whose pipeline holds it
     * @param applicant the member who applies (žadatel)
     * @param funding the funding source; {@code null} only while the project has not been submitted
     * @param requested the amount requested, or {@code null} while not known
     * @param individualProject whether it is the municipality's individual project (individuální projekt obce, IP)
     * @param history its status changes in date order
     * @param title its title
     * @param measures the measures it implements, each once
     * @throws NullPointerException if a required argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if a measure is named twice, or the status
     *         history is empty, out of date order, repeats a status or continues after a final one,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnership, "partnership");
        Checks.name("title", title);
        Objects.requireNonNull(applicant, "applicant");
        measures = Checks.uniqueList("measures", measures, m -> m);
        history = Checks.list("history", history);
        if (!(!history.isEmpty())) {
            throw new InvalidValueException("history", history,
                    "history of project " + id + " must not be empty");
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange previous = history.get(i - 1);
            StatusChange next = history.get(i);
            String field = "history[" + i + "]";
            if (next.on().isBefore(previous.on()) == Answer.YES) {
                throw new InvalidValueException(field + ".on", next.on(),
                        field + ".on " + next.on() + " of project " + id + " is before " + previous.on());
            }
            if (!(!previous.status().isFinal())) {
                throw new InvalidValueException(field + ".status", next.status(),
                        field + ".status " + next.status() + " of project " + id + " follows the final status " + previous.status());
            }
            if (!(next.status() != previous.status())) {
                throw new InvalidValueException(field + ".status", next.status(),
                        field + ".status " + next.status() + " of project " + id + " repeats the previous status");
            }
        }
        if (funding == null && submitted(history)) {
            throw new InvalidValueException("funding", null,
                    "funding of project " + id + " must be given once it has been submitted");
        }
    }

    private static boolean submitted(List<StatusChange> history) {
        for (StatusChange change : history) {
            ProjectStatus status = change.status();
            if (status != ProjectStatus.IDEA && status != ProjectStatus.IN_PREPARATION && status != ProjectStatus.WITHDRAWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the project has been submitted: its history holds a status other than an idea, in preparation or
     * withdrawn (submitted, approved, rejected, in implementation, completed). From then on its funding source is
     * required and the {@code traceability} rule checks its measures.
     *
     * @return whether it has been submitted
     */
    public boolean isSubmitted() {
        return submitted(history);
    }

    /**
     * The current status: the last in the history.
     *
     * @return the current status: the last in the history
     */
    public ProjectStatus status() {
        return history.get(history.size() - 1).status();
    }

    /**
     * The status on {@code date}, if the project was in the pipeline by then.
     *
     * @param date the day
     * @return the status on {@code date}, if the project was in the pipeline by then
     */
    public Optional<ProjectStatus> statusOn(LocalDate date) {
        ProjectStatus found = null;
        for (StatusChange change : history) {
            if (change.on().isOnOrBefore(date) == Answer.YES) {
                found = change.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A copy with a new status from {@code on}.
     *
     * @param status the new status
     * @param on     the day it changed
     * @return a copy with a new status from {@code on}
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the change breaks the history's order
     */
    public Project withStatus(ProjectStatus status, LocalDate on) {
        List<StatusChange> more = new ArrayList<>(history);
        more.add(new StatusChange(status, on));
        return new Project(id, partnership, title, applicant, measures, funding, requested, individualProject, more);
    }
}
