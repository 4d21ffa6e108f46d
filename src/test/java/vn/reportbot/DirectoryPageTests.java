package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Unit;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;

/**
 * The directory page over HTTP on the service of the embedded defaults started with a copy of the example directory:
 * a change is written to that file and still loads, the running service sees it at once (a report from a new address
 * is matched on the next poll), a refused change leaves the file as it was, every change is in the audit log, and a
 * STAFF login cannot reach the page.
 */
class DirectoryPageTests {

    private static final String ADMIN_PASSWORD = "mat-khau-danh-ba";
    private static final String STAFF_PASSWORD = "mat-khau-can-bo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path temp;

    private static Path file;
    private static EmbeddedService service;

    @BeforeAll
    static void start() throws Exception {
        file = temp.resolve("config/directory.yml");
        Files.createDirectories(file.getParent());
        Files.copy(Path.of("config/directory.yml"), file);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        service = EmbeddedService.start(temp.resolve("data"), ADMIN_PASSWORD, "--reportbot.directory=" + file,
                "--reportbot.users[0].username=lan", "--reportbot.users[0].password=" + hash,
                "--reportbot.users[0].role=STAFF", "--reportbot.users[0].offices[0]=hai-hau-bdv");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theListShowsEveryOfficeWithItsUnitsAndStaffAndItsFilterWorksWithoutJavaScript() throws Exception {
        Client admin = Client.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> all = admin.page("/directory");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("Danh bạ", "Ban Dân vận Huyện ủy Hải Hậu", "Xã Phước Bình",
                "mttq.phuocbinh@gmail.com", "Lại Văn Hà", "ha.lv@haihau.example", "TT Thịnh Long");

        int units = service.bean(Directory.class).offices().stream().mapToInt(o -> o.units().size()).sum();
        HttpResponse<String> filtered = admin.page("/directory?q=" + enc("thinh long"));
        assertThat(filtered.body()).contains("Thị trấn Thịnh Long", "Hiển thị 1 trên " + units + " đơn vị")
                .doesNotContain("Xã Phước Bình", "Thị trấn Yên Định");
    }

    @Test
    void anAddedAddressIsWrittenToTheFileAndTheNextPollMatchesAReportFromItToTheUnit() throws Exception {
        Client admin = Client.logIn("admin", ADMIN_PASSWORD);
        String newAddress = "chutich.phuoctan@gmail.com";

        HttpResponse<String> added = admin.post("/directory/bac-ai-mttq/phuoc-tan/addresses",
                "address=" + enc("ChuTich.PhuocTan@Gmail.com"), "/directory/bac-ai-mttq/phuoc-tan");

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).contains("/directory/bac-ai-mttq/phuoc-tan?saved=");
        assertThat(Files.readString(file)).contains("emails: [mttq.phuoctan@gmail.com, " + newAddress + "]")
                .startsWith("# The offices and the units that report to them.");
        assertThat(DirectoryLoader.load(file).unitByAddress(newAddress)).map(Unit::id).hasValue("phuoc-tan");
        assertThat(Files.readString(file.resolveSibling("directory.yml.bak"))).doesNotContain(newAddress);
        assertThat(service.bean(Directory.class).unitByAddress(newAddress)).map(Unit::id).hasValue("phuoc-tan");
        assertThat(service.bean(EmbeddedMailServer.class).accounts()).contains(newAddress);

        byte[] report = Files.readString(Path.of("src/test/resources/e2e/report-phuoc-dai.eml"), StandardCharsets.ISO_8859_1)
                .replace("mttq.phuocdai@gmail.com", newAddress)
                .replace("CAFphuocdai.319.report", "CAFphuoctan.319.new-address")
                .getBytes(StandardCharsets.ISO_8859_1);
        service.deliver(report);
        service.poll();

        ReportView recorded = service.bean(ReportLog.class).list(Optional.empty(), Optional.of("bac-ai-mttq"), 50).stream()
                .filter(r -> newAddress.equals(r.from())).findFirst().orElseThrow();
        assertThat(recorded.unit()).isEqualTo("phuoc-tan");
        assertThat(recorded.decision()).isNotEqualTo("NEEDS_REVIEW");

        HttpResponse<String> unitPage = admin.page("/directory/bac-ai-mttq/phuoc-tan");
        assertThat(unitPage.body()).contains(newAddress, "thêm địa chỉ thư", "admin");
        assertThat(service.bean(AuditLog.class).entriesFor("unit", "bac-ai-mttq/phuoc-tan", 10))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.action()).isEqualTo("add-address");
                    assertThat(e.before()).doesNotContain(newAddress);
                    assertThat(e.after()).contains(newAddress);
                });
    }

    @Test
    void anInvalidOrTakenAddressOrAClashingNameIsRefusedInVietnameseAndTheFileIsUntouched() throws Exception {
        Client admin = Client.logIn("admin", ADMIN_PASSWORD);
        String before = Files.readString(file);

        HttpResponse<String> invalid = admin.post("/directory/hai-hau-bdv/hai-nam/addresses/change",
                "old=dv.hainam%40gmail.com&address=" + enc("dv.hainam@@gmail"), "/directory/hai-hau-bdv/hai-nam");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Địa chỉ thư không hợp lệ", "value=\"dv.hainam@@gmail\"");

        HttpResponse<String> taken = admin.post("/directory/hai-hau-bdv/hai-nam/addresses",
                "address=" + enc("mttq.phuocdai@gmail.com"), "/directory/hai-hau-bdv/hai-nam");
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("Địa chỉ này đã thuộc về Xã Phước Đại (Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái)");

        HttpResponse<String> clash = admin.post("/directory/hai-hau-bdv/hai-nam/name",
                "name=" + enc("Xã Hải Trung"), "/directory/hai-hau-bdv/hai-nam");
        assertThat(clash.statusCode()).isEqualTo(422);
        assertThat(clash.body()).contains("Tên này trùng với tên hoặc tên khác của Xã Hải Trung");

        HttpResponse<String> staffTaken = admin.post("/directory/hai-hau-bdv/staff",
                "name=" + enc("Vũ Thị Lan") + "&email=" + enc("bandanvan.haihau@gmail.com"), "/directory/hai-hau-bdv");
        assertThat(staffTaken.statusCode()).isEqualTo(422);
        assertThat(staffTaken.body()).contains("hộp thư nhận báo cáo của Ban Dân vận Huyện ủy Hải Hậu");

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(service.bean(AuditLog.class).entriesFor("unit", "hai-hau-bdv/hai-nam", 10)).isEmpty();
    }

    @Test
    void staffAndAUnitAddedOnTheOfficePageAreInTheFileAndItsHistory() throws Exception {
        Client admin = Client.logIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> staff = admin.post("/directory/hai-hau-bdv/staff",
                "name=" + enc("Vũ Thị Lan") + "&email=" + enc("lan.vt@haihau.example"), "/directory/hai-hau-bdv");
        assertThat(staff.statusCode()).isEqualTo(302);
        HttpResponse<String> unit = admin.post("/directory/hai-hau-bdv/units",
                "id=hai-moi&name=" + enc("Xã Hải Mới") + "&address=" + enc("dv.haimoi@gmail.com"), "/directory/hai-hau-bdv");
        assertThat(unit.headers().firstValue("Location").orElseThrow()).contains("/directory/hai-hau-bdv/hai-moi");

        Directory reread = DirectoryLoader.load(file);
        assertThat(reread.officeByStaffAddress("lan.vt@haihau.example")).isPresent();
        assertThat(reread.unitByAddress("dv.haimoi@gmail.com")).map(Unit::name).hasValue("Xã Hải Mới");
        assertThat(admin.page("/directory/hai-hau-bdv").body()).contains("Vũ Thị Lan", "thêm cán bộ", "Xã Hải Mới");
    }

    @Test
    void aFileChangedByHandIsWhatThePageAndTheServiceUse() throws Exception {
        Client admin = Client.logIn("admin", ADMIN_PASSWORD);
        Files.writeString(file, Files.readString(file).replace("aliases: [Hai Van]", "aliases: [Hai Van, Hải Vân Mới]"));

        assertThat(admin.page("/directory?q=" + enc("hai van moi")).body()).contains("Hải Vân Mới");
        assertThat(service.bean(Directory.class).requireOffice("hai-hau-bdv").unit("hai-van"))
                .hasValueSatisfying(u -> assertThat(u.aliases()).contains("Hải Vân Mới"));
    }

    @Test
    void aStaffLoginGetsForbiddenOnEveryDirectoryPathAndChangesNothing() throws Exception {
        Client staff = Client.logIn("lan", STAFF_PASSWORD);
        String before = Files.readString(file);

        assertThat(staff.page("/directory").statusCode()).isEqualTo(403);
        assertThat(staff.page("/directory/hai-hau-bdv").statusCode()).isEqualTo(403);
        assertThat(staff.page("/directory/hai-hau-bdv/hai-nam").statusCode()).isEqualTo(403);
        HttpResponse<String> change = staff.post("/directory/hai-hau-bdv/hai-nam/addresses",
                "address=" + enc("lan.chiem@gmail.com"), "/");
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    /** A browser without JavaScript: keeps its session cookie, follows no redirect, posts its forms with the token. */
    private record Client(HttpClient http) {

        static Client logIn(String user, String password) throws Exception {
            Client client = new Client(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            HttpResponse<String> answer = client.send(request("/login").POST(form("username=" + enc(user) + "&password="
                    + enc(password) + "&_csrf=" + enc(client.csrf("/login")))));
            assertThat(answer.statusCode()).isEqualTo(302);
            return client;
        }

        HttpResponse<String> page(String path) throws Exception {
            return send(request(path).GET());
        }

        /** Posts {@code form} with the CSRF token of the page {@code from}. */
        HttpResponse<String> post(String path, String form, String from) throws Exception {
            return send(request(path).POST(form(form + "&_csrf=" + enc(csrf(from)))));
        }

        String csrf(String path) throws Exception {
            Matcher token = CSRF.matcher(page(path).body());
            assertThat(token.find()).as("a CSRF token in " + path).isTrue();
            return token.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(service.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }

        private static HttpRequest.BodyPublisher form(String body) {
            return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
