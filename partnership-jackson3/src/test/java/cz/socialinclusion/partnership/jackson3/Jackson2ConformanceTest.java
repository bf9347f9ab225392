package cz.socialinclusion.partnership.jackson3;

/** The conformance suite against the Jackson 2 module. */
class Jackson2ConformanceTest extends DossierFormatConformance {

    @Override
    DossierCodec codec() {
        return DossierCodec.jackson2();
    }
}
