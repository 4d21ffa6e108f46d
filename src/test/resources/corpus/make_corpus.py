#!/usr/bin/env python3
"""Writes the labelled matching corpus: mNNN.eml beside labels.json. Run from this folder.

The messages imitate what communes send a district office: short subjects with or without
diacritics, numbers spelt every way, reports only in attachments, personal Gmail addresses,
replies quoting older threads, auto-replies, bounces and read receipts. Output is deterministic.
"""
import base64
import json
import unicodedata
from email.message import EmailMessage
from email.policy import SMTP

BAC_AI = "mattrabbacai@gmail.com"
HAI_HAU = "bandanvan.haihau@gmail.com"


def slug(name):
    s = unicodedata.normalize("NFD", name).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower().replace(" ", "")


def ba(name):
    return f"mttq.{slug(name)}@gmail.com"


def hh(name):
    return f"dv.{slug(name)}@gmail.com"


def uid(name):
    s = unicodedata.normalize("NFD", name).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower().replace(" ", "-")


messages = []
n = [0]


def encoded_words(text):
    """RFC 2047 B words of whole characters, spaces kept inside the words (as Gmail writes them)."""
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode("utf-8")) > 45:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def add(label, sender, to, subject, body, attachments=(), headers=None, html=None, display=None, raw=None):
    n[0] += 1
    name = "m%03d.eml" % n[0]
    if raw is not None:
        data = raw
    else:
        m = EmailMessage()
        m["From"] = f"DISPLAYNAME <{sender}>" if display else sender
        m["To"] = to
        m["Subject"] = "SUBJECTLINE"
        m["Date"] = "Mon, %02d Oct 2021 %02d:15:00 +0700" % (1 + n[0] % 28, 7 + n[0] % 10)
        m["Message-ID"] = f"<corpus.{n[0]}@mail.gmail.com>"
        for k, v in (headers or {}).items():
            m[k] = v
        if html is not None:
            m.set_content(html, subtype="html")
        else:
            m.set_content(body)
        for fname in attachments:
            m.add_attachment(("Nội dung báo cáo " + fname).encode("utf-8"), maintype="application",
                             subtype="octet-stream", filename=fname)
        data = m.as_bytes(policy=SMTP)
        data = data.replace(b"SUBJECTLINE", encoded_words(subject).encode("ascii"), 1)
        if display:
            data = data.replace(b"DISPLAYNAME", encoded_words(display).encode("ascii"), 1)
    with open(name, "wb") as f:
        f.write(data)
    messages.append((name, label))


def matched(office, unit, dispatch):
    return {"decision": "MATCHED", "office": office, "unit": unit, "dispatch": dispatch}


def review(office, unit=None, dispatch=None):
    return {"decision": "NEEDS_REVIEW", "office": office, "unit": unit, "dispatch": dispatch}


def ignored(kind):
    return {"decision": "IGNORED", "kind": kind}


# 1. Registered senders naming the dispatch in the subject, in every spelling.
for commune, subject in [
    ("Phước Đại", "Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT"),
    ("Phước Bình", "BC thực hiện CV 319 /MTTQ-BTT"),
    ("Phước Hòa", "Bao cao thuc hien cong van 319/MTTQ-BTT xa Phuoc Hoa"),
    ("Phước Tân", "V/v báo cáo theo CV số 319"),
    ("Phước Tiến", "bc cv319"),
    ("Phước Thắng", "Báo cáo tuần - CV 342/MTTQ-BTT"),
    ("Phước Thành", "Gửi báo cáo kết quả vận động ủng hộ theo công văn 342"),
    ("Phước Chính", "BÁO CÁO 342/MTTQ-BTT XÃ PHƯỚC CHÍNH"),
    ("Phước Trung", "Re: báo cáo 319/mttq-btt"),
]:
    d = "342/MTTQ-BTT" if "342" in subject else "319/MTTQ-BTT"
    add(matched("bac-ai-mttq", uid(commune), d), ba(commune), BAC_AI, subject,
        "Kính gửi Ban Thường trực,\nĐơn vị gửi báo cáo, file đính kèm.\nTrân trọng.\n", ["baocao.docx"])

for commune, subject, d in [
    ("Hải Anh", "Báo cáo thực hiện Công văn số 22-CV/BDVHU", "22-CV/BDVHU"),
    ("Hải An", "Bao cao CV 22/CV-BDVHU xa Hai An", "22-CV/BDVHU"),
    ("Hải Phú", "BC 31-CV/BDVHU Dân vận khéo quý IV", "31-CV/BDVHU"),
    ("Hải Phúc", "Báo cáo phong trào Dân vận khéo theo CV 31-CV/BDVHU", "31-CV/BDVHU"),
    ("Hải Long", "Bao cao 22-CV/BDVHU", "22-CV/BDVHU"),
    ("Hải Hòa", "Báo cáo công tác phòng chống dịch (CV 22-CV/BDVHU)", "22-CV/BDVHU"),
    ("Hải Đường", "BC số 31-CV/BDVHU", "31-CV/BDVHU"),
    ("Hải Châu", "Báo cáo thực hiện CV 22", "22-CV/BDVHU"),
    ("Hải Hà", "Gửi BC theo CV số 31", "31-CV/BDVHU"),
]:
    add(matched("hai-hau-bdv", uid(commune), d), hh(commune), HAI_HAU, subject,
        "Kính gửi Ban Dân vận Huyện ủy,\nKhối dân vận xã gửi báo cáo.\n", ["bao cao.doc"])

for town, d, subject in [("Thịnh Long", "22-CV/BDVHU", "Báo cáo CV 22-CV/BDVHU TT Thịnh Long"),
                         ("Yên Định", "31-CV/BDVHU", "Bao cao cv 31 thi tran Yen Dinh"),
                         ("Cồn", "22-CV/BDVHU", "BC 22-CV/BDVHU thị trấn Cồn")]:
    add(matched("hai-hau-bdv", uid(town), d), f"dv.tt{slug(town)}@gmail.com", HAI_HAU, subject,
        "Gửi Ban Dân vận báo cáo của thị trấn.\n")

# 2. The number only in the body.
for commune, body, d in [
    ("Phước Đại", "Kính gửi BTT, xã gửi báo cáo bổ sung số liệu thực hiện CV 342 tuần này.\n", "342/MTTQ-BTT"),
    ("Phước Bình", "Thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021, xã báo cáo như sau: đã tuyên truyền 100% thôn.\n",
     "319/MTTQ-BTT"),
    ("Phước Tân", "Gửi BTT báo cáo kết quả theo văn bản số 342/MTTQ-BTT.\n", "342/MTTQ-BTT"),
    ("Phước Tiến", "Xa Phuoc Tien gui bao cao thuc hien cv 319 a.\n", "319/MTTQ-BTT"),
]:
    add(matched("bac-ai-mttq", uid(commune), d), ba(commune), BAC_AI, "Gửi báo cáo", body)
for commune, body, d in [
    ("Hải Nam", "Thực hiện Công văn số 22-CV/BDVHU, ngày 27/7/2021, Khối dân vận báo cáo.\n", "22-CV/BDVHU"),
    ("Hải Trung", "Gửi báo cáo theo CV số 31-CV/BDVHU.\n", "31-CV/BDVHU"),
    ("Hải Vân", "bao cao thuc hien cv 22/CV-BDVHU cua BDV huyen\n", "22-CV/BDVHU"),
    ("Hải Minh", "Kính gửi BDV, gửi báo cáo CV31.\n", "31-CV/BDVHU"),
]:
    add(matched("hai-hau-bdv", uid(commune), d), hh(commune), HAI_HAU, "Bao cao", body)

# 3. The number only in the attachment's name.
for commune, fname, d in [("Phước Hòa", "BC 319 Phuoc Hoa.docx", "319/MTTQ-BTT"),
                          ("Phước Thắng", "Bao cao 342-MTTQ-BTT tuan 41.xlsx", "342/MTTQ-BTT")]:
    add(matched("bac-ai-mttq", uid(commune), d), ba(commune), BAC_AI, "Fwd:", "", [fname])
for commune, fname, d in [("Hải Hưng", "BC 22-CV-BDVHU Hai Hung.pdf", "22-CV/BDVHU"),
                          ("Hải Bắc", "Báo cáo CV 31.docx", "31-CV/BDVHU")]:
    add(matched("hai-hau-bdv", uid(commune), d), hh(commune), HAI_HAU, "(không có tiêu đề)", "", [fname])

# 4. Nothing names the dispatch while the office has several: a person must look.
for commune in ["Phước Chính", "Phước Trung"]:
    add(review("bac-ai-mttq", uid(commune)), ba(commune), BAC_AI, "Gửi báo cáo", "Xã gửi báo cáo ạ.\n", ["baocao.docx"])
for commune in ["Hải Thanh", "Hải Lộc", "Hải Quang"]:
    add(review("hai-hau-bdv", uid(commune)), hh(commune), HAI_HAU, "Báo cáo", "Kính gửi BDV, gửi báo cáo.\n")

# 5. Only a document the dispatch cites, or the report's own number.
add(review("bac-ai-mttq", "phuoc-dai"), ba("Phước Đại"), BAC_AI, "Báo cáo theo CV 1059/MTTQ-BTT",
    "Xã báo cáo thực hiện Công văn số 1059/MTTQ-BTT của tỉnh.\n")
add(review("hai-hau-bdv", "hai-son"), hh("Hải Sơn"), HAI_HAU, "Báo cáo số 45-BC/ĐU",
    "Đảng ủy xã gửi Báo cáo số 45-BC/ĐU về công tác dân vận.\n")
add(review("hai-hau-bdv", "hai-tan"), hh("Hải Tân"), HAI_HAU, "Thực hiện CV 198-CV/HU",
    "Báo cáo thực hiện Công văn số 198-CV/HU ngày 26/7/2021.\n")

# 6. The number only in quoted text below the unit's own words.
add(review("bac-ai-mttq", "phuoc-binh"), ba("Phước Bình"), BAC_AI, "Re: Gửi báo cáo",
    "Xã gửi lại báo cáo đã chỉnh sửa.\n\nVào Th 2, 20 thg 9, 2021 lúc 08:15 Ban Thường trực đã viết:\n"
    "> Đề nghị xã báo cáo theo Công văn số 319/MTTQ-BTT.\n")
add(review("hai-hau-bdv", "hai-phong"), hh("Hải Phong"), HAI_HAU, "Re: nhắc báo cáo",
    "Dạ, xã sẽ gửi sớm.\n\nOn Mon, Oct 4, 2021 at 8:00 AM Ban Dan van <bandanvan.haihau@gmail.com> wrote:\n"
    "> De nghi bao cao CV 22-CV/BDVHU\n")

# 7. Unregistered personal addresses: the unit is proposed, a person confirms.
for display, addr, subject, office, to, unit, d in [
    ("Nguyễn Văn An - MTTQ xã Phước Tân", "nguyenvanan78@gmail.com", "Báo cáo CV 319/MTTQ-BTT", "bac-ai-mttq", BAC_AI,
     "phuoc-tan", "319/MTTQ-BTT"),
    ("Chamaléa Thị Hằng", "hangct.1990@gmail.com", "Bao cao cv 342 xa Phuoc Thanh", "bac-ai-mttq", BAC_AI,
     "phuoc-thanh", "342/MTTQ-BTT"),
    ("Trần Văn Hải", "tranhai.hh@gmail.com", "Báo cáo 22-CV/BDVHU xã Hải Anh", "hai-hau-bdv", HAI_HAU, "hai-anh",
     "22-CV/BDVHU"),
    ("Phạm Thị Lan", "lanpham.1985@gmail.com", "BC CV 31 xa Hai An", "hai-hau-bdv", HAI_HAU, "hai-an", "31-CV/BDVHU"),
    ("DV Hai Phuc", "dvhaiphuc2021@gmail.com", "Bao cao 22-CV/BDVHU", "hai-hau-bdv", HAI_HAU, "hai-phuc", "22-CV/BDVHU"),
    ("Vũ Văn Long", "vuvanlong@yahoo.com", "Báo cáo CV 22-CV/BDVHU thị trấn Thịnh Long", "hai-hau-bdv", HAI_HAU,
     "thinh-long", "22-CV/BDVHU"),
    ("Đỗ Minh", "dominh.hl@gmail.com", "Báo cáo CV 31-CV/BDVHU xã Hải Long", "hai-hau-bdv", HAI_HAU, "hai-long",
     "31-CV/BDVHU"),
    ("Lê Thị Mai", "lemai@gmail.com", "BC CV 22 UBND xa Hai Phu", "hai-hau-bdv", HAI_HAU, "hai-phu", "22-CV/BDVHU"),
]:
    add(review(office, unit, d), addr, to, subject, "Kính gửi, tôi gửi báo cáo của xã.\n", display=display)
add(review("hai-hau-bdv", None, "22-CV/BDVHU"), "nguoidan123@gmail.com", HAI_HAU, "Hỏi về CV 22-CV/BDVHU",
    "Cho tôi hỏi hai năm nay xã có tổ chức gì không?\n")

# 8. Auto-replies.
add(ignored("AUTO_REPLY"), ba("Phước Đại"), BAC_AI, "Trả lời tự động: Nhắc báo cáo CV 319", "Tôi đang đi công tác.\n",
    headers={"Auto-Submitted": "auto-replied"})
add(ignored("AUTO_REPLY"), hh("Hải Anh"), HAI_HAU, "Out of Office: CV 22-CV/BDVHU", "I am away.\n",
    headers={"X-Autoreply": "yes"})
add(ignored("AUTO_REPLY"), hh("Hải Nam"), HAI_HAU, "Automatic reply: Nhắc báo cáo", "Vắng mặt đến 10/10.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
add(ignored("AUTO_REPLY"), ba("Phước Bình"), BAC_AI, "Vắng mặt: Báo cáo 342/MTTQ-BTT", "Tôi nghỉ phép.\n",
    headers={"Precedence": "auto_reply"})

# 9. Bounces.
dsn = ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: " + BAC_AI + "\r\n"
       "Subject: Delivery Status Notification (Failure)\r\nDate: Mon, 04 Oct 2021 08:00:00 +0700\r\n"
       "Message-ID: <bounce.1@mx.google.com>\r\nMIME-Version: 1.0\r\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
       "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
       "Address not found: mttq.phuocdaii@gmail.com (CV 319/MTTQ-BTT)\r\n"
       "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; googlemail.com\r\n\r\n"
       "Final-Recipient: rfc822; mttq.phuocdaii@gmail.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b1--\r\n")
add(ignored("BOUNCE"), None, None, None, None, raw=dsn.encode())
add(ignored("BOUNCE"), "MAILER-DAEMON@mx.example.vn", HAI_HAU, "Undelivered Mail Returned to Sender",
    "This is the mail system at host mx.example.vn.\n\n<dv.haiduong@gmail.com>: host said: 550 5.1.1 user unknown\n"
    "Subject: Nhắc báo cáo CV 22-CV/BDVHU\n")

# 10. Read receipts and other mail that is no report.
receipt = ("From: " + hh("Hải Lý") + "\r\nTo: " + HAI_HAU + "\r\nSubject: Read: Nhac bao cao CV 22-CV/BDVHU\r\n"
           "Date: Mon, 04 Oct 2021 09:00:00 +0700\r\nMessage-ID: <receipt.1@mail.gmail.com>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"r1\"\r\n\r\n"
           "--r1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThư đã được đọc.\r\n"
           "--r1\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822; " + hh("Hải Lý")
           + "\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--r1--\r\n")
add(ignored("OTHER"), None, None, None, None, raw=receipt.encode())
add(ignored("OTHER"), "news@baonamdinh.vn", HAI_HAU, "Bản tin Nam Định ngày 04/10", "Tin tức trong ngày.\n",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@baonamdinh.vn>", "Precedence": "list",
             "List-Id": "<bantin.baonamdinh.vn>"})

# 11. A unit writing to the other office's mailbox.
add(review("hai-hau-bdv", None, "22-CV/BDVHU"), ba("Phước Đại"), HAI_HAU, "Báo cáo CV 22-CV/BDVHU",
    "Gửi nhầm báo cáo.\n")

# 12. Decomposed (NFD) subjects and HTML-only mail.
add(matched("bac-ai-mttq", "phuoc-dai", "319/MTTQ-BTT"), ba("Phước Đại"), BAC_AI,
    unicodedata.normalize("NFD", "Báo cáo thực hiện CV 319/MTTQ-BTT xã Phước Đại"), "Gửi BTT.\n")
add(matched("hai-hau-bdv", "hai-xuan", "31-CV/BDVHU"), hh("Hải Xuân"), HAI_HAU, "Báo cáo", None,
    html="<html><body><p>Kính gửi Ban Dân vận,</p><p>Xã Hải Xuân gửi báo cáo thực hiện <b>CV 31-CV/BDVHU</b>.</p>"
         "</body></html>")
add(matched("hai-hau-bdv", "hai-cuong", "22-CV/BDVHU"), hh("Hải Cường"), HAI_HAU,
    unicodedata.normalize("NFD", "Báo cáo 22-CV/BDVHU xã Hải Cường"), "Trân trọng.\n")

# 13. More of what arrives: several numbers at once, typos, staff forwarding, other charsets.
add(review("bac-ai-mttq", "phuoc-dai"), ba("Phước Đại"), BAC_AI, "Báo cáo CV 319 và CV 342",
    "Xã gửi gộp báo cáo hai công văn.\n")
add(review("bac-ai-mttq", "phuoc-tien"), ba("Phước Tiến"), BAC_AI, "Báo cáo CV 391", "Gửi BTT báo cáo.\n")
add(review("bac-ai-mttq", "phuoc-tien", "319/MTTQ-BTT"), "ben.nv@bacai.example", BAC_AI,
    "Fwd: Báo cáo CV 319/MTTQ-BTT xã Phước Tiến", "---------- Forwarded message ---------\n"
    "From: Chu tich xa <chutich.phuoctien@gmail.com>\nSubject: Báo cáo CV 319/MTTQ-BTT\n\nGửi báo cáo.\n",
    display="Nguyễn Văn Bền")
add(matched("bac-ai-mttq", "phuoc-thanh", "342/MTTQ-BTT"), ba("Phước Thành"), BAC_AI, "Số: 342/MTTQ-BTT", "Báo cáo tuần.\n")
add(matched("hai-hau-bdv", "hai-giang", "22-CV/BDVHU"), hh("Hải Giang"), HAI_HAU, "BC CV22", "Gửi BDV.\n")
add(matched("hai-hau-bdv", "hai-ninh", "31-CV/BDVHU"), hh("Hải Ninh"), HAI_HAU, "Bao cao Dan van kheo quy IV",
    "Kinh gui BDV huyen uy, xa Hai Ninh gui bao cao thuc hien Cong van so 31-CV/BDVHU.\n")
add(matched("hai-hau-bdv", "hai-chinh", "22-CV/BDVHU"), hh("Hải Chính"), HAI_HAU, "Báo cáo",
    "Thực hiện Công văn 22-CV/BDVHU ngày 27/7/2021 của Ban Dân vận Huyện ủy về tiếp tục tăng cường công tác phòng,"
    " chống dịch Covid-19, Khối dân vận xã Hải Chính báo cáo như sau.\n")
add(matched("hai-hau-bdv", "hai-trieu", "22-CV/BDVHU"), hh("Hải Triều"), HAI_HAU, "Re: Báo cáo CV 22-CV/BDVHU",
    "Xã gửi lại bản đã ký.\n\nVào 10:00 Th 3, 5 thg 10, 2021, Ban Dân vận đã viết:\n> Đề nghị xã gửi bản có chữ ký.\n")
add(matched("bac-ai-mttq", "phuoc-binh", "342/MTTQ-BTT"), ba("Phước Bình"), BAC_AI, "Bao cao tuan 41 (CV 342)",
    "Xa Phuoc Binh bao cao ket qua van dong ung ho tuan 41.\n")
add(review(None), "nguoila@gmail.com", "someone@example.org", "Báo cáo CV 319/MTTQ-BTT", "Gửi nhầm địa chỉ.\n")
add(ignored("AUTO_REPLY"), hh("Hải Tây"), HAI_HAU, "Thư trả lời tự động: Báo cáo", "Cảm ơn, tôi sẽ trả lời sau.\n",
    headers={"X-Autorespond": "yes"})
add(ignored("OTHER"), "no-reply@accounts.google.com", BAC_AI, "Cảnh báo bảo mật", "Đăng nhập mới vào tài khoản.\n",
    headers={"Auto-Submitted": "no", "List-Id": "<security.google.com>", "List-Unsubscribe": "<https://google.com/u>",
             "Precedence": "bulk"})

cp1258 = ("From: " + ba("Phước Trung") + "\r\nTo: " + BAC_AI + "\r\nSubject: Bao cao CV 342/MTTQ-BTT\r\n"
          "Date: Tue, 05 Oct 2021 08:00:00 +0700\r\nMessage-ID: <cp1258.1@mail.example>\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=windows-1258\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode("ascii")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def win1258(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


add(matched("bac-ai-mttq", "phuoc-trung", "342/MTTQ-BTT"), None, None, None, None,
    raw=cp1258 + win1258("Xã Phước Trung báo cáo kết quả vận động tuần này.\r\n"))
add(review("hai-hau-bdv", "hai-van"), hh("Hải Vân"), HAI_HAU, "Báo cáo số 12/BC-UBND", "UBND xã gửi báo cáo.\n")
add(review("hai-hau-bdv", "hai-an"), "lanpham.1985@gmail.com", HAI_HAU, "Gửi báo cáo của xã Hải An",
    "Xã Hải An gửi báo cáo.\n", display="Phạm Thị Lan")
add(review("hai-hau-bdv", "hai-anh"), "tranhai.hh@gmail.com", HAI_HAU, "bc", "Kinh gui BDV, MTTQ xa Hai Anh gui bao cao.\n",
    display="Tran Hai")
add(review("hai-hau-bdv", None, "22-CV/BDVHU"), "hoangvan@gmail.com", HAI_HAU, "Báo cáo CV 22-CV/BDVHU",
    "Báo cáo hai năm thực hiện, nhân dân hài lòng.\n")
add(matched("bac-ai-mttq", "phuoc-chinh", "319/MTTQ-BTT"), "MTTQ.PhuocChinh@Gmail.com", BAC_AI,
    "Báo cáo CV 319/MTTQ-BTT", "Gửi BTT.\n")

# 14. No number at all: the matter of the report names the dispatch, when it clearly does.
add(matched("bac-ai-mttq", "phuoc-tan", "342/MTTQ-BTT"), ba("Phước Tân"), BAC_AI, "Báo cáo tuần",
    "Xã Phước Tân báo cáo kết quả vận động ủng hộ Quỹ phòng, chống dịch Covid-19 và danh sách tổ chức, cá nhân ủng hộ"
    " đã công khai tại trụ sở.\n")
add(matched("bac-ai-mttq", "phuoc-dai", "319/MTTQ-BTT"), ba("Phước Đại"), BAC_AI,
    "Bao cao phong trao thi dua bao ve vung xanh", "Xa da thanh lap to giam sat Covid cong dong o 100% thon.\n")
add(matched("hai-hau-bdv", "hai-son", "31-CV/BDVHU"), hh("Hải Sơn"), HAI_HAU, "Báo cáo mô hình Dân vận khéo",
    "Khối dân vận xã báo cáo kết quả xây dựng, nhân rộng các mô hình Dân vận khéo trên lĩnh vực kinh tế.\n")
add(review("bac-ai-mttq", "phuoc-hoa"), ba("Phước Hòa"), BAC_AI, "Báo cáo công tác tuyên truyền",
    "Xã báo cáo công tác tuyên truyền trong tháng.\n")
add(review("hai-hau-bdv", "hai-ly"), hh("Hải Lý"), HAI_HAU, "Báo cáo công tác dân vận", "Gửi Ban Dân vận báo cáo.\n")

with open("labels.json", "w", encoding="utf-8") as f:
    json.dump({name: label for name, label in messages}, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(messages), "messages")
