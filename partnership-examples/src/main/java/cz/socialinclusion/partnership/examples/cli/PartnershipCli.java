package cz.socialinclusion.partnership.examples.cli;

import cz.socialinclusion.partnership.base.Limits;
import cz.socialinclusion.partnership.base.PartnershipException;
import cz.socialinclusion.partnership.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The {@code partnership} command-line tool: a demo of the five source-page partnerships on the embedded H2
 * database, checking and scheduling dossier files, and moving dossiers between files and a database.
 *
 * <p>Exit codes: 0 success (for {@code check}, no finding is an error); 1 some finding is an error, or the
 * database refused a write; 2 a bad argument or a file that cannot be read or is not a valid dossier. Every
 * failure is one line on standard error; {@code --verbose} adds the stack trace.
 *
 * <p>Every text the tool prints that comes from a dossier, a file name, an argument or an error message has its
 * control characters escaped ({@link TerminalText}): no value can steer the terminal or forge a line.
 */
@Command(name = "partnership", mixinStandardHelpOptions = true, versionProvider = PartnershipCli.Version.class,
        description = "Local partnerships for social inclusion: the method's rules on dossier files and databases.",
        subcommands = {DemoCommand.class, CheckCommand.class, ScheduleCommand.class, ImportCommand.class,
                ExportCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class PartnershipCli implements Runnable {

    static final int ERROR_FINDINGS = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Show the stack trace of a failure.")
    boolean verbose;

    final Clock clock;
    final Rules rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public PartnershipCli(Clock clock) {
        this(clock, Rules.standard());
    }

    /** The tool with a clock and the rules {@code check}, {@code schedule} and {@code demo} evaluate, such as a host's {@code Rules.standard().with(rule)}. */
    public PartnershipCli(Clock clock, Rules rules) {
        this.clock = clock;
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Today, by the tool's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A command line with the tool's error handling: one line on standard error, the exit codes above. */
    public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
        return commandLine(clock, Rules.standard(), out, err);
    }

    /** A command line as {@link #commandLine(Clock, PrintWriter, PrintWriter)} that evaluates {@code rules}: how a host runs the tool with its own rules. */
    public static CommandLine commandLine(Clock clock, Rules rules, PrintWriter out, PrintWriter err) {
        PartnershipCli cli = new PartnershipCli(clock, rules);
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(LocalDate.class, PartnershipCli::day);
        commandLine.registerConverter(Locale.class, Languages::parse);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            failed.getErr().println("partnership: " + TerminalText.escape(message)
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            failed.getErr().flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
            PrintWriter error = failed.getErr();
            error.println("partnership: " + TerminalText.escape(oneLine(e)));
            if (cli.verbose) {
                stackTrace(error, e);
            }
            error.flush();
            return e instanceof InputProblem || e instanceof PartnershipException ? BAD_INPUT : ERROR_FINDINGS;
        });
        return commandLine;
    }

    /** A day of an option: an ISO date within the days the model accepts, so that no rule walks centuries. */
    private static LocalDate day(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a day such as 2011-06-01");
        }
        if (!Limits.isWithinRange(day)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not between " + Limits.EARLIEST_DAY
                    + " and " + Limits.LATEST_DAY);
        }
        return day;
    }

    /** The stack trace, each line escaped like every other text the tool prints; the tab of the frames kept. */
    private static void stackTrace(PrintWriter error, Exception e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> error.println(line.startsWith("\t")
                ? "\t" + TerminalText.escape(line.substring(1)) : TerminalText.escape(line)));
    }

    /** The message, whole: escaping turns any line break in it into visible text, so it stays one line. */
    private static String oneLine(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().strip();
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exit = commandLine(Clock.systemDefaultZone(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** The version of the library the tool is built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"partnership " + cz.socialinclusion.partnership.json.PartnershipModule.VERSION};
        }
    }
}
