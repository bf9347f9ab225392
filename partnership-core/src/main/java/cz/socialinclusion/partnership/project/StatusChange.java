package cz.socialinclusion.partnership.project;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project's status from a day on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status
 * @param on     the day it took effect
 */
public record StatusChange(
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") ProjectStatus status,
        @NotNull(message = "{cz.socialinclusion.partnership.NotNull.message}") LocalDate on) {

    /**
     * @param status the status
     * @param on the day it took effect
     * @throws NullPointerException if an argument is null
     */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(on, "on");
    }
}
