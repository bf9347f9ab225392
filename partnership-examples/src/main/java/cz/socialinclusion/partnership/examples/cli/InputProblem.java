package cz.socialinclusion.partnership.examples.cli;

/** A file or argument the tool cannot use; its message is the one line the tool prints. Exit code 2. */
final class InputProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
