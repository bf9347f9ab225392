package cz.socialinclusion.partnership.examples.cli;

import org.h2.api.Trigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} updates what is stored, all files or none; {@code export} neither overwrites nor writes through a link by itself. */
class ImportExportTest {

    @TempDir
    Path dir;

    private String url;
    private Path out;

    @BeforeEach
    void database() {
        url = Cli.h2(dir, "store");
        out = dir.resolve("out");
    }

    private Cli.Result export(String municipality, String... more) {
        String[] args = {"export", "--jdbc-url", url, "--municipality", municipality, "--output", out.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    /** Děčín's dossier imported into the store and the output folder made, for the tests of what export overwrites. */
    private Path decinStoredAndOutputFolderMade() throws Exception {
        Path decin = Cli.sourcePage(dir, "decin.json");
        assertThat(Cli.run("import", "--jdbc-url", url, decin.toString()).exit()).isZero();
        Files.createDirectories(out);
        return decin;
    }

    @Test
    void anEditedDossierUpdatesTheStoredPartnershipAndItsPlans() throws Exception {
        Path jachymov = Cli.sourcePage(dir, "jachymov.json");
        assertThat(Cli.run("import", "--jdbc-url", url, jachymov.toString()).out())
                .contains("jachymov (Lokální partnerství Jáchymov, 1 plans, 0 projects): partnership new at version 0; plans 1 new");

        Cli.Result again = Cli.run("import", "--jdbc-url", url, jachymov.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("partnership unchanged at version 0; plans 0 new, 0 updated, 1 unchanged, 0 removed");

        Path edited = Cli.edited(dir, "jachymov.json", "edited.json",
                "\"name\": \"Lokální partnerství Jáchymov\"", "\"name\": \"Lokální partnerství Jáchymov a Ostrov\"",
                "\"title\": \"Strategický plán sociálního začleňování v Jáchymově\"",
                "\"title\": \"Strategický plán sociálního začleňování v Jáchymově a Ostrově\"");
        Cli.Result updated = Cli.run("import", "--jdbc-url", url, edited.toString());
        assertThat(updated.exit()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("imported " + edited + ": jachymov (Lokální partnerství Jáchymov a Ostrov, 1 plans, 0 projects): "
                + "partnership updated to version 1; plans 0 new, 1 updated, 0 unchanged, 0 removed");

        assertThat(export("Jáchymov").exit()).isZero();
        assertThat(Files.readString(out.resolve("jachymov.json"))).isEqualTo(Files.readString(edited));
    }

    @Test
    void aPlanLeftOutOfTheDossierIsRemovedUnlessAVersionOfItIsAdopted() throws Exception {
        Path kutnaHora = Cli.sourcePage(dir, "kutna-hora.json");
        assertThat(Cli.run("import", "--jdbc-url", url, kutnaHora.toString()).exit()).isZero();
        String json = Files.readString(kutnaHora);
        Path withoutPlans = dir.resolve("without-plans.json");
        Files.writeString(withoutPlans, json.substring(0, json.indexOf("\"plans\": [")) + "\"plans\": [],\n  \"projects\": []\n}\n");
        Cli.Result result = Cli.run("import", "--jdbc-url", url, withoutPlans.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains(withoutPlans + ": plan kutna-hora-spsz-2011 has adopted versions, which are never deleted; nothing was imported");
        assertThat(export("Kutná Hora").exit()).isZero();
        assertThat(Files.readString(out.resolve("kutna-hora.json"))).isEqualTo(json);
    }

    @Test
    void aBadFileAmongSeveralImportsNone() throws Exception {
        assertThat(Cli.run("import", "--jdbc-url", url, Cli.sourcePage(dir, "kadan.json").toString()).exit()).isZero();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\": 1, \"partnership\": ");
        Cli.Result result = Cli.run("import", "--jdbc-url", url, Cli.sourcePage(dir, "decin.json").toString(), bad.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains(bad.toString());
        assertThat(export("Děčín").exit()).isEqualTo(1);
        assertThat(export("Kadaň").exit()).isZero();
    }

    @Test
    void aFileTheDatabaseRefusesLeavesTheDatabaseAsItWasBeforeTheCall() throws Exception {
        assertThat(Cli.run("import", "--jdbc-url", url, Cli.sourcePage(dir, "jachymov.json").toString()).exit()).isZero();
        Path decin = Cli.sourcePage(dir, "decin.json");
        Path editedJachymov = Cli.edited(dir, "jachymov.json", "jachymov-edited.json",
                "\"name\": \"Lokální partnerství Jáchymov\"", "\"name\": \"Lokální partnerství Jáchymov 2\"");
        Path takesJachymovsPlan = Cli.edited(dir, "kutna-hora.json", "kutna-hora.json", "kutna-hora-spsz-2011", "jachymov-spsz-2011");

        Cli.Result result = Cli.run("import", "--jdbc-url", url, decin.toString(), editedJachymov.toString(), takesJachymovsPlan.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains(takesJachymovsPlan + ": plan jachymov-spsz-2011 is stored for partnership jachymov; nothing was imported");
        assertThat(result.out()).isEmpty();

        assertThat(export("Děčín").exit()).isEqualTo(1);
        assertThat(export("Kutná Hora").exit()).isEqualTo(1);
        assertThat(export("Jáchymov").exit()).isZero();
        assertThat(Files.readString(out.resolve("jachymov.json"))).isEqualTo(Files.readString(Cli.sourcePage(dir, "jachymov.json")));
    }

    /**
     * Another program commits a change to the stored partnership after {@code import} has read it and before
     * it saves: an H2 trigger on reading projects, which {@code import} does between the two, plays that program.
     */
    @Test
    void aChangeAnotherWriterCommitsMeanwhileIsRefusedNotLost() throws Exception {
        Path kadan = Cli.sourcePage(dir, "kadan.json");
        assertThat(Cli.run("import", "--jdbc-url", url, kadan.toString()).exit()).isZero();
        AnotherWriter.url = url;
        AnotherWriter.fired.set(false);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER another_writer BEFORE SELECT ON lp_project CALL '" + AnotherWriter.class.getName() + "'");
        }
        Path edited = Cli.edited(dir, "kadan.json", "kadan-edited.json",
                "\"name\": \"Lokální partnerství Kadaň\"", "\"name\": \"Lokální partnerství Kadaň (upraveno)\"");

        Cli.Result result = Cli.run("import", "--jdbc-url", url, edited.toString());
        assertThat(AnotherWriter.fired).isTrue();
        assertThat(result.exit()).isEqualTo(1);
        result.assertOneLineError();
        assertThat(result.err()).isEqualTo("partnership: " + edited + ": Partnership kadan was saved from version 0 but the stored"
                + " version is 1; nothing was imported\n");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER another_writer");
            try (ResultSet rs = s.executeQuery("SELECT name, version FROM lp_partnership WHERE id = 'kadan'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Lokální partnerství Kadaň – změna jiného programu");
                assertThat(rs.getLong(2)).isEqualTo(1);
            }
        }
    }

    /** The other program: once, on its own connection, renames Kadaň's partnership and commits. */
    public static final class AnotherWriter implements Trigger {
        static volatile String url;
        static final AtomicBoolean fired = new AtomicBoolean();

        @Override
        public void fire(Connection importing, Object[] oldRow, Object[] newRow) throws SQLException {
            if (fired.compareAndSet(false, true)) {
                try (Connection other = DriverManager.getConnection(url); Statement s = other.createStatement()) {
                    s.executeUpdate("UPDATE lp_partnership SET name = 'Lokální partnerství Kadaň – změna jiného programu',"
                            + " version = version + 1 WHERE id = 'kadan'");
                }
            }
        }
    }

    @Test
    void twoFilesOfOnePartnershipAreRefusedBeforeAnythingIsStored() throws Exception {
        Path cheb = Cli.sourcePage(dir, "cheb.json");
        Path copy = Files.copy(cheb, dir.resolve("cheb-copy.json"));
        Cli.Result result = Cli.run("import", "--jdbc-url", url, cheb.toString(), copy.toString());
        assertThat(result.exit()).isEqualTo(2);
        result.assertOneLineError();
        assertThat(result.err()).contains(copy + ": partnership cheb is also in " + cheb);
        assertThat(export("Cheb").exit()).isEqualTo(1);
    }

    @Test
    void exportRefusesToOverwriteAFileUnlessForced() throws Exception {
        Path decin = decinStoredAndOutputFolderMade();
        Path mine = Files.writeString(out.resolve("decin.json"), "moje poznámky");

        Cli.Result refused = export("Děčín");
        assertThat(refused.exit()).isEqualTo(2);
        refused.assertOneLineError();
        assertThat(refused.err()).contains(mine + " exists; --force replaces it");
        assertThat(Files.readString(mine)).isEqualTo("moje poznámky");

        Cli.Result forced = export("Děčín", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(mine)).isEqualTo(Files.readAllBytes(decin));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("decin.json");
        }
    }

    @Test
    void exportNeverWritesThroughASymbolicLink() throws Exception {
        Path decin = decinStoredAndOutputFolderMade();
        Path victim = Files.writeString(dir.resolve("victim.txt"), "cizí soubor");
        Path link = Files.createSymbolicLink(out.resolve("decin.json"), victim);

        Cli.Result refused = export("Děčín");
        assertThat(refused.exit()).isEqualTo(2);
        refused.assertOneLineError();
        assertThat(refused.err()).contains(link + " is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        Cli.Result forced = export("Děčín", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("cizí soubor");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readAllBytes(link)).isEqualTo(Files.readAllBytes(decin));
    }
}
