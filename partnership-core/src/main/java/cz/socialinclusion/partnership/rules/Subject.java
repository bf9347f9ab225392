package cz.socialinclusion.partnership.rules;

import cz.socialinclusion.partnership.internal.Checks;

import java.util.Objects;

/**
 * What a finding or a deadline concerns: a kind and the id of the thing (a plan's id, a working group's
 * id, …). The quarter, where there is one, is held by the finding itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of thing
 * @param id   its id
 */
public record Subject(SubjectKind kind, String id) {

    /** @throws NullPointerException if an argument is null */
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Checks.text("id", id, Checks.ID_MAX * 2);
    }

    /** A subject of this kind with the id's text. */
    public static Subject of(SubjectKind kind, Object id) {
        return new Subject(kind, String.valueOf(id));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + id;
    }
}
