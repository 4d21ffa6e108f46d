package vn.reportbot.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a copy of the example directory: written back as at start-up, comments kept, refusals leave it alone. */
class DirectoryEditorTests {

    @TempDir
    Path temp;

    private Path file;
    private Directory directory;
    private DirectoryEditor editor;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void copyTheExample() throws IOException {
        file = temp.resolve("directory.yml");
        Files.copy(Path.of("config/directory.yml"), file);
        directory = DirectoryLoader.load(file);
        editor = new DirectoryEditor(file, directory, Files.readString(file), events::add);
    }

    @Test
    void anAddedAddressIsWrittenInTheListItsUnitHadAndTheRestOfTheFileStaysAsItWas() throws IOException {
        String before = Files.readString(file);

        DirectoryEditor.Change change = editor.apply(new DirectoryEdit.AddUnitAddress("bac-ai-mttq", "phuoc-dai",
                " ChuTich.PhuocDai@Gmail.com "));

        String after = Files.readString(file);
        assertThat(after).contains("emails: [mttq.phuocdai@gmail.com, chutich.phuocdai@gmail.com]");
        assertThat(after.replace(", chutich.phuocdai@gmail.com", "")).isEqualTo(before);
        assertThat(Files.readString(editor.backup())).isEqualTo(before);
        assertThat(DirectoryLoader.load(file).unitByAddress("chutich.phuocdai@gmail.com")).map(Unit::id).hasValue("phuoc-dai");
        assertThat(directory.unitByAddress("chutich.phuocdai@gmail.com")).map(Unit::id).hasValue("phuoc-dai");
        assertThat(change.subjectId()).isEqualTo("bac-ai-mttq/phuoc-dai");
        assertThat(change.after()).contains("chutich.phuocdai@gmail.com");
        assertThat(events).singleElement().isInstanceOfSatisfying(DirectoryChanged.class,
                e -> assertThat(e.addresses()).contains("chutich.phuocdai@gmail.com"));
    }

    @Test
    void renamingAddingAUnitAndChangingStaffAllLoadAgainWithTheirComments() throws IOException {
        editor.apply(new DirectoryEdit.RenameUnit("hai-hau-bdv", "con", "Thị trấn  Cồn Mới"));
        editor.apply(new DirectoryEdit.AddAlias("hai-hau-bdv", "con", "Con Moi"));
        editor.apply(new DirectoryEdit.RemoveAlias("hai-hau-bdv", "con", "Con"));
        editor.apply(new DirectoryEdit.AddUnit("bac-ai-mttq", "phuoc-moi", "Xã Phước Mới", "mttq.phuocmoi@gmail.com"));
        editor.apply(new DirectoryEdit.ChangeStaff("bac-ai-mttq", "hoa.pt@bacai.example", "Pinăng Thị Hoà", "hoa@bacai.example"));
        editor.apply(new DirectoryEdit.AddStaff("hai-hau-bdv", "Vũ Văn Nam", "nam.vv@haihau.example"));
        editor.apply(new DirectoryEdit.RemoveStaff("hai-hau-bdv", "mai.tt@haihau.example"));

        Directory reread = DirectoryLoader.load(file);
        Unit con = reread.requireOffice("hai-hau-bdv").unit("con").orElseThrow();
        assertThat(con.name()).isEqualTo("Thị trấn Cồn Mới");
        assertThat(con.aliases()).containsExactly("TT Cồn", "Con Moi");
        assertThat(reread.requireOffice("bac-ai-mttq").unit("phuoc-moi")).map(Unit::emails)
                .hasValue(List.of("mttq.phuocmoi@gmail.com"));
        assertThat(reread.requireOffice("bac-ai-mttq").staff()).extracting(StaffMember::email)
                .containsExactly("ben.nv@bacai.example", "hoa@bacai.example");
        assertThat(reread.requireOffice("hai-hau-bdv").staff()).extracting(StaffMember::name)
                .containsExactly("Lại Văn Hà", "Vũ Văn Nam");
        assertThat(Files.readString(file)).startsWith("# The offices and the units that report to them.");
        assertThat(directory.requireOffice("hai-hau-bdv").unit("con")).map(Unit::name).hasValue("Thị trấn Cồn Mới");
    }

    @Test
    void anAddressAnotherUnitHasIsRefusedNamingThatUnitAndTheFileIsUntouched() throws IOException {
        String before = Files.readString(file);

        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.ChangeUnitAddress("hai-hau-bdv", "con",
                "dv.ttcon@gmail.com", "MTTQ.phuocdai@gmail.com")))
                .isInstanceOfSatisfying(DirectoryEditRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(DirectoryEditRefused.Reason.ADDRESS_OF_UNIT);
                    assertThat(r.field()).isEqualTo("address");
                    assertThat(r.args()).containsExactly("Xã Phước Đại", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
                });
        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.AddUnitAddress("hai-hau-bdv", "con", "not-an-address")))
                .hasFieldOrPropertyWithValue("reason", DirectoryEditRefused.Reason.INVALID_ADDRESS);
        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.RenameUnit("hai-hau-bdv", "con", "thị trấn yên định")))
                .hasFieldOrPropertyWithValue("reason", DirectoryEditRefused.Reason.NAME_CLASH);
        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.RemoveUnitAddress("hai-hau-bdv", "con", "dv.ttcon@gmail.com")))
                .hasFieldOrPropertyWithValue("reason", DirectoryEditRefused.Reason.LAST_ADDRESS);
        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.AddUnit("hai-hau-bdv", "con", "Xã Khác", "khac@gmail.com")))
                .hasFieldOrPropertyWithValue("reason", DirectoryEditRefused.Reason.ID_TAKEN);

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(editor.backup()).doesNotExist();
        assertThat(events).isEmpty();
    }

    @Test
    void aFileBrokenByHandIsNotUsedAndNoChangeIsMadeOnTopOfIt() throws IOException {
        Files.writeString(file, Files.readString(file).replace("mttq.phuocdai@gmail.com", "mttq.phuochoa@gmail.com"));

        assertThat(editor.reloadIfChanged()).hasValueSatisfying(p -> assertThat(p).contains("appears twice"));
        assertThat(directory.unitByAddress("mttq.phuocdai@gmail.com")).isPresent();
        assertThatThrownBy(() -> editor.apply(new DirectoryEdit.AddAlias("hai-hau-bdv", "con", "Cồn")))
                .hasFieldOrPropertyWithValue("reason", DirectoryEditRefused.Reason.FILE_INVALID);
    }

    @Test
    void aFileChangedByHandIsReadAgain() throws IOException {
        Files.writeString(file, Files.readString(file).replace("mttq.phuocdai@gmail.com", "moi.phuocdai@gmail.com"));

        assertThat(editor.reloadIfChanged()).isEmpty();

        assertThat(directory.unitByAddress("moi.phuocdai@gmail.com")).map(Unit::id).hasValue("phuoc-dai");
        assertThat(directory.unitByAddress("mttq.phuocdai@gmail.com")).isEmpty();
    }
}
