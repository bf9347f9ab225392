package cz.socialinclusion.partnership.jackson3;

import cz.socialinclusion.partnership.CoordinatedApproachRole;
import cz.socialinclusion.partnership.Dossier;
import cz.socialinclusion.partnership.Partnership;
import cz.socialinclusion.partnership.base.RecordedSpan;
import cz.socialinclusion.partnership.group.MeetingRhythm;
import cz.socialinclusion.partnership.group.Theme;
import cz.socialinclusion.partnership.group.WorkingGroup;
import cz.socialinclusion.partnership.intervention.AdviceTopic;
import cz.socialinclusion.partnership.intervention.LocalConsultant;
import cz.socialinclusion.partnership.meeting.DocumentKind;
import cz.socialinclusion.partnership.meeting.DocumentLink;
import cz.socialinclusion.partnership.project.Project;
import cz.socialinclusion.partnership.project.ProjectId;
import cz.socialinclusion.partnership.project.ProjectStatus;
import cz.socialinclusion.partnership.project.StatusChange;
import cz.socialinclusion.partnership.base.RecordedDate;
import cz.socialinclusion.partnership.fixtures.RandomDossiers;
import cz.socialinclusion.partnership.fixtures.SourcePages;
import cz.socialinclusion.partnership.source.Citation;
import cz.socialinclusion.partnership.source.Source;
import cz.socialinclusion.partnership.source.SourceId;
import cz.socialinclusion.partnership.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The facade's ways in and out: bytes, a stream, a file; and what it refuses before the model sees anything. */
class PartnershipJackson3Test {

    @Test
    void aDossierIsReadFromAStreamAndFromAFile(@TempDir Path dir) throws Exception {
        Dossier decin = SourcePages.decin();
        byte[] json = PartnershipJackson3.writeDossier(decin);
        assertThat(PartnershipJackson3.readDossier(new ByteArrayInputStream(json))).isEqualTo(decin);
        Path file = dir.resolve("děčín.json");
        Files.write(file, json);
        assertThat(PartnershipJackson3.readDossier(file)).isEqualTo(decin);
    }

    @Test
    void aDossierWithImpreciseDatesItsSourcesAndCitationsReadsBackEqualAndTheSameAsJackson2WritesIt() throws Exception {
        Source minutes = new Source(SourceId.of("zapis-2011-03"), "Zápis z jednání lokálního partnerství",
                URI.create("https://example.org/zapis.pdf"), RecordedDate.month(YearMonth.of(2011, 3)), SourceKind.MINUTES);
        Dossier dossier = RandomDossiers.generate(7, 12, 4).withRecordedUntil(LocalDate.of(2011, 6, 30))
                .withSources(List.of(minutes), List.of(Citation.stated("partnership.name", minutes.id(), "Lokální partnerství"),
                        Citation.derived("plans", minutes.id(), null, "the plans as the minutes list them")));

        byte[] json = PartnershipJackson3.writeDossier(dossier);
        assertThat(PartnershipJackson3.readDossier(json)).isEqualTo(dossier);
        assertThat(json).isEqualTo(cz.socialinclusion.partnership.json.PartnershipJson.writeDossier(dossier));
        assertThat(cz.socialinclusion.partnership.json.PartnershipJson.readDossier(json)).isEqualTo(dossier);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"recordedUntil\": \"2011-06-30\"",
                "\"kind\": \"minutes\"", "\"date\": \"2011-03\"", "\"derivation\": \"the plans as the minutes list them\"");
        // A dossier with no sources, citations or recordedUntil has none of the three in its document.
        assertThat(new String(PartnershipJackson3.writeDossier(RandomDossiers.generate(7, 12, 4)), StandardCharsets.UTF_8))
                .doesNotContain("\"sources\"", "\"citations\"", "\"recordedUntil\"");
    }

    @Test
    void theMethodsActorsAndPhasesReadBackEqualInBothModules() throws Exception {
        Dossier generated = RandomDossiers.generate(11, 12, 4);
        Partnership partnership = generated.partnership();
        int year = partnership.founded().getYear() + 1;
        List<WorkingGroup> groups = partnership.workingGroups().stream().map(g -> g.withMeetingRhythm(new MeetingRhythm(2, 4,
                new RecordedSpan(RecordedDate.month(YearMonth.of(year, 3)), RecordedDate.month(YearMonth.of(year + 1, 1)))))).toList();
        Partnership withActors = partnership.toBuilder().workingGroups(groups)
                .themes(Set.of(Theme.EDUCATION, Theme.EMPLOYMENT, Theme.HOUSING, Theme.SOCIAL_PREVENTION))
                .situationAnalysis(new RecordedSpan(RecordedDate.month(YearMonth.of(year, 7)), RecordedDate.month(YearMonth.of(year, 9))))
                .membershipOpen(RecordedSpan.notRecorded())
                .localConsultant(new LocalConsultant(Set.of(AdviceTopic.PROJECT_APPLICATIONS, AdviceTopic.COORDINATION)))
                .coordinatedApproach(new CoordinatedApproachRole(RecordedDate.notRecorded()))
                .document(new DocumentLink("Prezentace dobré praxe", URI.create("https://example.org/praxe.pdf"),
                        DocumentKind.PRESENTATION))
                .build();
        Project idea = new Project(ProjectId.of("individualni-projekt"), partnership.id(), "Individuální projekt města",
                partnership.memberships().get(0).memberId(), List.of(), null, null, true,
                List.of(new StatusChange(ProjectStatus.IDEA, LocalDate.of(year, 5, 1))));
        Dossier dossier = generated.withPartnership(withActors).withProject(idea);

        byte[] json = PartnershipJackson3.writeDossier(dossier);
        assertThat(PartnershipJackson3.readDossier(json)).isEqualTo(dossier);
        assertThat(cz.socialinclusion.partnership.json.PartnershipJson.readDossier(json)).isEqualTo(dossier);
        assertThat(cz.socialinclusion.partnership.json.PartnershipJson.writeDossier(dossier)).isEqualTo(json);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"kind\": \"presentation\"",
                "\"advisesOn\": [", "\"leastPerMonth\": 2", "\"since\": \"not-recorded\"", "\"social-prevention\"");
    }

    @Test
    void theCanonicalFormEndsWithOneNewlineAndIndentsByTwoSpaces() {
        String json = new String(PartnershipJackson3.writeDossier(SourcePages.kadan()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"partnership\": {\n    \"id\": \"kadan\",")
                .endsWith("\n}\n").doesNotContain("\r").doesNotContain("\t");
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedWhileItIsRead() {
        // An endless stream of spaces: only counting while reading can end this.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(endless));
        assertThat(refused).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Document length").hasMessageContaining(String.valueOf(PartnershipJackson3.MAX_DOCUMENT_LENGTH))
                .hasMessageEndingWith("\n at $ (line 1, column " + (PartnershipJackson3.MAX_DOCUMENT_LENGTH + 1) + ")");
    }

    @Test
    void bytesLongerThanTheLimitAreRefusedBeforeParsing() {
        byte[] big = new byte[(int) PartnershipJackson3.MAX_DOCUMENT_LENGTH + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(catchThrowable(() -> PartnershipJackson3.readDossier(big)))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document length");
    }

    @Test
    void utf16AndUtf32AndLatin2AreRefusedAsNotUtf8() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                Charset.forName("UTF-32"), Charset.forName("ISO-8859-2")}) {
            Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(cheb.getBytes(charset)));
            assertThat(refused).as(charset.name()).isInstanceOf(StreamReadException.class)
                    .hasMessageStartingWith("Input is not UTF-8");
        }
    }

    @Test
    void aLatin2CzechNameIsRefusedAtItsPath() {
        String cheb = new String(PartnershipJackson3.writeDossier(SourcePages.cheb()), StandardCharsets.UTF_8);
        byte[] mixed = cheb.replace("Město Cheb", "\u0000").getBytes(StandardCharsets.UTF_8);
        // The NUL is replaced by "Město" in ISO-8859-2: the byte of "ě" (0xEC) starts no valid UTF-8 sequence here.
        byte[] latin2 = "Město".getBytes(Charset.forName("ISO-8859-2"));
        int at = indexOf(mixed, (byte) 0);
        byte[] json = new byte[mixed.length - 1 + latin2.length];
        System.arraycopy(mixed, 0, json, 0, at);
        System.arraycopy(latin2, 0, json, at, latin2.length);
        System.arraycopy(mixed, at + 1, json, at + latin2.length, mixed.length - at - 1);

        Throwable refused = catchThrowable(() -> PartnershipJackson3.readDossier(json));
        assertThat(refused).isInstanceOf(StreamReadException.class).hasMessageEndingWith("\n at $.partnership.memberships[1].member.name (line 23, column 21)");
        assertThat(PartnershipJackson3.path((StreamReadException) refused)).isEqualTo("$.partnership.memberships[1].member.name");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
