package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The two modules write the same bytes for the same dossier and refuse the same documents at the same path. */
class BothModulesAgreeTest {

    private final DossierCodec jackson2 = DossierCodec.jackson2();
    private final DossierCodec jackson3 = DossierCodec.jackson3();

    static Stream<Dossier> sourcePages() {
        return SourcePages.all().stream();
    }

    static Stream<BadDossiers.Case> badDossiers() {
        return BadDossiers.all().stream();
    }

    @ParameterizedTest
    @MethodSource("sourcePages")
    void bothWriteTheSameBytes(Dossier page) {
        assertThat(jackson3.write(page)).isEqualTo(jackson2.write(page));
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bothWriteTheSameBytesForRandomDossiersAndReadEachOthersOutput(long seed) {
        Dossier dossier = RandomDossiers.generate(seed, 2, 4);
        byte[] written = jackson2.write(dossier);
        assertThat(jackson3.write(dossier)).isEqualTo(written);
        assertThat(jackson3.read(written)).isEqualTo(dossier);
        assertThat(jackson2.read(jackson3.write(dossier))).isEqualTo(dossier);
    }

    @ParameterizedTest
    @MethodSource("badDossiers")
    void bothRefuseAtTheSamePath(BadDossiers.Case bad) {
        Throwable two = catchThrowable(() -> jackson2.read(bad.json()));
        Throwable three = catchThrowable(() -> jackson3.read(bad.json()));
        assertThat(two).as("Jackson 2").isInstanceOf(DossierCodec.Refused.class);
        assertThat(three).as("Jackson 3").isInstanceOf(DossierCodec.Refused.class);
        assertThat(((DossierCodec.Refused) three).refusal().path())
                .isEqualTo(((DossierCodec.Refused) two).refusal().path());
    }
}
