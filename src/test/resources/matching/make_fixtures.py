#!/usr/bin/env python3
"""Writes the .eml fixtures of ReportMatcherTests and CommandLineTests. Run from this folder: python3 make_fixtures.py

Headers with Vietnamese text are RFC 2047 B words, bodies UTF-8 quoted-printable, line ends CRLF,
as Gmail sends them. Output is deterministic; re-running rewrites identical files.
"""
import base64
import io
import quopri
import zipfile
from xml.sax.saxutils import escape

BAC_AI = "mattrabbacai@gmail.com"
HAI_HAU = "bandanvan.haihau@gmail.com"


def word(text):
    if all(ord(c) < 128 for c in text):
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode() + "?="


def address(name, addr):
    return f"{word(name)} <{addr}>" if name else f"<{addr}>"


def qp(text):
    return quopri.encodestring(text.encode("utf-8").replace(b"\n", b"\r\n")).decode("ascii")


def docx(paragraphs):
    """A minimal Word document: one run per paragraph, in Times New Roman."""
    body = "".join('<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
                   f'<w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2021, 9, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode("utf-8"))
    return buf.getvalue()


def message(file, sender, to, subject, body, day=20, extra=(), attachment=None):
    headers = [
        "MIME-Version: 1.0",
        "Date: Mon, %d Sep 2021 15:14:58 +0700" % day,
        "Message-ID: <%s@mail.gmail.com>" % file.replace(".eml", ""),
        "From: " + address(*sender),
        "To: " + to,
        "Subject: " + word(subject),
        *extra,
    ]
    text = ('Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            + qp(body.strip("\n") + "\n"))
    if attachment is None:
        raw = "\r\n".join(headers) + "\r\n" + text
    else:
        name, data = attachment
        encoded = base64.b64encode(data).decode()
        raw = ("\r\n".join(headers) + '\r\nContent-Type: multipart/mixed; boundary="part"\r\n\r\n--part\r\n' + text
               + "\r\n--part\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
               + f' name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
               + "Content-Transfer-Encoding: base64\r\n\r\n"
               + "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76)) + "\r\n--part--\r\n")
    with open(file, "w", encoding="ascii", newline="") as f:
        f.write(raw)


PHUOC_DAI = ("MTTQ xã Phước Đại", "mttq.phuocdai@gmail.com")
HAI_ANH = ("Dân vận xã Hải Anh", "dv.haianh@gmail.com")
SIGN = "\nTrân trọng!\nNguyễn Thị Hoà\nPhó Chủ tịch Ủy ban MTTQ xã Phước Đại\n"
REPORT = "Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái,\n\n{}\n" + SIGN


def bac_ai(file, subject, body, sender=PHUOC_DAI, **kw):
    message(file, sender, BAC_AI, subject, REPORT.format(body), **kw)


# --- Bác Ái: a registered sender names 319/MTTQ-BTT in every spelling units use
bac_ai("bacai-01-subject-full-number.eml", "Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT",
       "Ban Thường trực Ủy ban MTTQ xã Phước Đại báo cáo kết quả thực hiện nội dung 1 và 2 như sau:\n"
       "- Đã tuyên truyền đến 12 thôn.\n- 100% hộ dân ký cam kết bảo vệ vùng xanh.")
bac_ai("bacai-02-spelling-space-before-slash.eml", "Báo cáo thực hiện CV số 319 /MTTQ-BTT",
       "Xã Phước Đại gửi báo cáo (file đính kèm).")
bac_ai("bacai-03-spelling-cv-space.eml", "Bao cao CV 319", "Xã Phước Đại gửi báo cáo.")
bac_ai("bacai-04-spelling-cv-joined.eml", "Báo cáo theo CV319", "Xã Phước Đại gửi báo cáo.")
bac_ai("bacai-05-spelling-so.eml", "Báo cáo kết quả theo công văn số 319 của huyện", "Xã Phước Đại gửi báo cáo.")
bac_ai("bacai-06-spelling-lower-case.eml", "bao cao thuc hien cv 319/mttq-btt", "Xã Phước Đại gửi báo cáo.")
bac_ai("bacai-07-number-in-body.eml", "Báo cáo kết quả",
       "Thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện, "
       "Ban Thường trực Ủy ban MTTQ xã Phước Đại báo cáo nhiệm vụ 3 như sau: Tổ giám sát cộng đồng hoạt động thường xuyên.")
message("bacai-08-number-only-in-quote.eml", PHUOC_DAI, BAC_AI, "Re: Báo cáo",
        "Xã Phước Đại gửi lại báo cáo đã bổ sung số liệu.\n\nTrân trọng!\n\n"
        "Vào Th 2, 20 thg 9, 2021 vào lúc 08:15 Ban Thường trực MTTQ huyện Bác Ái <mattrabbacai@gmail.com> đã viết:\n"
        "> Đề nghị các xã báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021.\n"
        "> Trân trọng.\n",
        extra=("In-Reply-To: <nhac-319@bacai.example>", "References: <nhac-319@bacai.example>"))
bac_ai("bacai-09-cited-document-only.eml", "Báo cáo",
       "Thực hiện Công văn số 1059/MTTQ-BTT ngày 09/9/2021 của Ban thường trực MTTQ Việt Nam tỉnh, "
       "Ban Thường trực Ủy ban MTTQ xã Phước Đại gửi báo cáo (file đính kèm).")
bac_ai("bacai-10-unregistered-display-name.eml", "Báo cáo CV 319",
       "Em gửi báo cáo của xã, nhờ anh chị kiểm tra giúp.", sender=("Xã Phước Đại", "nguyenvanan1980@gmail.com"))
bac_ai("bacai-11-unregistered-accent-free-subject.eml", "Bao cao xa Phuoc Dai thuc hien CV 319",
       "Em gui bao cao.", sender=("Nguyen Van An", "nguyenvanan1980@gmail.com"))
message("bacai-12-auto-reply.eml", ("MTTQ xã Phước Bình", "mttq.phuocbinh@gmail.com"), BAC_AI,
        "Tự động trả lời: Nhắc báo cáo Công văn số 319/MTTQ-BTT - Xã Phước Bình",
        "Tôi đang đi công tác đến hết ngày 24/9/2021, sẽ trả lời khi trở về.",
        extra=("Auto-Submitted: auto-replied",))
message("bacai-13-bounce.eml", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), BAC_AI,
        "Delivery Status Notification (Failure)",
        "** Address not found **\n\nYour message wasn't delivered to mttq.phuoctan@gmail.com because the address "
        "couldn't be found, or is unable to receive mail.\n\nSubject: Nhắc báo cáo Công văn số 319/MTTQ-BTT\n",
        extra=("Auto-Submitted: auto-replied",))
message("bacai-14-other-office-unit.eml", HAI_ANH, BAC_AI, "Báo cáo Công văn 319/MTTQ-BTT",
        "Xã Hải Anh gửi báo cáo.\n")
bac_ai("bacai-15-other-dispatch.eml", "Báo cáo kết quả vận động theo CV 325/MTTQ-BTT",
       "Xã Phước Đại báo cáo nội dung 1, 2 và 3: đã vận động được 12 triệu đồng.")

# --- Hải Hậu: one dispatch, 22-CV/BDVHU; near-twin commune names
message("haihau-01-spelling-swapped-separators.eml", HAI_ANH, HAI_HAU, "Báo cáo thực hiện Công văn 22/CV-BDVHU",
        "Khối dân vận xã Hải Anh báo cáo kết quả thực hiện.\n")
message("haihau-02-twin-hai-anh.eml", ("UBND xã Hải Anh", "ubndhaianh2021@gmail.com"), HAI_HAU,
        "Báo cáo thực hiện Công văn 22-CV/BDVHU", "Gửi Ban Dân vận Huyện ủy báo cáo của xã.\n")
message("haihau-03-twin-hai-an.eml", ("Xã Hải An", "ubndhaian@gmail.com"), HAI_HAU,
        "Báo cáo thực hiện Công văn 22-CV/BDVHU", "Gửi Ban Dân vận Huyện ủy báo cáo của xã.\n")
message("haihau-04-twin-hai-phu.eml", ("Nguyễn Văn Bình", "binhnv1975@gmail.com"), HAI_HAU,
        "Báo cáo của xã Hải Phú về CV 22", "Gửi Ban Dân vận Huyện ủy báo cáo.\n")
message("haihau-05-twin-hai-phuc.eml", ("Nguyen Van Binh", "binhnv1976@gmail.com"), HAI_HAU,
        "Bao cao cua xa Hai Phuc ve CV 22", "Gui Ban Dan van Huyen uy bao cao.\n")
message("haihau-06-twin-thinh-long.eml", ("Trần Văn Cường", "cuongtv@gmail.com"), HAI_HAU, "Báo cáo",
        "Khối dân vận Thị trấn Thịnh Long báo cáo kết quả thực hiện Công văn 22-CV/BDVHU.\n")
message("haihau-07-twin-hai-long.eml", ("Trần Văn Cường", "cuongtv1980@gmail.com"), HAI_HAU, "Báo cáo",
        "Khối dân vận Đảng ủy xã Hải Long báo cáo kết quả thực hiện Công văn 22-CV/BDVHU.\n")
# the provincial office's own dispatch shares the numeral and the first word of the symbol: 22-CV/BDVTU
message("haihau-08-cited-provincial-same-numeral.eml", ("Dân vận xã Hải An", "dv.haian@gmail.com"), HAI_HAU, "Báo cáo",
        "Thực hiện Công văn số 22-CV/BDVTU ngày 20/7/2021 của Ban Dân vận Tỉnh ủy, "
        "Khối dân vận xã Hải An gửi báo cáo (file đính kèm).\n")
# "xã hài lòng" is Hải Long without its accents: with accents it names no commune
message("haihau-09-hai-long-lookalike.eml", ("Trần Văn Cường", "cuongtv1981@gmail.com"), HAI_HAU, "Báo cáo CV 22",
        "Qua tuyên truyền, người dân trong xã hài lòng với công tác phòng, chống dịch.\n")

# --- the sender's address as the receiving server checked it (Authentication-Results, RFC 8601)
bac_ai("bacai-16-registered-address-failing-dmarc.eml", "Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT",
       "Xã Phước Đại gửi báo cáo.",
       extra=("Authentication-Results: mx.google.com; dkim=none; spf=fail (google.com: domain of"
              " mttq.phuocdai@gmail.com does not designate 203.0.113.9 as permitted sender)"
              " smtp.mailfrom=mttq.phuocdai@gmail.com; dmarc=fail (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",))
# the topmost field is the receiving server's; a failing one further down was written on the way (or by the sender)
bac_ai("bacai-17-registered-address-passing-with-forged-field-below.eml",
       "Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT", "Xã Phước Đại gửi báo cáo.",
       extra=("Authentication-Results: mx.google.com; dkim=pass header.i=@gmail.com header.s=20210112;"
              " spf=pass (google.com: domain of mttq.phuocdai@gmail.com designates 209.85.220.41 as permitted sender)"
              " smtp.mailfrom=mttq.phuocdai@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
              "Authentication-Results: relay.example.net; dmarc=fail header.from=gmail.com"))

# --- the number only in the attached report
bac_ai("bacai-18-number-in-attached-report.eml", "Gửi báo cáo", "Xã Phước Đại gửi báo cáo (file đính kèm).",
       attachment=("Bao cao MTTQ xa Phuoc Dai.docx", docx([
           "ỦY BAN MTTQ VIỆT NAM", "XÃ PHƯỚC ĐẠI", "Số: 15/BC-MTTQ", "Phước Đại, ngày 20 tháng 9 năm 2021",
           "BÁO CÁO", "Kết quả vận động ủng hộ theo Công văn số 325/MTTQ-BTT ngày 17/9/2021",
           "Ban Thường trực Ủy ban MTTQ xã Phước Đại báo cáo kết quả như sau:",
           "1. Đã vận động được 12 triệu đồng."])))

# --- a chairman forwards, from his own address, what the commune's registered address sent
message("bacai-19-forwarded-from-registered-address.eml", ("Nguyen Van An", "nguyenvanan1980@gmail.com"), BAC_AI,
        "Fwd: Báo cáo CV 319",
        "Anh chuyển giúp bản báo cáo.\n\n---------- Forwarded message ---------\n"
        "From: MTTQ xã Phước Đại <mttq.phuocdai@gmail.com>\nDate: Mon, Sep 20, 2021 at 8:00 AM\n"
        "Subject: Báo cáo CV 319\nTo: <nhamdiachi@gmail.com>\n\nGửi báo cáo thực hiện Công văn 319.\n")

# --- a commune's name with one letter wrong, where no other commune is that close; and one between two twins
message("bacai-20-commune-name-with-one-typo.eml", ("Nguyen Van Nam", "namnv1979@gmail.com"), BAC_AI,
        "Bao cao xa Phuoc Chinhh thuc hien CV 319", "Em gui bao cao.\n")
message("bacai-21-typo-between-twin-communes.eml", ("Nguyen Van Nam", "namnv1979@gmail.com"), BAC_AI,
        "Bao cao xa Phuoc Thanq thuc hien CV 319", "Em gui bao cao.\n")

# --- a commune official forwards the bot's reminder from a personal address; the threading headers are gone, the
# subject's token stays
message("bacai-22-forwarded-reminder-subject-token.eml", ("Lê Văn Tâm", "levantam.1985@gmail.com"), BAC_AI,
        "Fwd: Nhắc báo cáo [RB-K7Q2M]", "Em gửi báo cáo của xã theo thư nhắc.\n")

# --- the attached report's headings repeat the words of tasks 2 and 3, without saying "nội dung 2"
bac_ai("bacai-23-task-headings-in-attached-report.eml", "Báo cáo thực hiện CV 319/MTTQ-BTT",
       "Xã Phước Đại gửi báo cáo (file đính kèm).",
       attachment=("Bao cao 319.docx", docx([
           "ỦY BAN MTTQ VIỆT NAM", "XÃ PHƯỚC ĐẠI", "BÁO CÁO", "Kết quả thực hiện Công văn số 319/MTTQ-BTT",
           "1. Kết quả vận động nhân dân tham gia phong trào, bao vây, thu hẹp vùng đỏ, vùng cam, tách nhanh F0",
           "Toàn xã đã vận động 1.250 hộ ký cam kết.",
           "2. Hoạt động của Tổ giám sát Covid cộng đồng, nắm bắt tâm tư, nguyện vọng của người dân",
           "Các tổ giám sát duy trì hoạt động hằng ngày."])))
