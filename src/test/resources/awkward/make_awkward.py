#!/usr/bin/env python3
"""Writes the awkward-message corpus read by AwkwardMessagesTests, and expected.json beside it.

Run from this folder: python3 make_awkward.py

Every message is built byte by byte (base64, quoted-printable, windows-1258, TCVN3, VNI, NFD, broken MIME) so
that each file really is what its name says; each case states, next to the bytes, what reading it must give.
Output is deterministic: re-running rewrites identical files. The documents under documents/ that only POI and
PDFBox can make come from AwkwardDocumentGenerator; the others are made here or taken from
../dispatches/formats/.
"""
import base64
import io
import json
import os
import quopri
import unicodedata
import zipfile
from urllib.parse import quote

FORMATS = "../dispatches/formats/"
DOCUMENTS = "documents/"
TONES = "\u0300\u0301\u0303\u0309\u0323"
CASES = {}

BAC_AI = "mattrabbacai@gmail.com"
HAI_HAU = "bandanvan.haihau@gmail.com"


# ---------------------------------------------------------------- encoders

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b_words(text, charset="UTF-8", chunk=9):
    """RFC 2047 B words cut every `chunk` bytes, so that multi-byte characters are split between words."""
    data = text.encode(charset) if isinstance(text, str) else text
    return [f"=?{charset}?B?{base64.b64encode(data[i:i + chunk]).decode()}?=" for i in range(0, len(data), chunk)]


def q_escape(data):
    out = ""
    for b in data:
        c = chr(b)
        if c == " ":
            out += "_"
        elif b < 128 and (c.isalnum() or c in "-!*+/"):
            out += c
        else:
            out += "=%02X" % b
    return out


def q_words(text, charset="UTF-8", chunk=None):
    """RFC 2047 Q words; with `chunk`, cut every `chunk` bytes whatever the characters."""
    data = text.encode(charset) if isinstance(text, str) else text
    if chunk is None:
        return [f"=?{charset}?Q?{q_escape(data)}?="]
    return [f"=?{charset}?Q?{q_escape(data[i:i + chunk])}?=" for i in range(0, len(data), chunk)]


def qp(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return quopri.encodestring(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")).decode("ascii")


def b64lines(data):
    enc = base64.b64encode(data).decode()
    return "\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def windows_1258(text):
    """As Windows writes Vietnamese: ă â ê ô ơ ư đ precomposed, the tone as a separate combining byte."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


# TCVN3 (VN3) letters in code order from 0xA1, "_" where VN3 has none.
VN3 = ("ĂÂÊÔƠƯĐăâêôơưđ" "_" "_____" "àảãáạ" "_" "ằẳẵắ" "_______" "ặầẩẫấậè" "_" "ẻẽéẹềểễếệìỉ"
       "___" "ĩíịò" "_" "ỏõóọồổỗốộờởỡớợù" "_" "ủũúụừửữứựỳỷỹýỵ")
assert len(VN3) == 0xFE - 0xA1 + 1


def tcvn3(text):
    """TCVN3 text as it is pasted from a .VnTime document: each letter as the Latin-1 character of its code. VN3 has
    no capitals with tone marks (those are typed in a .VnTimeH font): text that needs one cannot be written."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        at = VN3.find(ch) if ch != "_" else -1
        if at < 0 and ord(ch) > 0x7F:
            raise ValueError(f"{ch!r} has no TCVN3 code")
        out.append(chr(0xA1 + at) if at >= 0 else ch)
    return "".join(out)


VNI_TONE_PLAIN = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_TONE_HAT = {"\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_TONE_BREVE = {"\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni_letter(ch):
    if ch == "đ":
        return "ñ"
    nfd = unicodedata.normalize("NFD", ch)
    base, marks = nfd[0], nfd[1:]
    if base not in "aeiouy" or not marks:
        return ch
    tone = "".join(m for m in marks if m in TONES)
    shape = "".join(m for m in marks if m not in TONES)
    if base == "i":
        return VNI_I[tone] if tone else "i"
    if base == "y" and tone == "\u0323":
        return "î"
    if shape == "\u0302":  # circumflex
        return base + ("â" if not tone else VNI_TONE_HAT[tone])
    if shape == "\u0306":  # breve
        return base + ("ê" if not tone else VNI_TONE_BREVE[tone])
    if shape == "\u031B":  # horn: ơ ư are single characters
        return {"o": "ô", "u": "ö"}[base] + (VNI_TONE_PLAIN[tone] if tone else "")
    return base + VNI_TONE_PLAIN[tone]


def vni(text):
    """VNI-Windows as typed with the VNI keyboard in a VNI-Times font: a base letter then its marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        encoded = vni_letter(ch.lower())
        out.append(encoded.upper() if ch.isupper() else encoded)
    return "".join(out)


# ---------------------------------------------------------------- documents

def fixture(path):
    with open(path, "rb") as f:
        return f.read()


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in files:
            info = zipfile.ZipInfo(name, date_time=(2022, 3, 10, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode("utf-8"))
    return buf.getvalue()


def docx(paragraphs):
    """A minimal .docx: one run per paragraph, in Times New Roman."""
    body = "".join(
        '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
        f'<w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    return zip_bytes({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>",
    })


def workbook(sheet_name, rows):
    """A minimal .xlsx: one sheet, inline strings and numbers."""
    def cell(ref, value):
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(chr(65 + c) + str(r + 1), v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    return zip_bytes({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_rows + "</sheetData></worksheet>",
    })


DOCX_1245 = fixture(FORMATS + "ubnd-hai-hau-1245.docx")
PDF_1245 = fixture(FORMATS + "ubnd-hai-hau-1245.pdf")
ODT_1245 = fixture(FORMATS + "ubnd-hai-hau-1245.odt")
DOC_88_TCVN3 = fixture(FORMATS + "ubnd-bac-ai-88-tcvn3.doc")
TXT_88_VNI = fixture(FORMATS + "ubnd-bac-ai-88-vni.txt")
SCAN = fixture(FORMATS + "scanned-2-pages.pdf")
ZIP_BOMB = fixture(FORMATS + "zip-bomb.docx")
LEGACY_DOCX = fixture(DOCUMENTS + "bao-cao-phong-chu-cu.docx")
XLS = fixture(DOCUMENTS + "bieu-02-ho-ngheo.xls")
ENCRYPTED_XLSX = fixture(DOCUMENTS + "bieu-02-co-mat-khau.xlsx")
ENCRYPTED_DOCX = fixture(DOCUMENTS + "bao-cao-co-mat-khau.docx")
ENCRYPTED_PDF = fixture(DOCUMENTS + "bien-ban-co-mat-khau.pdf")
XLSX_HAI_NAM = workbook("Biểu 01", [
    ["STT", "Nội dung", "Kết quả"],
    [1, "Số buổi tuyên truyền", 14],
    [2, "Số hộ ký cam kết", 1260],
    [3, "Tỷ lệ hộ đạt gia đình văn hóa", "92%"]])

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- messages

def headers(message_id, date, sender, to, subject, extra=""):
    """Common header block (ASCII, LF; crlf() later)."""
    return (f"Message-ID: <{message_id}>\nDate: {date}\nFrom: {sender}\nTo: {to}\nSubject: {subject}\n"
            + extra)


def attachment(boundary, content_type, name, data, disposition="attachment"):
    return (f"--{boundary}\r\nContent-Type: {content_type}; name=\"{name}\"\r\n"
            f"Content-Disposition: {disposition}; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{b64lines(data)}\r\n").encode("ascii")


def text_part(boundary, text, charset="utf-8"):
    return crlf(f"""--{boundary}
Content-Type: text/plain; charset="{charset}"
Content-Transfer-Encoding: quoted-printable

{qp(text)}
""").encode("ascii")


def case(name, data, category, **expect):
    """Writes one message and records in expected.json what reading it must give:
    outcome READ or MALFORMED (then error, a fragment of the exception's message); kind; subject (exact);
    fromAddress, fromName, recipients, referenceCount; text and ownText (fragments each must contain), notText and
    notOwnText (fragments they must not), textEquals; failedRecipient (exact; absent means none); attachments, in
    order, each with name (null for none), type, text (fragments), notText and problem (a fragment; absent means
    none; without text the text must be empty); attachmentCount when only the attachments "at" an index are listed."""
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    with open(name, "wb") as f:
        f.write(data)
    assert name not in CASES, name
    expect.setdefault("outcome", "READ")
    order = ["outcome", "error", "kind", "subject", "fromAddress", "fromName", "recipients", "referenceCount",
             "textEquals", "text", "notText", "ownText", "notOwnText", "failedRecipient", "attachmentCount",
             "attachments"]
    assert set(expect) <= set(order), set(expect) - set(order)
    entry = {"category": category}
    entry.update((key, expect[key]) for key in order if key in expect)
    CASES[name] = entry


# ================================================================ charsets and forms

# The letter ị of Thịnh is cut by a quoted-printable soft line break between its second and third byte.
body = ("Kính gửi Ban Dân vận Huyện ủy Hải Hậu,\n"
        "Thị trấn Thịnh Long báo cáo kết quả công tác dân vận tháng 9/2021:\n"
        "- Tổ chức 6 buổi tuyên truyền về phòng chống dịch tại các tổ dân phố.\n"
        "Trân trọng.\n")
encoded = qp(body)
# move a soft break inside the letter ị (E1 BB 8B) of the second "Thịnh"
encoded = encoded.replace("Th=E1=BB=8Bnh Long", "Th=E1=BB=\r\n=8Bnh Long", 1)
assert "=E1=BB=\r\n=8B" in encoded
case("charset-utf8-qp-soft-break-inside-letter.eml", crlf(f"""Message-ID: <qp-soft-break@ttthinhlong.example.vn>
Date: Thu, 30 Sep 2021 16:20:00 +0700
From: =?UTF-8?Q?D=C3=A2n_v=E1=BA=ADn_TT_Th=E1=BB=8Bnh_Long?= <dv.ttthinhlong@gmail.com>
To: {HAI_HAU}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_th=C3=A1ng_9?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""").encode("ascii") + encoded.encode("ascii"),
     "charset", kind="REPORT", subject="Báo cáo tháng 9", fromAddress="dv.ttthinhlong@gmail.com",
     fromName="Dân vận TT Thịnh Long",
     text=["Thị trấn Thịnh Long báo cáo kết quả công tác dân vận tháng 9/2021:",
           "Tổ chức 6 buổi tuyên truyền về phòng chống dịch tại các tổ dân phố."])

body = ("Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái,\n"
        "Ban Thường trực Ủy ban MTTQ xã Phước Thắng báo cáo: đã vận động được 45 suất quà Tết cho hộ nghèo.\n"
        "Người báo cáo: Chamaléa Thị Thuỷ\n")
case("charset-windows-1258-base64.eml", crlf(f"""Message-ID: <1258-base64@phuocthang.example.vn>
Date: Mon, 24 Jan 2022 09:12:00 +0700
From: {q_words(windows_1258("MTTQ xã Phước Thắng"), "windows-1258")[0]} <mttq.phuocthang@gmail.com>
To: {BAC_AI}
Subject: {" ".join(b_words(windows_1258("Báo cáo vận động quà Tết"), "windows-1258", chunk=8))}
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1258"
Content-Transfer-Encoding: base64

{b64lines(windows_1258(crlf(body)))}
""").encode("ascii"),
     "charset", kind="REPORT", subject="Báo cáo vận động quà Tết", fromName="MTTQ xã Phước Thắng",
     text=["đã vận động được 45 suất quà Tết cho hộ nghèo.", "Người báo cáo: Chamaléa Thị Thuỷ"])

# Outlook Express on a Vietnamese Windows, set to send "Western European (ISO)": windows-1258 bytes, Latin-1 label.
body = ("Kính gửi Ban Thường trực,\n"
        "Xã Phước Tân báo cáo danh sách 12 hộ cần hỗ trợ sửa chữa nhà ở sau mưa lũ.\n"
        "Đề nghị huyện xem xét hỗ trợ.\n")
case("charset-iso-8859-1-label-on-windows-1258.eml", crlf(f"""Message-ID: <latin1-1258@phuoctan.example.vn>
Date: Tue, 16 Nov 2021 14:03:00 +0700
From: "MTTQ Phuoc Tan" <mttq.phuoctan@gmail.com>
To: {BAC_AI}
Subject: {q_words(windows_1258("Danh sách hộ cần hỗ trợ"), "iso-8859-1")[0]}
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook Express 6.00.2900.5512

""").encode("ascii") + qp(windows_1258(body)).encode("ascii"),
     "charset", kind="REPORT", subject="Danh sách hộ cần hỗ trợ",
     text=["Xã Phước Tân báo cáo danh sách 12 hộ cần hỗ trợ sửa chữa nhà ở sau mưa lũ.",
           "Đề nghị huyện xem xét hỗ trợ."],
     notText=["Ì", "Ò"])

# A web form mailer that labels everything Latin-1 but sends UTF-8.
body = "Thị trấn Yên Định báo cáo: đã hoàn thành rà soát hộ nghèo, cận nghèo năm 2021.\n"
case("charset-iso-8859-1-label-on-utf8.eml", crlf(f"""Message-ID: <latin1-utf8@ttyendinh.example.vn>
Date: Wed, 17 Nov 2021 10:45:00 +0700
From: dv.ttyendinh@gmail.com
To: {HAI_HAU}
Subject: {q_words("Rà soát hộ nghèo – TT Yên Định".encode("utf-8"), "ISO-8859-1")[0]}
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf(body).encode("utf-8"),
     "charset", kind="REPORT", subject="Rà soát hộ nghèo – TT Yên Định",
     text=["Thị trấn Yên Định báo cáo: đã hoàn thành rà soát hộ nghèo, cận nghèo năm 2021."],
     notText=["Ã"])

# No MIME headers at all, raw UTF-8 in the subject, the sender's name and the body (an old script's sendmail).
case("charset-unlabelled-8bit-utf8.eml", crlf(f"""Message-ID: <unlabelled-utf8@haiminh.example.vn>
Date: Fri, 19 Nov 2021 07:58:00 +0700
From: Xã Hải Minh <dv.haiminh@gmail.com>
To: {HAI_HAU}
Subject: Báo cáo kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Xã Hải Minh đã tổ chức Ngày hội Đại đoàn kết ở 12/12 xóm.
Tổng kinh phí: 36.000.000 đồng.
""").encode("utf-8"),
     "charset", kind="REPORT", subject="Báo cáo kết quả tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
     fromName="Xã Hải Minh", text=["Xã Hải Minh đã tổ chức Ngày hội Đại đoàn kết ở 12/12 xóm.",
                                   "Tổng kinh phí: 36.000.000 đồng."])

# A text/plain part without a charset, windows-1258 bytes in the body and in the raw subject.
body = ("Xã Hải Hưng báo cáo kết quả Ngày hội Đại đoàn kết: 100% thôn, xóm tổ chức.\n"
        "Người lập: Phạm Thị Hồng\n")
case("charset-unlabelled-8bit-windows-1258.eml",
     crlf(f"""Message-ID: <unlabelled-1258@haihung.example.vn>
Date: Fri, 19 Nov 2021 08:30:00 +0700
From: dv.haihung@gmail.com
To: {HAI_HAU}
""").encode("ascii") + windows_1258("Subject: Báo cáo Ngày hội Đại đoàn kết\r\n")
     + b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
     + windows_1258(body).replace(b"\n", b"\r\n"),
     "charset", kind="REPORT", subject="Báo cáo Ngày hội Đại đoàn kết",
     text=["Xã Hải Hưng báo cáo kết quả Ngày hội Đại đoàn kết: 100% thôn, xóm tổ chức.",
           "Người lập: Phạm Thị Hồng"])

case("charset-us-ascii-label-on-utf8.eml", crlf(f"""Message-ID: <ascii-utf8@haibac.example.vn>
Date: Mon, 22 Nov 2021 15:10:00 +0700
From: dv.haibac@gmail.com
To: {HAI_HAU}
Subject: Bao cao tuan
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

""").encode("ascii") + crlf("Xã Hải Bắc báo cáo tuần: không phát sinh vụ việc phức tạp.\n").encode("utf-8"),
     "charset", kind="REPORT", subject="Bao cao tuan",
     text=["Xã Hải Bắc báo cáo tuần: không phát sinh vụ việc phức tạp."])

# macOS Mail: decomposed (NFD) subject, body, file name and attached text.
nfd = lambda s: unicodedata.normalize("NFD", s)
note = nfd("Biên bản họp Ban Công tác Mặt trận thôn Phước Lợi, ngày 03/12/2021.\n")
name = nfd("Biên bản họp thôn Phước Lợi.txt")
case("charset-nfd-macos-mail.eml", crlf(f"""Message-ID: <nfd-macos@phuocbinh.example.vn>
Date: Fri, 03 Dec 2021 17:40:00 +0700
From: =?utf-8?Q?{q_escape(nfd("MTTQ xã Phước Bình").encode())}?= <mttq.phuocbinh@gmail.com>
To: {BAC_AI}
Subject: {" ".join(q_words(nfd("Biên bản họp thôn Phước Lợi"), chunk=20))}
Mime-Version: 1.0 (Mac OS X Mail 15.0)
Content-Type: multipart/mixed; boundary="Apple-Mail=_7E1F"

--Apple-Mail=_7E1F
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8

{qp(nfd("Xã Phước Bình gửi biên bản họp thôn Phước Lợi.") + chr(10))}
--Apple-Mail=_7E1F
Content-Disposition: attachment;
\tfilename*=utf-8''{quote(name.encode("utf-8"))}
Content-Type: text/plain;
\tx-unix-mode=0644;
\tname="{" ".join(b_words(name, chunk=30))}"
Content-Transfer-Encoding: base64

{b64lines(note.encode("utf-8"))}
--Apple-Mail=_7E1F--
""").encode("ascii"),
     "charset", kind="REPORT", subject="Biên bản họp thôn Phước Lợi", fromName="MTTQ xã Phước Bình",
     text=["Xã Phước Bình gửi biên bản họp thôn Phước Lợi."],
     attachments=[{"name": "Biên bản họp thôn Phước Lợi.txt",
                   "text": "Biên bản họp Ban Công tác Mặt trận thôn Phước Lợi, ngày 03/12/2021."}])

# Pasted from a .VnTime Word document into a mail client that sends windows-1252.
body = tcvn3("Kính gửi Ban Dân vận Huyện ủy Hải Hậu,\n"
             "Uỷ ban nhân dân xã Hải Vân báo cáo tình hình thực hiện Quy chế dân chủ ở cơ sở năm 2021.\n"
             "Các thôn đã tổ chức hội nghị lấy ý kiến nhân dân về quy hoạch đồng muối.\n") + "Tran trong.\n"
case("charset-tcvn3-body-windows-1252.eml", crlf(f"""Message-ID: <tcvn3-body@haivan.example.vn>
Date: Tue, 07 Dec 2021 10:00:00 +0700
From: dv.haivan@gmail.com
To: {HAI_HAU}
Subject: Bao cao thuc hien Quy che dan chu
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf(body).encode("latin-1"),
     "charset", kind="REPORT", subject="Bao cao thuc hien Quy che dan chu",
     text=["Uỷ ban nhân dân xã Hải Vân báo cáo tình hình thực hiện Quy chế dân chủ ở cơ sở năm 2021.",
           "Các thôn đã tổ chức hội nghị lấy ý kiến nhân dân về quy hoạch đồng muối."],
     notText=["nh©n d©n"])

# Outlook HTML that kept the document's .VnTime font: TCVN3 characters sent as UTF-8.
html = ('<html><body><div><font face=".VnTime" size="3">'
        + tcvn3("Kính gửi: Ban Dân vận Huyện ủy<br>Xã Hải Long báo cáo kết quả xây dựng khu dân cư kiểu mẫu:"
                "<br>- Số khu dân cư đạt chuẩn: 9/11.<br>- Số hộ đạt danh hiệu gia đình văn hóa: 2.150 hộ.")
        + "</font></div></body></html>")
case("charset-tcvn3-html-vntime-font.eml", crlf(f"""Message-ID: <tcvn3-html@hailong.example.vn>
Date: Wed, 08 Dec 2021 09:30:00 +0700
From: dv.hailong@gmail.com
To: {HAI_HAU}
Subject: Bao cao khu dan cu kieu mau
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64lines(html.encode("utf-8"))}
""").encode("ascii"),
     "charset", kind="REPORT", subject="Bao cao khu dan cu kieu mau",
     text=["Xã Hải Long báo cáo kết quả xây dựng khu dân cư kiểu mẫu:",
           "Số hộ đạt danh hiệu gia đình văn hóa: 2.150 hộ."])

body = vni("Kính gửi Ban Thường trực Ủy ban MTTQ huyện Bác Ái,\n"
           "Xã Phước Trung báo cáo: đã trao 30 con bò giống cho hộ nghèo đồng bào Raglai.\n"
           "Người báo cáo: Katơr Thị Liên\n")
case("charset-vni-body-utf8.eml", crlf(f"""Message-ID: <vni-body@phuoctrung.example.vn>
Date: Thu, 09 Dec 2021 14:00:00 +0700
From: mttq.phuoctrung@gmail.com
To: {BAC_AI}
Subject: Bao cao trao bo giong
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "charset", kind="REPORT", subject="Bao cao trao bo giong",
     text=["Xã Phước Trung báo cáo: đã trao 30 con bò giống cho hộ nghèo đồng bào Raglai.",
           "Người báo cáo: Katơr Thị Liên"], notText=["Phöôùc"])

# ================================================================ header encodings

subject = "Báo cáo sơ kết 6 tháng đầu năm 2022 của Ban Công tác Mặt trận xã Phước Hòa"
name = "Ban Thường trực MTTQ xã Phước Hòa"
attach_name = "Báo cáo sơ kết 6 tháng.txt"
case("header-rfc2047-split-multibyte-across-lines.eml", crlf(f"""Message-ID: <2047-split@phuochoa.example.vn>
Date: Mon, 27 Jun 2022 08:00:00 +0700
From: {chr(10).join(" " + w for w in q_words(name, chunk=7)).strip()}
 <mttq.phuochoa@gmail.com>
To: {BAC_AI}
Subject: {chr(10).join(" " + w for w in b_words(subject, chunk=7)).strip()}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="split"

{text_part("split", "Xã Phước Hòa gửi báo cáo sơ kết 6 tháng đầu năm 2022." + chr(10)).decode()}--split
Content-Type: text/plain; charset=utf-8;
 name="{chr(10).join(" " + w for w in b_words(attach_name, chunk=5)).strip()}"
Content-Disposition: attachment
Content-Transfer-Encoding: base64

{b64lines("Sơ kết 6 tháng: 9/9 thôn tổ chức sinh hoạt Ban Công tác Mặt trận.".encode())}
--split--
""").encode("ascii"),
     "header", kind="REPORT", subject=subject, fromName=name,
     text=["Xã Phước Hòa gửi báo cáo sơ kết 6 tháng đầu năm 2022."],
     attachments=[{"name": attach_name, "text": "9/9 thôn tổ chức sinh hoạt Ban Công tác Mặt trận."}])

case("header-rfc2047-mixed-charsets-and-quoted-words.eml", crlf(f"""Message-ID: <2047-mixed@hailoc.example.vn>
Date: Tue, 28 Jun 2022 09:00:00 +0700
From: "=?UTF-8?Q?UBND_x=C3=A3_H=E1=BA=A3i_L=E1=BB=99c?=" <dv.hailoc@gmail.com>
To: =?utf-8*vi?q?Ban_D=C3=A2n_v=E1=BA=ADn?= <{HAI_HAU}>
Subject: {q_words(windows_1258("Báo cáo "), "windows-1258")[0]} {q_words("tháng 6 – xã Hải Lộc")[0]}
 (=?utf-8*vi?B?{base64.b64encode("bản chính thức".encode()).decode()}?=)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf("Xã Hải Lộc gửi báo cáo tháng 6 (bản chính thức).\n").encode("utf-8"),
     "header", kind="REPORT", subject="Báo cáo tháng 6 – xã Hải Lộc (bản chính thức)",
     fromName="UBND xã Hải Lộc", fromAddress="dv.hailoc@gmail.com",
     text=["Xã Hải Lộc gửi báo cáo tháng 6 (bản chính thức)."])

n1 = quote("Báo cáo tiêm chủng đợt 3".encode("utf-8"))
cut = n1.index("%A7")  # sections split inside the letter ủ (E1 BB A7)
n2 = quote("Biên bản Hải Nam".encode("utf-8"))
cut2 = n2.index("%20H")
case("header-rfc2231-continuations.eml", crlf(f"""Message-ID: <2231-continued@hainam.example.vn>
Date: Wed, 13 Oct 2021 11:00:00 +0700
From: dv.hainam@gmail.com
To: {HAI_HAU}
Subject: Gui bao cao tiem chung dot 3
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="2231"

{text_part("2231", "Xã Hải Nam gửi báo cáo tiêm chủng đợt 3 theo Công văn 1245/UBND-VP." + chr(10)).decode()}--2231
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment;
 filename*0*=utf-8''{n1[:cut]};
 filename*1*={n1[cut:]};
 filename*2=".txt"
Content-Transfer-Encoding: base64

{b64lines("Đợt 3: tiêm 4.812 mũi cho người từ 18 tuổi trở lên.".encode())}
--2231
Content-Type: application/pdf;
 name*1*={n2[cut2:]}.pdf;
 name*0*=UTF-8'vi'{n2[:cut2]}
Content-Transfer-Encoding: base64

{b64lines(PDF_1245)}
--2231
Content-Type: {DOCX_MIME}
Content-Disposition: attachment; filename="Bao cao.docx";
 filename*=UTF-8''{quote("Báo cáo.docx".encode("utf-8"))}
Content-Transfer-Encoding: base64

{b64lines(DOCX_1245)}
--2231--
""").encode("ascii"),
     "header", kind="REPORT", subject="Gui bao cao tiem chung dot 3",
     text=["Xã Hải Nam gửi báo cáo tiêm chủng đợt 3"],
     attachments=[{"name": "Báo cáo tiêm chủng đợt 3.txt", "text": "Đợt 3: tiêm 4.812 mũi"},
                  {"name": "Biên bản Hải Nam.pdf", "text": "1245/UBND-VP"},
                  {"name": "Báo cáo.docx", "text": "V/v báo cáo kết quả tiêm chủng vắc xin"}])

# RFC 6532 style: raw UTF-8 in the subject and in a quoted file name.
case("header-raw-utf8-filename.eml", crlf(f"""Message-ID: <raw-utf8-name@hainam.example.vn>
Date: Thu, 14 Oct 2021 08:20:00 +0700
From: "Dân vận xã Hải Nam" <dv.hainam@gmail.com>
To: {HAI_HAU}
Subject: Biểu tổng hợp kết quả tuyên truyền quý III
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="raw"

--raw
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Xã Hải Nam gửi biểu tổng hợp quý III.
--raw
Content-Type: {XLSX_MIME}; name="Biểu tổng hợp Hải Nam.xlsx"
Content-Disposition: attachment; filename="Biểu tổng hợp Hải Nam.xlsx"
Content-Transfer-Encoding: base64

{b64lines(XLSX_HAI_NAM)}
--raw--
""").encode("utf-8"),
     "header", kind="REPORT", subject="Biểu tổng hợp kết quả tuyên truyền quý III", fromName="Dân vận xã Hải Nam",
     text=["Xã Hải Nam gửi biểu tổng hợp quý III."],
     attachments=[{"name": "Biểu tổng hợp Hải Nam.xlsx", "text": "2\tSố hộ ký cam kết\t1260"}])

# ================================================================ HTML

html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo cáo</title>
<style type="text/css">td { border: 1px solid #000; } .ghi-chu { color: red }</style>
<script type="text/javascript">var theoDoi = "pixel";</script></head><body>
<!-- soạn bằng trình soạn thảo của cổng thông tin -->
<p>K&iacute;nh gửi: Ban Thường trực Ủy ban MTTQ huyện B&aacute;c &Aacute;i</p>
<p>Xã Phước Chính báo cáo kết quả vận động &quot;Ngày vì người nghèo&quot;:<br>đợt 1 &amp; đợt 2 năm 2021</p>
<table><tr><th>Thôn</th><th>Số tiền (đồng)</th></tr>
<tr><td>Thôn Núi Rây</td><td>4.200.000</td></tr>
<tr><td>Thôn Suối Rua</td><td>3.150.000</td></tr></table>
<p class="ghi-chu">Ghi chú: số liệu tính đến ngày 15/11&nbsp;&lt;chưa kiểm toán&gt;; Tr&#432;&#7903;ng ban: Mấu Thị H&#x1EA1;nh</p>
</body></html>"""
case("html-only-table-entities-style-script.eml", crlf(f"""Message-ID: <html-table@phuocchinh.example.vn>
Date: Mon, 15 Nov 2021 16:00:00 +0700
From: mttq.phuocchinh@gmail.com
To: {BAC_AI}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_Ng=C3=A0y_v=C3=AC_ng=C6=B0=E1=BB=9Di_ngh=C3=A8o?=
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}""").encode("ascii"),
     "html", kind="REPORT", subject="Báo cáo Ngày vì người nghèo",
     text=["Kính gửi: Ban Thường trực Ủy ban MTTQ huyện Bác Ái",
           "Xã Phước Chính báo cáo kết quả vận động \"Ngày vì người nghèo\":\nđợt 1 & đợt 2 năm 2021",
           "Thôn Núi Rây 4.200.000", "Thôn Suối Rua 3.150.000",
           "số liệu tính đến ngày 15/11 <chưa kiểm toán>; Trưởng ban: Mấu Thị Hạnh"],
     notText=["<p>", "border", "theoDoi", "pixel", "soạn bằng", "&quot;", "&amp;", "&nbsp;"])

html = ('<div dir="ltr"><div>Xã Hải Phương báo cáo:</div><div>- Đã tổ chức 3 lớp tập huấn cho cán bộ thôn.</div>'
        '<div>- Đã vận động 150 đoàn viên tham gia làm đường giao thông nông thôn.</div></div>')
case("html-alternative-with-blank-plain-part.eml", crlf(f"""Message-ID: <blank-plain@haiphuong.example.vn>
Date: Tue, 16 Nov 2021 10:10:00 +0700
From: dv.haiphuong@gmail.com
To: {HAI_HAU}
Subject: Bao cao thang 11
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=UTF-8

   

--alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64lines(html.encode())}
--alt--
""").encode("ascii"),
     "html", kind="REPORT", subject="Bao cao thang 11",
     text=["Xã Hải Phương báo cáo:\n- Đã tổ chức 3 lớp tập huấn cho cán bộ thôn.",
           "Đã vận động 150 đoàn viên tham gia làm đường giao thông nông thôn."])

html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head>"
        "<body><p>Xã Hải Đông báo cáo thiệt hại do bão số 7:</p><p>- Đổ 2 cột điện, sạt lở 150 m đê bối.</p>"
        "<p>Người báo cáo: Vũ Văn Quyết</p></body></html>")
case("html-windows-1258-no-charset-label.eml", crlf(f"""Message-ID: <html-1258@haidong.example.vn>
Date: Mon, 11 Oct 2021 18:40:00 +0700
From: dv.haidong@gmail.com
To: {HAI_HAU}
Subject: Bao cao thiet hai bao so 7
MIME-Version: 1.0
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable

""").encode("ascii") + qp(windows_1258(html)).encode("ascii"),
     "html", kind="REPORT", subject="Bao cao thiet hai bao so 7",
     text=["Xã Hải Đông báo cáo thiệt hại do bão số 7:", "Đổ 2 cột điện, sạt lở 150 m đê bối.",
           "Người báo cáo: Vũ Văn Quyết"])

# ================================================================ quoted and forwarded text

DISPATCH_HH = "Đề nghị các xã, thị trấn báo cáo kết quả công tác dân vận quý III trước ngày 25/9/2021."

body = f"""Xã Hải Sơn báo cáo: quý III đã hòa giải thành 7/8 vụ việc.

On Mon, Sep 20, 2021 at 8:15 AM Ban Dân vận Huyện ủy Hải Hậu <{HAI_HAU}> wrote:

> Kính gửi các xã, thị trấn,
> {DISPATCH_HH}
"""
case("quote-gmail-on-wrote.eml", crlf(f"""Message-ID: <CAgmail-on-wrote@mail.gmail.com>
In-Reply-To: <bdv-2021-09-20@haihau.example.vn>
Date: Wed, 22 Sep 2021 09:00:00 +0700
From: dv.haison@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?Re=3A_B=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "quote", kind="REPORT", subject="Re: Báo cáo quý III",
     ownText=["Xã Hải Sơn báo cáo: quý III đã hòa giải thành 7/8 vụ việc."],
     notOwnText=["wrote:", "Đề nghị các xã, thị trấn"], text=[DISPATCH_HH])

body = f"""Kính chuyển Ban Dân vận báo cáo của thôn Quyết Thắng, xã Hải Nam.

---------- Forwarded message ---------
From: Trưởng thôn Quyết Thắng <truongthon.quyetthang@gmail.com>
Date: Th 3, 21 thg 9, 2021 lúc 07:30
Subject: Báo cáo thôn Quyết Thắng
To: <dv.hainam@gmail.com>


Thôn Quyết Thắng đã tổ chức ra quân vệ sinh môi trường với 210 lượt người tham gia.
"""
case("quote-gmail-forwarded-message.eml", crlf(f"""Message-ID: <CAgmail-forward@mail.gmail.com>
Date: Tue, 21 Sep 2021 08:05:00 +0700
From: dv.hainam@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?Fwd=3A_B=C3=A1o_c=C3=A1o_th=C3=B4n_Quy=E1=BA=BFt_Th=E1=BA=AFng?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "quote", kind="REPORT", subject="Fwd: Báo cáo thôn Quyết Thắng",
     ownText=["Kính chuyển Ban Dân vận báo cáo của thôn Quyết Thắng, xã Hải Nam."],
     notOwnText=["Forwarded message", "210 lượt người"],
     text=["Thôn Quyết Thắng đã tổ chức ra quân vệ sinh môi trường với 210 lượt người tham gia."])

body = f"""Kính gửi Ban Dân vận Huyện ủy,
Thị trấn Cồn gửi báo cáo quý III: 5/5 tổ dân phố đạt tiêu chí dân vận khéo.
Trân trọng.

________________________________
From: Ban Dân vận Huyện ủy Hải Hậu <{HAI_HAU}>
Sent: Monday, September 20, 2021 8:15 AM
To: dv.ttcon@gmail.com <dv.ttcon@gmail.com>
Subject: V/v báo cáo quý III

{DISPATCH_HH}
"""
case("quote-outlook-from-sent-block.eml", crlf(f"""Message-ID: <outlook-block@ttcon.example.vn>
Date: Thu, 23 Sep 2021 14:00:00 +0700
From: dv.ttcon@gmail.com
To: {HAI_HAU}
Subject: =?utf-8?B?{base64.b64encode("RE: V/v báo cáo quý III".encode()).decode()}?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
X-Mailer: Microsoft Outlook 16.0

{b64lines(crlf(body).encode())}
""").encode("ascii"),
     "quote", kind="REPORT", subject="RE: V/v báo cáo quý III",
     ownText=["Thị trấn Cồn gửi báo cáo quý III: 5/5 tổ dân phố đạt tiêu chí dân vận khéo."],
     notOwnText=["________", "Sent:", "Đề nghị các xã"], text=[DISPATCH_HH])

body = f"""Xã Phước Bình đã nhận công văn, sẽ gửi báo cáo trước ngày 30/9.

-----Original Message-----
From: Ban Thuong truc MTTQ huyen Bac Ai [mailto:{BAC_AI}] 
Sent: Monday, September 20, 2021 8:15 AM
To: mttq.phuocbinh@gmail.com
Subject: Nhac bao cao 319/MTTQ-BTT

De nghi cac xa bao cao ket qua thuc hien Cong van 319/MTTQ-BTT.
"""
case("quote-outlook-original-message.eml", crlf(f"""Message-ID: <outlook-original@phuocbinh.example.vn>
Date: Tue, 21 Sep 2021 07:45:00 +0700
From: mttq.phuocbinh@gmail.com
To: {BAC_AI}
Subject: RE: Nhac bao cao 319/MTTQ-BTT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "quote", kind="REPORT", subject="RE: Nhac bao cao 319/MTTQ-BTT",
     ownText=["Xã Phước Bình đã nhận công văn, sẽ gửi báo cáo trước ngày 30/9."],
     notOwnText=["Original Message", "De nghi cac xa"])

body = f"""Xã Hải Quang báo cáo: đã tổ chức đối thoại với nhân dân về giải phóng mặt bằng đường ven biển.

Từ: Ban Dân vận Huyện ủy Hải Hậu <{HAI_HAU}>
Đã gửi: Thứ Hai, ngày 20 tháng 9 năm 2021 8:15 SA
Đến: dv.haiquang@gmail.com
Chủ đề: V/v báo cáo quý III

{DISPATCH_HH}
"""
case("quote-outlook-vietnamese-header-block.eml", crlf(f"""Message-ID: <outlook-vi@haiquang.example.vn>
Date: Fri, 24 Sep 2021 10:30:00 +0700
From: dv.haiquang@gmail.com
To: {HAI_HAU}
Subject: =?utf-8?Q?TL=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "quote", kind="REPORT", subject="TL: V/v báo cáo quý III",
     ownText=["Xã Hải Quang báo cáo: đã tổ chức đối thoại với nhân dân về giải phóng mặt bằng đường ven biển."],
     notOwnText=["Đã gửi:", "Đề nghị các xã"])

html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>
<p>Xã Hải Triều báo cáo: quý III không có đơn thư khiếu nại vượt cấp.</p>
<div class="moz-cite-prefix">On 20/09/2021 08:15, Ban Dân vận Huyện ủy Hải Hậu wrote:<br></div>
<blockquote type="cite" cite="mid:bdv-2021-09-20@haihau.example.vn">Kính gửi các xã, thị trấn,<br>{DISPATCH_HH}</blockquote>
</body></html>"""
case("quote-thunderbird.eml", crlf(f"""Message-ID: <3f1c2a7e-thunderbird@haitrieu.example.vn>
Date: Sat, 25 Sep 2021 08:00:00 +0700
From: dv.haitrieu@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101 Thunderbird/91.1.1
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf(html).encode("utf-8"),
     "quote", kind="REPORT", subject="Re: V/v báo cáo quý III",
     ownText=["Xã Hải Triều báo cáo: quý III không có đơn thư khiếu nại vượt cấp."],
     notOwnText=["wrote:", "Đề nghị các xã"], text=[DISPATCH_HH])

plain = f"""Xã Hải Lý báo cáo: đã hoàn thành việc kiện toàn Ban Thanh tra nhân dân.
   
    On Monday, September 20, 2021, 08:15:00 AM GMT+7, Ban Dân vận Huyện ủy Hải Hậu <{HAI_HAU}> wrote:  
 
 Kính gửi các xã, thị trấn,
{DISPATCH_HH}
"""
yhtml = f"""<html><head></head><body><div class="ydp1e8b yahoo-style-wrap"><div>Xã Hải Lý báo cáo: đã hoàn thành việc kiện toàn Ban Thanh tra nhân dân.</div></div><div id="yahoo_quoted_123" class="yahoo_quoted"><div style="font-size:13px;color:#26282a;"><div>On Monday, September 20, 2021, 08:15:00 AM GMT+7, Ban Dân vận Huyện ủy Hải Hậu &lt;{HAI_HAU}&gt; wrote:</div><div><br></div><div>Kính gửi các xã, thị trấn,<br>{DISPATCH_HH}</div></div></div></body></html>"""
case("quote-yahoo.eml", crlf(f"""Message-ID: <1234567890.1.1632100000000@mail.yahoo.com>
Date: Sun, 26 Sep 2021 20:00:00 +0000 (UTC)
From: =?UTF-8?Q?X=C3=A3_H=E1=BA=A3i_L=C3=BD?= <xahaily@yahoo.com>
To: {HAI_HAU}
Subject: =?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
X-Mailer: WebService/1.1.19116 YMailNorrin
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4321_1.1632100000000"

------=_Part_4321_1.1632100000000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
------=_Part_4321_1.1632100000000
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(yhtml)}
------=_Part_4321_1.1632100000000--
""").encode("ascii"),
     "quote", kind="REPORT", subject="Re: V/v báo cáo quý III", fromAddress="xahaily@yahoo.com",
     ownText=["Xã Hải Lý báo cáo: đã hoàn thành việc kiện toàn Ban Thanh tra nhân dân."],
     notOwnText=["wrote:", "Đề nghị các xã"])

body = f"""Xã Hải Thanh báo cáo: 100% chi hội đã sinh hoạt chuyên đề về an toàn giao thông.
Trân trọng!

Vào Th 2, 20 thg 9, 2021 vào lúc 08:15 Ban Dân vận Huyện ủy Hải Hậu <
{HAI_HAU}> đã viết:

> Kính gửi các xã, thị trấn,
> {DISPATCH_HH}
"""
case("quote-vietnamese-vao-da-viet.eml", crlf(f"""Message-ID: <CAvao-da-viet-2@mail.gmail.com>
Date: Mon, 27 Sep 2021 07:30:00 +0700
From: dv.haithanh@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"),
     "quote", kind="REPORT", subject="Re: V/v báo cáo quý III",
     ownText=["Xã Hải Thanh báo cáo: 100% chi hội đã sinh hoạt chuyên đề về an toàn giao thông.\nTrân trọng!"],
     notOwnText=["đã viết:", "Đề nghị các xã"])

# ================================================================ attachments read for their text

def with_attachments(file, category, message_id, sender, to, subject, text, parts, **expect):
    head = crlf(f"""Message-ID: <{message_id}>
Date: Thu, 10 Mar 2022 09:00:00 +0700
From: {sender}
To: {to}
Subject: {q_words(subject)[0]}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="docs"

""").encode("ascii") + text_part("docs", text + "\n")
    data = head + b"".join(attachment("docs", t, n, d) for t, n, d in parts) + b"--docs--\r\n"
    case(file, data, category, subject=subject, text=[text], kind="REPORT", **expect)


with_attachments("attachment-docx-legacy-run-fonts.eml", "attachment", "legacy-docx@phuocthang.example.vn",
                 "mttq.phuocthang@gmail.com", BAC_AI, "Báo cáo Quỹ Vì người nghèo 2022",
                 "Xã Phước Thắng gửi báo cáo (soạn trên mẫu cũ).",
                 [(DOCX_MIME, "bao-cao-quy-vi-nguoi-ngheo.docx", LEGACY_DOCX)],
                 attachments=[{"name": "bao-cao-quy-vi-nguoi-ngheo.docx",
                               "text": ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ PHƯỚC THẮNG", "Số: 21/BC-MTTQ",
                                        "Quỹ \"Vì người nghèo\" năm 2022 trên địa bàn xã Phước Thắng.",
                                        "Tổng số tiền vận động được: 18.500.000 đồng, đạt 105% chỉ tiêu huyện giao.",
                                        "Người lập biểu: Pinăng Thị Hường"]}])

with_attachments("attachment-doc-and-odt.eml", "attachment", "doc-odt@phuocdai.example.vn",
                 "mttq.phuocdai@gmail.com", BAC_AI, "Gửi lại văn bản 88 và 1245",
                 "Xã Phước Đại gửi lại hai văn bản đã nhận để đối chiếu.",
                 [("application/msword", "88-UBND-VX.doc", DOC_88_TCVN3),
                  ("application/vnd.oasis.opendocument.text", "1245-UBND-VP.odt", ODT_1245)],
                 attachments=[{"name": "88-UBND-VX.doc",
                               "text": ["Số: 88/UBND-VX", "V/v báo cáo tình hình học sinh bỏ học"]},
                              {"name": "1245-UBND-VP.odt", "text": ["Số: 1245/UBND-VP"]}])

with_attachments("attachment-pdf-and-vni-txt.eml", "attachment", "pdf-txt@phuoctien.example.vn",
                 "mttq.phuoctien@gmail.com", BAC_AI, "Văn bản kèm theo",
                 "Xã Phước Tiến gửi văn bản dạng PDF và bản gõ VNI.",
                 [("application/pdf", "cong-van-1245.pdf", PDF_1245),
                  ("text/plain", "cong-van-88-vni.txt", TXT_88_VNI)],
                 attachments=[{"name": "cong-van-1245.pdf", "text": ["1245/UBND-VP", "tiêm chủng"]},
                              {"name": "cong-van-88-vni.txt",
                               "text": ["Số: 88/UBND-VX", "Uỷ ban nhân dân xã Phước Đại và xã Phước Thắng"]}])

with_attachments("attachment-xlsx-and-xls.eml", "attachment", "sheets@phuocthang.example.vn",
                 "mttq.phuocthang@gmail.com", BAC_AI, "Biểu thống kê hộ nghèo",
                 "Xã Phước Thắng gửi biểu 01 (.xlsx) và biểu 02 (Excel 2003).",
                 [(XLSX_MIME, "bieu-01.xlsx", XLSX_HAI_NAM), ("application/vnd.ms-excel", "bieu-02.xls", XLS)],
                 attachments=[{"name": "bieu-01.xlsx", "text": ["Biểu 01", "3\tTỷ lệ hộ đạt gia đình văn hóa\t92%"]},
                              {"name": "bieu-02.xls", "text": ["Biểu 02", "2\tThôn Ma Lâm\t38\t11",
                                                               "Cộng\t107\t37"]}])

with_attachments("attachment-zip-bomb-docx.eml", "attachment", "zip-bomb@haitan.example.vn",
                 "dv.haitan@gmail.com", HAI_HAU, "Báo cáo tổng hợp năm 2021",
                 "Xã Hải Tân gửi báo cáo tổng hợp năm 2021.",
                 [(DOCX_MIME, "Bao cao tong hop.docx", ZIP_BOMB)],
                 attachments=[{"name": "Bao cao tong hop.docx", "problem": "zip bomb"}])

ROW = "Hộ ông Nguyễn Văn Thành, xóm 3: 4 khẩu, thuộc diện hộ cận nghèo, đã được hỗ trợ thẻ bảo hiểm y tế."
huge = docx([" ".join([ROW] * 10)] * 520)
assert len(huge) < 40_000 and len(ROW) * 10 * 520 > 500_000
with_attachments("attachment-docx-text-over-limit.eml", "attachment", "long-docx@haiphong.example.vn",
                 "dv.haiphong@gmail.com", HAI_HAU, "Danh sách hộ cận nghèo",
                 "Xã Hải Phong gửi danh sách hộ cận nghèo được hỗ trợ thẻ bảo hiểm y tế.",
                 [(DOCX_MIME, "danh-sach-ho-can-ngheo.docx", huge)],
                 attachments=[{"name": "danh-sach-ho-can-ngheo.docx", "text": [ROW],
                               "problem": "only the first 500000 characters of its text were read"}])

with_attachments("attachment-password-protected.eml", "attachment", "password@phuocthang.example.vn",
                 "mttq.phuocthang@gmail.com", BAC_AI, "Báo cáo có mật khẩu",
                 "Xã Phước Thắng gửi báo cáo, mật khẩu sẽ gửi qua điện thoại.",
                 [(DOCX_MIME, "bao-cao.docx", ENCRYPTED_DOCX), (XLSX_MIME, "bieu-02.xlsx", ENCRYPTED_XLSX),
                  ("application/pdf", "bien-ban.pdf", ENCRYPTED_PDF)],
                 attachments=[{"name": "bao-cao.docx", "problem": "password-protected Word file"},
                              {"name": "bieu-02.xlsx", "problem": "protected by a password"},
                              {"name": "bien-ban.pdf", "problem": "password-protected PDF"}])

web_page_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta charset="utf-8"></head><body><p>Báo cáo</p></body></html>').encode("utf-8")
with_attachments("attachment-damaged-documents.eml", "attachment", "damaged@haiphu.example.vn",
                 "dv.haiphu@gmail.com", HAI_HAU, "Báo cáo gửi lần 2",
                 "Xã Hải Phú gửi lại báo cáo (lần trước tệp bị lỗi).",
                 [(DOCX_MIME, "bao-cao-loi.docx", DOCX_1245[:len(DOCX_1245) // 2]),
                  ("application/pdf", "bao-cao-loi.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pa"),
                  ("application/msword", "bao-cao-web.doc", web_page_doc)],
                 attachments=[{"name": "bao-cao-loi.docx", "problem": "damaged .docx"},
                              {"name": "bao-cao-loi.pdf", "problem": "damaged PDF"},
                              {"name": "bao-cao-web.doc", "problem": "it is a web page (HTML)"}])

with_attachments("attachment-scanned-pdf.eml", "attachment", "scan@haian.example.vn",
                 "dv.haian@gmail.com", HAI_HAU, "Báo cáo bản scan",
                 "Xã Hải An gửi bản scan báo cáo có chữ ký và dấu đỏ.",
                 [("application/pdf", "bao-cao-scan.pdf", SCAN)],
                 attachments=[{"name": "bao-cao-scan.pdf", "problem": "scanned PDF: no text layer on its 2 pages"}])

# A document sent as application/octet-stream (read by its name), an unnamed inline PDF (read by its type), and an
# inline image of the signature, which is neither text nor an attachment.
png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(40)
case("attachment-octet-stream-document-names.eml", crlf(f"""Message-ID: <octet@haitay.example.vn>
Date: Fri, 11 Mar 2022 10:00:00 +0700
From: dv.haitay@gmail.com
To: {HAI_HAU}
Subject: Bao cao va cong van
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="oct"

{text_part("oct", "Xã Hải Tây gửi báo cáo và công văn." + chr(10)).decode()}--oct
Content-Type: application/octet-stream; name="bao-cao-thang-2.docx"
Content-Transfer-Encoding: base64

{b64lines(DOCX_1245)}
--oct
Content-Type: application/pdf
Content-Disposition: inline
Content-Transfer-Encoding: base64

{b64lines(PDF_1245)}
--oct
Content-Type: image/png
Content-ID: <chu-ky@haitay>
Content-Disposition: inline
Content-Transfer-Encoding: base64

{b64lines(png)}
--oct--
""").encode("ascii"),
     "attachment", kind="REPORT", subject="Bao cao va cong van", text=["Xã Hải Tây gửi báo cáo và công văn."],
     attachments=[{"name": "bao-cao-thang-2.docx", "text": "Số: 1245/UBND-VP"},
                  {"name": None, "type": "application/pdf", "text": "1245/UBND-VP"}])

parts = [("text/plain; charset=utf-8", f"phieu-{n:02d}.txt",
          f"Phiếu tổng hợp ý kiến cử tri số {n}: đề nghị nâng cấp đường trục xóm {n}.".encode()) for n in range(1, 26)]
with_attachments("attachment-twenty-five-documents.eml", "attachment", "25-docs@haiduong.example.vn",
                 "dv.haiduong@gmail.com", HAI_HAU, "Tổng hợp ý kiến cử tri",
                 "Xã Hải Đường gửi 25 phiếu tổng hợp ý kiến cử tri.", parts,
                 attachmentCount=25,
                 attachments=[{"at": 0, "name": "phieu-01.txt", "text": "cử tri số 1: đề nghị nâng cấp"},
                              {"at": 19, "name": "phieu-20.txt", "text": "cử tri số 20:"},
                              {"at": 20, "name": "phieu-21.txt", "problem": "only the first 20 documents"},
                              {"at": 24, "name": "phieu-25.txt", "problem": "only the first 20 documents"}])

# ================================================================ kinds: auto-replies

def simple(file, category, message_id, sender, to, raw_subject, extra, body, **expect):
    case(file, crlf(f"""Message-ID: <{message_id}>
Date: Mon, 20 Sep 2021 08:16:00 +0700
From: {sender}
To: {to}
Subject: {raw_subject}
{extra}MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(body)}""").encode("ascii"), category, **expect)


simple("kind-auto-submitted-auto-replied.eml", "kind", "auto-replied@haicuong.example.vn",
       "dv.haicuong@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "Auto-Submitted: auto-replied\n",
       "Thư của anh/chị đã được chuyển đến bộ phận văn thư xã Hải Cường.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III", text=["đã được chuyển đến bộ phận văn thư"])
simple("kind-x-autoreply.eml", "kind", "x-autoreply@haininh.example.vn",
       "dv.haininh@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "X-Autoreply: yes\n", "Tôi đang nghỉ phép đến hết ngày 24/9.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III")
simple("kind-x-autorespond.eml", "kind", "x-autorespond@haichinh.example.vn",
       "dv.haichinh@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "X-Autorespond: Re: V/v bao cao quy III\n", "Đã nhận được thư, cảm ơn.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III")
simple("kind-precedence-bulk.eml", "kind", "prec-bulk@haixuan.example.vn",
       "dv.haixuan@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "Precedence: bulk\n", "Hộp thư này không được theo dõi thường xuyên.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III")
simple("kind-precedence-junk.eml", "kind", "prec-junk@haichau.example.vn",
       "dv.haichau@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "Precedence: junk\n", "Thư đã được nhận.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III")
simple("kind-precedence-auto-reply.eml", "kind", "prec-auto@haihoa.example.vn",
       "dv.haihoa@gmail.com", HAI_HAU, "=?UTF-8?Q?Re=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=",
       "Precedence: auto_reply\n", "Cán bộ phụ trách đang đi công tác.\n",
       kind="AUTO_REPLY", subject="Re: V/v báo cáo quý III")
simple("kind-subject-tra-loi-tu-dong.eml", "kind", "tltd@haigiang.example.vn",
       "dv.haigiang@gmail.com", HAI_HAU,
       " ".join(b_words("Trả lời tự động: V/v báo cáo quý III", chunk=11)), "",
       "Tôi đang đi họp, sẽ trả lời sau 17 giờ.\n",
       kind="AUTO_REPLY", subject="Trả lời tự động: V/v báo cáo quý III")
simple("kind-subject-vang-mat.eml", "kind", "vang-mat@phuocdai.example.vn",
       "mttq.phuocdai@gmail.com", BAC_AI, q_words("Vắng mặt: Nhắc báo cáo 319/MTTQ-BTT")[0], "",
       "Tôi vắng mặt tại cơ quan từ 20/9 đến 22/9/2021.\n",
       kind="AUTO_REPLY", subject="Vắng mặt: Nhắc báo cáo 319/MTTQ-BTT")
simple("kind-subject-out-of-office.eml", "kind", "ooo@phuocbinh.example.vn",
       "mttq.phuocbinh@gmail.com", BAC_AI, "Out of Office: Nhac bao cao 319/MTTQ-BTT", "",
       "I am out of the office until 22/9. Tôi sẽ trả lời khi trở lại.\n",
       kind="AUTO_REPLY", subject="Out of Office: Nhac bao cao 319/MTTQ-BTT")
simple("kind-report-auto-submitted-no.eml", "kind", "auto-no@phuoctien.example.vn",
       "mttq.phuoctien@gmail.com", BAC_AI, "=?UTF-8?Q?B=C3=A1o_c=C3=A1o_319/MTTQ-BTT?=",
       "Auto-Submitted: no\n", "Xã Phước Tiến báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT.\n",
       kind="REPORT", subject="Báo cáo 319/MTTQ-BTT",
       text=["Xã Phước Tiến báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT."])

# ================================================================ kinds: bounces

REMINDER = f"""Message-ID: <reminder-319@bacai.example>
Date: Mon, 20 Sep 2021 15:00:00 +0700
From: {BAC_AI}
To: mttq.phuochoa@gmail.com
Subject: Nhac bao cao 319/MTTQ-BTT

Nhac bao cao.
"""

case("kind-bounce-rfc3464-postfix.eml", f"""Return-Path: <>
Message-ID: <20210920080005.3D1F2C0123@mail.bacai.example>
Date: Mon, 20 Sep 2021 15:00:05 +0700 (ICT)
From: MAILER-DAEMON@mail.bacai.example (Mail Delivery System)
To: {BAC_AI}
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3D1F2C0123.1632124805/mail.bacai.example"

This is a MIME-encapsulated message.

--3D1F2C0123.1632124805/mail.bacai.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.bacai.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<mttq.phuochoa@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.

--3D1F2C0123.1632124805/mail.bacai.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bacai.example
X-Postfix-Queue-ID: 3D1F2C0123
Arrival-Date: Mon, 20 Sep 2021 15:00:01 +0700 (ICT)

Original-Recipient: rfc822;MTTQ.PhuocHoa@gmail.com
Final-Recipient: rfc822; MTTQ.PhuocHoa@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.

--3D1F2C0123.1632124805/mail.bacai.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{REMINDER.split(chr(10) + chr(10))[0]}

--3D1F2C0123.1632124805/mail.bacai.example--
""", "kind", kind="BOUNCE", subject="Undelivered Mail Returned to Sender",
     failedRecipient="mttq.phuochoa@gmail.com", text=["could not\nbe delivered to one or more recipients"])

case("kind-bounce-exim.eml", f"""Return-path: <>
Envelope-to: {HAI_HAU}
Message-Id: <E1mSb2a-0003xY-Tt@mx.haihau.example.vn>
Date: Mon, 20 Sep 2021 15:01:02 +0700
From: Mail Delivery System <Mailer-Daemon@mx.haihau.example.vn>
To: {HAI_HAU}
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: vanphong@haiphuc.example.vn
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vanphong@haiphuc.example.vn
    host mx.haiphuc.example.vn [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<vanphong@haiphuc.example.vn>:
    550 5.1.1 <vanphong@haiphuc.example.vn>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <{HAI_HAU}>
From: {HAI_HAU}
To: vanphong@haiphuc.example.vn
Subject: Nhac bao cao quy III
""", "kind", kind="BOUNCE", subject="Mail delivery failed: returning message to sender",
     failedRecipient="vanphong@haiphuc.example.vn")

case("kind-bounce-postfix-plain.eml", f"""Return-Path: <>
Message-Id: <20210920081010.A12B3C4D5E@mail.haihau.example.vn>
Date: Mon, 20 Sep 2021 15:10:10 +0700 (ICT)
From: MAILER-DAEMON@mail.haihau.example.vn (Mail Delivery System)
To: ha.lv@haihau.example
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.haihau.example.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<dv.haiquang@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.26] said:
    552-5.2.2 The email account that you tried to reach is over quota.

--- Original message follows.

From: ha.lv@haihau.example
To: dv.haiquang@gmail.com
Subject: Nhac bao cao
""", "kind", kind="BOUNCE", subject="Undelivered Mail Returned to Sender",
     failedRecipient="dv.haiquang@gmail.com")

case("kind-bounce-qmail.eml", f"""Return-Path: <>
Message-ID: <20210920081500.12345.qmail@mx.haitay.example.vn>
Date: 20 Sep 2021 08:15:00 -0000
From: MAILER-DAEMON@mx.haitay.example.vn
To: {HAI_HAU}
Subject: failure notice

Hi. This is the qmail-send program at mx.haitay.example.vn.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<vanthu@haitay.example.vn>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{HAI_HAU}>
From: {HAI_HAU}
To: vanthu@haitay.example.vn
Subject: Nhac bao cao
""", "kind", kind="BOUNCE", subject="failure notice", failedRecipient="vanthu@haitay.example.vn")

bounce_html = ("<html><body><h2>Không tìm thấy địa chỉ</h2><p>Thư của bạn chưa được gửi tới "
               "<a href=\"mailto:mttq.phuoctrung1@gmail.com\">mttq.phuoctrung1@gmail.com</a> vì không tìm thấy "
               "địa chỉ hoặc địa chỉ đó không thể nhận thư.</p><p>Phản hồi từ máy chủ từ xa là:<br>"
               "550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>")
case("kind-bounce-gmail-html.eml", crlf(f"""Message-ID: <bounce-gmail-vi@mx.google.com>
Date: Mon, 20 Sep 2021 01:02:03 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: {BAC_AI}
Subject: Delivery Status Notification (Failure)
X-Google-Smtp-Source: ABdhPJx
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="gmail-bounce"

--gmail-bounce
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(bounce_html)}
--gmail-bounce--
""").encode("ascii"), "kind", kind="BOUNCE", subject="Delivery Status Notification (Failure)",
     failedRecipient="mttq.phuoctrung1@gmail.com", text=["Không tìm thấy địa chỉ"])

case("kind-bounce-exchange.eml", crlf(f"""Message-ID: <ndr-7f3a@EXCH01.haihau.example>
Date: Mon, 20 Sep 2021 08:20:00 +0000
From: Microsoft Outlook <postmaster@haihau.example>
To: mai.tt@haihau.example
Subject: =?utf-8?B?{base64.b64encode("Undeliverable: Nhắc báo cáo quý III".encode()).decode()}?=
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="ndr"

--ndr
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

ubnd.haianh@haihau.example.vn (ubnd.haianh@haihau.example.vn)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:

Generating server: EXCH01.haihau.example

ubnd.haianh@haihau.example.vn
#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##

--ndr
Content-Type: message/rfc822

From: mai.tt@haihau.example
To: ubnd.haianh@haihau.example.vn
Subject: =?utf-8?Q?Nh=E1=BA=AFc_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
Message-ID: <nhac-q3@haihau.example>

Nhac bao cao.

--ndr--
""").encode("ascii"), "kind", kind="BOUNCE", subject="Undeliverable: Nhắc báo cáo quý III",
     failedRecipient="ubnd.haianh@haihau.example.vn",
     attachments=[{"name": None, "type": "message/rfc822", "text": "Subject: Nhắc báo cáo quý III"}])

# ================================================================ kinds: read receipts

case("kind-read-receipt-outlook.eml", crlf(f"""Message-ID: <mdn-outlook@phuocthanh.example.vn>
Date: Tue, 21 Sep 2021 07:01:00 +0700
From: mttq.phuocthanh@gmail.com
To: {BAC_AI}
Subject: =?utf-8?B?{base64.b64encode("Read: Nhắc báo cáo 319/MTTQ-BTT".encode()).decode()}?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0001_01D7AE3F.9A1B2C30"

------=_NextPart_000_0001_01D7AE3F.9A1B2C30
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp("Your message was read on 21/09/2021 07:00." + chr(10))}
------=_NextPart_000_0001_01D7AE3F.9A1B2C30
Content-Type: message/disposition-notification

Reporting-UA: phuocthanh; Microsoft Outlook 16.0
Final-Recipient: rfc822;mttq.phuocthanh@gmail.com
Original-Message-ID: <reminder-319@bacai.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0001_01D7AE3F.9A1B2C30--
""").encode("ascii"), "kind", kind="OTHER", subject="Read: Nhắc báo cáo 319/MTTQ-BTT")

case("kind-read-receipt-thunderbird.eml", crlf(f"""Message-ID: <mdn-tb@haianh.example.vn>
Date: Tue, 21 Sep 2021 07:05:00 +0700
From: dv.haianh@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?=C4=90=C3=A3_xem=3A_V/v_b=C3=A1o_c=C3=A1o_qu=C3=BD_III?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type="disposition-notification"; boundary="tb-mdn"

--tb-mdn
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Đây là thông báo đã nhận cho thư bạn gửi tới dv.haianh@gmail.com.

--tb-mdn
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: haianh; Thunderbird 91.1.1
Final-Recipient: rfc822;dv.haianh@gmail.com
Original-Message-ID: <bdv-2021-09-20@haihau.example.vn>
Disposition: manual-action/MDN-sent-manually; displayed

--tb-mdn--
""").encode("utf-8"), "kind", kind="OTHER", subject="Đã xem: V/v báo cáo quý III",
     attachments=[{"name": "MDNPart2.txt", "text": "Disposition: manual-action/MDN-sent-manually; displayed"}])

# ================================================================ structural damage

text = "Xã Hải Anh gửi báo cáo công tác dân vận năm 2021 kèm theo."
data = crlf(f"""Message-ID: <truncated@haianh.example.vn>
Date: Wed, 29 Dec 2021 16:00:00 +0700
From: dv.haianh@gmail.com
To: {HAI_HAU}
Subject: Bao cao nam 2021
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="cut"

""").encode("ascii") + text_part("cut", text + "\n") + attachment("cut", DOCX_MIME, "bao-cao-nam-2021.docx", DOCX_1245)
case("structure-truncated-mid-part.eml", data[:len(data) - 2500], "structure", kind="REPORT",
     subject="Bao cao nam 2021", text=[text],
     attachments=[{"name": "bao-cao-nam-2021.docx", "problem": "damaged .docx"}])

case("structure-truncated-in-headers.eml", crlf(f"""Message-ID: <cut-headers@haian.example.vn>
Date: Wed, 29 Dec 2021 16:05:00 +0700
From: dv.haian@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_n=C4=83m_2021?=
MIME-Version: 1.0
Content-Type: text/pl""").encode("ascii"), "structure", kind="REPORT", subject="Báo cáo năm 2021",
     textEquals="")

case("structure-missing-closing-boundary.eml", crlf(f"""Message-ID: <no-close@hailoc.example.vn>
Date: Thu, 30 Dec 2021 09:00:00 +0700
From: dv.hailoc@gmail.com
To: {HAI_HAU}
Subject: Bao cao kem van ban
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="open"

""").encode("ascii") + text_part("open", "Xã Hải Lộc gửi báo cáo kèm văn bản 1245.\n")
     + attachment("open", "application/vnd.oasis.opendocument.text", "1245.odt", ODT_1245),
     "structure", kind="REPORT", subject="Bao cao kem van ban", text=["Xã Hải Lộc gửi báo cáo kèm văn bản 1245."],
     attachments=[{"name": "1245.odt", "text": "Số: 1245/UBND-VP"}])

case("structure-boundary-never-used.eml", crlf(f"""Message-ID: <unused-boundary@haihung.example.vn>
Date: Thu, 30 Dec 2021 09:30:00 +0700
From: dv.haihung@gmail.com
To: {HAI_HAU}
Subject: Bao cao tuan 52
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01D7FD6B"
Content-Transfer-Encoding: 8bit

Xã Hải Hưng báo cáo tuần 52: tình hình an ninh trật tự ổn định.
Đã tổ chức trao 40 suất quà cho gia đình chính sách.
""").encode("utf-8"), "structure", kind="REPORT", subject="Bao cao tuan 52",
     text=["Xã Hải Hưng báo cáo tuần 52: tình hình an ninh trật tự ổn định.",
           "Đã tổ chức trao 40 suất quà cho gia đình chính sách."])

case("structure-multipart-without-boundary.eml", crlf(f"""Message-ID: <no-boundary-param@haibac.example.vn>
Date: Thu, 30 Dec 2021 10:00:00 +0700
From: dv.haibac@gmail.com
To: {HAI_HAU}
Subject: Bao cao thang 12
MIME-Version: 1.0
Content-Type: multipart/alternative

--000000000000f1e2d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp("Xã Hải Bắc báo cáo tháng 12: hoàn thành 100% kế hoạch." + chr(10))}
--000000000000f1e2d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp("<div>Xã Hải Bắc báo cáo tháng 12: hoàn thành 100% kế hoạch.</div>")}
--000000000000f1e2d3--
""").encode("ascii"), "structure", kind="REPORT", subject="Bao cao thang 12",
     text=["Xã Hải Bắc báo cáo tháng 12: hoàn thành 100% kế hoạch."],
     notText=["Content-Type", "000000000000f1e2d3", "<div>"])

body = "Xã Phước Đại báo cáo: đã hoàn thành tiêm mũi 2 cho 96% người dân từ 18 tuổi trở lên.\n"
enc = base64.b64encode(crlf(body).encode()).decode().rstrip("=")
junk = enc[:30] + " \t" + enc[30:60] + "!!\r\n" + enc[60:90] + "*\r\n\r\n" + enc[90:]
case("structure-base64-with-junk.eml", crlf(f"""Message-ID: <bad-base64@phuocdai.example.vn>
Date: Fri, 31 Dec 2021 08:00:00 +0700
From: mttq.phuocdai@gmail.com
To: {BAC_AI}
Subject: Bao cao tiem chung
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""").encode("ascii") + junk.encode("ascii") + b"\r\n",
     "structure", kind="REPORT", subject="Bao cao tiem chung",
     text=["Xã Phước Đại báo cáo: đã hoàn thành tiêm mũi 2 cho 96% người dân từ 18 tuổi trở lên."])

case("structure-wrong-transfer-encoding.eml", crlf(f"""Message-ID: <wrong-cte@phuocchinh.example.vn>
Date: Fri, 31 Dec 2021 08:30:00 +0700
From: mttq.phuocchinh@gmail.com
To: {BAC_AI}
Subject: Bao cao cuoi nam
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

Xã Phước Chính báo cáo cuối năm: 5/5 thôn đạt danh hiệu khu dân cư văn hóa.
Trân trọng.
""").encode("utf-8"), "structure", kind="REPORT", subject="Bao cao cuoi nam",
     text=["Xã Phước Chính báo cáo cuối năm: 5/5 thôn đạt danh hiệu khu dân cư văn hóa."])

case("structure-header-without-colon.eml", crlf(f"""Message-ID: <no-colon@haison.example.vn>
Date: Mon, 03 Jan 2022 08:00:00 +0700
From: dv.haison@gmail.com
X-Mailer Microsoft Outlook Express 6.00.2900.5512
To: {HAI_HAU}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_th=C3=A1ng_1?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf("Xã Hải Sơn báo cáo tháng 1/2022: đã tổ chức Hội nghị đại biểu nhân dân.\n").encode(),
     "structure", kind="REPORT", subject="Báo cáo tháng 1", recipients=[HAI_HAU],
     text=["Xã Hải Sơn báo cáo tháng 1/2022: đã tổ chức Hội nghị đại biểu nhân dân."])

refs = " ".join(f"<thread-{n:04d}@haihau.example.vn>" for n in range(1, 1501))
case("structure-very-long-header-line.eml", crlf(f"""Message-ID: <long-header@haithanh.example.vn>
Date: Mon, 03 Jan 2022 09:00:00 +0700
From: dv.haithanh@gmail.com
To: {HAI_HAU}
References: {refs}
X-Spam-Report: {"tests=BAYES_00,DKIM_SIGNED,DKIM_VALID,FREEMAIL_FROM,RCVD_IN_DNSWL_NONE;" * 400}
Subject: =?UTF-8?Q?Re=3A_B=C3=A1o_c=C3=A1o_qu=C3=BD_IV?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf("Xã Hải Thanh gửi báo cáo quý IV.\n").encode(),
     "structure", kind="REPORT", subject="Re: Báo cáo quý IV", referenceCount=1500,
     text=["Xã Hải Thanh gửi báo cáo quý IV."])

case("structure-mbox-from-line-and-bom.eml", b"\xef\xbb\xbf" + f"""From dv.haianh@gmail.com Tue Jan  4 08:00:00 2022
Message-ID: <mbox-bom@haianh.example.vn>
Date: Tue, 04 Jan 2022 08:00:00 +0700
From: dv.haianh@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_tu=E1=BA=A7n_1?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Xã Hải Anh báo cáo tuần 1: không có vụ việc phát sinh.
>From the archive: dòng này bắt đầu bằng From và được mbox thêm dấu >.
""".encode("utf-8"), "structure", kind="REPORT", subject="Báo cáo tuần 1", fromAddress="dv.haianh@gmail.com",
     ownText=["Xã Hải Anh báo cáo tuần 1: không có vụ việc phát sinh.",
              ">From the archive: dòng này bắt đầu bằng From và được mbox thêm dấu >."])

# 1 text part and 1,999 tiny photos: a phone app's flood-damage survey.
parts = [f"--p\r\nContent-Type: image/jpeg; name=anh-{n:04d}.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
         f"/9j/4AAQSkZJRgAB{n:04d}\r\n" for n in range(1, 2000)]
case("structure-2000-parts.eml", crlf(f"""Message-ID: <2000-parts@haidong.example.vn>
Date: Wed, 05 Jan 2022 17:00:00 +0700
From: dv.haidong@gmail.com
To: {HAI_HAU}
Subject: Anh hien truong sat lo de
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=p

""").encode("ascii") + text_part("p", "Xã Hải Đông gửi 1.999 ảnh hiện trường sạt lở đê.\n")
     + "".join(parts).encode("ascii") + b"--p--\r\n",
     "structure", kind="REPORT", subject="Anh hien truong sat lo de",
     text=["Xã Hải Đông gửi 1.999 ảnh hiện trường sạt lở đê."], attachmentCount=1999,
     attachments=[{"at": 0, "name": "anh-0001.jpg", "type": "image/jpeg"},
                  {"at": 1998, "name": "anh-1999.jpg", "type": "image/jpeg"}])

nested_html = "<div>Xã Hải Giang gửi báo cáo <b>quý IV</b>, chữ ký ở dưới.</div><img src=\"cid:chu-ky@haigiang\">"
case("structure-related-mixed-alternative.eml", crlf(f"""Message-ID: <nested@haigiang.example.vn>
Date: Thu, 06 Jan 2022 08:00:00 +0700
From: dv.haigiang@gmail.com
To: {HAI_HAU}
Subject: Bao cao quy IV
MIME-Version: 1.0
Content-Type: multipart/related; type="multipart/mixed"; boundary="rel"

--rel
Content-Type: multipart/mixed; boundary="mix"

--mix
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Xã Hải Giang gửi báo cáo quý IV, chữ ký ở dưới." + chr(10))}
--alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(nested_html)}
--alt--

--mix
Content-Type: application/pdf; name="bao-cao-quy-IV.pdf"
Content-Disposition: attachment; filename="bao-cao-quy-IV.pdf"
Content-Transfer-Encoding: base64

{b64lines(PDF_1245)}
--mix--

--rel
Content-Type: image/png
Content-ID: <chu-ky@haigiang>
Content-Transfer-Encoding: base64

{b64lines(png)}
--rel--
""").encode("ascii"), "structure", kind="REPORT", subject="Bao cao quy IV",
     textEquals="Xã Hải Giang gửi báo cáo quý IV, chữ ký ở dưới.",
     attachments=[{"name": "bao-cao-quy-IV.pdf", "text": "1245/UBND-VP"}])

inner = crlf(f"""Message-ID: <inner-1258@haithanh.example.vn>
Date: Tue, 04 Jan 2022 16:00:00 +0700
From: =?windows-1258?Q?{q_escape(windows_1258("Văn thư xã Hải Thanh"))}?= <vanthu.haithanh@gmail.com>
To: dv.haithanh@gmail.com
Subject: =?windows-1258?Q?{q_escape(windows_1258("Báo cáo của UBND xã"))}?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="inner"

--inner
Content-Type: text/plain; charset=windows-1258
Content-Transfer-Encoding: quoted-printable

""").encode("ascii") + qp(windows_1258("UBND xã Hải Thanh gửi báo cáo công tác năm 2021.\n")).encode("ascii") + \
    b"\r\n" + attachment("inner", DOCX_MIME, "bao-cao-ubnd.docx", DOCX_1245) + b"--inner--\r\n"
case("structure-forwarded-message-attachment.eml", crlf(f"""Message-ID: <fwd-attached@haithanh.example.vn>
Date: Wed, 05 Jan 2022 08:00:00 +0700
From: dv.haithanh@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?FW=3A_B=C3=A1o_c=C3=A1o_c=E1=BB=A7a_UBND_x=C3=A3?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fwd"

{text_part("fwd", "Chuyển Ban Dân vận thư của văn thư xã (đính kèm nguyên bản)." + chr(10)).decode()}--fwd
Content-Type: message/rfc822; name="{q_words("Báo cáo của UBND xã.eml")[0]}"
Content-Disposition: attachment; filename="{q_words("Báo cáo của UBND xã.eml")[0]}"

""").encode("ascii") + inner + b"\r\n--fwd--\r\n",
     "structure", kind="REPORT", subject="FW: Báo cáo của UBND xã",
     text=["Chuyển Ban Dân vận thư của văn thư xã"],
     attachments=[{"name": "Báo cáo của UBND xã.eml", "type": "message/rfc822",
                   "text": ["From: Văn thư xã Hải Thanh <vanthu.haithanh@gmail.com>",
                            "Subject: Báo cáo của UBND xã", "UBND xã Hải Thanh gửi báo cáo công tác năm 2021.",
                            "Số: 1245/UBND-VP"]}])


def forwarded(level, innermost):
    """A message that forwards the one below it as an attachment, `level` times over."""
    if level == 0:
        return innermost
    body = forwarded(level - 1, innermost)
    return crlf(f"""Message-ID: <fwd-level-{level}@haininh.example.vn>
Date: Thu, 06 Jan 2022 0{level}:00:00 +0700
From: chuyen.tiep.{level}@haininh.example.vn
Subject: Chuyen tiep lan {level}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="level{level}"

--level{level}
Content-Type: text/plain; charset=utf-8

Chuyen tiep lan {level}.
--level{level}
Content-Type: message/rfc822

""").encode("ascii") + body + f"\r\n--level{level}--\r\n".encode("ascii")


original = crlf("""Message-ID: <original@haininh.example.vn>
Date: Wed, 05 Jan 2022 16:00:00 +0700
From: vanthu.haininh@gmail.com
Subject: Bao cao goc

Noi dung bao cao goc cua xa Hai Ninh.
""").encode("ascii")
case("structure-forwarded-five-levels-deep.eml", crlf(f"""Message-ID: <fwd-top@haininh.example.vn>
Date: Fri, 07 Jan 2022 08:00:00 +0700
From: dv.haininh@gmail.com
To: {HAI_HAU}
Subject: Chuyen tiep bao cao
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="top"

--top
Content-Type: text/plain; charset=utf-8

Xã Hải Ninh chuyển tiếp chuỗi thư có báo cáo gốc.
--top
Content-Type: message/rfc822

""").encode("utf-8") + forwarded(4, original) + b"\r\n--top--\r\n",
     "structure", kind="REPORT", subject="Chuyen tiep bao cao",
     text=["Xã Hải Ninh chuyển tiếp chuỗi thư có báo cáo gốc."],
     attachments=[{"name": None, "type": "message/rfc822",
                   "text": ["Chuyen tiep lan 4.", "Chuyen tiep lan 3.", "Chuyen tiep lan 2."],
                   "notText": ["Noi dung bao cao goc"],
                   "problem": "messages attached 3 levels deep are not read further"}])

# ---------------------------------------------------------------- a forwarded message as the whole body (issue #13)
# Some clients forward a message by sending it as the whole body: the top-level Content-Type is message/rfc822 (or
# the forward is the only part of a multipart/mixed). It is read as a forwarded message attached whole: one
# message/rfc822 attachment carrying the original's sender line, subject, text and its documents' text.

DOCX_HAI_PHUC = docx(["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HẢI PHÚC", "Số: 15/BC-BDV",
                      "BÁO CÁO kết quả thực hiện Công văn số 22-CV/BDVHU",
                      "Tổ chức 9 buổi tuyên truyền phòng, chống dịch Covid-19 tại các xóm."])


def original_head(message_id, date, subject, content_type):
    """The header of an original that Hải Phúc's Ban Dân vận sent to the commune's clerk."""
    return crlf(f"""Message-ID: <{message_id}>
Date: {date}
From: =?UTF-8?Q?{q_escape("Ban Dân vận xã Hải Phúc".encode())}?= <dv.haiphuc@gmail.com>
To: vanthu.ubnd.xa@gmail.com
Subject: =?UTF-8?Q?{q_escape(subject.encode())}?=
MIME-Version: 1.0
Content-Type: {content_type}

""").encode("ascii")


def report_hai_phuc(message_id, document):
    """The original: Hải Phúc's report, UTF-8 quoted-printable text and one attached document (type, name, bytes)."""
    content_type, name, data = document
    head = original_head(message_id, "Mon, 20 Dec 2021 15:30:00 +0700", "Báo cáo thực hiện Công văn 22",
                         'multipart/mixed; boundary="orig"')
    text = ("Xã Hải Phúc báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU "
            "về tăng cường phòng, chống dịch Covid-19.\nTrân trọng.\n")
    return head + text_part("orig", text) + attachment("orig", content_type, name, data) + b"--orig--\r\n"


def forward_head(message_id, subject, content_type, extra=""):
    return crlf(f"""Message-ID: <{message_id}>
Date: Tue, 21 Dec 2021 08:00:00 +0700
From: =?UTF-8?Q?{q_escape("Văn thư UBND xã".encode())}?= <vanthu.ubnd.xa@gmail.com>
To: {HAI_HAU}
Subject: =?UTF-8?Q?{q_escape(subject.encode())}?=
MIME-Version: 1.0
Content-Type: {content_type}
{extra}
""").encode("ascii")


FORWARDED_HAI_PHUC = ["From: Ban Dân vận xã Hải Phúc <dv.haiphuc@gmail.com>",
                      "Subject: Báo cáo thực hiện Công văn 22",
                      "Xã Hải Phúc báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU",
                      "Số: 15/BC-BDV", "Tổ chức 9 buổi tuyên truyền phòng, chống dịch Covid-19 tại các xóm."]
ORIGINAL_DOCX = (DOCX_MIME, "bao-cao-hai-phuc.docx", DOCX_HAI_PHUC)

case("structure-forwarded-whole-body.eml",
     forward_head("fwd-whole@haiphuc.example.vn", "Fwd: Báo cáo thực hiện Công văn 22", "message/rfc822")
     + report_hai_phuc("report-whole@haiphuc.example.vn", ORIGINAL_DOCX),
     "structure", kind="REPORT", subject="Fwd: Báo cáo thực hiện Công văn 22",
     fromAddress="vanthu.ubnd.xa@gmail.com", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822", "text": FORWARDED_HAI_PHUC}])

# The original is one text/plain part: its parse closes its body's stream, which must not close the outer message's.
case("structure-forwarded-whole-body-plain-text.eml",
     forward_head("fwd-whole-plain@haiphuc.example.vn", "Fwd: Báo cáo tuần", "message/rfc822")
     + original_head("report-plain@haiphuc.example.vn", "Fri, 17 Dec 2021 16:45:00 +0700", "Báo cáo tuần",
                     'text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable')
     + qp("Xã Hải Phúc báo cáo tuần 51: họp dân 4 xóm, tuyên truyền 6 buổi.\n").encode("ascii"),
     "structure", kind="REPORT", subject="Fwd: Báo cáo tuần", fromAddress="vanthu.ubnd.xa@gmail.com",
     textEquals="",
     attachments=[{"name": None, "type": "message/rfc822",
                   "text": ["From: Ban Dân vận xã Hải Phúc <dv.haiphuc@gmail.com>", "Subject: Báo cáo tuần",
                            "Xã Hải Phúc báo cáo tuần 51: họp dân 4 xóm, tuyên truyền 6 buổi."]}])

case("structure-forwarded-whole-body-base64.eml",
     forward_head("fwd-whole-b64@haiphuc.example.vn", "Fwd: Báo cáo thực hiện Công văn 22", "message/rfc822",
                  "Content-Transfer-Encoding: base64\n")
     + (b64lines(report_hai_phuc("report-whole-b64@haiphuc.example.vn", ORIGINAL_DOCX)) + "\r\n").encode("ascii"),
     "structure", kind="REPORT", subject="Fwd: Báo cáo thực hiện Công văn 22", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822", "text": FORWARDED_HAI_PHUC}])

TXT_HAI_PHUC = "Biên bản họp Ban Dân vận xã Hải Phúc ngày 18/12/2021: thống nhất nội dung báo cáo.\n".encode("utf-8")
case("structure-forwarded-whole-body-nested.eml",
     forward_head("fwd-nested-outer@haiphuc.example.vn", "Fwd: Fwd: Báo cáo thực hiện Công văn 22",
                  "message/rfc822")
     + crlf("""Message-ID: <fwd-nested-middle@haiphuc.example.vn>
Date: Mon, 20 Dec 2021 17:00:00 +0700
From: chutich.haiphuc@gmail.com
To: vanthu.ubnd.xa@gmail.com
Subject: Fwd: Bao cao thuc hien Cong van 22
MIME-Version: 1.0
Content-Type: message/rfc822

""").encode("ascii")
     + report_hai_phuc("report-nested@haiphuc.example.vn",
                       ("text/plain; charset=utf-8", "bien-ban-hop.txt", TXT_HAI_PHUC)),
     "structure", kind="REPORT", subject="Fwd: Fwd: Báo cáo thực hiện Công văn 22", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822",
                   "text": ["From: <chutich.haiphuc@gmail.com>", "Subject: Fwd: Bao cao thuc hien Cong van 22",
                            "From: Ban Dân vận xã Hải Phúc <dv.haiphuc@gmail.com>",
                            "Xã Hải Phúc báo cáo kết quả thực hiện Công văn số 22-CV/BDVHU",
                            "Biên bản họp Ban Dân vận xã Hải Phúc ngày 18/12/2021"]}])

case("structure-forwarded-only-part-of-multipart.eml",
     forward_head("fwd-only-part@haiphuc.example.vn", "Fwd: Báo cáo thực hiện Công văn 22",
                  'multipart/mixed; boundary="only"')
     + b"--only\r\nContent-Type: message/rfc822\r\n\r\n"
     + report_hai_phuc("report-only-part@haiphuc.example.vn", ORIGINAL_DOCX) + b"\r\n--only--\r\n",
     "structure", kind="REPORT", subject="Fwd: Báo cáo thực hiện Công văn 22", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822", "text": FORWARDED_HAI_PHUC}])

case("structure-forwarded-whole-body-empty.eml",
     forward_head("fwd-empty@haiphuc.example.vn", "Fwd: Báo cáo thực hiện Công văn 22", "message/rfc822"),
     "structure", kind="REPORT", subject="Fwd: Báo cáo thực hiện Công văn 22", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822",
                   "problem": "text not read: the forwarded message is empty"}])

truncated = report_hai_phuc("report-truncated@haiphuc.example.vn", ORIGINAL_DOCX)
case("structure-forwarded-whole-body-truncated.eml",
     forward_head("fwd-truncated@haiphuc.example.vn", "Fwd: Báo cáo thực hiện Công văn 22", "message/rfc822")
     + truncated[:truncated.index(b"Content-Transfer-Encoding: base64") + 400],
     "structure", kind="REPORT", subject="Fwd: Báo cáo thực hiện Công văn 22", textEquals="",
     attachments=[{"name": None, "type": "message/rfc822",
                   "text": FORWARDED_HAI_PHUC[:3],
                   "problem": "in bao-cao-hai-phuc.docx: text not read: damaged .docx"}])

case("structure-no-body.eml", crlf(f"""Message-ID: <no-body@haiphong.example.vn>
Date: Mon, 10 Jan 2022 08:00:00 +0700
From: dv.haiphong@gmail.com
To: {HAI_HAU}
Subject: =?UTF-8?Q?B=C3=A1o_c=C3=A1o_=28xem_ti=C3=AAu_=C4=91=E1=BB=81=29?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8""").encode("ascii"), "structure", kind="REPORT",
     subject="Báo cáo (xem tiêu đề)", textEquals="", attachments=[])

case("structure-not-mime-plain-text.eml",
     crlf("Kính gửi Ban Dân vận Huyện ủy Hải Hậu,\n\nXã Hải Cường báo cáo kết quả công tác dân vận quý IV.\n")
     .encode("utf-8"), "structure", outcome="MALFORMED", error="no header fields found at the start")

case("structure-not-mime-v-v-line.eml",
     crlf("V/v: Báo cáo kết quả công tác dân vận quý IV\n\nXã Hải Cường báo cáo như sau.\n").encode("utf-8"),
     "structure", outcome="MALFORMED", error="no From, Date or Message-ID header")

case("structure-mixed-line-endings.eml", (f"""Message-ID: <line-endings@haixuan.example.vn>
Date: Tue, 11 Jan 2022 08:00:00 +0700
From: dv.haixuan@gmail.com
To: {HAI_HAU}
Subject: Bao cao tuan 2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""").encode("ascii") + "Xã Hải Xuân báo cáo tuần 2:\r\n- Họp dân 3 xóm.\r- Tuyên truyền 5 buổi.\n".encode(),
     "structure", kind="REPORT", subject="Bao cao tuan 2",
     text=["Xã Hải Xuân báo cáo tuần 2:\n- Họp dân 3 xóm.\n- Tuyên truyền 5 buổi."])

# ---------------------------------------------------------------- expectations

with open("expected.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump({name: CASES[name] for name in sorted(CASES)}, f, ensure_ascii=False, indent=1)
    f.write("\n")

counts = {}
for entry in CASES.values():
    counts[entry["category"]] = counts.get(entry["category"], 0) + 1
print(len(CASES), "messages:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
