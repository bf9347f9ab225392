/**
 * The model of a local partnership (lokální partnerství): the aggregate roots {@link
 * cz.socialinclusion.partnership.Partnership} and {@link cz.socialinclusion.partnership.Dossier} (a partnership
 * with its strategic plans and projects), {@code Membership}, {@code RulesOfProcedure} and the {@code Stage} of a
 * partnership on a day. The parts live in the packages
 * {@code base}, {@code member}, {@code group}, {@code meeting}, {@code intervention}, {@code plan} and {@code project};
 * the method's rules in {@code rules}; {@code internal} holds shared checks and is no API. Everything is immutable; a malformed value throws
 * {@link cz.socialinclusion.partnership.base.InvalidValueException}.
 */
package cz.socialinclusion.partnership;
