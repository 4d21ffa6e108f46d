#!/usr/bin/env python3
"""Writes the mail corpus read by MailCorpusTests: mail as the Internet sends it, and expected.json in each folder.

Run from this folder: python3 make_mail_corpus.py

The folders are named for the kind the reader must give: bounce/, auto-reply/, report/ and other/ (delay notices,
spam-complaint feedback reports, read receipts, newsletters). Every message is written here, byte by byte, in the
manner of a real server or client (Postfix, Exim, Sendmail, qmail, Exchange and Office 365, Gmail, Yahoo, Zimbra,
Domino, MDaemon, Vietnamese hosts, mail clients in many languages); none is copied from a real message. Beside
each, expected.json says its kind, decoded subject, sender address and where that address was taken from
(senderSource: FROM, SENDER, REPLY_TO, RETURN_PATH, ENVELOPE or NONE) and, for a bounce, the address that failed.
Output is deterministic: re-running rewrites identical files.
"""
import base64
import json
import os
import shutil

CASES = {}
BOT = "mattrabbacai@gmail.com"
BOT2 = "bandanvan.haihau@gmail.com"

UNITS = [
    "mttq.phuocbinh@gmail.com", "mttq.phuochoa@gmail.com", "mttq.phuoctan@gmail.com", "mttq.phuoctien@gmail.com",
    "mttq.phuocthang@gmail.com", "mttq.phuocthanh@gmail.com", "mttq.phuocdai@gmail.com", "dv.hainam@gmail.com",
    "dv.haitrung@gmail.com", "dv.ttyendinh@gmail.com", "vanthu.xahaison@namdinh.gov.vn",
    "mttq.xaphuocson@binhdinh.gov.vn", "ubnd.xaanthinh@quangnam.gov.vn", "hoalt.mttq@viettel.com.vn",
    "bdv.haiminh@yahoo.com", "phongvh.haihau@vnpt.vn", "nguyenvanben1968@yahoo.com.vn",
    "tranthimai.hh@outlook.com", "mttq-thitranbacai@hotmail.com", "hoi.nongdan.haily@gmail.com",
]
SUBJECTS = [
    "Nhắc báo cáo: 319/MTTQ-BTT (hạn 25/09/2021)",
    "Công văn 22-CV/BDVHU về việc báo cáo kết quả công tác dân vận",
    "Đã nhận báo cáo của Xã Phước Đại",
    "Thông báo: công văn mới 319/MTTQ-BTT",
    "Nhắc lần 2: báo cáo theo công văn 22-CV/BDVHU",
]
DATES = [
    "Mon, 20 Sep 2021 08:14:03 +0700", "Tue, 21 Sep 2021 10:02:51 +0700", "Wed, 22 Sep 2021 15:47:09 +0000",
    "Thu, 23 Sep 2021 07:30:00 +0700", "Fri, 24 Sep 2021 23:59:41 +0100", "Sat, 25 Sep 2021 06:05:12 -0400",
]


def pick(items, i):
    return items[i % len(items)]


def b_word(text, charset="UTF-8"):
    data = text.encode(charset) if isinstance(text, str) else text
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def q_word(text, charset="UTF-8"):
    data = text.encode(charset)
    out = ""
    for b in data:
        c = chr(b)
        if c == " ":
            out += "_"
        elif b < 128 and (c.isalnum() or c in "-!*+/.,:"):
            out += c
        else:
            out += "=%02X" % b
    return f"=?{charset}?Q?{out}?="


def b64_body(text, charset="UTF-8"):
    data = base64.b64encode(text.encode(charset)).decode()
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def write(folder, name, headers, body, expect, eol="\r\n"):
    """headers: (name, value) with value str (written as UTF-8) or bytes; body: str (UTF-8) or bytes."""
    out = bytearray()
    for field, value in headers:
        raw = value if isinstance(value, bytes) else value.encode("utf-8")
        out += field.encode("ascii") + b": " + raw + b"\n"
    out += b"\n"
    out += body if isinstance(body, bytes) else body.encode("utf-8")
    data = bytes(out).replace(b"\r\n", b"\n")
    data = data.replace(b"\n", eol.encode("ascii"))
    os.makedirs(folder, exist_ok=True)
    file = name + ".eml"
    with open(os.path.join(folder, file), "wb") as f:
        f.write(data)
    CASES.setdefault(folder, {})[file] = expect
    return file


def expect(kind, subject, sender, source="FROM", failed=None, note=None):
    e = {"kind": kind, "subject": subject, "fromAddress": sender, "senderSource": source}
    if kind == "BOUNCE":
        e["failedRecipient"] = failed
    if note:
        e["note"] = note
    return e


def original(i, to, subject=None, date=None):
    """The bot's own message as a bounce quotes it."""
    subject = subject or pick(SUBJECTS, i)
    return (f"Return-Path: <{BOT}>\n"
            f"Message-ID: <reportbot.{1000 + i}.{to.split('@')[0]}@bacai.example>\n"
            f"Date: {date or pick(DATES, i + 1)}\n"
            f"From: =?UTF-8?Q?Ban_Th=C6=B0=E1=BB=9Dng_tr=E1=BB=B1c?= <{BOT}>\n"
            f"To: {to}\n"
            f"Subject: {q_word(subject)}\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=UTF-8\n")


def dsn_status(mta, recipient, action="failed", status="5.1.1", diag="smtp; 550 5.1.1 User unknown",
               final=True, original_recipient=None, angle=False, arrival=None):
    addr = f"<{recipient}>" if angle else recipient
    lines = [f"Reporting-MTA: dns; {mta}"]
    if arrival:
        lines.append(f"Arrival-Date: {arrival}")
    lines.append("")
    if original_recipient:
        lines.append(f"Original-Recipient: rfc822;{original_recipient}")
    if final:
        lines.append(f"Final-Recipient: rfc822; {addr}")
    lines += [f"Action: {action}", f"Status: {status}", f"Remote-MTA: dns; mx.{recipient.split('@')[1]}",
              f"Diagnostic-Code: {diag}"]
    return "\n".join(lines) + "\n"


def report_body(boundary, human, status, orig, human_type="text/plain; charset=UTF-8", headers_only=True,
                human_html=None, report_type="message/delivery-status"):
    parts = [f"This is a MIME-encapsulated message.\n\n--{boundary}\n"]
    if human_html:
        alt = boundary + "-alt"
        parts.append(f"Content-Type: multipart/alternative; boundary=\"{alt}\"\n\n--{alt}\n"
                     f"Content-Type: {human_type}\nContent-Transfer-Encoding: 8bit\n\n{human}\n--{alt}\n"
                     f"Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{human_html}\n"
                     f"--{alt}--\n\n--{boundary}\n")
    else:
        parts.append(f"Content-Type: {human_type}\nContent-Transfer-Encoding: 8bit\n\n{human}\n--{boundary}\n")
    parts.append(f"Content-Type: {report_type}\n\n{status}\n--{boundary}\n")
    kind = "text/rfc822-headers" if headers_only else "message/rfc822"
    parts.append(f"Content-Type: {kind}\n\n{orig}\n" + ("" if headers_only else "Kính gửi các đơn vị,\n") + f"--{boundary}--\n")
    return "".join(parts)


def dsn_headers(sender_field, subject, to, date, mid, boundary, extra=()):
    return [("Return-Path", "<>"), ("Received", f"by mx.google.com with ESMTP id {mid[:8]}; {date}"),
            ("Date", date), ("From", sender_field), ("To", to), ("Subject", subject), ("Message-ID", f"<{mid}>"),
            ("MIME-Version", "1.0"), *extra,
            ("Content-Type", f"multipart/report; report-type=delivery-status; boundary=\"{boundary}\"")]


# ====================================================================== bounces

def bounces():
    f = "bounce"
    n = 0

    # Postfix, RFC 3464
    for i, host in enumerate(["mail.bacai.example", "smtp.namdinh.gov.vn", "mx1.binhdinh.gov.vn", "relay.vnpt.vn"]):
        r = pick(UNITS, i)
        b = f"B{i}.1632102843/{host}"
        human = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                 f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                 f"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 f"                   The mail system\n\n<{r}>: host mx.{r.split('@')[1]}[203.113.1.{10 + i}] said: 550 5.1.1\n"
                 f"    <{r}>: Recipient address rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n")
        write(f, f"postfix-dsn-{i + 1}", dsn_headers(f"MAILER-DAEMON@{host} (Mail Delivery System)",
                                                     "Undelivered Mail Returned to Sender", BOT, pick(DATES, i),
                                                     f"20210920011403.{i}A@{host}", b),
              report_body(b, human, dsn_status(host, r), original(i, r)),
              expect("BOUNCE", "Undelivered Mail Returned to Sender", f"mailer-daemon@{host}", failed=r))

    # Postfix, plain (no DSN), including one behind a list and one with the empty From address
    for i, host in enumerate(["mail.haihau.example", "mail.quangnam.gov.vn"]):
        r = pick(UNITS, i + 5)
        body = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients.\n\n                   The mail system\n\n<{r}> (expanded from <{r.split('@')[0]}>): "
                f"mailbox is full\n\n--- original message follows ---\n\n{original(i, r)}\n")
        write(f, f"postfix-plain-{i + 1}",
              [("Return-Path", "<>"), ("Date", pick(DATES, i)), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
               ("To", BOT2), ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", f"<pf{i}@{host}>")],
              body, expect("BOUNCE", "Undelivered Mail Returned to Sender", f"mailer-daemon@{host}", failed=r))

    # Exim: with and without X-Failed-Recipients, marked auto-replied as Exim does
    for i, host in enumerate(["vps.hosting.example.vn", "mail.tinhuy.example.vn", "srv12.cpanel.example.com", "mx.hoinongdan.example.vn"]):
        r = pick(UNITS, i + 2)
        headers = [("Return-path", "<>"), ("Envelope-to", BOT), ("Delivery-date", pick(DATES, i)),
                   ("Received", f"from mailnull by {host} with local (Exim 4.94.2)\n\tid 1mS4aX-0004Qe-{i}\n\tfor {BOT}; {pick(DATES, i)}"),
                   ("X-Failed-Recipients" if i % 2 == 0 else "X-Mailer", r if i % 2 == 0 else "Exim"),
                   ("Auto-Submitted", "auto-replied"), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
                   ("To", BOT), ("Subject", "Mail delivery failed: returning message to sender"),
                   ("Message-Id", f"<E1mS4aX-0004Qe-{i}@{host}>"), ("Date", pick(DATES, i))]
        body = (f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                f"recipients. This is a permanent error. The following address(es) failed:\n\n  {r}\n"
                f"    host mx.{r.split('@')[1]} [74.125.24.27]\n    SMTP error from remote mail server after RCPT TO:<{r}>:\n"
                f"    550-5.1.1 The email account that you tried to reach does not exist.\n\n"
                f"------ This is a copy of the message, including all the headers. ------\n\n{original(i, r)}\nKính gửi đơn vị,\n")
        write(f, f"exim-{i + 1}", headers, body,
              expect("BOUNCE", "Mail delivery failed: returning message to sender", f"mailer-daemon@{host}", failed=r))

    # Exim marked auto-generated (failure), From an ordinary-looking address
    for i, host in enumerate(["mail.songoaivu.example.vn", "mx.truongthpt.example.vn"]):
        r = pick(UNITS, i + 9)
        write(f, f"exim-auto-generated-failure-{i + 1}",
              [("Return-Path", "<>"), ("Auto-Submitted", "auto-generated (failure)"),
               ("From", f"Mail Delivery System <noreply@{host}>"), ("To", BOT), ("Date", pick(DATES, i)),
               ("Subject", "Mail delivery failed: returning message to sender"), ("Message-Id", f"<ag{i}@{host}>")],
              f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
              f"recipients. This is a permanent error. The following address(es) failed:\n\n  {r}\n    Unrouteable address\n",
              expect("BOUNCE", "Mail delivery failed: returning message to sender", f"noreply@{host}", failed=r))

    # Sendmail: DSN and the old transcript
    for i, host in enumerate(["mail.sotttt.example.vn", "smtp.daihoc.example.edu.vn"]):
        r = pick(UNITS, i + 11)
        b = f"t8K1EX{i}0012345.{i}/{host}"
        human = (f"The original message was received at {pick(DATES, i)}\nfrom localhost [127.0.0.1]\n\n"
                 f"   ----- The following addresses had permanent fatal errors -----\n<{r}>\n    (reason: 550 5.1.1 <{r}>... User unknown)\n\n"
                 f"   ----- Transcript of session follows -----\n... while talking to mx.{r.split('@')[1]}.:\n>>> RCPT To:<{r}>\n<<< 550 5.1.1 <{r}>... User unknown\n550 5.1.1 <{r}>... User unknown\n")
        write(f, f"sendmail-dsn-{i + 1}", dsn_headers(f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
                                                      "Returned mail: see transcript for details", BOT, pick(DATES, i + 2),
                                                      f"2021092001{i}4.t8K1EX@{host}", b),
              report_body(b, human, dsn_status(host, r, angle=True), original(i, r), headers_only=False),
              expect("BOUNCE", "Returned mail: see transcript for details", f"mailer-daemon@{host}", failed=r))
    for i, host in enumerate(["old.mail.example.vn", "unix.sokhcn.example.vn"]):
        r = pick(UNITS, i + 13)
        write(f, f"sendmail-plain-{i + 1}",
              [("Return-Path", "<>"), ("Date", pick(DATES, i)), ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"),
               ("To", f"<{BOT}>"), ("Subject", "Returned mail: User unknown"), ("Message-Id", f"<sm{i}@{host}>")],
              f"The original message was received at {pick(DATES, i)}\n\n   ----- The following addresses had permanent fatal errors -----\n"
              f"{r}\n    (reason: 550 Host unknown)\n\n   ----- Original message follows -----\n{original(i, r)}\n",
              expect("BOUNCE", "Returned mail: User unknown", f"mailer-daemon@{host}", failed=r))

    # qmail
    for i, host in enumerate(["mx.qmail.example.vn", "mail.hoilhpn.example.vn", "smtp.ubnd.example.vn"]):
        r = pick(UNITS, i + 3)
        write(f, f"qmail-{i + 1}",
              [("Return-Path", "<>"), ("Date", f"{20 + i} Sep 2021 01:{10 + i}:07 -0000"), ("From", f"MAILER-DAEMON@{host}"),
               ("To", BOT), ("Subject", "failure notice"), ("Message-ID", f"<qm{i}@{host}>")],
              f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
              f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<{r}>:\n203.113.131.{i + 2} does not like recipient.\n"
              f"Remote host said: 550 5.1.1 Mailbox does not exist\nGiving up on 203.113.131.{i + 2}.\n\n--- Below this line is a copy of the message.\n\n{original(i, r)}\n",
              expect("BOUNCE", "failure notice", f"mailer-daemon@{host}", failed=r))

    # Exchange / Office 365 NDRs
    for i, (org, lang) in enumerate([("bacai-gov", "en"), ("sotc-example", "en"), ("vnpt-hcm", "vi"), ("mairie-lyon", "fr"),
                                     ("stadt-koeln", "de"), ("ayto-sevilla", "es")]):
        r = pick(UNITS, i + 6)
        orig = pick(SUBJECTS, i)
        prefix, first, detail = {
            "en": ("Undeliverable: ", f"Your message to {r} couldn't be delivered.", f"{r.split('@')[0]} wasn't found at {r.split('@')[1]}."),
            "vi": ("Không gửi được: ", f"Không thể chuyển thư của bạn tới {r}.", f"Không tìm thấy {r.split('@')[0]} tại {r.split('@')[1]}."),
            "fr": ("Non remis : ", f"Votre message à {r} n'a pas pu être remis.", f"{r.split('@')[0]} est introuvable sur {r.split('@')[1]}."),
            "de": ("Unzustellbar: ", f"Ihre Nachricht an {r} konnte nicht zugestellt werden.", f"{r.split('@')[0]} wurde bei {r.split('@')[1]} nicht gefunden."),
            "es": ("No se puede entregar: ", f"No se pudo entregar el mensaje a {r}.", f"No se encontró {r.split('@')[0]} en {r.split('@')[1]}."),
        }[lang]
        subject = prefix + orig
        b = f"_000_{i}NDR{org}"
        html = f"<html><body><p><b>{first}</b></p><p>{detail}</p><p>Office 365</p></body></html>"
        status = dsn_status(f"SG2PR01MB{4000 + i}.apcprd01.prod.outlook.com", r, status="5.1.10",
                            diag=f"smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {r} not found by SMTP address lookup",
                            original_recipient=r if i % 2 else None)
        sender = f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce4{1100 + i}@{org}.onmicrosoft.com"
        name = "Microsoft Outlook" if lang in ("en", "vi") else "Microsoft Outlook"
        write(f, f"office365-{lang}-{i + 1}",
              [("Received", f"from SG2PR01MB{4000 + i}.apcprd01.prod.outlook.com; {pick(DATES, i)}"),
               ("From", f"{name} <{sender}>"), ("To", f"<{BOT}>"), ("Date", pick(DATES, i)),
               ("Subject", subject if subject.isascii() else q_word(subject)), ("Message-ID", f"<ndr{i}@{org}.onmicrosoft.com>"),
               ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
               ("Content-Language", lang),
               ("Content-Type", f"multipart/report; report-type=delivery-status; boundary=\"{b}\"")],
              report_body(b, f"{first}\n\n{detail}\n", status, original(i, r), human_html=html),
              expect("BOUNCE", subject, sender.lower(), failed=r))
    for i, host in enumerate(["exch2010.sonv.example.vn", "mail.benhvien.example.vn"]):
        r = pick(UNITS, i + 14)
        subject = "Undeliverable: " + pick(SUBJECTS, i + 2)
        write(f, f"exchange-2010-{i + 1}",
              [("From", f"postmaster@{host.split('.', 1)[1]}"), ("To", BOT), ("Date", pick(DATES, i)),
               ("Subject", q_word(subject)), ("Message-ID", f"<ex{i}@{host}>"), ("MIME-Version", "1.0"),
               ("Content-Type", "text/plain; charset=us-ascii")],
              f"Delivery has failed to these recipients or groups:\n\n{r}\nThe e-mail address you entered couldn't be found. "
              f"Please check the recipient's e-mail address and try to resend the message.\n\n\n"
              f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{r}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n",
              expect("BOUNCE", subject, f"postmaster@{host.split('.', 1)[1]}", failed=r))

    # Gmail
    for i in range(4):
        r = pick(UNITS, i + 10)
        b = f"000000000000gm{i}05cc7a8e1d"
        vi = i % 2 == 1
        human = (f"** Không tìm thấy địa chỉ **\n\nThư của bạn chưa được gửi tới {r} vì không tìm thấy địa chỉ hoặc địa chỉ không thể nhận thư.\n"
                 if vi else
                 f"** Address not found **\n\nYour message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail.\n")
        human += "\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n"
        html = "<html><head></head><body><table><tr><td>" + human.replace("\n", "<br>") + "</td></tr></table></body></html>"
        write(f, f"gmail-{'vi' if vi else 'en'}-{i + 1}",
              dsn_headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
                          BOT, pick(DATES, i), f"61484b6b.1c69fb81.gm{i}@mx.google.com", b,
                          extra=[("X-Failed-Recipients", r)] if i == 0 else []),
              report_body(b, human, dsn_status("googlemail.com", r, diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
                          original(i, r), human_html=html),
              expect("BOUNCE", "Delivery Status Notification (Failure)", "mailer-daemon@googlemail.com", failed=r))
    # Gmail without the delivery-status part (only the alternative), subject "Address not found"
    for i in range(2):
        r = pick(UNITS, i + 16)
        b = f"000000000000alt{i}"
        write(f, f"gmail-address-not-found-{i + 1}",
              [("Date", pick(DATES, i)), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", BOT),
               ("Subject", "Address not found" if i == 0 else "Message not delivered"), ("Message-ID", f"<gna{i}@mx.google.com>"),
               ("MIME-Version", "1.0"), ("Content-Type", f"multipart/alternative; boundary=\"{b}\"")],
              f"--{b}\nContent-Type: text/plain; charset=UTF-8\n\n** Address not found **\n\nYour message wasn't delivered to {r} because the address couldn't be found.\n"
              f"--{b}\nContent-Type: text/html; charset=UTF-8\n\n<p><b>Address not found</b></p><p>Your message wasn't delivered to <a>{r}</a>.</p>\n--{b}--\n",
              expect("BOUNCE", "Address not found" if i == 0 else "Message not delivered", "mailer-daemon@googlemail.com", failed=r))

    # Yahoo
    for i in range(3):
        r = pick(UNITS, i + 4)
        write(f, f"yahoo-{i + 1}",
              [("Return-Path", "<>"), ("Date", pick(DATES, i)), ("From", "MAILER-DAEMON@yahoo.com"), ("To", BOT),
               ("Subject", "Failure Notice"), ("Message-ID", f"<yh{i}.1632102843@sonic30{i}.consmr.mail.sg3.yahoo.com>")],
              f"Sorry, we were unable to deliver your message to the following address.\n\n<{r}>:\n"
              f"554: delivery error: dd This user doesn't have a yahoo.com account ({r}) [0] - mta1{i}.mail.sg3.yahoo.com\n\n"
              f"--- Below this line is a copy of the message.\n\n{original(i, r)}\n",
              expect("BOUNCE", "Failure Notice", "mailer-daemon@yahoo.com", failed=r))

    # Zimbra (Postfix underneath, Vietnamese-labelled host)
    for i, host in enumerate(["mail.tayninh.gov.vn", "mail.hanoi.gov.vn", "zimbra.sogtvt.example.vn"]):
        r = pick(UNITS, i + 7)
        b = f"zm{i}.1632102843/{host}"
        human = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                 f"be delivered to one or more recipients.\n\n<{r}>: host mx.{r.split('@')[1]} said: 552 5.2.2 Mailbox full\n")
        write(f, f"zimbra-{i + 1}", dsn_headers(f"MAILER-DAEMON@{host} (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                                                BOT2, pick(DATES, i), f"zm{i}@{host}", b, extra=[("X-Mailer", "Zimbra 8.8.15_GA_4177")]),
              report_body(b, human, dsn_status(host, r, status="5.2.2", diag="smtp; 552 5.2.2 Mailbox full", original_recipient=r), original(i, r)),
              expect("BOUNCE", "Undelivered Mail Returned to Sender", f"mailer-daemon@{host}", failed=r))

    # Lotus Domino
    for i, org in enumerate(["nganhang.example.vn", "baohiem.example.vn"]):
        r = pick(UNITS, i + 1)
        subject = f"DELIVERY FAILURE: User {r.split('@')[0]} ({r}) not listed in Domino Directory"
        write(f, f"domino-{i + 1}",
              [("From", f"Postmaster@{org}"), ("To", BOT), ("Date", pick(DATES, i)), ("Subject", subject),
               ("Message-ID", f"<OF{i}A1B2C3.D4E5F6-ON48258749.0012@{org}>"), ("X-Mailer", "Lotus Domino Release 9.0.1FP10"),
               ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=US-ASCII")],
              f"Your message\n\n  Subject: Nhac bao cao\n\nwas not delivered to:\n\n  {r}\n\nbecause:\n\n  User {r.split('@')[0]} ({r}) not listed in Domino Directory\n",
              expect("BOUNCE", subject, f"postmaster@{org}", failed=r))

    # MDaemon
    for i, host in enumerate(["mail.trungtamyte.example.vn", "mail.thuvien.example.vn"]):
        r = pick(UNITS, i + 12)
        write(f, f"mdaemon-{i + 1}",
              [("From", f"MDaemon@{host}"), ("To", BOT), ("Date", pick(DATES, i)), ("Subject", "Permanent Delivery Failure"),
               ("Message-ID", f"<MDAEMON-F2021092{i}.AA1234@{host}>"), ("X-MDaemon-Deliver-To", BOT),
               ("X-Return-Path", "<>"), ("Precedence", "bulk" if i == 0 else "junk")],
              f"The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has been removed from the mail queue on this server.\n"
              f"The number and frequency of delivery attempts are set locally by the postmaster.\n\n--- Session Transcript ---\n"
              f" Attempting SMTP connection to [mx.{r.split('@')[1]}]\n Waiting for protocol to start...\n"
              f" RCPT To:<{r}>\n 550 5.1.1 <{r}>... User unknown\n--- End Transcript ---\n",
              expect("BOUNCE", "Permanent Delivery Failure", f"mdaemon@{host}", failed=r))

    # Viettel, VNPT, *.gov.vn portals: Vietnamese non-DSN
    viet = [
        ("viettel", "MAILER-DAEMON@viettel.com.vn", "Hệ thống thư Viettel", "Không gửi được thư: {s}",
         "Thư của bạn không gửi được đến địa chỉ sau:\n\n    {r}\n\nLý do: hộp thư không tồn tại (550 5.1.1).\n"),
        ("viettel", "postmaster@viettel.com.vn", None, "Thông báo: thư không gửi được",
         "Kính gửi quý khách,\n\nHệ thống không thể gửi thư tới {r} do hộp thư người nhận đã đầy.\nĐây là thư tự động, xin đừng trả lời.\n"),
        ("vnpt", "postmaster@vnpt.vn", "Hệ thống thư điện tử VNPT", "Thông báo lỗi gửi thư",
         "Không thể gửi thư tới {r}: hộp thư đã đầy hoặc bị khóa.\n\nMã lỗi: 552 5.2.2\n"),
        ("vnpt", "mailer-daemon@mail.vnpt.vn", "Mail Delivery System", "Thư bị trả lại: {s}",
         "Thư gửi tới địa chỉ {r} bị trả lại.\nNguyên nhân: tên miền không tồn tại.\n"),
        ("gov", "MAILER-DAEMON@mail.binhdinh.gov.vn", "Hệ thống thư công vụ", "Thư bị trả lại: không gửi được",
         "Cổng thư điện tử công vụ tỉnh Bình Định thông báo:\nThư của quý vị gửi đến {r} không gửi được.\nĐịa chỉ người nhận không tồn tại trên hệ thống.\n"),
        ("gov", "postmaster@mail.namdinh.gov.vn", "Thư điện tử công vụ Nam Định", "Không gửi được thư",
         "Không gửi được tới: {r}\n\nLý do: 550 Tài khoản không tồn tại.\n\n--- Thư gốc ---\n"),
        ("gov", "mailer-daemon@mail.quangnam.gov.vn", None, "Không gửi được thư: {s}",
         "Rất tiếc, thư của bạn không thể gửi tới người nhận sau:\n\n{r}\n\nHộp thư đã bị khóa.\n"),
        ("gov", "MAILER-DAEMON@mail.hochiminhcity.gov.vn", "Hệ thống thư điện tử Thành phố", "Thông báo thư không gửi được",
         "Hệ thống thư điện tử Thành phố Hồ Chí Minh không thể gửi thư của ông/bà tới {r}.\nĐây là lỗi vĩnh viễn, hệ thống sẽ không thử lại.\n"),
    ]
    for i, (host, addr, name, subject_t, body_t) in enumerate(viet):
        for j in range(2):
            r = pick(UNITS, i * 2 + j)
            s = pick(SUBJECTS, i + j)
            subject = subject_t.format(s=s)
            charset = "UTF-8" if j == 0 else "UTF-8"
            enc = b_word(subject) if j == 0 else q_word(subject)
            from_field = addr if name is None else f"{b_word(name) if j == 0 else q_word(name)} <{addr}>"
            write(f, f"vietnam-{host}-{i + 1}-{j + 1}",
                  [("Return-Path", "<>"), ("From", from_field), ("To", BOT if j == 0 else BOT2), ("Date", pick(DATES, i + j)),
                   ("Subject", enc), ("Message-ID", f"<vn{i}{j}@{addr.split('@')[1]}>"), ("MIME-Version", "1.0"),
                   ("Content-Type", f"text/plain; charset={charset}"),
                   ("Content-Transfer-Encoding", "8bit" if j == 0 else "base64")],
                  body_t.format(r=r) if j == 0 else b64_body(body_t.format(r=r)),
                  expect("BOUNCE", subject, addr.lower(), failed=r))

    # Non-DSN bounces in other languages
    langs = [
        ("fr", "Mail Delivery System <MAILER-DAEMON@smtp.orange.example.fr>", "Échec de la remise du message",
         "Votre message n'a pas pu être remis au destinataire suivant :\n\n    {r}\n\nLa boîte aux lettres est pleine.\n", "UTF-8"),
        ("fr", "Service de messagerie <postmaster@laposte.example.fr>", "Message non remis",
         "Ce message est généré automatiquement.\nVotre message n'a pas pu être distribué à {r} : adresse inconnue.\n", "ISO-8859-1"),
        ("de", "Mail Delivery System <MAILER-DAEMON@mx.gmx.example.de>", "Unzustellbar: Nachricht zurückgesandt",
         "Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n{r}\n\nGrund: Postfach existiert nicht.\n", "ISO-8859-1"),
        ("de", "MAILER-DAEMON@web.example.de", "Fehler bei der Zustellung",
         "Die Nachricht konnte nicht zugestellt werden an: {r}\nDies ist ein permanenter Fehler.\n", "UTF-8"),
        ("es", "Sistema de correo <MAILER-DAEMON@correo.example.es>", "Mensaje no entregado",
         "No se pudo entregar el mensaje a los siguientes destinatarios:\n\n{r}\n\nEl buzón no existe.\n", "UTF-8"),
        ("es", "postmaster@telefonica.example.com.ar", "Error de entrega del mensaje",
         "Su mensaje no pudo ser entregado a {r}. La dirección no existe.\n", "ISO-8859-1"),
        ("zh", "系统退信 <postmaster@qq.example.com>", "系统退信",
         "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n收件人：{r}\n退信原因：收件人邮箱不存在，无法投递。\n", "GBK"),
        ("zh", "postmaster@163.example.com", "退信通知：邮件无法投递",
         "您发送给 {r} 的邮件无法投递，对方邮箱已满。\n", "GB2312"),
        ("ja", "MAILER-DAEMON@ocn.example.ne.jp", "配信不能: 送信したメールが届きませんでした",
         "次の宛先へのメッセージの配信に失敗しました:\n\n{r}\n\nユーザが見つかりません。\n", "ISO-2022-JP"),
        ("ja", "Mail Delivery Subsystem <MAILER-DAEMON@nifty.example.jp>", "Returned mail: ユーザが見つかりません",
         "このメールは自動的に送信されています。\n宛先 {r} にメールを配信できませんでした。\n", "ISO-2022-JP"),
        ("ru", "Mail Delivery System <MAILER-DAEMON@mx.yandex.example.ru>", "Недоставленное сообщение",
         "Ваше сообщение не было доставлено по следующим адресам:\n\n{r}\n\nПричина: почтовый ящик не существует.\n", "UTF-8"),
        ("ru", "mailer-daemon@mail.example.ru", "Сообщение не доставлено",
         "Не удалось доставить сообщение получателю {r}: ящик переполнен.\n", "KOI8-R"),
    ]
    for i, (lang, from_field, subject, body_t, charset) in enumerate(langs):
        r = pick(UNITS, i + 5)
        body = body_t.format(r=r)
        word_charset = "UTF-8" if charset in ("ISO-2022-JP",) else charset
        headers = [("Return-Path", "<>"), ("From", encode_from(from_field, word_charset)), ("To", BOT),
                   ("Date", pick(DATES, i)), ("Subject", b_word(subject, charset if charset != "GB2312" else "GB2312")),
                   ("Message-ID", f"<{lang}{i}@bounce.example>"), ("MIME-Version", "1.0"),
                   ("Content-Type", f"text/plain; charset={charset}"), ("Content-Transfer-Encoding", "8bit" if charset != "ISO-2022-JP" else "7bit")]
        addr = from_field[from_field.index("<") + 1:-1] if "<" in from_field else from_field
        write(f, f"lang-{lang}-{i + 1}", headers, body.encode(charset),
              expect("BOUNCE", subject, addr.lower(), failed=r))

    # From: MAILER-DAEMON <> with an empty address, and friends
    for i, (from_field, subject) in enumerate([("MAILER-DAEMON <>", "Returned mail"), ("\"Mail Delivery System\" <>", "Mail delivery failed"),
                                               ("MAILER-DAEMON <>", "Delivery failure"), ("Mail Delivery Subsystem <>", "Undeliverable mail")]):
        r = pick(UNITS, i + 8)
        write(f, f"mailer-daemon-empty-address-{i + 1}",
              [("Return-Path", "<>"), ("From", from_field), ("To", BOT), ("Date", pick(DATES, i)), ("Subject", subject),
               ("Message-ID", f"<empty{i}@relay.example.vn>")],
              f"This message was created automatically by mail delivery software.\n\nYour message could not be delivered to the following recipient:\n\n   {r}\n\nReason: 550 user unknown\n",
              expect("BOUNCE", subject, None, source="NONE", failed=r))

    # Bounces that came back through a mailing list (List-* and Precedence headers, the list's From)
    for i, (lst, from_field, subject) in enumerate([
            ("tonghop-mttq", "'Mail Delivery Subsystem' via Tổng hợp MTTQ <tonghop-mttq@googlegroups.com>", "Delivery Status Notification (Failure)"),
            ("canbo-dv", "Mail Delivery System <canbo-dv-bounces@lists.haihau.example.vn>", "Undelivered Mail Returned to Sender"),
            ("vanthu", "MAILER-DAEMON via vanthu <vanthu@lists.example.vn>", "Mail delivery failed: returning message to sender"),
            ("xa-phuong", "postmaster via xa-phuong <xa-phuong@googlegroups.com>", "Undeliverable: " + pick(SUBJECTS, 1))]):
        r = pick(UNITS, i + 2)
        addr = from_field[from_field.index("<") + 1:-1]
        name = from_field[:from_field.index("<")].strip()
        headers = [("Return-Path", f"<{lst}+bncBDX@googlegroups.com>"), ("From", f"{q_word(name)} <{addr}>"),
                   ("To", BOT), ("Date", pick(DATES, i)), ("Subject", q_word(subject) if not subject.isascii() else subject),
                   ("Message-ID", f"<list{i}@lists.example>"), ("Precedence", "list" if i % 2 == 0 else "bulk"),
                   ("Mailing-list", f"list {lst}@googlegroups.com"), ("List-ID", f"<{lst}.googlegroups.com>"),
                   ("List-Post", f"<mailto:{lst}@googlegroups.com>"), ("List-Unsubscribe", f"<mailto:{lst}+unsubscribe@googlegroups.com>"),
                   ("Reply-To", f"{lst}@googlegroups.com")]
        body = (f"** Address not found **\n\nYour message wasn't delivered to {r} because the address couldn't be found.\n" if i == 0 else
                f"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<{r}>: User unknown\n" if i == 1 else
                f"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {r}\n" if i == 2 else
                f"Delivery has failed to these recipients or groups:\n\n{r}\nThe e-mail address you entered couldn't be found.\n")
        write(f, f"through-mailing-list-{i + 1}", headers, body, expect("BOUNCE", subject, addr, failed=r))

    # Bounces marked Auto-Submitted: auto-replied / auto-generated (failure), From not a mail-system name
    for i, (auto, from_field, subject) in enumerate([
            ("auto-replied", "Mail Delivery <no-reply@mail.sotnmt.example.vn>", "Undelivered Mail Returned to Sender"),
            ("auto-generated (failure)", "Hệ thống thư <hethong@mail.example.gov.vn>", "Không gửi được thư"),
            ("auto-replied", "Email Server <server@hosting.example.vn>", "Delivery Status Notification (Failure)"),
            ("auto-generated (failure)", "Mail System <mailsystem@truong.example.edu.vn>", "Returned mail: see transcript for details")]):
        r = pick(UNITS, i + 15)
        addr = from_field[from_field.index("<") + 1:-1]
        name = from_field[:from_field.index("<")].strip()
        write(f, f"auto-submitted-bounce-{i + 1}",
              [("Return-Path", "<>"), ("Auto-Submitted", auto), ("From", f"{q_word(name)} <{addr}>"), ("To", BOT),
               ("Date", pick(DATES, i)), ("Subject", q_word(subject)), ("Message-ID", f"<as{i}@{addr.split('@')[1]}>")],
              f"Your message could not be delivered to {r}.\nThe mailbox is unavailable (550 5.1.1).\n" if i != 1 else
              f"Thư của bạn không gửi được đến {r}.\nLý do: hộp thư không tồn tại.\n".encode("utf-8"),
              expect("BOUNCE", subject, addr, failed=r))

    # DSN variants of addresses: only Original-Recipient; angle brackets; several recipients (first failed wins)
    for i in range(3):
        r = pick(UNITS, i + 17)
        host = f"mx{i}.relay.example.vn"
        b = f"var{i}"
        st = (dsn_status(host, r, final=False, original_recipient=r) if i == 0 else
              dsn_status(host, r, angle=True) if i == 1 else
              dsn_status(host, r) + "\n" + dsn_status(host, "khac@example.vn", action="delivered", status="2.0.0", diag="smtp; 250 OK").split("\n\n", 1)[1])
        write(f, f"dsn-recipient-variants-{i + 1}",
              dsn_headers(f"Mail Delivery System <MAILER-DAEMON@{host}>", "Delivery Status Notification", BOT, pick(DATES, i),
                          f"var{i}@{host}", b),
              report_body(b, "Delivery to the following recipient failed permanently.\n", st, original(i, r)),
              expect("BOUNCE", "Delivery Status Notification", f"mailer-daemon@{host}", failed=r))

    # A bounce with CR-only line endings, one with a GB2312 label on GBK bytes, one unlabelled GBK subject
    r = UNITS[3]
    write(f, "cr-only-line-endings", [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mac.example.vn (Mail Delivery System)"),
                                      ("To", BOT), ("Date", DATES[0]), ("Subject", "Undelivered Mail Returned to Sender"),
                                      ("Message-ID", "<cr1@mac.example.vn>")],
          f"This is the mail system at host mac.example.vn.\n\n<{r}>: mailbox unavailable\n",
          expect("BOUNCE", "Undelivered Mail Returned to Sender", "mailer-daemon@mac.example.vn", failed=r), eol="\r")
    r = UNITS[5]
    subject = "系统退信：喆的邮件无法投递"
    write(f, "gb2312-label-gbk-bytes", [("Return-Path", "<>"), ("From", "postmaster@mail.sina.example.cn"), ("To", BOT),
                                        ("Date", DATES[1]), ("Subject", b_word(subject.encode("gbk"), "GB2312")),
                                        ("Message-ID", "<gb1@sina.example.cn>"), ("Content-Type", "text/plain; charset=gb2312")],
          f"收件人 {r} 不存在，邮件无法投递。\n".encode("gbk"),
          expect("BOUNCE", subject, "postmaster@mail.sina.example.cn", failed=r))
    r = UNITS[6]
    subject = "退信：邮件无法投递"
    write(f, "unlabelled-gbk-subject", [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx.163.example.com"), ("To", BOT),
                                        ("Date", DATES[2]), ("Subject", subject.encode("gbk")), ("Message-ID", "<gb2@163.example.com>")],
          f"{r}: 550 User not found\n".encode("ascii"),
          expect("BOUNCE", subject, "mailer-daemon@mx.163.example.com", failed=r))
    r = UNITS[7]
    subject = "メール配信エラー：宛先不明"
    write(f, "unlabelled-shift-jis-subject", [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.example.co.jp"), ("To", BOT),
                                              ("Date", DATES[3]), ("Subject", subject.encode("shift_jis")), ("Message-ID", "<sj1@example.co.jp>")],
          f"<{r}>: user unknown\n".encode("ascii"),
          expect("BOUNCE", subject, "mailer-daemon@mail.example.co.jp", failed=r))


def encode_from(field, charset):
    if "<" not in field:
        return field
    name, addr = field[:field.index("<")].strip(), field[field.index("<"):]
    if name.isascii():
        return field
    return f"{b_word(name, charset)} {addr}"


# ====================================================================== auto-replies

def auto_replies():
    f = "auto-reply"
    clients = [
        # (name, subject prefix, headers, body, charset)
        ("outlook-en", "Automatic reply: ", [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                            ("X-MS-Exchange-Inbox-Rules-Loop", "{a}")],
         "I am out of the office until 27/09/2021 with limited access to email.\n"),
        ("outlook-vi", "Trả lời tự động: ", [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
         "Tôi đang đi công tác đến hết ngày 27/09/2021. Việc gấp xin liên hệ văn phòng.\n"),
        ("outlook-old", "Out of Office: ", [("X-Auto-Response-Suppress", "All")],
         "Tôi vắng mặt tại cơ quan đến ngày 24/09/2021.\n"),
        ("outlook-fr", "Réponse automatique : ", [("Auto-Submitted", "auto-generated")],
         "Je suis absent du bureau jusqu'au 27 septembre.\n"),
        ("outlook-de", "Automatische Antwort: ", [("Auto-Submitted", "auto-generated")],
         "Ich bin bis zum 27.09.2021 nicht im Büro.\n"),
        ("outlook-es", "Respuesta automática: ", [("Auto-Submitted", "auto-generated")],
         "Estoy fuera de la oficina hasta el 27 de septiembre.\n"),
        ("outlook-zh", "自动回复: ", [("Auto-Submitted", "auto-generated")], "我目前不在办公室，9月27日返回。\n"),
        ("outlook-ja", "自動応答: ", [("Auto-Submitted", "auto-generated")], "9月27日まで不在にしております。\n"),
        ("outlook-ru", "Автоматический ответ: ", [("Auto-Submitted", "auto-generated")], "Я в отпуске до 27 сентября.\n"),
        ("gmail-vacation", None, [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
         "Tôi đang nghỉ phép từ 20/09 đến 25/09/2021, sẽ trả lời thư khi trở lại.\n"),
        ("gmail-vacation-en", None, [("Auto-Submitted", "auto-replied")],
         "Thanks for your email. I'm on leave this week and will reply when I'm back.\n"),
        ("thunderbird-filter", "Re: ", [("Auto-Submitted", "auto-replied")],
         "Tôi đang nghỉ phép. Thư của anh/chị sẽ được xem sau ngày 26/09/2021.\n"),
        ("thunderbird-vacation-no-headers", "Re: ", [],
         "Tôi đang nghỉ phép, sẽ trả lời thư sau ngày 26/09/2021.\nTrân trọng.\n"),
        ("zimbra", "Out of Office Re: ", [("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
         "Tôi đang đi công tác, xin liên hệ lại sau.\n"),
        ("roundcube-sieve", "Automatic reply: Re: ", [("Auto-Submitted", "auto-replied (vacation)")],
         "Đang nghỉ phép đến 30/09/2021.\n"),
        ("yahoo", "Auto Response: ", [("X-Autorespond", "yes")], "Tôi sẽ trả lời sau khi trở lại văn phòng.\n"),
        ("lotus", None, [("Auto-Submitted", "auto-generated"), ("X-Lotus-Out-Of-Office", "yes")],
         "I will be out of the office starting 20/09/2021 and will not return until 27/09/2021.\n"),
        ("vnpt-mail", "Thư trả lời tự động: ", [("Precedence", "auto_reply")], "Cảm ơn anh/chị đã gửi thư. Tôi đang vắng mặt.\n"),
        ("helpdesk-ack", "[Ticket #4821] Đã nhận thư: ", [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
         "Hệ thống đã nhận thư của anh/chị và sẽ xử lý trong 24 giờ.\n"),
        ("mac-mail-rule", "Vắng mặt: ", [], "Tôi đang nghỉ phép đến thứ Hai.\n"),
        ("outlook-com", "Automatic reply: ", [("Auto-Submitted", "auto-replied")], "I'm away until Monday.\n"),
        ("gmail-vacation-vi-subject", None, [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
         "Xin chào, tôi đang nghỉ phép năm. Việc cần gấp xin gọi 0912 345 678.\n"),
    ]
    for i, (client, prefix, extra, body) in enumerate(clients):
        for j in range(2):
            a = pick(UNITS, i + j * 7)
            orig = pick(SUBJECTS, i + j)
            if prefix is None:
                subject = {"gmail-vacation": "Nghỉ phép từ 20/09 đến 25/09", "gmail-vacation-en": "On leave",
                           "lotus": "Nguyen Van Ben is out of the office.",
                           "gmail-vacation-vi-subject": "Đang nghỉ phép"}[client]
            else:
                subject = prefix + orig
            charset = "UTF-8"
            enc_subject = subject if subject.isascii() else (b_word(subject) if j == 0 else q_word(subject))
            headers = [("Return-Path", f"<{a}>"), ("From", f"{q_word('Cán bộ ' + str(i + 1))} <{a}>"), ("To", BOT if j == 0 else BOT2),
                       ("Date", pick(DATES, i + j)), ("Subject", enc_subject), ("Message-ID", f"<ar{i}.{j}@{a.split('@')[1]}>"),
                       ("In-Reply-To", f"<reportbot.{1000 + i}@bacai.example>"),
                       *[(n, v.format(a=a)) for n, v in extra], ("MIME-Version", "1.0"),
                       ("Content-Type", f"text/plain; charset={charset}"), ("Content-Transfer-Encoding", "8bit")]
            write(f, f"{client}-{j + 1}", headers, body, expect("AUTO_REPLY", subject, a))
    # an auto-reply with an unlabelled Shift_JIS subject and one with unlabelled GBK
    a = UNITS[2]
    subject = "自動応答: 会議の件について"
    write(f, "unlabelled-shift-jis-subject", [("From", f"<{a}>"), ("To", BOT), ("Date", DATES[0]), ("Subject", subject.encode("shift_jis")),
                                              ("Message-ID", "<sjar@example.jp>"), ("Auto-Submitted", "auto-replied")],
          "不在です。\n".encode("shift_jis"), expect("AUTO_REPLY", subject, a))
    a = UNITS[4]
    subject = "自动回复：关于报告的通知"
    write(f, "unlabelled-gbk-subject", [("From", f"{a}"), ("To", BOT), ("Date", DATES[1]), ("Subject", subject.encode("gbk")),
                                        ("Message-ID", "<gbar@example.cn>"), ("Auto-Submitted", "auto-replied")],
          "我不在办公室。\n".encode("gbk"), expect("AUTO_REPLY", subject, a))
    subject = "Automatic reply: 們的報告"
    write(f, "gb2312-label-gbk-bytes", [("From", f"{a}"), ("To", BOT), ("Date", DATES[1]), ("Subject", b_word(subject.encode("gbk"), "gb2312")),
                                        ("Message-ID", "<gbar2@example.cn>"), ("Auto-Submitted", "auto-replied")],
          "我不在办公室。\n".encode("gbk"), expect("AUTO_REPLY", subject, a))
    a = UNITS[1]
    write(f, "cr-only-line-endings", [("From", a), ("To", BOT), ("Date", DATES[2]), ("Subject", "Automatic reply: Báo cáo"),
                                      ("Message-ID", "<crar@example.vn>"), ("Auto-Submitted", "auto-replied"),
                                      ("Content-Type", "text/plain; charset=utf-8")],
          "Tôi đang nghỉ phép.\n", expect("AUTO_REPLY", "Automatic reply: Báo cáo", a), eol="\r")


# ====================================================================== other (set aside)

def others():
    f = "other"
    # delay notices
    delays = [
        ("postfix", "MAILER-DAEMON@mail.bacai.example (Mail Delivery System)", "Delayed Mail (still being retried)", True,
         "This is the mail system at host mail.bacai.example.\n\n####################################################################\n"
         "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
         "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n"),
        ("gmail", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)", True,
         "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {r}. Gmail will retry for 46 more hours.\n"),
        ("exim", "Mail Delivery System <Mailer-Daemon@vps.hosting.example.vn>", "Warning: message 1mS4aX-0004Qe-7b delayed 24 hours", False,
         "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
         "recipients after more than 24 hours on the queue on vps.hosting.example.vn.\n\n  {r}\n    Delay reason: mailbox is full\n\nNo action is required on your part.\n"),
        ("sendmail", "Mail Delivery Subsystem <MAILER-DAEMON@mail.sotttt.example.vn>", "Warning: could not send message for past 4 hours", True,
         "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
         "    **********************************************\n\nThe original message was received at {d}\n\n   ----- Transcript of session follows -----\n{r}... Deferred: Connection timed out\n"),
        ("exchange", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41fff@bacai.onmicrosoft.com>", "Delivery delayed:" + SUBJECTS[0], True,
         "Delivery is delayed to these recipients or groups:\n\n{r}\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n"),
        ("qmail", "MAILER-DAEMON@mx.qmail.example.vn", "warning: message not yet delivered", False,
         "Hi. This is the qmail-send program at mx.qmail.example.vn.\nYour message has not yet been delivered to {r}: this is a warning only, I will keep trying.\n"),
        ("vietnamese", "Hệ thống thư <mailer-daemon@mail.namdinh.gov.vn>", "Thư chưa được gửi đi (đang thử lại)", False,
         "Thư của bạn tới {r} chưa gửi được, hệ thống sẽ tiếp tục thử lại trong 3 ngày. Bạn không cần gửi lại.\n"),
    ]
    for i, (server, from_field, subject, dsn, body) in enumerate(delays):
        for j in range(2):
            r = pick(UNITS, i + j * 5)
            addr = from_field[from_field.index("<") + 1:-1] if "<" in from_field else from_field.split(" ")[0]
            text = body.format(r=r, d=pick(DATES, i))
            if dsn:
                b = f"delay{i}{j}"
                write(f, f"delay-{server}-{j + 1}",
                      dsn_headers(encode_from(from_field, "UTF-8"), q_word(subject) if not subject.isascii() else subject, BOT,
                                  pick(DATES, i + j), f"delay{i}{j}@example", b),
                      report_body(b, text, dsn_status("mx.example", r, action="delayed", status="4.4.1",
                                                      diag="smtp; 421 4.4.1 connection timed out"), original(i, r)),
                      expect("OTHER", subject, addr.lower(), note="delay notice"))
            else:
                write(f, f"delay-{server}-{j + 1}",
                      [("Return-Path", "<>"), ("From", encode_from(from_field, "UTF-8")), ("To", BOT), ("Date", pick(DATES, i + j)),
                       ("Subject", q_word(subject) if not subject.isascii() else subject), ("Message-ID", f"<delay{i}{j}@example>"),
                       ("Auto-Submitted", "auto-replied") if server == "exim" else ("X-Mailer", "qmail"),
                       ("Content-Type", "text/plain; charset=UTF-8")],
                      text, expect("OTHER", subject, addr.lower(), note="delay notice"))

    # RFC 5965 feedback reports (spam complaints)
    arfs = [("Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.example>", "FW: " + SUBJECTS[0]),
            ("staff@hotmail.example", "complaint about message from 203.113.1.10"),
            ("Mail.Ru Feedback <fbl@corp.mail.example.ru>", "Abuse report"),
            ("AOL Feedback Loop <scomp@aol.example.net>", "Email Feedback Report for IP 203.113.1.10")]
    for i, (from_field, subject) in enumerate(arfs):
        for j in range(2):
            b = f"arf{i}{j}"
            addr = from_field[from_field.index("<") + 1:-1] if "<" in from_field else from_field
            r = pick(UNITS, i + j)
            body = (f"This is a multi-part message in MIME format.\n\n--{b}\nContent-Type: text/plain; charset=UTF-8\n\n"
                    f"This is an email abuse report for an email message received from IP 203.113.1.10 on {pick(DATES, i)}.\n"
                    f"--{b}\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1\n"
                    f"Original-Mail-From: <{BOT}>\nOriginal-Rcpt-To: <{r}>\nArrival-Date: {pick(DATES, i)}\nSource-IP: 203.113.1.10\n"
                    f"Reported-Domain: gmail.com\n\n--{b}\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n{original(i, r)}\nKính gửi đơn vị, đề nghị báo cáo.\n--{b}--\n")
            write(f, f"feedback-report-{i + 1}-{j + 1}",
                  [("From", from_field), ("To", BOT if j == 0 else f"abuse@bacai.example"), ("Date", pick(DATES, i + j)),
                   ("Subject", subject), ("Message-ID", f"<arf{i}{j}@fbl.example>"), ("MIME-Version", "1.0"),
                   *([("Auto-Submitted", "auto-generated")] if j else []),
                   ("Content-Type", f"multipart/report; report-type=feedback-report; boundary=\"{b}\"")],
                  body, expect("OTHER", subject, addr.lower(), note="feedback report"))

    # read receipts and a newsletter stay OTHER
    b = "mdn1"
    write(f, "read-receipt-outlook-vi", [("From", "mttq.phuocdai@gmail.com"), ("To", BOT), ("Date", DATES[0]),
                                         ("Subject", q_word("Đã đọc: " + SUBJECTS[0])), ("Message-ID", "<mdn1@example>"),
                                         ("Content-Type", f"multipart/report; report-type=disposition-notification; boundary=\"{b}\"")],
          f"--{b}\nContent-Type: text/plain; charset=UTF-8\n\nThư của bạn đã được đọc.\n--{b}\nContent-Type: message/disposition-notification\n\n"
          f"Final-Recipient: rfc822;mttq.phuocdai@gmail.com\nDisposition: manual-action/MDN-sent-manually; displayed\n--{b}--\n",
          expect("OTHER", "Đã đọc: " + SUBJECTS[0], "mttq.phuocdai@gmail.com"))
    write(f, "newsletter", [("From", "Báo Điện tử <bantin@baodientu.example.vn>"), ("To", BOT), ("Date", DATES[1]),
                            ("Subject", q_word("Bản tin sáng 21/09: mưa lớn ở miền Trung")), ("Message-ID", "<nl1@example>"),
                            ("List-Unsubscribe", "<mailto:unsubscribe@baodientu.example.vn>"), ("Precedence", "bulk"),
                            ("Content-Type", "text/plain; charset=UTF-8")],
          "Bản tin sáng nay: mưa lớn, không gửi được báo in tới một số xã.\n",
          expect("OTHER", "Bản tin sáng 21/09: mưa lớn ở miền Trung", "bantin@baodientu.example.vn"))


# ====================================================================== reports

def reports():
    f = "report"
    plain = [
        ("Báo cáo kết quả thực hiện công văn 319/MTTQ-BTT", "Kính gửi Ban Thường trực,\n\nXã Phước Đại báo cáo kết quả thực hiện công văn 319/MTTQ-BTT như sau: đã tổ chức 3 hội nghị.\n"),
        ("Re: " + SUBJECTS[0], "Xã Phước Thắng gửi báo cáo. Lần trước thư không gửi được nên xã gửi lại.\n"),
        ("Gửi lại báo cáo (thư trước bị trả lại)", "Thư trước gửi không được (Mail delivery failed), nay gửi lại báo cáo đính kèm.\n"),
        ("Re: Undeliverable: " + SUBJECTS[1], "Địa chỉ cũ không dùng nữa, xin gửi vào địa chỉ này. Báo cáo theo công văn 22-CV/BDVHU đính kèm.\n"),
        ("Báo cáo 22-CV/BDVHU - Thị trấn Yên Định", "Cán bộ phụ trách đang nghỉ phép nên báo cáo gửi muộn, mong Ban thông cảm.\n"),
        ("Fwd: Delivery Status Notification (Failure)", "Chuyển tiếp thư báo lỗi để Ban biết địa chỉ của xã đã đổi. Báo cáo gửi kèm.\n"),
        ("Báo cáo công tác tháng 9 - trả lời tự động không hoạt động", "Xã gửi báo cáo tháng 9. Chức năng trả lời tự động của xã đã tắt.\n"),
        ("Out of office hours duty roster - báo cáo trực", "Xã Hải Nam báo cáo lịch trực ngoài giờ theo công văn 22-CV/BDVHU.\n"),
        ("V/v báo cáo tình hình", "Tôi đang nghỉ phép nhưng vẫn gửi báo cáo đúng hạn: xã đã hoàn thành các nhiệm vụ 1 và 2.\n"
                                  "Kết quả cụ thể: 120 hộ được hỗ trợ, 35 hộ thoát nghèo, 4 nhà đại đoàn kết được khởi công trong tháng.\n"
                                  "Các chỉ tiêu còn lại xã sẽ báo cáo trong kỳ sau.\n"),
        ("Báo cáo", "Kính gửi Ban Dân vận,\nXã Hải Trung gửi báo cáo theo công văn 22-CV/BDVHU.\nTrân trọng.\n"),
    ]
    for i, (subject, body) in enumerate(plain):
        for j in range(2):
            a = pick(UNITS, i + j * 3)
            headers = [("Return-Path", f"<{a}>"), ("From", f"{q_word('Văn phòng xã ' + str(i + 1))} <{a}>"), ("To", BOT if j == 0 else BOT2),
                       ("Date", pick(DATES, i + j)), ("Subject", b_word(subject) if j == 0 else q_word(subject)),
                       ("Message-ID", f"<rp{i}.{j}@{a.split('@')[1]}>"), ("MIME-Version", "1.0"),
                       ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit" if j == 0 else "base64")]
            write(f, f"plain-{i + 1}-{j + 1}", headers, body if j == 0 else b64_body(body), expect("REPORT", subject, a))

    # senders: missing From, From "name" <>, two From fields
    a, s = UNITS[6], UNITS[0]
    write(f, "missing-from-sender", [("Sender", f"Văn phòng <{a}>"), ("Reply-To", s), ("To", BOT), ("Date", DATES[0]),
                                     ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<nofrom1@example.vn>")],
          "Xã Phước Đại gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", a, "SENDER"))
    write(f, "missing-from-reply-to", [("Reply-To", f"\"Xã Phước Hòa\" <{UNITS[1]}>"), ("To", BOT), ("Date", DATES[1]),
                                       ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<nofrom2@example.vn>")],
          "Xã Phước Hòa gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[1], "REPLY_TO"))
    write(f, "missing-from-return-path", [("Return-Path", f"<{UNITS[2]}>"), ("To", BOT), ("Date", DATES[2]),
                                          ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<nofrom3@example.vn>")],
          "Xã Phước Tân gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[2], "RETURN_PATH"))
    write(f, "missing-from-envelope", [("Received", f"from mail.example.vn ([203.113.1.2])\n\tby mx.google.com with esmtps (envelope-from <{UNITS[3]}>)\n\tid 1mS; {DATES[3]}"),
                                       ("To", BOT), ("Date", DATES[3]), ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<nofrom4@example.vn>")],
          "Xã Phước Tiến gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[3], "ENVELOPE"))
    write(f, "missing-from-x-envelope-from", [("X-Envelope-From", f"<{UNITS[8]}>"), ("To", BOT2), ("Date", DATES[3]),
                                              ("Subject", "Báo cáo 22-CV/BDVHU"), ("Message-ID", "<nofrom5@example.vn>")],
          "Xã Hải Trung gửi báo cáo.\n", expect("REPORT", "Báo cáo 22-CV/BDVHU", UNITS[8], "ENVELOPE"))
    write(f, "from-name-empty-address", [("From", "\"Xã Phước Thắng\" <>"), ("Sender", UNITS[4]), ("To", BOT), ("Date", DATES[4]),
                                         ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<emptyfrom1@example.vn>")],
          "Xã Phước Thắng gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[4], "SENDER"))
    write(f, "from-name-empty-address-reply-to", [("From", "\"Xã Phước Thành\" <>"), ("Reply-To", UNITS[5]), ("To", BOT), ("Date", DATES[4]),
                                                  ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<emptyfrom2@example.vn>")],
          "Xã Phước Thành gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[5], "REPLY_TO"))
    write(f, "two-from-fields-sender", [("From", UNITS[6]), ("From", "giamao@example.com"), ("Sender", UNITS[6]), ("To", BOT),
                                        ("Date", DATES[5]), ("Subject", "Báo cáo 319/MTTQ-BTT"), ("Message-ID", "<twofrom1@example.vn>")],
          "Xã Phước Đại gửi báo cáo.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[6], "SENDER"))
    write(f, "two-from-fields-return-path", [("Return-Path", f"<{UNITS[7]}>"), ("From", "giamao@example.com"), ("From", UNITS[7]),
                                             ("To", BOT2), ("Date", DATES[5]), ("Subject", "Báo cáo 22-CV/BDVHU"),
                                             ("Message-ID", "<twofrom2@example.vn>")],
          "Xã Hải Nam gửi báo cáo.\n", expect("REPORT", "Báo cáo 22-CV/BDVHU", UNITS[7], "RETURN_PATH"))
    write(f, "two-from-fields-nothing-else", [("From", UNITS[9]), ("From", UNITS[8]), ("To", BOT2), ("Date", DATES[5]),
                                              ("Subject", "Báo cáo 22-CV/BDVHU"), ("Message-ID", "<twofrom3@example.vn>")],
          "Thị trấn Yên Định gửi báo cáo.\n", expect("REPORT", "Báo cáo 22-CV/BDVHU", UNITS[9], "FROM"))

    # line endings and charsets
    write(f, "cr-only-line-endings", [("From", UNITS[6]), ("To", BOT), ("Date", DATES[0]), ("Subject", "Báo cáo 319/MTTQ-BTT"),
                                      ("Message-ID", "<crrp@example.vn>"), ("Content-Type", "text/plain; charset=UTF-8")],
          "Xã Phước Đại gửi báo cáo.\nĐã tổ chức 3 hội nghị.\n", expect("REPORT", "Báo cáo 319/MTTQ-BTT", UNITS[6]), eol="\r")
    b = "crmulti"
    write(f, "cr-only-line-endings-multipart", [("From", UNITS[7]), ("To", BOT2), ("Date", DATES[1]), ("Subject", q_word("Báo cáo 22-CV/BDVHU")),
                                                ("Message-ID", "<crrp2@example.vn>"), ("MIME-Version", "1.0"),
                                                ("Content-Type", f"multipart/alternative; boundary=\"{b}\"")],
          f"--{b}\nContent-Type: text/plain; charset=UTF-8\n\nXã Hải Nam gửi báo cáo.\n--{b}\nContent-Type: text/html; charset=UTF-8\n\n<p>Xã Hải Nam gửi báo cáo.</p>\n--{b}--\n",
          expect("REPORT", "Báo cáo 22-CV/BDVHU", UNITS[7]), eol="\r")
    subject = "報告：關於們的工作"
    write(f, "gb2312-label-gbk-bytes", [("From", UNITS[0]), ("To", BOT), ("Date", DATES[2]), ("Subject", b_word(subject.encode("gbk"), "GB2312")),
                                        ("Message-ID", "<gbrp@example.vn>")], "Báo cáo đính kèm.\n",
          expect("REPORT", subject, UNITS[0]))
    subject = "Báo cáo 319 – 报告"
    write(f, "unlabelled-utf8-subject", [("From", UNITS[1]), ("To", BOT), ("Date", DATES[2]), ("Subject", subject.encode("utf-8")),
                                         ("Message-ID", "<u8rp@example.vn>")], "Báo cáo đính kèm.\n",
          expect("REPORT", subject, UNITS[1]))
    subject = "報告書の送付について"
    write(f, "unlabelled-shift-jis-subject", [("From", UNITS[2]), ("To", BOT), ("Date", DATES[3]), ("Subject", subject.encode("shift_jis")),
                                              ("Message-ID", "<sjrp@example.vn>")], "Báo cáo đính kèm.\n",
          expect("REPORT", subject, UNITS[2]))
    subject = "工作报告（第三季度）"
    write(f, "unlabelled-gbk-subject", [("From", UNITS[3]), ("To", BOT), ("Date", DATES[4]), ("Subject", subject.encode("gbk")),
                                        ("Message-ID", "<gbkrp@example.vn>")], "Báo cáo đính kèm.\n",
          expect("REPORT", subject, UNITS[3]))
    name = "田中太郎"
    write(f, "unlabelled-shift-jis-from-name", [("From", name.encode("shift_jis") + f" <{UNITS[4]}>".encode()), ("To", BOT),
                                                ("Date", DATES[4]), ("Subject", "Bao cao"), ("Message-ID", "<sjname@example.vn>")],
          "Báo cáo đính kèm.\n", dict(expect("REPORT", "Bao cao", UNITS[4]), fromName=name))
    subject = "Réunion du comité – compte rendu"
    write(f, "unlabelled-windows-1252-subject", [("From", UNITS[5]), ("To", BOT), ("Date", DATES[5]), ("Subject", subject.encode("windows-1252")),
                                                 ("Message-ID", "<w1252@example.vn>")], "Compte rendu joint.\n",
          expect("REPORT", subject, UNITS[5]))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    for folder in ("bounce", "auto-reply", "other", "report"):
        shutil.rmtree(folder, ignore_errors=True)
    bounces()
    auto_replies()
    others()
    reports()
    total = 0
    for folder, cases in CASES.items():
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
            json.dump(dict(sorted(cases.items())), out, ensure_ascii=False, indent=1)
            out.write("\n")
        total += len(cases)
        print(f"{folder}: {len(cases)}")
    print(f"total: {total}")


if __name__ == "__main__":
    main()
