package cz.socialinclusion.partnership.examples.cli;

/** The database refused or failed a command's work, which left it as it was; the message is the one line printed. Exit code 1. */
final class StoreProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
