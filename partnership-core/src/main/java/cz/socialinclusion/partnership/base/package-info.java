/**
 * The base of the model that every other package uses: its bounds ({@link cz.socialinclusion.partnership.base.Limits}),
 * the exceptions of malformed values ({@link cz.socialinclusion.partnership.base.InvalidValueException}), the
 * partnership's id, the mark of personal data, and the Jakarta Validation constraints of the bounds with their
 * validators. It depends on no other package of the model, so the packages form no cycle.
 */
package cz.socialinclusion.partnership.base;
