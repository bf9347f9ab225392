package cz.socialinclusion.partnership.examples.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * What the commands that evaluate the rules share: the tool they belong to (its clock and rules), their own
 * command line, and the day and language of {@code --as-of} and {@code --lang}.
 */
abstract class EvaluatingCommand {

    @ParentCommand
    PartnershipCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationOptions evaluation;

    /** The day to evaluate: {@code --as-of}, or today by the tool's clock. */
    LocalDate day() {
        return evaluation.dayOr(cli.today());
    }

    /** Where the command writes its output. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
