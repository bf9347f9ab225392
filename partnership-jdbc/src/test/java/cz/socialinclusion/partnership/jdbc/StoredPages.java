package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;

import java.util.List;
import java.util.Set;

/**
 * The five source-page dossiers ({@link SourcePages}) with only the facts this module's schema stores today: without
 * the dossier's sources, citations and {@code recordedUntil}, the partnership's areas, analysis, open membership,
 * local consultant, coordinated-approach role and documents, and the body that decided an extension (issue 13's
 * additions to the model, which the repositories do not persist yet). Everything else is the pages' dossiers as they
 * are.
 */
final class StoredPages {

    /** The Agency's name as four of the pages list it. */
    static final String AGENCY_IN_ROMA_LOCALITIES = SourcePages.AGENCY_IN_ROMA_LOCALITIES;

    private StoredPages() {
    }

    static List<Dossier> all() {
        return SourcePages.all().stream().map(StoredPages::stored).toList();
    }

    static Dossier kadan() {
        return stored(SourcePages.kadan());
    }

    static Dossier jachymov() {
        return stored(SourcePages.jachymov());
    }

    static Dossier kutnaHora() {
        return stored(SourcePages.kutnaHora());
    }

    static Dossier cheb() {
        return stored(SourcePages.cheb());
    }

    static Dossier decin() {
        return stored(SourcePages.decin());
    }

    private static Dossier stored(Dossier page) {
        Partnership p = page.partnership();
        Intervention intervention = p.intervention();
        if (intervention != null) {
            intervention = new Intervention(intervention.start(), intervention.plannedLength(), intervention.extensions()
                    .stream().map(e -> new Extension(e.decided(), e.newEnd(), e.reason())).toList());
        }
        Partnership partnership = p.toBuilder().themes(Set.of()).situationAnalysis(null).membershipOpen(null)
                .localConsultant(null).coordinatedApproach(null).documents(List.of()).intervention(intervention).build();
        return new Dossier(partnership, page.plans(), page.projects());
    }
}
