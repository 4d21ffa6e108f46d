package vn.reportbot.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;

/**
 * Run in a child JVM by {@link LargeMessageInSmallHeapTests}: reads the message file named by its argument with
 * {@link MessageReader#read(InputStream)} and prints its Message-ID and attachments. An {@link OutOfMemoryError}
 * ends it with a non-zero status.
 */
final class ReadLargeMessage {

    private ReadLargeMessage() {
    }

    public static void main(String[] args) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            ReceivedMessage message = new MessageReader().read(in);
            System.out.println("read " + message.messageId());
            for (Attachment attachment : message.attachments()) {
                System.out.println("attachment " + attachment.fileName() + " " + attachment.size());
            }
        }
    }
}
