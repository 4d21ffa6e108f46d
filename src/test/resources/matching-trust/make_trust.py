#!/usr/bin/env python3
"""Writes the trust corpus of TrustCorpusTests: mail a clerk would never want counted wrongly, each case in
several variants, and expected.json beside them. Run from this folder: python3 make_trust.py

Headers with Vietnamese text are RFC 2047 B words, bodies UTF-8 quoted-printable, line ends CRLF, as Gmail sends
them. Output is deterministic.
"""
import base64
import json
import quopri

BAC_AI = "mattrabbacai@gmail.com"
HAI_HAU = "bandanvan.haihau@gmail.com"
PHUOC_DAI = ("MTTQ Phước Đại", "mttq.phuocdai@gmail.com")
PHUOC_TAN = ("MTTQ xã Phước Tân", "mttq.phuoctan@gmail.com")
PHUOC_BINH = ("Mặt trận Phước Bình", "mttq.phuocbinh@gmail.com")
HAI_ANH = ("Dân vận Hải Anh", "dv.haianh@gmail.com")
EXPECTED = {}

with open("../matching/325-MTTQ-BTT-bac-ai.txt", encoding="utf-8") as f:
    DISPATCH_325 = f.read()


def word(text):
    if all(ord(c) < 128 for c in text):
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode() + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8").replace(b"\n", b"\r\n")).decode("ascii")


def message(file, sender, to, subject, body, expected, day=12, extra=()):
    name, addr = sender
    headers = [
        "MIME-Version: 1.0",
        "Date: Tue, %d Oct 2021 09:41:07 +0700" % day,
        "Message-ID: <%s@mail.gmail.com>" % file.replace(".eml", ""),
        "From: %s <%s>" % (word(name), addr),
        "To: " + to,
        "Subject: " + word(subject),
        *extra,
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    with open(file, "wb") as out:
        # an address with letters beyond ASCII is written in UTF-8, as RFC 6532 servers pass it on
        out.write(("\r\n".join(headers) + "\r\n\r\n" + qp(body.strip("\n") + "\n")).encode("utf-8"))
    EXPECTED[file] = expected


def quoted(text):
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


# --- a unit that only says it received the dispatch and will report later -------------------------------------
message("receipt-01-received-will-report-later.eml", PHUOC_DAI, BAC_AI, "Re: Công văn 319/MTTQ-BTT",
        "Kính gửi Ban Thường trực Ủy ban MTTQ huyện,\n\nXã Phước Đại đã nhận được Công văn số 319/MTTQ-BTT."
        " Xã sẽ triển khai và báo cáo sau.\n\nTrân trọng.", {"decision": "IGNORED", "unit": "phuoc-dai",
                                                            "dispatch": "319/MTTQ-BTT"})
message("receipt-02-confirms-and-promises-a-date.eml", PHUOC_TAN, BAC_AI, "Đã nhận CV 325",
        "Kính gửi Ban Thường trực,\nMTTQ xã Phước Tân xác nhận đã nhận công văn 325/MTTQ-BTT, sẽ gửi báo cáo"
        " trước ngày 18/10/2021.\nCảm ơn.", {"decision": "IGNORED", "unit": "phuoc-tan", "dispatch": "325/MTTQ-BTT"})
message("receipt-03-accent-free-haihau.eml", HAI_ANH, HAI_HAU, "Re: CV 22-CV/BDVHU",
        "Kinh gui Ban Dan van,\nXa Hai Anh da tiep nhan van ban 22-CV/BDVHU, se bao cao sau khi co so lieu.\n",
        {"decision": "IGNORED", "unit": "hai-anh", "dispatch": "22-CV/BDVHU"})
message("receipt-04-asks-for-more-time.eml", PHUOC_BINH, BAC_AI, "V/v Công văn 319/MTTQ-BTT",
        "Kính gửi Ban Thường trực,\nXã Phước Bình chưa có số liệu đầy đủ, xin gia hạn báo cáo Công văn"
        " 319/MTTQ-BTT đến ngày 25/10.\nTrân trọng.", {"decision": "IGNORED", "unit": "phuoc-binh",
                                                      "dispatch": "319/MTTQ-BTT"})
message("receipt-05-real-report-that-also-says-received.eml", PHUOC_DAI, BAC_AI,
        "Báo cáo thực hiện Công văn 319/MTTQ-BTT",
        "Kính gửi Ban Thường trực,\nXã Phước Đại đã nhận được Công văn số 319/MTTQ-BTT và báo cáo kết quả như sau:\n"
        "1. Công tác tuyên truyền: tổ chức 5 buổi tuyên truyền tại các thôn, 320 lượt người dự.\n"
        "2. Vận động quỹ: vận động được 12.500.000 đồng, đã nộp về Ủy ban MTTQ huyện.\n"
        "3. Các thôn Hành Rạc 1, Hành Rạc 2 đã hoàn thành việc rà soát hộ nghèo.\nTrân trọng.",
        {"decision": "MATCHED", "unit": "phuoc-dai", "dispatch": "319/MTTQ-BTT"})

# --- an old thread reused: the unit's own new words report on another dispatch --------------------------------
OLD_319 = ("Vào 20/9/2021 lúc 08:10, MTTQ Phước Đại <mttq.phuocdai@gmail.com> đã viết:\n"
           + quoted("Kính gửi Ban Thường trực,\nXã Phước Đại gửi báo cáo thực hiện Công văn số 319/MTTQ-BTT.\n"
                    "Trân trọng."))
message("thread-01-reused-for-another-dispatch.eml", PHUOC_DAI, BAC_AI, "Re: Báo cáo thực hiện CV 319/MTTQ-BTT",
        "Kính gửi Ban Thường trực,\nXã Phước Đại báo cáo kết quả vận động theo Công văn số 325/MTTQ-BTT: đã vận động"
        " được 8.200.000 đồng ủng hộ Quỹ phòng, chống dịch và công khai danh sách trên loa truyền thanh.\n\n"
        + OLD_319, {"decision": "MATCHED", "unit": "phuoc-dai", "dispatch": "325/MTTQ-BTT"},
        extra=("In-Reply-To: <old-319@mail.gmail.com>",))
message("thread-02-reused-short-cv-number.eml", PHUOC_TAN, BAC_AI, "Re: Re: CV 325/MTTQ-BTT",
        "Dạ, xã Phước Tân gửi báo cáo CV 319/MTTQ-BTT: xã đã tuyên truyền 4 buổi, 210 lượt người dự, rà soát xong"
        " danh sách hộ khó khăn.\n\nVào 06/10/2021, Ban Thường trực đã viết:\n"
        + quoted("Đề nghị các xã báo cáo kết quả thực hiện Công văn 325/MTTQ-BTT trước ngày 20/10."),
        {"decision": "MATCHED", "unit": "phuoc-tan", "dispatch": "319/MTTQ-BTT"})
message("thread-03-reused-forward-prefix.eml", PHUOC_BINH, BAC_AI, "TL: Báo cáo Công văn 319/MTTQ-BTT",
        "Kính gửi BTT Ủy ban MTTQ huyện,\nXã Phước Bình xin báo cáo kết quả thực hiện Công văn số 325/MTTQ-BTT về"
        " vận động ủng hộ Quỹ phòng, chống dịch: 5.600.000 đồng; danh sách đã công khai.\n\n" + OLD_319,
        {"decision": "MATCHED", "unit": "phuoc-binh", "dispatch": "325/MTTQ-BTT"})

# --- a reply to a reminder that named two dispatches: it reports on one and puts the other off ------------------
TWO = "Re: Nhắc báo cáo Công văn 319/MTTQ-BTT và Công văn 325/MTTQ-BTT"
message("reminder-01-reports-325-defers-319.eml", PHUOC_DAI, BAC_AI, TWO,
        "Kính gửi Ban Thường trực,\nXã Phước Đại gửi báo cáo kết quả vận động theo Công văn 325/MTTQ-BTT: đã vận"
        " động được 9.000.000 đồng. Riêng Công văn 319/MTTQ-BTT, xã sẽ báo cáo sau.\nTrân trọng.",
        {"decision": "MATCHED", "unit": "phuoc-dai", "dispatch": "325/MTTQ-BTT"})
message("reminder-02-reports-319-asks-time-for-325.eml", PHUOC_TAN, BAC_AI, TWO,
        "Kính gửi Ban Thường trực,\nVề Công văn 319/MTTQ-BTT: xã đã tổ chức tuyên truyền 6 buổi, 400 lượt người."
        "\nVề Công văn 325/MTTQ-BTT: xã chưa có số liệu, xin gia hạn đến ngày 25/10.\nTrân trọng.",
        {"decision": "MATCHED", "unit": "phuoc-tan", "dispatch": "319/MTTQ-BTT"})
message("reminder-03-short-numbers.eml", PHUOC_BINH, BAC_AI, "Re: Nhắc báo cáo CV 319 và CV 325",
        "Dạ xã Phước Bình báo cáo CV 319: đã rà soát xong 42 hộ khó khăn, tuyên truyền 3 buổi. CV 325 xã đang"
        " tổng hợp, sẽ gửi sau ạ.", {"decision": "MATCHED", "unit": "phuoc-binh", "dispatch": "319/MTTQ-BTT"})

# --- a vague subject over a pasted dispatch that itself cites another ------------------------------------------
message("pasted-01-dispatch-below-own-words.eml", PHUOC_DAI, BAC_AI, "Gửi báo cáo",
        "Kính gửi Ban Thường trực,\nXã Phước Đại gửi báo cáo theo công văn dưới đây: đã vận động được 7.300.000 đồng"
        " và công khai danh sách.\n\n" + DISPATCH_325,
        {"decision": "MATCHED", "unit": "phuoc-dai", "dispatch": "325/MTTQ-BTT"})
message("pasted-02-dispatch-above-own-words.eml", PHUOC_TAN, BAC_AI, "báo cáo",
        DISPATCH_325 + "\n\nXã Phước Tân báo cáo: vận động được 4.100.000 đồng, đã công khai trên loa truyền thanh.",
        {"decision": "MATCHED", "unit": "phuoc-tan", "dispatch": "325/MTTQ-BTT"})
message("pasted-03-dispatch-quoted-below.eml", PHUOC_BINH, BAC_AI, "Báo cáo của xã",
        "Xã Phước Bình gửi kết quả vận động: 6.000.000 đồng; danh sách đã công khai.\n\n"
        "---------- Forwarded message ---------\nFrom: Ban Thường trực <mattrabbacai@gmail.com>\n\n" + DISPATCH_325,
        {"decision": "MATCHED", "unit": "phuoc-binh", "dispatch": "325/MTTQ-BTT"})

# --- mail from the office's own staff, and lures that talk about reports ----------------------------------------
message("staff-01-colleague-sends-a-note.eml", ("Nguyễn Văn Bền", "ben.nv@bacai.example"), BAC_AI,
        "Báo cáo các xã tuần này", "Chị Hoa ơi, em xem giúp anh các xã đã gửi báo cáo Công văn 319/MTTQ-BTT chưa nhé.",
        {"decision": "NEEDS_REVIEW", "unit": None})
message("lure-01-mailbox-full.eml", ("Ban Thường trực MTTQ", "bantt.mttq.bacai@gmail-support.com"), BAC_AI,
        "Hộp thư báo cáo sắp đầy", "Hộp thư sắp đầy, các báo cáo của xã sẽ bị trả lại. Nhấn vào liên kết để xác minh"
        " tài khoản: http://mttq-bacai.example-login.top/xac-minh\nNhập mật khẩu để tiếp tục nhận báo cáo.",
        {"decision": "IGNORED", "unit": None})
message("lure-02-english-verify.eml", ("Mail Administrator", "admin@mail-verify.example"), BAC_AI,
        "Action required: report delivery suspended", "Your account will be suspended. Verify your account to keep"
        " receiving reports: https://secure-mail.example.top/verify  Password required.",
        {"decision": "IGNORED", "unit": None})
message("lure-03-lookalike-commune.eml", ("MTTQ Phước Đại", "mttq.phuocdai@gmaiI.com"), BAC_AI,
        "Báo cáo CV 319/MTTQ-BTT", "Kính gửi Ban Thường trực, báo cáo của xã ở đường link sau, đăng nhập bằng mật"
        " khẩu email để xem: http://drive-baocao.example.top/319", {"decision": "IGNORED", "unit": None})

# --- a unit's address or name imitated, and a unit's address forged (issue #18) --------------------------------
REPORT_319 = ("Kính gửi Ban Thường trực,\nXã Phước Đại báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT: đã tổ chức"
              " 5 buổi tuyên truyền, 320 lượt người dự.\nTrân trọng.")
message("lookalike-01-capital-i-for-l.eml", ("MTTQ Phước Đại", "mttq.phuocdai@gmaiI.com"), BAC_AI,
        "Báo cáo CV 319/MTTQ-BTT", REPORT_319,
        {"decision": "NEEDS_REVIEW", "unit": None, "reasonContains": "trông giống địa chỉ đã đăng ký mttq.phuocdai@gmail.com"})
message("lookalike-02-cyrillic-letters-in-name.eml", ("UB MTTQ xã Phu\u043ec \u0110\u0430i", "ubmttq.phuocdai.xa@gmail.com"),
        BAC_AI, "Báo cáo CV 319/MTTQ-BTT", REPORT_319,
        {"decision": "NEEDS_REVIEW", "unit": None, "reasonContains": "chữ Kirin 'а' U+0430"})
message("lookalike-03-zero-width-in-address.eml", ("MTTQ Phước Đại", "mttq.phuoc\u200bdai@gmail.com"), BAC_AI,
        "Báo cáo CV 319/MTTQ-BTT", REPORT_319,
        {"decision": "NEEDS_REVIEW", "unit": None, "reasonContains": "mttq.phuoc\\u200Bdai@gmail.com"})
message("lookalike-04-punycode-domain.eml", ("MTTQ Phước Đại", "mttq.phuocdai@xn--gmil-63d.com"), BAC_AI,
        "Báo cáo CV 319/MTTQ-BTT", REPORT_319,
        {"decision": "NEEDS_REVIEW", "unit": None, "reasonContains": "punycode"})
message("spoof-01-dmarc-fail-registered-address.eml", PHUOC_DAI, BAC_AI, "Báo cáo CV 319/MTTQ-BTT", REPORT_319,
        {"decision": "NEEDS_REVIEW", "unit": "phuoc-dai", "dispatch": "319/MTTQ-BTT", "reasonContains": "giả mạo"},
        extra=("Authentication-Results: mx.google.com; dkim=none; spf=fail (google.com: domain of evil.example does"
               " not designate 203.0.113.9 as permitted sender) smtp.mailfrom=evil.example; dmarc=fail (p=NONE)"
               " header.from=gmail.com", "Reply-To: ke-gia-mao@evil.example"))
message("spoof-02-dkim-fail-only.eml", PHUOC_TAN, BAC_AI, "Báo cáo CV 319/MTTQ-BTT",
        REPORT_319.replace("Phước Đại", "Phước Tân"),
        {"decision": "NEEDS_REVIEW", "unit": "phuoc-tan", "dispatch": "319/MTTQ-BTT", "reasonContains": "dkim=fail"},
        extra=("Authentication-Results: mx.google.com; dkim=fail header.i=@gmail.com header.s=20210112;"
               " spf=neutral smtp.mailfrom=mttq.phuoctan@gmail.com",))

with open("expected.json", "w", encoding="utf-8") as out:
    json.dump(EXPECTED, out, ensure_ascii=False, indent=1, sort_keys=True)
    out.write("\n")
