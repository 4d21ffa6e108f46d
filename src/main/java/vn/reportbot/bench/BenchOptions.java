package vn.reportbot.bench;

/**
 * {@code bench [--messages N] [--units N] [--attachment-mb N]}.
 *
 * @param messages     how many report messages fill the mailbox
 * @param units        how many units the generated office has; the messages come from them in turn
 * @param attachmentMb the size of the attachment of the large message whose peak heap is measured; 0 leaves it out
 */
record BenchOptions(int messages, int units, int attachmentMb) {

    static final String USAGE = "usage: bench [--messages N] [--units N] [--attachment-mb N]  (defaults: 5000 messages"
            + " from a generated office of 50 units, and one message with a 25 MB attachment, 0 for none; run it in the"
            + " project folder, which holds the templates)";
    static final int MAX_MESSAGES = 1_000_000;
    static final int MAX_UNITS = 100_000;
    static final int MAX_ATTACHMENT_MB = 200;

    static BenchOptions parse(String[] args) {
        int messages = 5_000;
        int units = 50;
        int attachmentMb = 25;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = count(args, ++i, "--messages", 1, MAX_MESSAGES);
                case "--units" -> units = count(args, ++i, "--units", 1, MAX_UNITS);
                case "--attachment-mb" -> attachmentMb = count(args, ++i, "--attachment-mb", 0, MAX_ATTACHMENT_MB);
                default -> throw new BenchUsageException((args[i].startsWith("--") ? "unknown option " : "unexpected argument ")
                        + args[i] + "; " + USAGE);
            }
        }
        return new BenchOptions(messages, units, attachmentMb);
    }

    private static int count(String[] args, int i, String option, int min, int max) {
        if (i >= args.length) {
            throw new BenchUsageException(option + " needs a number; " + USAGE);
        }
        int n;
        try {
            n = Integer.parseInt(args[i]);
        } catch (NumberFormatException e) {
            throw new BenchUsageException(option + " needs a whole number, not '" + args[i] + "'; " + USAGE);
        }
        if (n < min || n > max) {
            throw new BenchUsageException(option + " must be between " + min + " and " + max + " (was " + n + "); " + USAGE);
        }
        return n;
    }
}
