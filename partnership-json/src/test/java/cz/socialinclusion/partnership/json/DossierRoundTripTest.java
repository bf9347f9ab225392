package cz.socialinclusion.partnership.json;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.intervention.Extension;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DossierRoundTripTest {

    static Stream<Dossier> sourcePages() {
        return SourcePages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("sourcePages")
    void aSourcePageDossierReadsBackEqual(Dossier dossier) throws Exception {
        byte[] json = PartnershipJson.writeDossier(dossier);
        assertThat(PartnershipJson.readDossier(json)).isEqualTo(dossier);
        assertThat(PartnershipJson.writeDossier(PartnershipJson.readDossier(json))).isEqualTo(json);
    }

    @Test
    void aDossierCitingThePageForEveryFactReadsBackEqualAndItsSchemaAcceptsIt() throws Exception {
        Source page = Source.webPage(SourceId.of("kh-web"), "Lokální partnerství Kutná Hora",
                URI.create("https://www.socialni-zaclenovani.cz/kutna-hora"), RecordedDate.year(2011));
        Dossier cheb = SourcePages.cheb();
        Intervention intervention = cheb.partnership().intervention();
        Dossier decided = cheb.withPartnership(cheb.partnership().withIntervention(new Intervention(intervention.start(),
                intervention.plannedLength(), intervention.extensions().stream().map(e -> new Extension(e.decided(),
                        e.newEnd(), e.reason(), Extension.MONITORING_COMMITTEE)).toList())));
        assertThat(PartnershipJson.readDossier(PartnershipJson.writeDossier(decided))).isEqualTo(decided);

        Dossier kutnaHora = SourcePages.kutnaHora();
        Dossier cited = kutnaHora.withRecordedUntil(LocalDate.of(2011, 12, 31)).withSources(List.of(page),
                kutnaHora.facts().stream().map(fact -> Citation.stated(fact, page.id(), null)).toList());

        byte[] json = PartnershipJson.writeDossier(cited);
        Dossier read = PartnershipJson.readDossier(json);
        assertThat(read).isEqualTo(cited);
        assertThat(read.uncitedFacts()).isEmpty();
        assertThat(read.sourcesOf("partnership.name")).containsExactly(page);
        assertThat(SchemaTest.validate(cited)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aGeneratedDossierReadsBackEqual(long seed) throws Exception {
        Dossier dossier = RandomDossiers.generate(seed, 25, 6);
        assertThat(PartnershipJson.readDossier(PartnershipJson.writeDossier(dossier))).isEqualTo(dossier);
    }
}
