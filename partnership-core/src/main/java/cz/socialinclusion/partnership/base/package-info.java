/**
 * The base of the model that every other package uses: its bounds ({@link cz.socialinclusion.partnership.base.Limits}),
 * the root of the library's unchecked exceptions ({@link cz.socialinclusion.partnership.base.PartnershipException})
 * and the exception of a malformed value ({@link cz.socialinclusion.partnership.base.InvalidValueException}), the
 * partnership's id ({@link cz.socialinclusion.partnership.base.PartnershipId}), the mark of personal data
 * ({@link cz.socialinclusion.partnership.base.PersonalData}), and the Jakarta Validation constraints of the bounds
 * ({@code @WithinLimits}, {@code @CleanText}, {@code @CleanName}) with their validators. It depends
 * on no other package of the model, so the packages form no cycle.
 */
package cz.socialinclusion.partnership.base;
