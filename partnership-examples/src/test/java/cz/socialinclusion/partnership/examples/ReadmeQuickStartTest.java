package cz.socialinclusion.partnership.examples;

import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.PartnershipId;
import cz.socialinclusion.partnership.intervention.Intervention;
import cz.socialinclusion.partnership.member.MemberId;
import cz.socialinclusion.partnership.member.Organisation;
import cz.socialinclusion.partnership.member.OrganisationKind;
import cz.socialinclusion.partnership.rules.Finding;
import cz.socialinclusion.partnership.rules.Report;
import cz.socialinclusion.partnership.rules.Rules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start, as written there, gives the output the README shows. */
class ReadmeQuickStartTest {

    @Test
    void theQuickStartPrintsTheInterventionsComingEndInCzech() {
        Partnership cheb = Partnership.builder(PartnershipId.of("cheb"), "Lokální partnerství Cheb", "Cheb")
                .founded(LocalDate.of(2008, 7, 30))
                .member(Organisation.of(MemberId.of("cheb-mesto"), "Město Cheb", OrganisationKind.MUNICIPALITY))
                .member(Organisation.of(MemberId.of("cheb-agentura"),
                        "Agentura pro sociální začleňování v romských lokalitách", OrganisationKind.AGENCY))
                .intervention(Intervention.startingOn(LocalDate.of(2008, 7, 1))
                        .extend(LocalDate.of(2011, 2, 1), LocalDate.of(2012, 12, 31), "Dokončit započaté aktivity."))
                .build();

        Report report = Rules.standard().evaluate(Dossier.of(cheb), LocalDate.of(2012, 7, 1));
        StringBuilder printed = new StringBuilder();
        for (Finding finding : report.findings()) {
            printed.append(finding.rule().id() + " " + finding.severity() + " " + finding.message(Locale.forLanguageTag("cs")))
                    .append('\n');
        }
        assertThat(printed.toString()).isEqualTo("intervention INFO Působení Agentury končí 2012-12-31: zbývá 183 dní.\n");
    }
}
