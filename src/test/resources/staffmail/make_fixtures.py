#!/usr/bin/env python3
"""Writes the files of the staff-mail tests. Run from this folder: python3 make_fixtures.py

cv-325-mttq-bac-ai.docx: dispatch 325/MTTQ-BTT of Bác Ái (../matching/325-MTTQ-BTT-bac-ai.txt) as a Word file,
    one paragraph per line.
staff-sends-dispatch-docx.eml: staff member Nguyễn Văn Bền sends it to the office's mailbox.
staff-resends-same-dispatch.eml: staff member Pinăng Thị Hoa sends the same dispatch again, in a mail of her own.
staff-forwards-dispatch-88-as-attachment.eml: Bền forwards, as an attachment, the district People's Committee's
    mail carrying dispatch 88/UBND-VX (../dispatches/formats/ubnd-bac-ai-88-tcvn3.docx, typed in TCVN3).
staff-pastes-dispatch-in-body.eml: Hoa pastes dispatch 342/MTTQ-BTT (weekly reports) into the mail's text.
staff-sends-scanned-dispatch.eml: Hoa sends a scan (../dispatches/formats/scanned-2-pages.pdf).
staff-forwards-unit-report.eml: Bền forwards, as an attachment, Phước Đại's report (../e2e/report-phuoc-dai.eml).
unit-sends-dispatch-docx.eml: a commune (not staff) sends dispatch 1245 of Hải Hậu
    (../dispatches/formats/ubnd-hai-hau-1245.docx).
unit-replies-to-announcement.eml: Phước Tân answers the bot's announcement; @ANNOUNCEMENT@ stands for its
    Message-ID, which the test puts in. The subject names no dispatch.
"""
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
import io
import random
import zipfile
from xml.sax.saxutils import escape

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFFICE = "mattrabbacai@gmail.com"
BEN = "Nguyễn Văn Bền <ben.nv@bacai.example>"
HOA = "Pinăng Thị Hoa <hoa.pt@bacai.example>"


def docx(lines):
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = lambda name: zipfile.ZipInfo(name, date_time=(2021, 10, 5, 8, 0, 0))
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
                   + paragraphs + '</w:body></w:document>')
    return buf.getvalue()


def read(path):
    with open(path, "rb") as f:
        return f.read()


def mail(sender, subject, message_id, date, body, to=OFFICE):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = message_id
    m.set_content(body)
    return m


def staff_sends(cv325):
    m = mail(BEN, "Gửi Công văn 325 để theo dõi báo cáo", "<staff.325@bacai.example>",
             "Wed, 06 Oct 2021 08:30:00 +0700",
             "Gửi hệ thống Công văn số 325/MTTQ-BTT về vận động ủng hộ Quỹ phòng, chống dịch.\n\nBền\n")
    m.add_attachment(cv325, maintype="application", subtype=DOCX.split("/")[1],
                     filename="Công văn 325 MTTQ-BTT.docx")
    return m.as_bytes(policy=SMTP)


def staff_resends(cv325):
    m = mail(HOA, "CV 325", "<staff.325.again@bacai.example>", "Wed, 06 Oct 2021 10:00:00 +0700",
             "Em gửi lại công văn 325 ạ.\n")
    m.add_attachment(cv325, maintype="application", subtype=DOCX.split("/")[1], filename="325.docx")
    return m.as_bytes(policy=SMTP)


def staff_forwards_88():
    inner = mail("Văn phòng HĐND và UBND huyện Bác Ái <vanphong@bacai.example>", "Công văn 88/UBND-VX",
                 "<ubnd.88@bacai.example>", "Sat, 05 Mar 2022 07:45:00 +0700",
                 "Văn phòng gửi Công văn số 88/UBND-VX, đề nghị các cơ quan, đơn vị triển khai.\n",
                 to="ben.nv@bacai.example")
    inner.add_attachment(read("../dispatches/formats/ubnd-bac-ai-88-tcvn3.docx"), maintype="application",
                         subtype=DOCX.split("/")[1], filename="88-UBND-VX.docx")
    m = mail(BEN, "Fwd: Công văn 88/UBND-VX", "<staff.fwd.88@bacai.example>", "Mon, 07 Mar 2022 08:00:00 +0700",
             "Chuyển hệ thống công văn của UBND huyện để theo dõi các xã báo cáo.\n")
    m.add_attachment(inner)
    return m.as_bytes(policy=SMTP)


def staff_pastes_342():
    with open("../dispatches/mttq-bac-ai-weekly-thursday.txt", encoding="utf-8") as f:
        text = f.read()
    m = mail(HOA, "Công văn 342 (toàn văn)", "<staff.342.text@bacai.example>", "Mon, 04 Oct 2021 14:00:00 +0700",
             text)
    return m.as_bytes(policy=SMTP)


def staff_sends_scan():
    m = mail(HOA, "Công văn bản scan", "<staff.scan@bacai.example>", "Thu, 07 Oct 2021 09:00:00 +0700",
             "Em gửi bản scan công văn đã ký.\n")
    m.add_attachment(read("../dispatches/formats/scanned-2-pages.pdf"), maintype="application", subtype="pdf",
                     filename="CV da ky.pdf")
    return m.as_bytes(policy=SMTP)


def staff_forwards_report():
    m = mail(BEN, "Fwd: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT của xã Phước Đại",
             "<staff.fwd.report@bacai.example>", "Tue, 21 Sep 2021 07:30:00 +0700",
             "Chuyển báo cáo xã Phước Đại gửi nhầm vào hộp thư cá nhân.\n")
    m.add_attachment(message_from_bytes(read("../e2e/report-phuoc-dai.eml"), policy=default))
    return m.as_bytes(policy=SMTP)


def unit_sends_dispatch():
    m = mail("MTTQ xã Phước Đại <mttq.phuocdai@gmail.com>", "Công văn 1245 của UBND huyện Hải Hậu",
             "<CAFphuocdai.1245@mail.gmail.com>", "Thu, 14 Oct 2021 09:00:00 +0700",
             "Xã Phước Đại nhận được công văn này, xin gửi Ban Thường trực để biết.\n")
    m.add_attachment(read("../dispatches/formats/ubnd-hai-hau-1245.docx"), maintype="application",
                     subtype=DOCX.split("/")[1], filename="1245-UBND-VP.docx")
    return m.as_bytes(policy=SMTP)


def unit_replies_to_announcement():
    m = mail("MTTQ xã Phước Tân <mttq.phuoctan@gmail.com>", "Báo cáo của xã Phước Tân",
             "<CAFphuoctan.announcement.reply@mail.gmail.com>", "Fri, 15 Oct 2021 16:00:00 +0700",
             "Kính gửi Ban Thường trực,\n\nXã Phước Tân gửi báo cáo kết quả vận động (tệp đính kèm).\n\n"
             "Trân trọng.\n")
    m["In-Reply-To"] = "@ANNOUNCEMENT@"
    m["References"] = "@ANNOUNCEMENT@"
    m.add_attachment(docx(["Báo cáo kết quả vận động ủng hộ Quỹ phòng, chống dịch Covid-19 của xã Phước Tân."]),
                     maintype="application", subtype=DOCX.split("/")[1], filename="Bao cao Phuoc Tan.docx")
    return m.as_bytes(policy=SMTP)


if __name__ == "__main__":
    random.seed(325)  # the same MIME boundaries on every run
    with open("../matching/325-MTTQ-BTT-bac-ai.txt", encoding="utf-8") as f:
        cv325 = docx(f.read().split("\n"))
    files = {
        "cv-325-mttq-bac-ai.docx": cv325,
        "staff-sends-dispatch-docx.eml": staff_sends(cv325),
        "staff-resends-same-dispatch.eml": staff_resends(cv325),
        "staff-forwards-dispatch-88-as-attachment.eml": staff_forwards_88(),
        "staff-pastes-dispatch-in-body.eml": staff_pastes_342(),
        "staff-sends-scanned-dispatch.eml": staff_sends_scan(),
        "staff-forwards-unit-report.eml": staff_forwards_report(),
        "unit-sends-dispatch-docx.eml": unit_sends_dispatch(),
        "unit-replies-to-announcement.eml": unit_replies_to_announcement(),
    }
    for name, data in files.items():
        with open(name, "wb") as f:
            f.write(data)
