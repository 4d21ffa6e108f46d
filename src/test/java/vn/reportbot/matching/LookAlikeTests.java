package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;

/** Addresses and names made to pass for a unit's are told, with the registered one they imitate named. */
class LookAlikeTests {

    private static final Directory DIRECTORY = DirectoryLoader.load(Path.of("config/directory.yml"));

    @ParameterizedTest
    @ValueSource(strings = {"mttq.phuocdai@gmaii.com", "mttq.phuocdai@gmai1.com", "mttq.phuocdaі@gmail.com",
            "mttq.phuoc\u200Bdai@gmail.com", "mttq.phu0cdai@gmail.com", "mttq.phuocdai@xn--gmil-63d.com"})
    void anImitationOfARegisteredAddressNamesIt(String from) {
        assertThat(LookAlike.address(from, DIRECTORY)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("trông giống địa chỉ đã đăng ký mttq.phuocdai@gmail.com của Xã Phước Đại"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mttq.phuocdai@gmail.com", "nguyenvanan.1978@gmail.com", "mttq.phuocdai2@gmail.com"})
    void aRegisteredOrAnOrdinaryAddressIsNoImitation(String from) {
        assertThat(LookAlike.address(from, DIRECTORY)).isEmpty();
    }

    @Test
    void cyrillicLettersInADisplayNameAreNamedByTheirCodes() {
        assertThat(LookAlike.name("MTTQ xã Phu\u043ec Đ\u0430i")).hasValueSatisfying(reason -> assertThat(reason)
                .contains("chữ Kirin 'о' U+043E", "chữ Kirin 'а' U+0430", "Phu\\u043Ec"));
        assertThat(LookAlike.name("MTTQ xã Phước Đại")).isEmpty();
    }
}
