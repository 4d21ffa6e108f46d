#!/usr/bin/env python3
"""Writes the .eml fixtures of MessageReaderTests. Run from this folder: python3 make_fixtures.py

Bytes are produced explicitly (base64, quoted-printable, windows-1258, NFD) so that each file
really is what its name says. Output is deterministic; re-running rewrites identical files.
"""
import base64
import io
import quopri
import unicodedata
import zipfile

NL = "\n"
TAB = "\t"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b_words(text, charset="UTF-8", chunk=9):
    """RFC 2047 B words, cutting the bytes every `chunk` bytes (splits multi-byte characters)."""
    data = text.encode(charset)
    return [f"=?{charset}?B?{base64.b64encode(data[i:i + chunk]).decode()}?=" for i in range(0, len(data), chunk)]


def q_word(text, charset="UTF-8"):
    data = text.encode(charset) if isinstance(text, str) else text
    out = ""
    for b in data:
        c = chr(b)
        if c == " ":
            out += "_"
        elif c.isalnum() and b < 128:
            out += c
        else:
            out += "=%02X" % b
    return f"=?{charset}?Q?{out}?="


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii")


def b64lines(data):
    enc = base64.b64encode(data).decode()
    return "\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def windows_1258(text):
    """Encodes like Windows: base letters precomposed (ă â ê ô ơ ư đ), tone as a combining byte."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


def write(name, text_or_bytes):
    data = crlf(text_or_bytes).encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    with open(name, "wb") as f:
        f.write(data)


REPORT_BODY = """Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái

Ban Thường trực Ủy ban MTTQ xã Phước Đại báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT
về tăng cường tuyên truyền, vận động Nhân dân phòng, chống dịch Covid-19 như sau:
1. Đã tổ chức tuyên truyền tại 5 thôn.
2. Vận động được 12 triệu đồng ủng hộ Quỹ phòng, chống dịch.

Trân trọng.
Nguyễn Thị Hoà
"""

# 1. plain UTF-8 report, subject split across folded encoded words (a character split between words)
subject = "Báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT của xã Phước Đại"
words = b_words(subject)
write("plain-utf8-report.eml", f"""Return-Path: <mttq.phuocdai@gmail.com>
Delivered-To: MatTranBacAi@gmail.com
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx.google.com with SMTPS id a1sor123.2021.09.20.01.15.00
        for <mattrabbacai@gmail.com>; Mon, 20 Sep 2021 01:15:00 -0700 (PDT)
Message-ID: <CAF3k1ZpQ7xw@mail.gmail.com>
Date: Mon, 20 Sep 2021 15:14:58 +0700
From: {" ".join(b_words("MTTQ xã Phước Đại", chunk=12))} <MTTQ.PhuocDai@Gmail.com>
To: "Ban Thường trực MTTQ huyện Bác Ái" <mattrabbacai@gmail.com>
Cc: ben.nv@bacai.example, mattrabbacai@gmail.com
Subject: {words[0]}
{"".join(chr(10) + " " + w for w in words[1:])[1:]}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(REPORT_BODY)}""")

# 2. HTML only, base64
html = """<html><head><style>p {margin:0}</style><title>ignored</title></head><body>
<div dir="ltr"><p>Kính gửi Ban Thường trực,</p><p>Xã Hải Anh báo cáo<br>tình hình thu Quỹ "Vì người nghèo":</p>
<ul><li>Thôn Nam Hải: 3.500.000 đồng</li><li>Thôn Bắc Hải: 2.000.000&nbsp;đồng</li></ul>
<div>Trân trọng,</div><div>Trần Văn Cường</div><script>alert(1)</script></div></body></html>"""
write("html-only.eml", f"""Message-ID: <html-only-1@haianh.example.vn>
Date: Tue, 21 Sep 2021 09:00:00 +0700
From: UBND xa Hai Anh <ubndhaianh@gmail.com>
To: phongnoivu@haihau.example.vn
Subject: Bao cao Quy Vi nguoi ngheo - xa Hai Anh
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64lines(html.encode("utf-8"))}
""")

# 3. windows-1258 body (8bit) and a windows-1258 Q-encoded subject
body1258 = """Kính gửi Ban Thường trực Ủy ban MTTQ huyện,
Xã Phước Hòa báo cáo đã hoàn thành việc rà soát hộ nghèo năm 2021.
Người lập biểu: Lê Văn Đường
"""
write("windows-1258-body.eml", crlf(f"""Message-ID: <1258-body@phuochoa.example.vn>
Date: Wed, 22 Sep 2021 10:30:00 +0700
From: mttq.phuochoa@example.vn
To: mattrabbacai@gmail.com
Subject: {q_word(windows_1258("Báo cáo rà soát hộ nghèo"), "windows-1258")}
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1258
Content-Transfer-Encoding: 8bit

""").encode("ascii") + windows_1258(body1258).replace(b"\n", b"\r\n"))

# 4. NFD subject as raw 8-bit UTF-8 header (macOS Mail style), NFD body
nfd = lambda s: unicodedata.normalize("NFD", s)
write("nfd-subject.eml", crlf(f"""Message-ID: <nfd-1@haiduong.example.vn>
Date: Thu, 23 Sep 2021 08:05:00 +0700
From: Xa Hai Duong <xahaiduong@icloud.com>
To: phongnoivu@haihau.example.vn
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
""").encode("ascii") + crlf(f"""Subject: {nfd("Báo cáo của xã Hải Đường về công tác phòng chống bão")}

{nfd("Xã Hải Đường gửi báo cáo công tác phòng chống bão số 5.")}
""").encode("utf-8"))

# 5. RFC 2231 filename (docx-ish attachment), RFC 2047 name, and a continued RFC 2231 name
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2021, 9, 20, 8, 0, 0))
    z.writestr(info, '<?xml version="1.0" encoding="UTF-8"?><Types/>')
    info = zipfile.ZipInfo("word/document.xml", date_time=(2021, 9, 20, 8, 0, 0))
    z.writestr(info, "<w:document><w:t>Báo cáo kết quả</w:t></w:document>")
docx = buf.getvalue()
pdf = b"%PDF-1.4\n" + bytes(range(256)) * 3 + b"\n%%EOF\n"
xlsx = bytes((i * 7) % 256 for i in range(1500))
docx_name = "Báo cáo kết quả 319.docx"
pdf_name = "Biên bản họp.pdf"
xlsx_name = "Danh sách hộ nghèo xã Phước Tiến.xlsx"
from urllib.parse import quote
xq = quote(xlsx_name.encode("utf-8"))
cut = xq.index("%", 25)  # sections must not split a %XX escape
write("rfc2231-vietnamese-filename.eml", f"""Message-ID: <2231-1@phuoctien.example.vn>
Date: Fri, 24 Sep 2021 16:45:10 +0700
From: "Phuoc Tien" <mttq.phuoctien@gmail.com>
To: mattrabbacai@gmail.com
Subject: =?UTF-8?Q?G=E1=BB=ADi_b=C3=A1o_c=C3=A1o_k=C3=A8m_file?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000abcd"

--000000000000abcd
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp("Xã Phước Tiến gửi báo cáo và biên bản kèm theo." + NL)}
--000000000000abcd
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document
Content-Disposition: attachment;
 filename*=UTF-8''{quote(docx_name.encode("utf-8"))}
Content-Transfer-Encoding: base64

{b64lines(docx)}
--000000000000abcd
Content-Type: application/pdf; name="{" ".join(b_words(pdf_name, chunk=10))}"
Content-Disposition: attachment; filename="{" ".join(b_words(pdf_name, chunk=10))}"
Content-Transfer-Encoding: base64

{b64lines(pdf)}
--000000000000abcd
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
Content-Disposition: attachment;
 filename*0*=UTF-8''{xq[:cut]};
 filename*1*={xq[cut:]}
Content-Transfer-Encoding: base64

{b64lines(xlsx)}
--000000000000abcd--
""")

# 6. Gmail reply, quote attribution wrapped over two lines, multipart/alternative
reply_plain = """Xã Phước Chính đã nhận công văn và sẽ báo cáo trước ngày 30/9.

On Mon, Sep 20, 2021 at 8:15 AM Ban Thường trực MTTQ huyện Bác Ái <
mattrabbacai@gmail.com> wrote:

> Kính gửi Ban Thường trực Ủy ban MTTQ các xã,
> Đề nghị các xã báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT.
>
"""
reply_html = """<div dir="ltr">Xã Phước Chính đã nhận công văn và sẽ báo cáo trước ngày 30/9.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sep 20, 2021 at 8:15 AM Ban Thường trực MTTQ huyện Bác Ái &lt;<a href="mailto:mattrabbacai@gmail.com">mattrabbacai@gmail.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote">Kính gửi Ban Thường trực Ủy ban MTTQ các xã,<br>Đề nghị các xã báo cáo.</blockquote></div>"""
write("gmail-quoted-reply.eml", f"""MIME-Version: 1.0
References: <dispatch-319@bacai.example> <reminder-1@bacai.example>
In-Reply-To: <reminder-1@bacai.example>
From: =?UTF-8?Q?MTTQ_x=C3=A3_Ph=C6=B0=E1=BB=9Bc_Ch=C3=ADnh?= <mttq.phuocchinh@gmail.com>
Date: Mon, 20 Sep 2021 10:02:11 +0700
Message-ID: <CAGmail-reply-2@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_V=2Fv_b=C3=A1o_c=C3=A1o_319=2FMTTQ=2DBTT?=
To: =?UTF-8?Q?Ban_Th=C6=B0=E1=BB=9Dng_tr=E1=BB=B1c?= <mattrabbacai@gmail.com>
X-Original-To: mattrabbacai@gmail.com
Content-Type: multipart/alternative; boundary="00000000000012345"

--00000000000012345
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(reply_plain)}
--00000000000012345
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(reply_html)}
--00000000000012345--
""")

# 7. Vietnamese Gmail attribution "Vào … đã viết:" (HTML only, so it also goes through jsoup)
vao_html = """<div dir="ltr"><div>Xã Hải Châu báo cáo: đã hoàn thành 100% chỉ tiêu.</div><div>Trân trọng!</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào Th 2, 20 thg 9, 2021 vào lúc 08:15 Phòng Nội vụ huyện Hải Hậu &lt;<a href="mailto:phongnoivu@haihau.example.vn">phongnoivu@haihau.example.vn</a>&gt; đã viết:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div>Đề nghị UBND các xã, thị trấn báo cáo.</div></blockquote></div>"""
write("vietnamese-vao-da-viet-quote.eml", f"""MIME-Version: 1.0
From: =?UTF-8?B?{base64.b64encode("UBND xã Hải Châu".encode()).decode()}?= <ubndhaichau@gmail.com>
Date: Tue, 21 Sep 2021 14:00:00 +0700
Message-ID: <CAvao-da-viet@mail.gmail.com>
In-Reply-To: <nv-2021-09-20@haihau.example.vn>
Subject: =?UTF-8?Q?Re=3A_B=C3=A1o_c=C3=A1o_x=C3=A3_H=E1=BA=A3i_Ch=C3=A2u?=
To: phongnoivu@haihau.example.vn
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(vao_html)}
""")

# 8. RFC 3834 auto-reply
write("auto-reply-auto-submitted.eml", f"""Message-ID: <auto-1@haitrung.example.vn>
Date: Mon, 20 Sep 2021 08:16:00 +0700
From: UBND xa Hai Trung <ubnd@haitrung.example.vn>
To: phongnoivu@haihau.example.vn
Subject: =?UTF-8?Q?Re=3A_V=2Fv_b=C3=A1o_c=C3=A1o?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp("Cảm ơn anh/chị đã gửi thư. Chúng tôi sẽ trả lời sớm nhất." + NL)}""")

# 9. out-of-office by subject only (Vietnamese Outlook)
write("out-of-office-subject.eml", f"""Message-ID: <ooo-1@haison.example.vn>
Date: Mon, 20 Sep 2021 08:20:00 +0700
From: Nguyen Van Son <son.nv@haison.example.vn>
To: phongnoivu@haihau.example.vn
Subject: {" ".join(b_words("Tự động trả lời: V/v báo cáo kết quả", chunk=15))}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp("Tôi đang đi công tác đến hết ngày 25/9, có việc gấp xin liên hệ 0912 345 678." + NL)}""")

# 10. RFC 3464 delivery status notification
write("bounce-delivery-status.eml", f"""Return-Path: <>
Message-ID: <dsn-1@mail.gmail.com>
Date: Mon, 20 Sep 2021 08:00:05 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: mattrabbacai@gmail.com
Subject: Delivery Status Notification (Failure)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="dsn-boundary"; report-type=delivery-status

--dsn-boundary
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to mttq.haianh@gmail.com because the address couldn't be found, or is unable to receive mail.

--dsn-boundary
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 20 Sep 2021 08:00:04 -0700 (PDT)

Final-Recipient: rfc822; mttq.haianh@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-boundary
Content-Type: message/rfc822

Message-ID: <reminder-7@bacai.example>
Date: Mon, 20 Sep 2021 15:00:00 +0700
From: mattrabbacai@gmail.com
To: mttq.haianh@gmail.com
Subject: Nhac bao cao

Nhac bao cao.

--dsn-boundary--
""")

# 11. Exim-style bounce: no DSN part, no X-Failed-Recipients
write("bounce-nonstandard-mailer-daemon.eml", """Return-path: <>
Message-Id: <E1mSb2a-0003xY-Tt@mail.haihau.example.vn>
Date: Mon, 20 Sep 2021 15:01:02 +0700
From: Mail Delivery System <MAILER-DAEMON@mail.haihau.example.vn>
To: phongnoivu@haihau.example.vn
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ubnd.haiphong@haihau.example.vn
    host mx.haihau.example.vn [203.0.113.5]
    SMTP error from remote mail server after RCPT TO:<ubnd.haiphong@haihau.example.vn>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

From: phongnoivu@haihau.example.vn
To: ubnd.haiphong@haihau.example.vn
Subject: Nhac bao cao
""")

# 12. read receipt (RFC 8098)
write("read-receipt.eml", f"""Message-ID: <mdn-1@haixuan.example.vn>
Date: Mon, 20 Sep 2021 09:00:00 +0700
From: UBND xa Hai Xuan <ubnd@haixuan.example.vn>
To: phongnoivu@haihau.example.vn
Subject: =?UTF-8?Q?=C4=90=C3=A3_=C4=91=E1=BB=8Dc=3A_V=2Fv_b=C3=A1o_c=C3=A1o?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
{TAB}boundary="mdn"

--mdn
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp("Thư của bạn đã được đọc vào 20/09/2021 09:00." + NL)}
--mdn
Content-Type: message/disposition-notification

Reporting-UA: haixuan.example.vn; Microsoft Outlook 16.0
Final-Recipient: rfc822;ubnd@haixuan.example.vn
Original-Message-ID: <nv-2021-09-20@haihau.example.vn>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn--
""")

# 13. not MIME at all: Vietnamese prose without any header
write("not-mime-at-all.eml", "Kính gửi Ban Thường trực Ủy ban MTTQ huyện,\n\nXã Phước Đại xin báo cáo như sau: đã tổ chức tuyên truyền tại 5 thôn.\n".replace("\n", "\r\n").encode("utf-8"))

# 14. unknown charset label on UTF-8 bytes (body and encoded-word subject)
write("unknown-charset-label.eml", crlf(f"""Message-ID: <unknown-cs@haiphu.example.vn>
Date: Sat, 25 Sep 2021 07:30:00 +0700
From: xahaiphu@yahoo.com
To: phongnoivu@haihau.example.vn
Subject: {q_word("Báo cáo tuần của xã Hải Phú".encode("utf-8"), "x-vn-unicode")}
MIME-Version: 1.0
Content-Type: text/plain; charset="x-vn-unicode"
Content-Transfer-Encoding: 8bit

""").encode("ascii") + crlf("Xã Hải Phú báo cáo: tuần qua không có sự cố về đê điều.\n").encode("utf-8"))

print("docx", len(docx), "pdf", len(pdf), "xlsx", len(xlsx))

# 15. a report whose documents are read for their text: a real .docx and .pdf (the dispatch fixtures), a
# workbook, a zip bomb, a photo, and the unit's earlier mail forwarded as an attachment with its own .odt
FORMATS = "../dispatches/formats/"


def read_fixture(name):
    with open(FORMATS + name, "rb") as f:
        return f.read()


def workbook(rows):
    """A minimal .xlsx: one sheet, inline strings and numbers."""
    def cell(ref, value):
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(chr(65 + c) + str(r + 1), v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu 01" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet_rows + "</sheetData></worksheet>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2021, 9, 28, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode("utf-8"))
    return buf.getvalue()


def attachment_part(boundary, content_type, name, data):
    return (f"--{boundary}\r\nContent-Type: {content_type}; name=\"{name}\"\r\n"
            f"Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{b64lines(data)}\r\n")


table = workbook([["STT", "Thôn", "Số hộ được tuyên truyền"], [1, "Thôn Phước Đại", 120], [2, "Thôn Ma Oai", 85]])
forwarded = crlf(f"""Message-ID: <earlier-odt@phuocdai.example.vn>
Date: Mon, 27 Sep 2021 16:00:00 +0700
From: UBND xa Phuoc Dai <ubnd.phuocdai@gmail.com>
To: vanthu.huyen@example.vn
Subject: {q_word("Bản báo cáo gửi nhầm địa chỉ")}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Gửi lại bản báo cáo." + NL)}
""").encode("utf-8") + attachment_part("inner", "application/vnd.oasis.opendocument.text", "bao-cao.odt",
                                        read_fixture("ubnd-hai-hau-1245.odt")).encode("ascii") + b"--inner--\r\n"

write("report-with-documents.eml", crlf(f"""Message-ID: <documents-1@phuocdai.example.vn>
Date: Tue, 28 Sep 2021 09:15:00 +0700
From: MTTQ xa Phuoc Dai <mttq.phuocdai@gmail.com>
To: mattrabbacai@gmail.com
Subject: {q_word("Gửi báo cáo và biểu tổng hợp")}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("Xã Phước Đại gửi báo cáo và biểu tổng hợp kèm theo." + NL)}
""").encode("utf-8")
      + (attachment_part("outer", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "bao-cao.docx", read_fixture("ubnd-hai-hau-1245.docx"))
         + attachment_part("outer", "application/pdf", "bao-cao.pdf", read_fixture("ubnd-hai-hau-1245.pdf"))
         + attachment_part("outer", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "bieu-tong-hop.xlsx", table)
         + attachment_part("outer", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           "phu-luc.docx", read_fixture("zip-bomb.docx"))
         + attachment_part("outer", "image/jpeg", "anh.jpg", bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(200))
         ).encode("ascii")
      + b"--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + forwarded
      + b"--outer--\r\n")
