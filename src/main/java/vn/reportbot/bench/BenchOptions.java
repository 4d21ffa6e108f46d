package vn.reportbot.bench;

/**
 * {@code bench [--messages N] [--units N] [--attachment-mb N]}.
 *
 * @param messages     how many report messages fill the mailbox
 * @param units        how many units the generated office has; the messages come from them in turn
 * @param attachmentMb the size of the attachment of the large message whose peak heap is measured; 0 leaves it out
 * @param database     {@code h2} or {@code postgres}: the database the service runs on
 * @param postgresUrl  the PostgreSQL server's JDBC URL, for {@code postgres}; the bench creates a database of its own
 *                     there
 * @param postgresUser the user it connects as (no password: trust, as on the project's machines)
 * @param fanoutUnits  how many units the office of the reminder fan-out has
 * @param idleReports  how many reports arrive one by one while the service waits on IDLE
 * @param digestUnits  the sizes of the offices whose digest is timed
 */
record BenchOptions(int messages, int units, int attachmentMb, String database, String postgresUrl, String postgresUser,
                    int fanoutUnits, int idleReports, java.util.List<Integer> digestUnits) {

    static final int MAX_MESSAGES = 1_000_000;
    static final int MAX_UNITS = 100_000;
    static final int MAX_ATTACHMENT_MB = 200;
}
