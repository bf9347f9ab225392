package cz.socialinclusion.partnership.jackson3;

/** The conformance suite against the Jackson 3 module. */
class Jackson3ConformanceTest extends DossierFormatConformance {

    @Override
    DossierCodec codec() {
        return DossierCodec.jackson3();
    }
}
