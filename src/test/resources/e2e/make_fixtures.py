#!/usr/bin/env python3
"""Writes the messages of the end-to-end test. Run from this folder: python3 make_fixtures.py

report-phuoc-dai.eml: the commune's report on 319/MTTQ-BTT, as Gmail sends it, with a real .docx (tasks 1 and 2).
report-phuoc-dai-tasks-3-5.eml: the same commune's report of the other tasks, 3 to 5, in the same conversation.
auto-reply-phuoc-binh.eml: a vacation auto-reply from another commune.
not-mime.eml: the bytes of a text file that is no email at all.
"""
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

DOCX_BODY = ("Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021: "
             "Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại đã tổ chức tuyên truyền đến 100% thôn.")


def docx(text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = lambda name: zipfile.ZipInfo(name, date_time=(2021, 9, 20, 8, 0, 0))
        z.writestr(info("[Content_Types].xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr(info("_rels/.rels"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr(info("word/document.xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                   f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
                   '</w:body></w:document>')
    return buf.getvalue()


def report():
    m = EmailMessage()
    m["From"] = "MTTQ xã Phước Đại <mttq.phuocdai@gmail.com>"
    m["To"] = "mattrabbacai@gmail.com"
    m["Subject"] = "Báo cáo kết quả thực hiện CV 319/MTTQ-BTT của xã Phước Đại"
    m["Date"] = "Mon, 20 Sep 2021 08:15:00 +0700"
    m["Message-ID"] = "<CAFphuocdai.319.report@mail.gmail.com>"
    m.set_content("Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện,\n\n"
                  "Ban Thường trực MTTQ xã Phước Đại gửi báo cáo kết quả thực hiện nội dung 1 và 2 của công văn "
                  "(file đính kèm).\n\nTrân trọng,\nPinăng Văn Tư\n")
    m.add_attachment(docx(DOCX_BODY), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="Báo cáo 319 Phước Đại.docx")
    return m.as_bytes(policy=SMTP)


def report_rest():
    m = EmailMessage()
    m["From"] = "MTTQ xã Phước Đại <mttq.phuocdai@gmail.com>"
    m["To"] = "mattrabbacai@gmail.com"
    m["Subject"] = "Báo cáo bổ sung CV 319/MTTQ-BTT của xã Phước Đại"
    m["Date"] = "Tue, 21 Sep 2021 14:05:00 +0700"
    m["Message-ID"] = "<CAFphuocdai.319.report.rest@mail.gmail.com>"
    m["In-Reply-To"] = "<CAFphuocdai.319.report@mail.gmail.com>"
    m["References"] = "<CAFphuocdai.319.report@mail.gmail.com>"
    m.set_content("Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện,\n\n"
                  "Ban Thường trực MTTQ xã Phước Đại gửi bổ sung báo cáo kết quả thực hiện nội dung 3, 4 và 5 của "
                  "công văn.\n\nTrân trọng,\nPinăng Văn Tư\n")
    return m.as_bytes(policy=SMTP)


def auto_reply():
    m = EmailMessage()
    m["From"] = "mttq.phuocbinh@gmail.com"
    m["To"] = "mattrabbacai@gmail.com"
    m["Subject"] = "Trả lời tự động: Công văn 319/MTTQ-BTT"
    m["Date"] = "Mon, 20 Sep 2021 09:00:00 +0700"
    m["Message-ID"] = "<autoreply.phuocbinh.1@mail.gmail.com>"
    m["Auto-Submitted"] = "auto-replied"
    m.set_content("Tôi đang đi công tác đến hết ngày 25/9/2021.\n")
    return m.as_bytes(policy=SMTP)


def personal(message_id, subject, body, date):
    m = EmailMessage()
    m["From"] = "Nguyễn Văn An - Chủ tịch MTTQ xã Phước Tân <nguyenvanan.1978@gmail.com>"
    m["To"] = "mattrabbacai@gmail.com"
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = message_id
    m.set_content(body)
    return m.as_bytes(policy=SMTP)


NOT_MIME = ("Danh sách hộ nghèo xã Phước Tân năm 2021\n\n"
            "1. Pinăng Thị A - thôn Tà Lú\n2. Chamaléa Văn B - thôn Suối Rua\n").encode("utf-8")

if __name__ == "__main__":
    for name, data in (("report-phuoc-dai.eml", report()), ("report-phuoc-dai-tasks-3-5.eml", report_rest()),
                       ("auto-reply-phuoc-binh.eml", auto_reply()),
                       ("not-mime.eml", NOT_MIME),
                       ("personal-gmail-phuoc-tan.eml", personal(
                           "<CAFphuoctan.personal.1@mail.gmail.com>", "Gửi báo cáo",
                           "Kính gửi Ban Thường trực,\n\nXã Phước Tân gửi báo cáo thực hiện công văn về bảo vệ vùng xanh.\n",
                           "Tue, 21 Sep 2021 10:30:00 +0700")),
                       ("personal-gmail-phuoc-tan-correction.eml", personal(
                           "<CAFphuoctan.personal.2@mail.gmail.com>", "Bổ sung báo cáo CV 319",
                           "Xã Phước Tân gửi bổ sung số liệu.\n", "Wed, 22 Sep 2021 09:00:00 +0700"))):
        with open(name, "wb") as f:
            f.write(data)
