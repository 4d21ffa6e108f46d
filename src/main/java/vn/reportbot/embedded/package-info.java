/**
 * The embedded GreenMail SMTP and IMAP server of the default set-up: started on loopback when no
 * office mailbox is configured, with an account for every address of the directory, so that the
 * whole loop runs on one machine with nothing installed.
 */
package vn.reportbot.embedded;
