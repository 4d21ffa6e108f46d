package vn.reportbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLoaderTests {

    private static final Path FIXTURES = Path.of("src/test/resources/directory");

    @TempDir
    Path temp;

    @Test
    void theExampleDirectoryLoadsWithItsOfficesAndAllTheirUnits() {
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));

        assertThat(directory.offices()).extracting(Office::id).containsExactly("bac-ai-mttq", "hai-hau-bdv", "ninh-binh-btgdv");
        Office ninhBinh = directory.requireOffice("ninh-binh-btgdv");
        assertThat(ninhBinh.units()).hasSize(86);
        assertThat(ninhBinh.name()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình");
        assertThat(ninhBinh.units()).extracting(Unit::name).contains("Phường Đông Hoa Lư", "Xã Hải Hưng");
        Office bacAi = directory.requireOffice("bac-ai-mttq");
        Office haiHau = directory.requireOffice("hai-hau-bdv");
        assertThat(bacAi.units()).hasSize(9);
        assertThat(haiHau.units()).hasSize(34);
        assertThat(bacAi.name()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        assertThat(bacAi.mailbox()).isEqualTo("mattrabbacai@gmail.com");
        assertThat(haiHau.mailbox()).isEqualTo("bandanvan.haihau@gmail.com");
        assertThat(bacAi.staff()).extracting(StaffMember::name).containsExactly("Nguyễn Văn Bền", "Pinăng Thị Hoa");
        assertThat(bacAi.unit("phuoc-dai")).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("Xã Phước Đại");
            assertThat(u.officeId()).isEqualTo("bac-ai-mttq");
            assertThat(u.emails()).containsExactly("mttq.phuocdai@gmail.com");
            assertThat(u.aliases()).containsExactly("Phuoc Dai");
        });
        assertThat(haiHau.unit("thinh-long")).hasValueSatisfying(
                u -> assertThat(u.aliases()).containsExactly("TT Thịnh Long", "Thinh Long"));
        // 3 mailboxes, 6 staff, 129 unit addresses, all distinct
        assertThat(directory.allAddresses()).hasSize(3 + 6 + 129).doesNotHaveDuplicates();
    }

    @Test
    void lookupsByAddressIgnoreCase() {
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));

        assertThat(directory.unitByAddress("MTTQ.PhuocDai@Gmail.com")).map(Unit::id).hasValue("phuoc-dai");
        assertThat(directory.unitByAddress("dv.haianh@gmail.com")).map(Unit::id).hasValue("hai-anh");
        assertThat(directory.unitByAddress("DV.HaiAn@gmail.com")).map(Unit::id).hasValue("hai-an");
        assertThat(directory.officeByMailbox("MatTrabBacAi@GMAIL.com")).map(Office::id).hasValue("bac-ai-mttq");
        assertThat(directory.officeByStaffAddress("Ha.LV@HaiHau.example")).map(Office::id).hasValue("hai-hau-bdv");
        assertThat(directory.unitByAddress("nguyenvanan1980@gmail.com")).isEmpty();
        assertThat(directory.unitByAddress(null)).isEmpty();
    }

    @Test
    void addressesWrittenWithCapitalsAreStoredLowerCaseAndFoundInAnyCase() {
        Directory directory = DirectoryLoader.load(FIXTURES.resolve("valid.yml"));

        Office office = directory.requireOffice("thu-nghiem");
        assertThat(office.mailbox()).isEqualTo("bandanvan.thunghiem@gmail.com");
        assertThat(office.name()).isEqualTo("Ban Dân vận Huyện ủy Thử Nghiệm");
        assertThat(office.staff()).isEmpty();
        assertThat(office.unit("xa-mot").orElseThrow().emails())
                .containsExactly("dv.xamot@gmail.com", "chutich.xamot@gmail.com");
        assertThat(office.unit("xa-hai").orElseThrow().emails()).containsExactly("dv.xahai@gmail.com");
        assertThat(office.unit("xa-hai").orElseThrow().aliases()).isEmpty();
        assertThat(directory.unitByAddress("dv.xamot@gmail.com")).map(Unit::id).hasValue("xa-mot");
        assertThat(directory.unitByAddress("DV.XAMOT@GMAIL.COM")).map(Unit::id).hasValue("xa-mot");
        assertThat(directory.officeByMailbox("bandanvan.thunghiem@gmail.com")).map(Office::id).hasValue("thu-nghiem");
    }

    @Test
    void anAddressUsedTwiceIsRefusedAtItsSecondLineNamingTheFirst() {
        Path file = FIXTURES.resolve("duplicate-address.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":13: ")
                .hasMessageContaining("address 'dv.xamot@gmail.com' appears twice")
                .hasMessageContaining("also at line 8");
    }

    @Test
    void aMisspeltKeyIsRefusedAtItsLineWithTheKeysThatExist() {
        Path file = FIXTURES.resolve("misspelt-key.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":9: ")
                .hasMessageContaining("'alias' is not a key of a unit")
                .hasMessageContaining("aliases");
    }

    @Test
    void anIdWithCapitalsOrSpacesIsRefusedAtItsLine() {
        Path file = FIXTURES.resolve("bad-id.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":9: ")
                .hasMessageContaining("unit id 'Xã Hai'")
                .hasMessageContaining("a-z, 0-9 and '-'");
    }

    @Test
    void anOfficeWithoutUnitsIsRefusedAtTheOfficesLine() {
        Path file = FIXTURES.resolve("missing-units.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":10: ")
                .hasMessageContaining("'units' is missing");
    }

    @Test
    void brokenYamlIsRefusedWithTheLineWhereTheParserStoppedAndWhereTheListOpened() {
        Path file = FIXTURES.resolve("not-yaml.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":9: ")
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("expected ',' or ']'")
                .hasMessageContaining("starts at line 8");
    }

    @Test
    void aUnitWithAnEmptyEmailListIsRefusedAtTheUnitsLine() {
        Path file = FIXTURES.resolve("unit-without-emails.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":9: ")
                .hasMessageContaining("unit 'xa-hai' has no address under 'emails'");
    }

    @Test
    void anAliasThatIsNotASingleNameIsRefusedAtItsLine() {
        Path file = FIXTURES.resolve("alias-not-a-name.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":11: ")
                .hasMessageContaining("an alias must be a single value");
    }

    @Test
    void aUnitWithoutAnEmailsKeyIsRefusedAtTheUnitsLine() throws Exception {
        Path file = temp.resolve("no-emails-key.yml");
        Files.writeString(file, """
                offices:
                  - id: thu-nghiem
                    name: Ban Dân vận Huyện ủy Thử Nghiệm
                    mailbox: bandanvan.thunghiem@gmail.com
                    units:
                      - id: xa-mot
                        name: Xã Một
                """);

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":6: ")
                .hasMessageContaining("'emails' is missing");
    }

    @Test
    void aUnitMaySetHowItIsAddressedAndAnEmptyAddresseeIsRefused() throws Exception {
        Path file = temp.resolve("addressee.yml");
        String directory = """
                offices:
                  - id: thu-nghiem
                    name: Ban Dân vận Huyện ủy Thử Nghiệm
                    mailbox: bandanvan.thunghiem@gmail.com
                    units:
                      - id: xa-mot
                        name: Xã Một
                        emails: [dv.xamot@gmail.com]
                        addressee: Đồng chí Trưởng Khối dân vận Đảng ủy xã Một
                      - id: xa-hai
                        name: Xã Hai
                        emails: [dv.xahai@gmail.com]
                """;
        Files.writeString(file, directory);

        Office office = DirectoryLoader.load(file).requireOffice("thu-nghiem");

        assertThat(office.unit("xa-mot")).map(Unit::addressee).hasValue("Đồng chí Trưởng Khối dân vận Đảng ủy xã Một");
        assertThat(office.unit("xa-hai")).hasValueSatisfying(u -> assertThat(u.addressee()).isNull());

        Files.writeString(file, directory.replace("addressee: Đồng chí Trưởng Khối dân vận Đảng ủy xã Một", "addressee: \"\""));
        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":9: ")
                .hasMessageContaining("'addressee' is empty");
    }

    @Test
    void aMissingFileIsRefusedNamingItAndTheSetting() {
        Path file = temp.resolve("absent.yml");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("does not exist")
                .hasMessageContaining("reportbot.directory");
    }

    @Test
    void anEmptyFileIsRefusedAtLineOne() throws Exception {
        Path file = temp.resolve("empty.yml");
        Files.writeString(file, "# nothing yet\n");

        assertThatThrownBy(() -> DirectoryLoader.load(file))
                .isInstanceOf(DirectoryException.class)
                .hasMessageStartingWith(file + ":1: ")
                .hasMessageContaining("'offices:'");
    }
}
