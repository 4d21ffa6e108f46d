package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.junit.jupiter.api.Test;

class FetchBatchesTests {

    private final UIDFolder folder = mock(UIDFolder.class);

    private Message message(long uid, long size) throws MessagingException {
        Message message = mock(Message.class);
        when(message.getSize()).thenReturn((int) size);
        when(folder.getUID(message)).thenReturn(uid);
        return message;
    }

    private static List<Integer> sizes(List<List<Message>> batches) {
        return batches.stream().map(List::size).toList();
    }

    @Test
    void smallMessagesWithConsecutiveUidsMakeOneBatch() throws MessagingException {
        List<Message> messages = new ArrayList<>();
        for (long uid = 1; uid <= 2_000; uid++) {
            messages.add(message(uid, 3_000));
        }

        assertThat(sizes(FetchBatches.of(messages, folder))).containsExactly(2_000);
    }

    @Test
    void aBatchHoldsAtMostSixteenMegabytesAndALargerMessageGoesAlone() throws MessagingException {
        long mb = 1024 * 1024;
        List<Message> messages = List.of(message(1, 10 * mb), message(2, 5 * mb), message(3, 2 * mb), message(4, 34 * mb),
                message(5, 1 * mb));

        assertThat(sizes(FetchBatches.of(messages, folder))).containsExactly(2, 1, 1, 1);
    }

    @Test
    void scatteredUidsStartANewBatchAfterThreeHundredRanges() throws MessagingException {
        List<Message> messages = new ArrayList<>();
        for (long uid = 1; uid <= 1_000; uid++) {
            messages.add(message(uid * 2, 100));
        }

        assertThat(sizes(FetchBatches.of(messages, folder))).containsExactly(300, 300, 300, 100);
    }

    @Test
    void noMessagesMakeNoBatch() throws MessagingException {
        assertThat(FetchBatches.of(List.of(), folder)).isEmpty();
    }
}
