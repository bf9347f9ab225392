package cz.socialinclusion.partnership.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code partnership check} on findings the record cannot decide: they are shown as their own kind (UNKNOWN),
 * never raise the exit code, and {@code --completeness} lists them by rule in text and JSON, in English and Czech.
 * Jáchymov's page (complete until 9 February 2011) names the plan's measures but neither their priorities nor anyone
 * responsible for them; Kadaň's gives no day its groups were formed.
 */
class CheckUnknownTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void aFindingTheRecordCannotDecideIsShownAsUnknownAndDoesNotRaiseTheExitCode() throws Exception {
        Path jachymov = Cli.sourcePage(dir, "jachymov.json");
        Cli.Result text = Cli.run("check", "--as-of", "2011-02-09", jachymov.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out().lines().filter(l -> l.trim().startsWith("UNKNOWN traceability.not-recorded"))).hasSize(6);
        assertThat(text.out()).contains("WARNING membership.agency-not-listed").doesNotContain("ERROR ");

        Cli.Result json = Cli.run("check", "--format", "json", "--as-of", "2011-02-09", jachymov.toString());
        assertThat(json.exit()).isZero();
        JsonNode report = JSON.readTree(json.out());
        List<String> unknown = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("unknown") && f.get("rule").asText().equals("traceability")) {
                unknown.add(f.get("code").asText() + " " + f.get("arguments").get(1).asText() + " " + f.get("arguments").get(2).asText());
            }
        });
        assertThat(unknown).hasSize(6).containsOnly("traceability.not-recorded not-recorded 2011-02-09");
    }

    @Test
    void completenessListsForEachRuleTheFactsTheRecordLacks() throws Exception {
        Path jachymov = Cli.sourcePage(dir, "jachymov.json");
        Cli.Result text = Cli.run("check", "--completeness", "--as-of", "2011-02-09", jachymov.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Completeness", "as of 2011-02-09")
                .contains("review-cycle         can decide")
                .contains("traceability         plans[jachymov-spsz-2011].versions[0].measuresWithoutGoal[")
                .contains(".responsible is recorded as not-recorded: the record cannot tell whether the plan and the projects were traceable on 2011-02-09.");
        assertThat(text.out().lines().filter(l -> l.contains("can decide"))).hasSize(7);

        Cli.Result czech = Cli.run("check", "--completeness", "--lang", "cs", "--as-of", "2011-02-09", jachymov.toString());
        assertThat(czech.out()).contains("Úplnost záznamu", "k 2011-02-09", "plan-period          lze rozhodnout")
                .contains("je zaznamenáno jako not-recorded: ze záznamu nelze určit, zda byly plán a projekty 2011-02-09 provázané.");

        Cli.Result json = Cli.run("check", "--completeness", "--format", "json", "--as-of", "2011-02-09", jachymov.toString());
        assertThat(json.exit()).isZero();
        JsonNode line = JSON.readTree(json.out());
        assertThat(line.get("partnership").asText()).isEqualTo("jachymov");
        assertThat(line.get("asOf").asText()).isEqualTo("2011-02-09");
        assertThat(line.get("complete").asBoolean()).isFalse();
        List<String> rules = new ArrayList<>();
        line.get("rules").forEach(r -> rules.add(r.get("rule").asText() + " " + r.get("decides").asBoolean() + " " + r.get("lacking").size()));
        assertThat(rules).containsExactly("plan-period true 0", "planning-deadline true 0", "plan-approval true 0",
                "quarterly-reporting true 0", "review-cycle true 0", "intervention true 0", "membership true 0",
                "coverage false 4", "traceability false 6");
        assertThat(line.get("rules").get(8).get("lacking").get(0).get("severity").asText()).isEqualTo("unknown");
    }

    @Test
    void kadansRecordLacksTheDayItsGroupsWereFormed() throws Exception {
        Path kadan = Cli.sourcePage(dir, "kadan.json");
        Cli.Result json = Cli.run("check", "--completeness", "--format", "json", "--as-of", "2017-12-14", kadan.toString());
        assertThat(json.exit()).isZero();
        JsonNode line = JSON.readTree(json.out());
        assertThat(line.get("complete").asBoolean()).isFalse();
        List<String> lacking = new ArrayList<>();
        line.get("rules").forEach(r -> r.get("lacking").forEach(f -> lacking.add(r.get("rule").asText() + " " + f.get("arguments").get(0).asText())));
        assertThat(lacking).containsExactly("planning-deadline partnership.workingGroupsFormed");
    }
}
