package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Stage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {

    private static String run(LocalDate asOf, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvaluateRulesExample.run(BuildPartnershipExample.cheb(), asOf, locale,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** An example that prints to {@code out} and says whether all went as it should. */
    @FunctionalInterface
    private interface PrintingExample {
        boolean run(PrintStream out) throws Exception;
    }

    /** What {@code example} printed, once it said all went as it should. */
    private static String printedBy(PrintingExample example) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(example.run(new PrintStream(bytes, true, StandardCharsets.UTF_8))).isTrue();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltPartnershipHasThePagesFacts() {
        Dossier cheb = BuildPartnershipExample.cheb();
        assertThat(cheb.partnership().memberships()).hasSize(13);
        assertThat(cheb.partnership().intervention().end()).isEqualTo(RecordedDate.day(LocalDate.of(2012, 12, 31)));
        assertThat(cheb.stageOn(LocalDate.of(2013, 1, 1))).isEqualTo(Stage.AFTER_INTERVENTION);
    }

    @Test
    void theEvaluationPrintsThePartnershipFindingsAndDeadlinesWithCzechNamesIntact() {
        String out = run(EvaluateRulesExample.DEFAULT_DAY, Locale.ENGLISH);
        assertThat(out).contains("Partnership      Lokální partnerství Cheb")
                .contains("Members          13")
                .contains("o.s. Lačo Jilo")
                .contains("Intervention end 2012-12-31")
                .contains("intervention.ending")
                .contains("The Agency's intervention ends on 2012-12-31: 183 days left.")
                .contains("2012-12-31  INTERVENTION_END");
    }

    @Test
    void theJsonExampleRoundTripsByteForByteAndShowsTheRefusedPath() throws Exception {
        assertThat(printedBy(JsonRoundTripExample::run))
                .contains("\"name\": \"Lokální partnerství Cheb\"")
                .contains("Read back equal and written again byte for byte: true")
                .contains("A bad day is refused at $.partnership.founded: ");
    }

    @Test
    void theHostTransactionExampleRollsBackAndCommitsWithTheHost() throws Exception {
        assertThat(printedBy(HostTransactionExample::run))
                .contains("After the host's rollback: partnership stored false, audit rows 0")
                .contains("A failed save inside the host's transaction: Partnership cheb was saved from version new but the stored version is 0")
                .contains("After the host's commit: partnership stored at version 0, audit rows 2")
                .contains("equal to what was saved: true");
    }

    @Test
    void theSpringHostExampleRollsBackAndCommitsWithTheTransactionTemplateAndLeavesThePoolIdle() throws Exception {
        assertThat(printedBy(SpringHostExample::run))
                .contains("The host's callback threw: the host's next step failed")
                .contains("After the host's rollback: dossier stored false, audit rows 0")
                .contains("After the host's commit: dossier stored and equal true, audit rows 1")
                .contains("After 100 dossiers read outside a transaction: connections in use 0, every connection idle true");
    }

    @Test
    void theFindingsCanBePrintedInCzech() {
        assertThat(run(EvaluateRulesExample.DEFAULT_DAY, Locale.forLanguageTag("cs")))
                .contains("Působení Agentury končí 2012-12-31: zbývá 183 dní.");
    }
}
