package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTests {

    @Test
    void readsRawUtf8QuotedNamesWithCommas() {
        assertThat(Addresses.parse("\"Nguyễn, Văn Bền\" <Ben.NV@BacAi.example>, mttq@x.example (MTTQ xã)"))
                .containsExactly(new Addresses.Mailbox("ben.nv@bacai.example", "Nguyễn, Văn Bền"),
                        new Addresses.Mailbox("mttq@x.example", "MTTQ xã"));
    }

    @Test
    void readsGroupsAndBareAddresses() {
        assertThat(Addresses.parse("Các xã: a@x.example, b@x.example;, c@x.example"))
                .extracting(Addresses.Mailbox::address)
                .containsExactly("a@x.example", "b@x.example", "c@x.example");
    }

    @Test
    void decodesEncodedWordNames() {
        assertThat(Addresses.parse("=?UTF-8?Q?X=C3=A3_H=E1=BA=A3i_An?= <haian@x.example>").get(0).name())
                .isEqualTo("Xã Hải An");
    }
}
