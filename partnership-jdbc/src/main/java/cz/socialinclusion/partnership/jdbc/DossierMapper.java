package cz.socialinclusion.partnership.jdbc;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.jdbc.internal.Statements;
import cz.socialinclusion.partnership.jdbc.internal.Table;
import cz.socialinclusion.partnership.jdbc.internal.Words;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceId;
import cz.socialinclusion.partnership.source.SourceKind;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of what a dossier records beside its aggregates: the day it is complete to ({@code lp_dossier}), its sources
 * ({@code lp_source}) and which source each fact cites ({@code lp_citation}), all under the partnership's id.
 */
final class DossierMapper {

    record DossierRow(String partnershipId, LocalDate recordedUntil) {
    }

    record SourceRow(String partnershipId, String sourceId, int position, String title, String address, String sourceDate,
                     String kind) {

        static SourceRow of(String partnership, int position, Source s) {
            return new SourceRow(partnership, s.id().value(), position, s.title(),
                    s.address() == null ? null : s.address().toString(), PartnershipMapper.text(s.date()), Words.of(s.kind()));
        }

        Source source() {
            return new Source(SourceId.of(sourceId), title, address == null ? null : URI.create(address),
                    PartnershipMapper.recorded(sourceDate), Words.parse(SourceKind.class, kind));
        }
    }

    record CitationRow(String partnershipId, int position, String fact, String sourceId, String quote, String derivation) {

        Citation citation() {
            return new Citation(fact, SourceId.of(sourceId), quote, derivation);
        }
    }

    static final Table<DossierRow> DOSSIER = Table.of("lp_dossier", DossierRow.class, in -> new DossierRow(in.text(), in.date()));
    static final Table<SourceRow> SOURCE = Table.of("lp_source", SourceRow.class, in -> new SourceRow(in.text(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.text()));
    static final Table<CitationRow> CITATION = Table.of("lp_citation", CitationRow.class, in -> new CitationRow(in.text(), in.integer(), in.text(), in.text(), in.text(), in.text()));

    private DossierMapper() {
    }

    /** What is stored of the dossier's own record for a partnership; {@code null} if none was saved. */
    record Stored(LocalDate recordedUntil, List<Source> sources, List<Citation> citations) {

        /** Whether {@code dossier} records the same. */
        boolean sameAs(Dossier dossier) {
            return java.util.Objects.equals(recordedUntil, dossier.recordedUntil()) && sources.equals(dossier.sources())
                    && citations.equals(dossier.citations());
        }
    }

    /** Reads the record stored for {@code partnership}: three queries. */
    static Stored read(Connection c, String partnership) throws SQLException {
        List<DossierRow> roots = DOSSIER.read(c, "WHERE partnership_id = ?", partnership);
        if (roots.isEmpty()) {
            return null;
        }
        List<SourceRow> sources = SOURCE.read(c, "WHERE partnership_id = ?", partnership);
        sources.sort(Comparator.comparingInt(SourceRow::position));
        List<CitationRow> citations = CITATION.read(c, "WHERE partnership_id = ?", partnership);
        citations.sort(Comparator.comparingInt(CitationRow::position));
        List<Source> s = new ArrayList<>(sources.size());
        for (SourceRow row : sources) {
            s.add(row.source());
        }
        List<Citation> cited = new ArrayList<>(citations.size());
        for (CitationRow row : citations) {
            cited.add(row.citation());
        }
        return new Stored(roots.get(0).recordedUntil(), List.copyOf(s), List.copyOf(cited));
    }

    /** Replaces the record stored for the dossier's partnership with the dossier's. */
    static void replace(Connection c, Dossier dossier) throws SQLException {
        String id = dossier.partnership().id().value();
        Statements.update(c, "DELETE FROM lp_dossier WHERE partnership_id = ?", id);
        insert(c, dossier);
    }

    /** Inserts the dossier's record; none may be stored for its partnership. */
    static void insert(Connection c, Dossier dossier) throws SQLException {
        String id = dossier.partnership().id().value();
        DOSSIER.insert(c, List.of(new DossierRow(id, dossier.recordedUntil())));
        Table.Rows<SourceRow> sources = new Table.Rows<>(SOURCE);
        for (int i = 0; i < dossier.sources().size(); i++) {
            sources.add(SourceRow.of(id, i, dossier.sources().get(i)));
        }
        Table.Rows<CitationRow> citations = new Table.Rows<>(CITATION);
        for (int i = 0; i < dossier.citations().size(); i++) {
            Citation cited = dossier.citations().get(i);
            citations.add(new CitationRow(id, i, cited.fact(), cited.source().value(), cited.quote(), cited.derivation()));
        }
        sources.insert(c);
        citations.insert(c);
    }
}
