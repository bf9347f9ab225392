/**
 * A partnership at a glance: {@link cz.socialinclusion.partnership.report.PartnershipReport} renders a dossier
 * on a day as one self-contained HTML page (timeline, findings, members, plan progress), in Czech or English.
 * Depends on partnership-core and mustache.java only.
 */
package cz.socialinclusion.partnership.report;
