package cz.socialinclusion.partnership.plan;

import cz.socialinclusion.partnership.base.CleanName;
import cz.socialinclusion.partnership.plan.IllegalPlanChangeException;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.base.Answer;
import cz.socialinclusion.partnership.base.InvalidValueException;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.threeten.extra.LocalDateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A strategic plan for social inclusion (Strategický plán sociálního začleňování, SPSZ): a three-year
 * plan of priorities, goals, measures and steps, approved by the municipality and revised once a year.
 *
 * <p>The plan keeps every version: the original is number 1; each revision appends the next number with
 * a date no earlier than the previous one. A version the council has adopted is never changed in place:
 * {@link #replaceDraft} refuses it with {@link IllegalPlanChangeException}, and a change is made through
 * {@link #revise}.
 *
 * <p>The period is a {@link LocalDateRange}: {@code getStart()} is the first day, {@code getEndInclusive()}
 * the last. Whether it is three years long, starts after the founding and overlaps no other plan are rules
 * ({@code plan-period}), reported as findings; here it need only be non-empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the plan's id
 * @param partnership the partnership whose plan it is
 * @param title       its title, e.g. {@code "Strategický plán sociálního začleňování v Chebu 2010–2012"}
 * @param period      the days it covers
 * @param versions    its versions, numbered from 1 in date order
 */
public record StrategicPlan(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid PlanId id,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") @Valid PartnershipId partnership,
        @NotBlank(message = "{cz.socialinclusion.partnership.NotBlank.message}")
        @Size(max = Limits.NAME_MAX, message = "{cz.socialinclusion.partnership.Size.message}") @CleanName String title,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") LocalDateRange period,
        @NotEmpty(message = "{cz.socialinclusion.partnership.NotEmpty.message}") List<@Valid PlanVersion> versions) {

    /**
     * @param id the plan's id
     * @param partnership the partnership whose plan it is
     * @param period the days it covers
     * @param versions its versions, numbered from 1 in date order
     * @param title its title, e.g. {@code "Strategický plán sociálního začleňování v Chebu 2010–2012"}
     * @throws NullPointerException if an argument is null
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the period is empty, there is no
     *         version, or the versions are not numbered 1, 2, 3, … in date order,
     *         or a day, decimal or text is outside the bounds of {@link cz.socialinclusion.partnership.base.Limits}
     */
    public StrategicPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnership, "partnership");
        Checks.name("title", title);
        Objects.requireNonNull(period, "period");
        if (!(!period.isEmpty())) {
            throw new InvalidValueException("period", period,
                    "period " + period + " of plan " + id + " is empty");
        }
        if (!Limits.isWithinRange(period.getStart()) || !Limits.isWithinRange(period.getEndInclusive())) {
            throw new InvalidValueException("period", period, "period " + period + " of plan " + id
                    + " is not between " + Limits.EARLIEST_DAY + " and " + Limits.LATEST_DAY);
        }
        versions = Checks.list("versions", versions);
        if (!(!versions.isEmpty())) {
            throw new InvalidValueException("versions", versions,
                    "versions of plan " + id + " must not be empty");
        }
        for (int i = 0; i < versions.size(); i++) {
            PlanVersion version = versions.get(i);
            if (!(version.number() == i + 1)) {
                throw new InvalidValueException("versions[" + i + "].number", version.number(),
                        "versions[" + i + "].number " + version.number() + " of plan " + id + " should be " + (i + 1));
            }
            if (i > 0) {
                RecordedDate previous = versions.get(i - 1).date();
                if (version.date().isBefore(previous) == Answer.YES) {
                    throw new InvalidValueException("versions[" + i + "].date", version.date(),
                            "versions[" + i + "].date " + version.date() + " of plan " + id + " is before the previous version's date " + previous);
                }
            }
        }
    }

    /**
     * A new plan with its first version.
     *
     * @param first the content; its number must be 1
     * @param id the plan's id
     * @param partnership the partnership whose plan it is
     * @param title its title, e.g. {@code "Strategický plán sociálního začleňování v Chebu 2010–2012"}
     * @param period the days it covers
     * @return a new plan with its first version
     */
    public static StrategicPlan of(PlanId id, PartnershipId partnership, String title, LocalDateRange period,
                                   PlanVersion first) {
        return new StrategicPlan(id, partnership, title, period, List.of(first));
    }

    /**
     * The first day of the plan.
     *
     * @return the first day of the plan
     */
    public LocalDate start() {
        return period.getStart();
    }

    /**
     * The last day of the plan.
     *
     * @return the last day of the plan
     */
    public LocalDate end() {
        return period.getEndInclusive();
    }

    /**
     * The newest version.
     *
     * @return the newest version
     */
    public PlanVersion latestVersion() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The newest version the record shows was made on or before {@code date} (its latest possible day on or before
     * it), if any; a version whose date cannot be told to be on or before the day does not count.
     *
     * @param date the day
     * @return the newest version certainly made on or before {@code date}, if any
     */
    public Optional<PlanVersion> versionOn(LocalDate date) {
        PlanVersion found = null;
        for (PlanVersion version : versions) {
            if (version.date().isOnOrBefore(date) == Answer.YES) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The newest version the record shows the council had adopted on or before {@code date}
     * ({@link PlanVersion#isAdoptedOn(LocalDate)} is yes), if any.
     *
     * @param date the day
     * @return the newest version certainly adopted on or before {@code date}, if any
     */
    public Optional<PlanVersion> adoptedVersionOn(LocalDate date) {
        PlanVersion found = null;
        for (PlanVersion version : versions) {
            if (version.isAdoptedOn(date) == Answer.YES) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * When the council first adopted the plan, as precise as the record tells: the earliest of the adoptions'
     * dates ({@link RecordedDate#earlierOf(RecordedDate)}), if it has adopted any version.
     *
     * @return when the council first adopted the plan, or empty when no version records an adoption
     */
    public Optional<RecordedDate> firstAdoption() {
        return versions.stream().flatMap(v -> v.adoption().stream()).map(Approval::date).reduce(RecordedDate::earlierOf);
    }

    /**
     * Whether the plan is in force on {@code date}: the date is within its period and a version is adopted by then.
     *
     * @param date the day
     * @return no if the date is outside the period; otherwise whether any version was adopted on or before it
     *         (undecided when an adoption's date cannot tell)
     */
    public Answer isInForceOn(LocalDate date) {
        if (!period.contains(date)) {
            return Answer.NO;
        }
        Answer adopted = Answer.NO;
        for (PlanVersion version : versions) {
            adopted = adopted.or(version.isAdoptedOn(date));
        }
        return adopted;
    }

    /**
     * A copy with a new version appended: a revision of the plan.
     *
     * @param version the new content; its number must be the next one and its date no earlier than the latest
     * @return a copy with a new version appended: a revision of the plan
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the number or date does not follow
     */
    public StrategicPlan revise(PlanVersion version) {
        List<PlanVersion> more = new ArrayList<>(versions);
        more.add(version);
        return new StrategicPlan(id, partnership, title, period, more);
    }

    /**
     * A copy in which the latest version, still a draft, is replaced by {@code draft} (same number).
     *
     * @param draft the new content of the latest version
     * @return a copy in which the latest version, still a draft, is replaced by {@code draft} (same number)
     * @throws IllegalPlanChangeException if the latest version has been adopted by the council
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the number is not the latest's
     */
    public StrategicPlan replaceDraft(PlanVersion draft) {
        PlanVersion latest = latestVersion();
        if (latest.adoption().isPresent()) {
            throw new IllegalPlanChangeException("version " + latest.number() + " of plan " + id
                    + " was adopted on " + latest.adoption().get().date()
                    + " and cannot be changed in place: make a new revision");
        }
        List<PlanVersion> changed = new ArrayList<>(versions);
        changed.set(changed.size() - 1, draft);
        return new StrategicPlan(id, partnership, title, period, changed);
    }

    /**
     * A copy in which the latest version carries one more approval (the board's or the council's).
     *
     * @param approval the approval
     * @return a copy in which the latest version carries one more approval (the board's or the council's)
     * @throws IllegalPlanChangeException if the latest version has been adopted by the council already
     * @throws cz.socialinclusion.partnership.base.InvalidValueException if the version already has an approval of
     *         that body, or the approval is dated before the version
     */
    public StrategicPlan approve(Approval approval) {
        return replaceDraft(latestVersion().withApproval(approval));
    }

    /**
     * Checks that this plan, about to replace {@code stored}, holds every version the council had adopted in
     * {@code stored} unchanged, under the same number: an adopted plan changes only through a new revision.
     * A repository calls it before it saves a changed plan.
     *
     * @param stored the plan as stored before
     * @throws NullPointerException       if {@code stored} is null
     * @throws IllegalPlanChangeException naming the plan, the first adopted version not kept and what changed
     */
    public void requireAdoptedVersionsKept(StrategicPlan stored) {
        Objects.requireNonNull(stored, "stored");
        for (PlanVersion old : stored.versions()) {
            if (old.adoption().isEmpty()) {
                continue;
            }
            String change;
            if (old.number() > versions.size()) {
                change = "is missing";
            } else {
                PlanVersion now = versions.get(old.number() - 1);
                if (now.equals(old)) {
                    continue;
                }
                List<String> differing = new ArrayList<>();
                if (!now.date().equals(old.date())) {
                    differing.add("date " + old.date() + " is now " + now.date());
                }
                if (!Objects.equals(now.summary(), old.summary())) {
                    differing.add("summary");
                }
                if (!now.needs().equals(old.needs())) {
                    differing.add("needs");
                }
                if (!now.priorities().equals(old.priorities())) {
                    differing.add("priorities");
                }
                if (!now.measuresWithoutGoal().equals(old.measuresWithoutGoal())) {
                    differing.add("measuresWithoutGoal");
                }
                if (!now.approvals().equals(old.approvals())) {
                    differing.add("approvals");
                }
                change = "was changed in place (" + (differing.isEmpty() ? "content" : String.join(", ", differing)) + ")";
            }
            throw new IllegalPlanChangeException("version " + old.number() + " of plan " + stored.id() + ", adopted on "
                    + old.adoption().get().date() + ", " + change + ": an adopted plan changes only through a new revision");
        }
    }
}
