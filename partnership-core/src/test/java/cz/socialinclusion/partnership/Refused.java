package cz.socialinclusion.partnership;

import cz.socialinclusion.partnership.base.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts what a user sees of a refused value: an {@link InvalidValueException} naming the field and the value. */
final class Refused {

    private Refused() {
    }

    /** {@code call} throws an {@link InvalidValueException} that names {@code field}. */
    static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }

    /** {@code call} throws an {@link InvalidValueException} that names {@code field} and says {@code message}. */
    static void assertRefused(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class).hasMessage(message)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }
}
